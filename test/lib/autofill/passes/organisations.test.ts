import { describe, expect, it } from 'vitest';
import { keys, page } from '../page';

describe('the body filing the user\'s own written work, asked as a field (申报单位 [ ] 单位联系人 [ ])', () => {
  it('is the user\'s body, and the contact asked right after it is the user', () => {
    const doc = page(`<form><table>
      <tr><th>课题名称</th><td><input name="a"></td></tr>
      <tr><th>申报单位</th><td><input name="b"></td><th>单位联系人</th><td><input name="c"></td></tr>
      <tr><th>联系人电话</th><td><input name="d"></td><th>联系人职务</th><td><input name="e"></td></tr>
      <tr><th>领题领导</th><td><input name="f"></td></tr></table></form>`, '调研课题申报表');
    expect(keys(doc)).toEqual(['topic.title', 'officer.unit', 'officer.name', 'officer.phone', 'officer.position', 'topic.lead']);
  });

  it('is not the user beside a body that is not the user\'s (责任单位 [ ] 单位联系人 [ ])', () => {
    const doc = page(`<form><label>问题描述<textarea></textarea></label><label>责任单位<input></label>
      <label>单位联系人<input></label><label>联系人电话<input></label></form>`, '问题整改');
    expect(keys(doc).slice(2).filter((key) => key?.startsWith('officer.'))).toEqual([]);
  });
});

describe('the user\'s unit asked whole and by its department (工作单位 [ ] 所在科室 [ ])', () => {
  it('gives the unit to the whole only; a department asked alone after the user is the unit', () => {
    const doc = page(`<form><label>真实姓名<input></label><label>工作单位<input></label><label>所在科室<input></label><label>职务<input></label></form>`, '我的资料');
    expect(keys(doc)).toEqual(['officer.name', 'officer.unit', null, 'officer.position']);
    const alone = page(`<form><label>真实姓名<input></label><label>所在科室<input></label></form>`, '我的资料');
    expect(keys(alone)).toEqual(['officer.name', 'officer.unit']);
  });
});

describe('a business visited whose section asks its own number (巡查对象: 现场负责人, 联系电话)', () => {
  it('takes the person in charge there as the one dealt with, its number with them', () => {
    const doc = page(`<form><h3>巡查对象</h3><label>经营者名称<input></label><label>统一社会信用代码<input></label><label>现场负责人<input></label>
      <label>联系电话<input></label><label>巡查日期<input></label><h3>巡查内容</h3><label>发现的问题<textarea></textarea></label>
      <label>限期改正至<input></label><label>巡查人员<input></label></form>`, '食品经营日常巡查');
    expect(keys(doc)).toEqual([null, null, 'resident.name', 'resident.phone', 'visit.date', 'issue.description', 'issue.deadline', 'officer.name']);
  });
});

describe('a workshop visited (共富工坊: 工坊名称, 工坊地址, 负责人)', () => {
  it('is a business: its address is where the user went, its head the one dealt with; a firm\'s contact beside them is not', () => {
    const doc = page(`<form><h3>工坊信息</h3><label>工坊名称<input></label><label>工坊地址<input></label><label>工坊负责人<input></label>
      <label>负责人手机<input></label><label>企业对接人<input></label><h3>本次走访</h3><label>走访日期<input></label>
      <label>走访情况<textarea></textarea></label></form>`, '共富工坊走访');
    expect(keys(doc)).toEqual([null, 'visit.location', 'resident.name', 'resident.phone', null, 'visit.date', 'visit.content']);
  });

  it('still takes a business\'s contact under a heading said by the check (被检查单位: 企业联系人)', () => {
    const doc = page(`<form><h3>被检查单位</h3><label>单位名称<input></label><label>企业联系人<input></label>
      <h3>检查情况</h3><label>检查日期<input></label><label>检查人员<input></label></form>`, '安全检查');
    expect(keys(doc).slice(0, 2)).toEqual([null, 'resident.name']);
  });
});

describe('a ticket a business raised (企业诉求办理: 诉求企业 … 企业联系人)', () => {
  it('takes the business\'s contact beside it for the person dealt with, where the page names no resident', () => {
    const doc = page(`<form><h3>工单信息</h3><label>诉求企业<input></label><label>企业联系人<input></label><label>联系电话<input></label>
      <label>诉求内容<textarea></textarea></label><h3>办理情况</h3><label>承办单位<input></label></form>`, '企业诉求办理');
    expect(keys(doc)).toEqual([null, 'resident.name', 'resident.phone', 'issue.description', 'issue.ownerUnit']);
  });

  it('takes no applying body (申请单位 may be the user\'s) nor a handler\'s number (责任人电话) for it', () => {
    const doc = page(`<form><label>问题描述<textarea></textarea></label><label>整改责任人<input></label><label>责任人电话<input></label>
      <label>申请单位<input></label></form>`, '整改销号');
    expect(keys(doc)[2]).not.toBe('resident.phone');
  });

  it('leaves the contact alone beside a resident the page names', () => {
    const doc = page(`<form><label>诉求人<input></label><label>诉求企业<input></label><label>企业联系人<input></label></form>`, '企业诉求办理');
    expect(keys(doc)).toEqual(['resident.name', null, null]);
  });
});

describe('a stall keeper called on (经营者 … 身份证号 … 手机号 under 商户信息)', () => {
  it('has what only a person has taken for the keeper\'s, not a bare 联系电话 that may be the shop\'s', () => {
    const doc = page(`<form><h3>商户信息</h3><label>摊位号<input></label><label>经营者<input></label><label>身份证号<input></label>
      <label>手机号<input></label><h3>本次回访</h3><label>回访日期<input></label><label>回访记录<textarea></textarea></label></form>`, '互市商户回访');
    expect(keys(doc)).toEqual([null, 'resident.name', 'resident.idNumber', 'resident.phone', 'visit.date', 'visit.content']);
    const named = page(`<form><h3>商户信息</h3><label>经营者<input></label><label>经营者身份证号<input></label><h3>走访情况</h3>
      <label>走访日期<input></label></form>`, '沿河商户走访');
    expect(keys(named)[1]).toBe('resident.idNumber');
    const shop = page(`<form><h3>商户信息</h3><label>经营者<input></label><label>联系电话<input></label><h3>本次回访</h3>
      <label>回访日期<input></label></form>`, '商户回访');
    expect(keys(shop)[1]).not.toBe('resident.phone');
  });
});

describe('a co-operative called on (合作社信息: 合作社地址, 理事长)', () => {
  it('is a business: its head is the one dealt with, its address where the user went', () => {
    const doc = page(`<form><h3>合作社信息</h3><label>合作社名称<input></label><label>合作社地址<input></label><label>理事长<input></label>
      <label>联系电话<input></label><h3>回访内容</h3><label>回访日期<input></label></form>`, '合作社回访');
    expect(keys(doc)).toEqual([null, 'visit.location', 'resident.name', 'resident.phone', 'visit.date']);
  });
});
