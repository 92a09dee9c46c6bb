import { describe, expect, it } from 'vitest';
import { keys, page } from '../page';

describe('a second section of a resident-like person', () => {
  const section = (heading: string, labels: string[]) =>
    `<div class="section-title">${heading}</div>${labels.map((label) => `<div><label>${label}</label><input></div>`).join('')}`;

  it('leaves a later section that asks again what the first one took (房东 then 租户) empty', () => {
    const doc = page(`<form>${section('房主信息', ['姓名', '手机号码', '身份证号'])}${section('租户信息', ['姓名', '手机号码', '工作单位'])}</form>`);
    expect(keys(doc)).toEqual(['resident.name', 'resident.phone', 'resident.idNumber', null, null, null]);
  });

  it('keeps one person’s details split over two sections, and fields that name whose they are', () => {
    const split = page(`<form>${section('户主信息', ['姓名', '身份证号'])}${section('居住信息', ['现住址', '联系电话'])}</form>`);
    expect(keys(split)).toEqual(['resident.name', 'resident.idNumber', 'resident.address', 'resident.phone']);
    const named = page(`<form>${section('来电人信息', ['姓名', '联系电话'])}${section('回访信息', ['回访对象', '回访时间'])}</form>`);
    // 回访对象 is the same person asked again: the resident's name goes once (one-each.ts).
    expect(keys(named)).toEqual(['resident.name', 'resident.phone', null, 'visit.date']);
  });

  it('keeps the resident’s section whole after a section naming nobody whose bare number was only guessed (网格信息: 电话)', () => {
    const doc = page(`<form>${section('网格信息', ['所属网格', '电话'])}${section('走访对象', ['姓名', '手机号码', '身份证号'])}</form>`);
    expect(keys(doc).slice(2)).toEqual(['resident.name', 'resident.phone', 'resident.idNumber']);
  });
});

describe('a contact beside the resident', () => {
  it('takes none of the resident’s details once the form names the resident apart: its number either', () => {
    const doc = page(`<form>
      <p><label>老人姓名<input></label></p>
      <p><label>联系电话<input></label></p>
      <p><label>紧急联系人<input></label></p>
      <p><label>联系人<input></label></p>
      <p><label>联系人身份证号<input></label></p></form>`);
    expect(keys(doc)).toEqual(['resident.name', 'resident.phone', null, null, null]);
  });

  it('is the resident where the form names nobody else', () => {
    const doc = page(`<form><p><label>联系人<input></label></p><p><label>联系人身份证号<input></label></p></form>`);
    expect(keys(doc)).toEqual(['resident.name', 'resident.idNumber']);
  });
});

describe('one resident per record', () => {
  it('gives the resident’s name to the household head whose facts stand beside it, not to a second person named by a role', () => {
    const doc = page(`<form><table>
      <tr><td rowspan="2">办事户主</td><td>姓名</td><td><input></td><td>身份证号</td><td><input></td></tr>
      <tr><td>联系电话</td><td><input></td><td>住址</td><td><input></td></tr>
      <tr><td>事由</td><td><input></td><td>当事人</td><td><input title="新人或逝者姓名"></td></tr>
    </table><button>保存</button></form>`);
    expect(keys(doc)).toEqual(['resident.name', 'resident.idNumber', 'resident.phone', 'resident.address', null, null]);
  });
});

describe('a person asked how they are related to the resident', () => {
  it('is one of the household where taken for the user (接待人 when the resident is out); the person visited stays the resident', () => {
    const visit = (person: string) => keys(page(`<form><h3>本次走访</h3><label>走访时间<input type="date"></label>
      <label>${person}<input></label><label>与户主关系<input></label><label>户主联系电话<input></label>
      <h3>网格员</h3><label>网格员姓名<input></label><label>网格员电话<input></label></form>`));
    expect(visit('接待人')).toEqual(['visit.date', null, null, 'resident.phone', 'officer.name', 'officer.phone']);
    expect(visit('受访者')).toEqual(['visit.date', 'resident.name', null, 'resident.phone', 'officer.name', 'officer.phone']);
  });
});

describe('a Party member asked beside a person\'s own facts (慰问对象: 党员姓名, 性别, 身份证号, 家庭住址)', () => {
  it('is the member the user visits, with the number asked there', () => {
    const doc = page(`<form><h3>慰问对象</h3><label>党员姓名<input></label><label>性别<select><option>男</option><option>女</option></select></label>
      <label>身份证号<input></label><label>联系电话<input></label><label>家庭住址<input></label>
      <h3>慰问情况</h3><label>慰问时间<input></label><label>慰问人<input></label></form>`, '年终走访慰问困难党员登记');
    expect(keys(doc)).toEqual(['resident.name', 'resident.gender', 'resident.idNumber', 'resident.phone', 'resident.address', 'visit.date', 'officer.name']);
  });

  it('stays the user in the user\'s own block (我（联户党员）: 党员姓名, 手机号)', () => {
    const doc = page(`<form><h3>我（联户党员）</h3><label>党员姓名<input></label><label>手机号<input></label>
      <h3>联系户</h3><label>户主姓名<input></label><label>联系电话<input></label></form>`, '党员联户');
    expect(keys(doc)).toEqual(['officer.name', 'officer.phone', 'resident.name', 'resident.phone']);
  });
});

describe('people met on a patrol if any (巡护日志 … 现场涉及村民（如有）)', () => {
  it('are somebody besides what the patrol\'s log is about, not its resident', () => {
    const doc = page(`<form><h3>巡护情况</h3><label>巡护日期<input></label><h3>现场涉及村民（如有）</h3><label>姓名<input></label>
      <label>电话<input></label></form>`, '社区共管巡护日志');
    expect(keys(doc)).toEqual(['visit.date', null, null]);
  });

  it('are so on a patrol named only by its day (巡查日期), a person marked in the label and asked again by the noun', () => {
    const doc = page(`<form><label>巡查日期<input></label><h3>火点情况</h3><label>涉事人员（如有）<input></label><label>涉事人员电话<input></label>
      </form>`, '秸秆禁烧监管平台');
    expect(keys(doc)).toEqual(['visit.date', null, null]);
    const named = page(`<form><label>巡护日期<input></label><label>涉及牧户(如有)姓名<input></label><label>牧户电话<input></label></form>`,
      '生态管护员巡护');
    expect(keys(named)).toEqual(['visit.date', null, null]);
    const party = page(`<form><label>巡查日期<input></label><h3>发现事项</h3><label>情况说明<textarea></textarea></label>
      <label>当事群众（如有）<input></label></form>`, '网格巡查上报');
    expect(keys(party)[2]).toBe('resident.name');
  });

  it('are so on any round of a place (督导), and the person named with 如有 is the one asked again by the noun', () => {
    const doc = page(`<form><label>督导日期<input></label><h3>不规范投放居民（如有）</h3><label>姓名<input></label><label>门牌号<input></label>
      </form>`, '垃圾分类督导');
    expect(keys(doc)).toEqual(['visit.date', null, null]);
    const noun = page(`<form><label>巡护日期<input></label><label>涉及牧户（如有）<input></label><label>牧户电话<input></label></form>`, '巡护');
    expect(keys(noun)).toEqual(['visit.date', null, null]);
    const bare = page(`<form><label>巡查日期<input></label><h3>发现问题</h3><label>现场涉及蔗农（如有）<input></label>
      <label>联系电话<input></label><h3>巡查人员</h3><label>巡查人<input></label><label>手机号<input></label></form>`, '道路巡查');
    expect(keys(bare)).toEqual(['visit.date', null, null, 'officer.name', 'officer.phone']);
  });

  it('are the resident on an event\'s report (当事人信息（如有）)', () => {
    const doc = page(`<form><h3>事件信息</h3><label>事件描述<textarea></textarea></label><h3>当事人信息（如有）</h3><label>当事人<input></label>
      <label>联系方式<input></label></form>`, '网格事件上报');
    expect(keys(doc)).toEqual(['issue.description', 'resident.name', 'resident.phone']);
  });
});
