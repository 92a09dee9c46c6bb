import { describe, expect, it } from 'vitest';
import { keys, page } from '../page';

describe('the person of the body a matter goes to (部门经办人)', () => {
  it('answers for the matter right after the owning body', () => {
    const doc = page(`<form>
      <p><label>承办单位<input></label></p>
      <p><label>单位联系人<input></label></p>
      <p><label>走访人<input></label></p></form>`);
    expect(keys(doc)).toEqual(['issue.ownerUnit', 'issue.owner', 'officer.name']);
  });

  it('is not taken for the owner away from that body, nor as the user’s own filer', () => {
    const apart = page(`<form>
      <p><label>承办单位<input></label></p>
      <p><label>办结日期<input placeholder="yyyy-MM-dd"></label></p>
      <p><label>单位联系人<input></label></p></form>`);
    expect(keys(apart)[2]).not.toBe('issue.owner');
    const filer = page(`<form>
      <p><label>承办单位<input></label></p>
      <p><label>填表人<input></label></p></form>`);
    expect(keys(filer)).toEqual(['issue.ownerUnit', 'officer.name']);
  });
});
