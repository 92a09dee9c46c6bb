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

describe('the account beside a result (处置情况 | 处置结果)', () => {
  it('is the measures for a matter\'s handling, but what happened for a session the user held (调解情况 | 调解结果)', () => {
    const handled = page(`<form><label>问题描述<textarea></textarea></label><label>处置情况<textarea></textarea></label>
      <label>处置结果<select><option>已解决</option><option>未解决</option></select></label></form>`, '事件处置');
    expect(keys(handled).slice(1)).toEqual(['issue.measures', 'issue.result']);
    const session = page(`<form><label>纠纷简要情况<textarea></textarea></label><label>调解日期<input></label><label>调解情况<textarea></textarea></label>
      <label>调解结果<select><option>调解成功</option><option>调解不成功</option></select></label></form>`, '人民调解案件登记');
    expect(keys(session).slice(2)).toEqual(['visit.content', 'issue.result']);
  });
});

describe('an address among a ticket\'s facts (工单信息)', () => {
  it('is where the matter happened when bare (地址), but a contact address (联系地址) is the caller\'s', () => {
    const doc = page(`<form><fieldset><legend>工单信息</legend>
      <p><label>来电人<input></label></p><p><label>地址<input></label></p><p><label>联系地址<input></label></p></fieldset></form>`);
    expect(keys(doc)).toEqual(['resident.name', null, 'resident.address']);
  });
});

describe('who disposes of a matter whose owner is named otherwise (责任人 … 处置人)', () => {
  it('is the user', () => {
    const doc = page(`<form><label>问题描述<textarea></textarea></label><label>责任单位<input></label><label>责任人<input></label>
      <label>处置措施<textarea></textarea></label><label>处置人<input></label></form>`);
    expect(keys(doc)).toEqual(['issue.description', 'issue.ownerUnit', 'issue.owner', 'issue.measures', 'officer.name']);
  });
});

describe('处理意见 where a petition is handled and answered', () => {
  const form = `<form>
      <p><label>承办单位<input></label></p>
      <p><label>处理意见<textarea></textarea></label></p>
      <p><label>答复情况<textarea></textarea></label></p></form>`;
  it('is the result on the page of its handling (信访事项办理答复), the system\'s name aside', () => {
    expect(keys(page(form, '重庆市信访信息系统 - 信访事项办理答复'))[1]).toBe('issue.result');
    expect(keys(page(form, '江西省网上信访信息系统 - 信访件办理'))[1]).toBe('issue.result');
  });

  it('stays what is to be done on a register of a reception, or where a field asks the result by name', () => {
    expect(keys(page(form, '湖北省信访信息系统 - 群众来访登记'))[1]).toBe('issue.measures');
    const named = page(`<form>
      <p><label>处理意见<textarea></textarea></label></p>
      <p><label>办理结果<textarea></textarea></label></p></form>`, '信访事项办理');
    expect(keys(named)).toEqual(['issue.measures', 'issue.result']);
  });
});
