import { describe, expect, it } from 'vitest';
import { keys, page } from '../page';

describe('a second person asked their relation to the resident (与对象关系)', () => {
  it('is somebody else met on the visit, not the resident', () => {
    const doc = page(`<form>
      <p><label>帮教对象<input></label></p>
      <p><label>被访人<input></label></p>
      <p><label>与帮教对象关系<input></label></p></form>`);
    expect(keys(doc)[1]).toBeNull();
  });

  it('leaves the only resident named, and one not asked their relation', () => {
    const only = page(`<form>
      <p><label>被访人<input></label></p>
      <p><label>与户主关系<input></label></p></form>`);
    expect(keys(only)[0]).toBe('resident.name');
    const unasked = page(`<form>
      <p><label>帮教对象<input></label></p>
      <p><label>被访人<input></label></p>
      <p><label>走访日期<input placeholder="yyyy-MM-dd"></label></p></form>`);
    expect(keys(unasked)[1]).toBe('resident.name');
  });
});
