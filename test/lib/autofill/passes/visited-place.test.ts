import { describe, expect, it } from 'vitest';
import { keys, page } from '../page';

describe('the address of a business visited', () => {
  it('is where the user went when the form names the business and asks no place of the visit', () => {
    const doc = page(`<form>
      <p><label>被检查单位<input></label></p>
      <p><label>单位地址<input></label></p>
      <p><label>检查日期<input placeholder="yyyy-MM-dd"></label></p></form>`);
    expect(keys(doc)).toEqual([null, 'visit.location', 'visit.date']);
    // Its premises asked as a place (经营场所), as a food inspection does.
    const premises = page(`<form><p><label>经营者名称<input></label></p><p><label>统一社会信用代码<input></label></p>
      <p><label>经营场所<input></label></p><p><label>检查日期<input placeholder="yyyy-MM-dd"></label></p></form>`);
    expect(keys(premises).slice(2)).toEqual(['visit.location', 'visit.date']);
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

  it('knows the form is about a body by what only a body has (统一社会信用代码, 法定代表人) or by an organisation’s name', () => {
    const coded = page(`<form>
      <p><label>统一社会信用代码<input></label></p>
      <p><label>注册地址<input></label></p>
      <p><label>经营地址<input></label></p>
      <p><label>走访日期<input placeholder="yyyy-MM-dd"></label></p></form>`);
    expect(keys(coded)).toEqual([null, null, 'visit.location', 'visit.date']);
    const organisation = page(`<form>
      <p><label>组织名称<input></label></p>
      <p><label>场所地址<input></label></p>
      <p><label>走访日期<input placeholder="yyyy-MM-dd"></label></p></form>`);
    expect(keys(organisation)).toEqual([null, 'visit.location', 'visit.date']);
    // A person's number names no body: the address stays unknown.
    const person = page(`<form>
      <p><label>身份证号码<input></label></p>
      <p><label>经营地址<input></label></p>
      <p><label>走访日期<input placeholder="yyyy-MM-dd"></label></p></form>`);
    expect(keys(person)[1]).toBeNull();
  });

  it('is never the address of a body the matter is against (被投诉单位): the user went elsewhere', () => {
    const doc = page(`<form><h4>案件信息</h4><p><label>登记日期<input placeholder="yyyy-MM-dd"></label></p>
      <h4>被投诉单位</h4><p><label>单位名称<input></label></p><p><label>单位地址<input></label></p></form>`);
    expect(keys(doc)[2]).toBeNull();
    const checked = page(`<form><h4>被检查单位</h4><p><label>单位名称<input></label></p><p><label>单位地址<input></label></p>
      <p><label>检查日期<input placeholder="yyyy-MM-dd"></label></p></form>`);
    expect(keys(checked)[1]).toBe('visit.location');
  });
});

describe('where the business checked lies', () => {
  it('is the record\'s place (被检查单位: 所属镇（街道）, 所属村（居）): the user went there', () => {
    const doc = page(`<form><h4>被检查单位</h4><p><label>企业名称<input></label></p><p><label>安全负责人<input></label></p>
      <p><label>所属镇（街道）<input></label></p><p><label>所属村（居）<input></label></p>
      <h4>排查情况</h4><p><label>排查日期<input placeholder="yyyy-MM-dd"></label></p></form>`);
    expect(keys(doc).slice(2, 4)).toEqual(['place.street', 'place.community']);
  });
});

describe('a check of a business laid out as one table', () => {
  it('takes its bare 地址 for where the user went and whoever answers for it there for the person met', () => {
    const doc = page(`<form><table><tr><td colspan="4">安全生产监督检查现场记录</td></tr>
      <tr><td>被检查单位</td><td><input></td><td>地 址</td><td><input></td></tr>
      <tr><td>现场负责人</td><td><input></td><td>联系电话</td><td><input></td></tr>
      <tr><td>检查时间</td><td><input type="date"></td><td>检查人员</td><td><input></td></tr></table></form>`);
    expect(keys(doc)).toEqual([null, 'visit.location', 'resident.name', 'resident.phone', 'visit.date', 'officer.name']);
  });

  it('but a home visit naming a household keeps its 地址 the resident\'s', () => {
    const doc = page(`<form><label>户主姓名<input></label><label>地址<input></label><label>走访日期<input type="date"></label></form>`);
    expect(keys(doc)).toEqual(['resident.name', 'resident.address', 'visit.date']);
  });
});

describe('the contact met on a check of a business', () => {
  it('is whoever is named the contact there (现场联系人), with their phone', () => {
    const doc = page(`<form><fieldset><legend>被检查单位</legend><label>单位名称<input></label>
      <p>现场联系人：<input> 电话：<input></p></fieldset>
      <fieldset><legend>检查情况</legend><label>检查日期<input type="date"></label><label>检查人员<input></label></fieldset></form>`);
    expect(keys(doc)).toEqual([null, 'resident.name', 'resident.phone', 'visit.date', 'officer.name']);
  });
});

describe('the spot within the place (具体位置)', () => {
  it('is where the user went when asked after the street, community or grid under the same heading', () => {
    const doc = page(`<form><h3>巡查信息</h3><label>巡查日期<input type="date"></label><label>街道<input></label><label>社区<input></label>
      <label>具体位置<input></label><h3>隐患情况</h3><label>隐患描述<textarea></textarea></label></form>`);
    expect(keys(doc)).toEqual(['visit.date', 'place.street', 'place.community', 'visit.location', 'issue.description']);
  });

  it('is where the user went as the address of a place the page names (小区, 驿站), asked with its street and community', () => {
    const doc = page(`<form><h3>小区基本信息</h3><label>小区名称<input></label><label>小区地址<input></label><label>所属街道<input></label>
      <h3>走访居民</h3><label>走访日期<input type="date"></label><label>居民姓名<input></label></form>`);
    expect(keys(doc)).toEqual([null, 'visit.location', 'place.street', 'visit.date', 'resident.name']);
    const station = page(`<form><label>驿站名称<input></label><label>所属街道<input></label><label>驿站地址<input></label>
      <label>走访日期<input type="date"></label></form>`);
    expect(keys(station)).toEqual([null, 'place.street', 'visit.location', 'visit.date']);
    const headlined = page(`<form><label>睦邻点名称<input></label><label>睦邻点地址<input></label><label>活动日期<input></label></form>`,
      '睦邻点活动登记');
    expect(keys(headlined)[1]).toBe('visit.location');
    const canteen = page(`<form><label>食堂名称<input></label><label>食堂地址<input></label><label>所属街道<input></label>
      <label>现场负责人<input></label></form>`, '老年食堂检查');
    expect(keys(canteen)[1]).toBe('visit.location');
    const elsewhere = page(`<form><label>学校名称<input></label><label>学校地址<input></label><label>家访日期<input></label></form>`, '学生家访');
    expect(keys(elsewhere)[1]).not.toBe('visit.location');
    const unnamed = page(`<form><label>所属街道<input></label><label>驿站地址<input></label></form>`);
    expect(keys(unnamed)[1]).not.toBe('visit.location');
    const home = page(`<form><h3>居民信息</h3><label>居民姓名<input></label><label>所属社区<input></label><label>小区地址<input></label></form>`);
    expect(keys(home)[2]).not.toBe('visit.location');
  });

  it('is not where the user went under another heading than the place\'s, nor where the visit\'s place is asked already', () => {
    const other = page(`<form><h3>巡查信息</h3><label>街道<input></label><h3>当事人</h3><label>姓名<input></label><label>具体位置<input></label></form>`);
    expect(keys(other)[2]).toBeNull();
    const asked = page(`<form><label>社区<input></label><label>走访地点<input></label><label>具体位置<input></label></form>`);
    expect(keys(asked)).toEqual(['place.community', 'visit.location', null]);
  });
});
