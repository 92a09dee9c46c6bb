import { describe, expect, it } from 'vitest';
import { keys, page } from '../page';

describe('a bare account (情况说明)', () => {
  it('describes the matter right after its title or category when nothing else does', () => {
    const doc = page(`<form>
      <p><label>事件名称<input></label></p>
      <p><label>情况说明<textarea></textarea></label></p></form>`);
    expect(keys(doc)).toEqual(['issue.title', 'issue.description']);
  });

  it('is left empty after a visit\'s fields, or where another field describes the matter', () => {
    const visit = page(`<form>
      <p><label>走访日期<input placeholder="yyyy-MM-dd"></label></p>
      <p><label>情况说明<textarea></textarea></label></p></form>`);
    expect(keys(visit)).toEqual(['visit.date', null]);
    const described = page(`<form>
      <p><label>事件名称<input></label></p>
      <p><label>说明<textarea></textarea></label></p>
      <p><label>事件描述<textarea></textarea></label></p></form>`);
    expect(keys(described)).toEqual(['issue.title', null, 'issue.description']);
  });

  it('describes the matter in a long box of the matter’s own section, not in its handling’s nor in a one-line box', () => {
    const section = (heading: string, box: string) => `<fieldset><legend>${heading}</legend>
      <p><label>小区名称<input></label></p><p><label>涉及户数<input></label></p><p><label>情况说明${box}</label></p></fieldset>`;
    expect(keys(page(`<form>${section('小区及事项', '<textarea></textarea>')}</form>`))[2]).toBe('issue.description');
    expect(keys(page(`<form>${section('事项办理', '<textarea></textarea>')}</form>`))[2]).toBeNull();
    expect(keys(page(`<form>${section('小区及事项', '<input>')}</form>`))[2]).toBeNull();
  });
});

describe('a bare account in the section recording the user\'s call (调查记录: 情况说明)', () => {
  const record = (rest: string) => keys(page(`<form><fieldset><legend>老人基本情况</legend><p><label>老人姓名<input></label></p></fieldset>
    <fieldset><legend>四、调查记录</legend><p><label>调查日期<input></label></p><p><label>调查人<input></label></p>
    <p><label>情况说明<textarea></textarea></label></p>${rest}</fieldset></form>`, '养老服务需求调查'));

  it('tells what the call found', () => {
    expect(record('')).toEqual(['resident.name', 'visit.date', 'officer.name', 'visit.content']);
  });

  it('says nothing sure where another box asks the visit\'s account', () => {
    expect(record('<p><label>走访记录<textarea></textarea></label></p>')).toEqual(['resident.name', 'visit.date', 'officer.name', null, 'visit.content']);
  });
});
