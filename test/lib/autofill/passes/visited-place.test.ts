import { describe, expect, it } from 'vitest';
import { keys, page } from '../page';

describe('the address of a business visited', () => {
  it('is where the user went when the form names the business and asks no place of the visit', () => {
    const doc = page(`<form>
      <p><label>被检查单位<input></label></p>
      <p><label>单位地址<input></label></p>
      <p><label>检查日期<input placeholder="yyyy-MM-dd"></label></p></form>`);
    expect(keys(doc)).toEqual([null, 'visit.location', 'visit.date']);
  });

  it('is left alone on a form without a visit, or with a place of its own for the visit', () => {
    const complaint = page(`<form>
      <p><label>商户名称<input></label></p>
      <p><label>商户地址<input></label></p>
      <p><label>投诉内容<textarea></textarea></label></p></form>`);
    expect(keys(complaint)).toEqual([null, null, 'issue.description']);
    const placed = page(`<form>
      <p><label>企业名称<input></label></p>
      <p><label>企业地址<input></label></p>
      <p><label>走访日期<input placeholder="yyyy-MM-dd"></label></p>
      <p><label>走访地点<input></label></p></form>`);
    expect(keys(placed)).toEqual([null, null, 'visit.date', 'visit.location']);
  });
});
