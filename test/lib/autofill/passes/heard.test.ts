import { describe, expect, it } from 'vitest';
import { keys, page } from '../page';

describe('what residents said (群众意见建议)', () => {
  it('is the matter they raised on a visit record that has no other box for it', () => {
    const doc = page(`<form>
      <p><label>走访日期<input placeholder="yyyy-MM-dd"></label></p>
      <p><label>谈话内容<textarea></textarea></label></p>
      <p><label>居民的意见和建议<textarea></textarea></label></p></form>`);
    expect(keys(doc)).toEqual(['visit.date', 'visit.content', 'issue.description']);
  });

  it('is left empty where another box describes the matter, and never written into a choice', () => {
    const described = page(`<form>
      <p><label>诉求内容<textarea></textarea></label></p>
      <p><label>村民意见<textarea></textarea></label></p></form>`);
    expect(keys(described)).toEqual(['issue.description', null]);
    const choice = page(`<form><p><label>走访日期<input placeholder="yyyy-MM-dd"></label></p>
      <p><label>群众意见<select><option>满意</option><option>不满意</option></select></label></p></form>`);
    expect(keys(choice)).toEqual(['visit.date', null]);
  });

  it('is the feedback on a callback', () => {
    const doc = page(`<form>
      <p><label>回访人<input></label></p>
      <p><label>回访时间<input placeholder="yyyy-MM-dd"></label></p>
      <p><label>市民意见<textarea></textarea></label></p></form>`);
    expect(keys(doc)).toEqual(['officer.name', 'visit.date', 'issue.feedback']);
  });
});

describe('what somebody raised, in a long box (纳税人提出的涉税诉求)', () => {
  it('is the matter the resident brought up, whoever they are called and however many asks the label lists', () => {
    const doc = page(`<form>
      <p><label>走访日期<input placeholder="yyyy-MM-dd"></label></p>
      <p><label>经营户提出的用工困难或诉求<textarea></textarea></label></p></form>`);
    expect(keys(doc)).toEqual(['visit.date', 'issue.description']);
  });

  it('is not ours when another field describes the matter, when our side raised it, or in a one-line box', () => {
    const described = page(`<form><p><label>问题描述<textarea></textarea></label></p>
      <p><label>商户反映的困难和意见<textarea></textarea></label></p></form>`);
    expect(keys(described)).toEqual(['issue.description', null]);
    const ours = page(`<form><p><label>工作组提出的意见<textarea></textarea></label></p>
      <p><label>网格员反映的困难和意见<textarea></textarea></label></p></form>`);
    expect(keys(ours)).not.toContain('issue.description');
    const line = page(`<form><p><label>商户反映的困难和意见<input></label></p></form>`);
    expect(keys(line)).toEqual([null]);
  });
});
