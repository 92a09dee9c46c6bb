// Precision before recall (issue #4): a person field gets the resident's or the user's value only with
// positive evidence of that role; everything else stays empty with a reason. One case per cause.
import { describe, expect, it } from 'vitest';
import { formatIn } from '../../../lib/autofill/dates';
import { sectionParty } from '../../../lib/autofill/party';
import { detectFields, fillFields, readFields } from '../../../lib/autofill';
import { keyOf, keys, page } from './page';

const VALUES = {
  'resident.name': '李秀英', 'resident.gender': '女', 'resident.phone': '13912345678', 'resident.address': '幸福社区3号楼',
  'resident.idNumber': '110101195003070025', 'officer.name': '王建华', 'officer.phone': '13800000000', 'officer.unit': '幸福街道办',
  'officer.position': '网格员', 'visit.date': '2026-05-08',
} as const;

describe('autofill precision', () => {
  it('leaves the other side of a matter empty: 被申请人, 见证人, an unknown party heading', () => {
    const doc = page(`<form><table>
      <tr><td colspan="4" class="hd">申请人</td></tr>
      <tr><td>姓名</td><td><input id="a"></td><td>联系电话</td><td><input id="b"></td></tr>
      <tr><td colspan="4" class="hd">被申请人</td></tr>
      <tr><td>姓名</td><td><input id="c"></td><td>性别</td><td><select id="d"><option value="">--</option><option>男</option><option>女</option></select></td></tr>
      <tr><td>联系电话</td><td><input id="e"></td><td>住所</td><td><input id="f"></td></tr>
      <tr><td>所属社区</td><td><input id="k"></td></tr>
      <tr><td colspan="4" class="hd">见证人</td></tr>
      <tr><td>姓名</td><td><input id="g"></td><td>联系电话</td><td><input id="h"></td></tr>
      <tr><td colspan="4" class="hd">鉴定人信息</td></tr>
      <tr><td>姓名</td><td><input id="i"></td><td>联系电话</td><td><input id="j"></td></tr>
    </table></form>`);
    const fields = detectFields(doc);
    expect(fields.map((f) => f.key)).toEqual(['resident.name', 'resident.phone', ...Array(9).fill(null)]);
    expect(fields.slice(2).every((f) => f.reason)).toBe(true);
    expect(sectionParty(['被反映人信息'])).toBe('other');
    expect(sectionParty(['被走访人信息'])).toBe('resident');
    expect(sectionParty(['乙方情况'])).toBe('other');
    expect(sectionParty(['走访信息'])).toBeNull();
    expect(sectionParty(['人员基本信息'])).toBeNull();
    expect(sectionParty(['高龄老人基本情况'])).toBe('resident');
    expect(sectionParty(['残疾人信息'])).toBe('resident');
  });

  it('never fills a person field of somebody named in the label', () => {
    for (const label of ['被申请人姓名', '被申请人联系电话', '见证人', '紧急联系人', '配偶姓名', '其他成员姓名', '承办人电话', '联系人(二)']) {
      expect(keyOf(label), label).toBeNull();
    }
    for (const label of ['共同申请人姓名', '其他当事人', '当事人(二)', '第二申请人电话']) expect(keyOf(label), label).toBeNull();
    expect(keyOf('当事人(一)')).toBe('resident.name');
    expect(sectionParty(['共同申请人'])).toBe('other');
    expect(keyOf('被回访人')).toBe('resident.name');
    expect(keyOf('本人联系电话')).toBe('resident.phone');
  });

  it('keeps an organisation’s contact, phone and name out of the resident’s and the user’s values', () => {
    expect(keyOf('企业联系电话')).toBeNull();
    expect(keyOf('联系人', { party: 'other', selfPage: false })).toBeNull();
    expect(sectionParty(['企业基本情况'])).toBe('other');
    const doc = page(`<form><label>企业名称<input></label><label>联系人<input></label><label>联系电话<input></label>
      <label>问题描述<textarea></textarea></label></form>`);
    expect(keys(doc)).toEqual([null, null, null, 'issue.description']);
  });

  it('does not put the visit date, the home address or the phone into look-alikes', () => {
    for (const label of ['出生日期', '计划走访日期', '发证日期', '入党日期', '证件有效期', '走访截止日期', '户籍地址', '注册地址', '单位电话', '单位地址', '家庭人口', '月收入', '补助金额']) {
      expect(keyOf(label), label).toBeNull();
    }
    const doc = page(`<h2>走访登记</h2><form><label>户主姓名<input></label><label>出生日期<input type="date"></label>
      <label>走访日期<input type="date"></label></form>`);
    expect(keys(doc)).toEqual(['resident.name', null, 'visit.date']);
  });

  it('keeps a bare 地址 in a section about the matter (where it happened) empty', () => {
    const doc = page(`<form><h3>事件信息</h3><div><label>事件标题<input></label><label>地址<input></label></div>
      <h3>诉求人信息</h3><div><label>姓名<input></label><label>地址<input></label></div></form>`);
    expect(keys(doc)).toEqual(['issue.title', null, 'resident.name', 'resident.address']);
  });

  it('takes a settings page (基本资料 with the account’s own fields) as about the user', async () => {
    const doc = page(`<div class="card-header">设置我的资料</div><form>
      <label>用户名<input value="wangjh" readonly></label><label>真实姓名<input name="a"></label><label>手机<input name="b"></label>
      <label>证件号码<input name="c"></label><label>当前密码<input type="password"></label></form>`, '基本资料');
    expect(keys(doc)).toEqual(['officer.name', 'officer.phone', null]);
    await fillFields(doc, VALUES);
    expect([...doc.querySelectorAll('input')].map((i) => i.value)).toEqual(['wangjh', '王建华', '13800000000', '', '']);
    // 基本资料 without any account field may be a resident's.
    expect(keys(page('<form><label>姓名<input></label></form>', '基本资料'))).toEqual(['resident.name']);
  });

  it('reads a placeholder when the text before the field is a heading, and a select’s empty first option', () => {
    const doc = page(`<div class="block"><div class="block-hd">诉求人信息</div><div class="block-bd">
      <input placeholder="诉求人姓名"><input placeholder="联系电话">
      <select><option value="">性别</option><option>男</option><option>女</option></select></div></div>
      <div class="block"><div class="block-hd">经办人信息</div><div class="block-bd"><input placeholder="联系电话"></div></div>`);
    expect(keys(doc)).toEqual(['resident.name', 'resident.phone', 'resident.gender', 'officer.phone']);
  });

  it('does not let a placeholder speak for a label naming an unknown person, nor a bare English name attribute', () => {
    const doc = page(`<form><div>租客姓名</div><input placeholder="请输入姓名"><div>诉求信息</div><input placeholder="诉求标题">
      <input name="name"><input name="sfzh"></form>`);
    expect(keys(doc)).toEqual([null, 'issue.title', null, 'resident.idNumber']);
  });

  it('reads the header above a one-row grid even when the cell to the left holds a control', () => {
    const doc = page(`<form><table><thead><tr><th>问题类别</th><th>具体情况</th><th>完成时限</th><th>备注</th></tr></thead>
      <tbody><tr><td><select><option value=""></option><option>环境卫生</option></select></td><td><textarea></textarea></td>
      <td><input placeholder="yyyy-MM-dd"></td><td><input></td></tr></tbody></table></form>`);
    expect(keys(doc)).toEqual(['issue.category', 'issue.description', 'issue.deadline', null]);
  });

  it('changes a radio the page checked by default, never one the user checked', async () => {
    const doc = page(`<form><label>户主姓名<input></label>
      性别 <label><input type="radio" name="xb" value="1" checked>男</label><label><input type="radio" name="xb" value="2">女</label></form>`);
    await fillFields(doc, VALUES);
    expect((doc.querySelector('input[value="2"]') as HTMLInputElement).checked).toBe(true);
    const touched = page(`<form>性别 <label><input type="radio" name="xb" value="1">男</label><label><input type="radio" name="xb" value="2">女</label></form>`);
    (touched.querySelector('input[value="1"]') as HTMLInputElement).checked = true;
    await fillFields(touched, VALUES);
    expect((touched.querySelector('input[value="1"]') as HTMLInputElement).checked).toBe(true);
  });

  it('knows the users’ other names for the visit and its people', () => {
    expect(keyOf('调查日期')).toBe('visit.date');
    expect(keyOf('调查方式')).toBe('visit.type');
    expect(keyOf('调查人(一)')).toBe('officer.name');
    expect(keyOf('受助群众姓名')).toBe('resident.name');
    expect(keyOf('结对干部电话')).toBe('officer.phone');
    expect(keyOf('包户干部')).toBe('officer.name');
    expect(keyOf('接待单位')).toBe('officer.unit');
    expect(keyOf('交办单位')).toBe('issue.ownerUnit');
    expect(keyOf('纠纷类别')).toBe('issue.category');
    expect(keyOf('回访电话')).toBe('resident.phone');
    expect(keyOf('谈心日期')).toBe('visit.date');
    expect(keyOf('座谈情况')).toBe('visit.content');
    expect(keyOf('反馈当事人情况')).toBe('issue.feedback');
  });

  it('takes a bare 当前状态 as the issue’s on an issue form only', () => {
    const issue = page('<form><label>问题描述<textarea></textarea></label><label>整改措施<textarea></textarea></label><label>当前状态<input></label></form>');
    expect(keys(issue)).toEqual(['issue.description', 'issue.measures', 'issue.status']);
    const visit = page('<form><label>走访日期<input type="date"></label><label>当前状态<input></label></form>');
    expect(keys(visit)).toEqual(['visit.date', null]);
  });
});

describe('the document\'s title', () => {
  it('is no label of a header search box that comes before any text (圩口名称/编号 under a title naming a 巡查日志)', () => {
    const doc = page('<div><input name="q" placeholder="圩口名称/编号"></div><form><label>巡查日期<input></label></form>', '防汛抗旱指挥系统 - 圩区防汛值守巡查日志');
    expect(keys(doc)).toEqual([null, 'visit.date']);
  });
});

describe('parties (whose details a field holds)', () => {
  it('keeps a grid of family members empty, whatever its columns say, but a first row marked 户主 is the resident', () => {
    const doc = page(`<form><table>
      <tr><td>户主姓名</td><td><input id="a"></td><td>身份证号</td><td><input id="b"></td></tr>
      <tr><td>姓名</td><td>关系</td><td>身份证号</td><td>联系电话</td></tr>
      <tr><td><input name="m1xm"></td><td><input name="m1gx"></td><td><input name="m1sfzh"></td><td><input name="m1lxdh"></td></tr>
      <tr><td><input name="m2xm"></td><td><input name="m2gx"></td><td><input name="m2sfzh"></td><td><input name="m2lxdh"></td></tr>
    </table></form>`);
    expect(keys(doc)).toEqual(['resident.name', 'resident.idNumber', null, null, null, null, null, null, null, null]);
    const marked = page(`<form><table><thead><tr><th>姓名</th><th>电话</th><th>与户主关系</th></tr></thead><tbody>
      <tr><td><input name="xm"></td><td><input name="lxdh"></td><td>户主</td></tr>
      <tr><td><input name="xm2"></td><td><input name="lxdh2"></td><td>配偶</td></tr></tbody></table></form>`);
    expect(keys(marked)).toEqual(['resident.name', 'resident.phone', null, null]);
  });

  it('fills only the first row of a list of matters whose boxes are named by their pinyin names alone (wt[0].zrdw, wt[1].zrdw)', () => {
    const row = (i: number) => `<tr><td><input name="wt[${i}].zrdw"></td><td><input name="wt[${i}].zrr"></td></tr>`;
    const doc = page(`<form><table><thead><tr><th>责任单位</th><th>责任人</th></tr></thead><tbody>${row(0)}${row(1)}</tbody></table></form>`);
    expect(keys(doc)).toEqual(['issue.ownerUnit', 'issue.owner', null, null]);
  });

  it('does not take a form laid out in a table for a grid of people', () => {
    const doc = page(`<form><table>
      <tr><td>姓名</td><td><input></td><td>性别</td><td><select><option value=""></option><option>男</option><option>女</option></select></td></tr>
      <tr><td>联系电话</td><td><input></td><td>身份证号</td><td><input></td></tr></table></form>`);
    expect(keys(doc)).toEqual(['resident.name', 'resident.gender', 'resident.phone', 'resident.idNumber']);
  });

  it('reads whose a section is from its party word, not from a remark in brackets', () => {
    const doc = page(`<form><table>
      <tr><th colspan="4" class="sub">申请人（本人不能到场时可由家属代领）</th></tr>
      <tr><td>姓名</td><td><input></td></tr>
      <tr><th colspan="4" class="sub">代办人（老人行动不便时填写）</th></tr>
      <tr><td>姓名</td><td><input></td><td>电话</td><td><input></td></tr></table></form>`);
    expect(keys(doc)).toEqual(['resident.name', null, null]);
    expect(sectionParty(['代领人（老人行动不便时填写）'])).toBe('other');
    expect(sectionParty(['家庭成员情况（不含户主）'])).toBe('other');
    expect(sectionParty(['当事人（二）'])).toBe('other');
  });

  it('leaves empty a section of the other side named in brackets (当事人（被投诉方）), not one of ours', () => {
    const doc = page(`<form>
      <fieldset><legend>当事人（投诉方）</legend><label>姓名<input></label><label>手机号码<input></label></fieldset>
      <fieldset><legend>当事人（被投诉方）</legend><label>姓名<input></label><label>手机号码<input></label></fieldset>
      <fieldset><legend>当事人（另一方）</legend><label>姓名<input></label></fieldset></form>`);
    expect(keys(doc)).toEqual(['resident.name', 'resident.phone', null, null, null]);
    expect(sectionParty(['申请人（家属代办时填写代办人）'])).toBe('resident');
  });

  it('makes party words from the users’ acts: the doer is the user, the object the resident', () => {
    expect(keyOf('排查人员电话')).toBe('officer.phone');
    expect(keyOf('被排查人')).toBe('resident.name');
    expect(keyOf('排查对象身份证号')).toBe('resident.idNumber');
    expect(keyOf('报修人电话')).toBe('resident.phone');
    expect(keyOf('被执行人姓名')).toBeNull();
    expect(keyOf('代领人电话')).toBeNull();
  });
});

describe('dates in the format the page asks for', () => {
  it('reads a format from a title, an example in the placeholder, or a compact pattern', async () => {
    expect(formatIn('例：2024年1月1日')).toBe('yyyy年M月d日');
    expect(formatIn('2024/01/01')).toBe('yyyy/MM/dd');
    expect(formatIn('格式YYYYMMDD')).toBe('YYYYMMDD');
    expect(formatIn('20240101')).toBe('yyyyMMdd');
    expect(formatIn('请输入日期')).toBeNull();
    expect(readFields(page('<form><label>走访日期<input value="20240512"></label></form>'))['visit.date']).toBe('2024-05-12');
    const doc = page(`<form><label>走访日期<input id="a" title="yyyy年MM月dd日"></label></form>
      <form><label>入户时间<input id="b" placeholder="如 2024/01/01"></label></form>`);
    await fillFields(doc, VALUES);
    expect([...doc.querySelectorAll('input')].map((i) => i.value)).toEqual(['2026年05月08日', '2026/05/08']);
  });

  it('writes a free text date box that shows no format as 2026-05-08, or as the page’s other date boxes show', async () => {
    const bare = page('<form><label>户主姓名<input></label><label>走访日期<input id="d"></label></form>');
    await fillFields(bare, VALUES);
    expect((bare.getElementById('d') as HTMLInputElement).value).toBe('2026-05-08');
    const shown = page(`<form><label>出生日期<input placeholder="yyyy.MM.dd"></label><label>走访日期<input id="d"></label></form>`);
    await fillFields(shown, VALUES);
    expect((shown.getElementById('d') as HTMLInputElement).value).toBe('2026.05.08');
  });

  it('writes ISO into a box whose prompt says the date is picked (点击选择日期): a picker takes that', async () => {
    const doc = page('<form><label>户主姓名<input></label><label>联系日期<input id="d" placeholder="点击选择日期"></label></form>');
    await fillFields(doc, VALUES);
    expect((doc.getElementById('d') as HTMLInputElement).value).toBe('2026-05-08');
  });
});

describe('a field asking for a one-line summary', () => {
  it('does not take a long text found inside its words, but the matter\'s title when they name the matter', () => {
    expect(keyOf('存在的问题（一句话概括）')).toBe('issue.title');
    expect(keyOf('走访情况（限50字）')).toBe('visit.content');
    expect(keyOf('本次了解到的情况（请概括）')).toBeNull();
    expect(keyOf('反映的困难（简述）')).toBe('issue.title');
    expect(keyOf('入户了解情况（简述）')).toBeNull();
    expect(keyOf('本次了解到的情况')).toBe('visit.content');
    const doc = page('<form><input placeholder="居民反映的问题（一句话概括）"><textarea placeholder="居民反映的问题"></textarea></form>');
    expect(keys(doc)).toEqual(['issue.title', 'issue.description']);
  });
});

describe('a part of a number', () => {
  it('is left empty: the whole number would not fit it', () => {
    for (const label of ['身份证号后六位', '证件号码（前6位）', '联系电话（后四位）', '手机尾号', '身份证号码末4位']) expect(keyOf(label), label).toBeNull();
    expect(keyOf('身份证号码')).toBe('resident.idNumber');
    expect(keyOf('联系电话')).toBe('resident.phone');
  });
});

describe('fields of a further party or wanted only on a condition', () => {
  it('leaves a box wanted only when it differs from ours empty, said with or without 如/若', () => {
    const doc = page(`<form>
      <p><label>联系电话<input id="a"></label></p>
      <p><label>现住址（与户籍地址不一致时填写）<input id="b"></label></p>
      <p><label>备用手机(和上面号码不同的话请填)<input id="c"></label></p>
      <p><label>家庭住址<input id="d" placeholder="与身份证一致"></label></p>
    </form>`);
    expect(keys(doc)).toEqual(['resident.phone', null, null, 'resident.address']);
  });

  it('but fills a box always asked, whose remark only says to check it when it differs (与户籍地不一致时须核实)', () => {
    const doc = page(`<table><tr><td>户主姓名：</td><td><input></td></tr>
      <tr><td>实际居住地址：</td><td><input> <span>与户籍地不一致时须核实</span></td></tr></table>`);
    expect(keys(doc)).toEqual(['resident.name', 'resident.address']);
  });

  it('leaves a later round of the act empty (二次回访日期): it is filled when it happens', () => {
    const doc = page(`<form><p><label>回访时间<input></label></p><p><label>回访人<input></label></p><p><label>二次回访日期<input></label></p></form>`);
    expect(keys(doc)).toEqual(['visit.date', 'officer.name', null]);
  });

  it('leaves a landlord’s details empty and fills the household’s', () => {
    const doc = page(`<form>
      <fieldset><legend>出租人信息</legend><label>姓名<input id="a"></label><label>手机<input id="b"></label></fieldset>
      <fieldset><legend>住户信息</legend><label>姓名<input id="c"></label><label>手机<input id="d"></label></fieldset>
    </form>`);
    expect(keys(doc)).toEqual([null, null, 'resident.name', 'resident.phone']);
  });
});

describe('the user’s own page', () => {
  it('leaves the user’s own area empty (挂点村, 分管片区), still filling a resident section’s', () => {
    const doc = page(`<h2>个人中心</h2><form>
      <p><label>姓名<input id="a"></label></p>
      <p><label>挂点村<input id="b"></label></p>
      <p><label>所属网格<input id="c"></label></p>
    </form>`, '个人中心');
    expect(keys(doc)).toEqual(['officer.name', null, null]);
    const visit = page(`<form><p><label>挂点村<input id="b"></label></p><p><label>所属网格<input id="c"></label></p></form>`, '入户走访登记');
    expect(keys(visit)).toEqual(['place.community', 'place.grid']);
  });

  it('is a page under the user\'s own menu (a mobile nav bar: 我的 · 个人信息), whose 包联村（社区） is the user\'s area', () => {
    const body = (nav: string) => `<div class="van-nav-bar"><div class="van-nav-bar__title">${nav}</div></div><form>
      <p><label>手机号<input></label></p><p><label>包联村（社区）<input></label></p></form>`;
    expect(keys(page(body('我的 · 个人信息'), '个人信息'))).toEqual(['officer.phone', null]);
    expect(keys(page(body('个人信息'), '个人信息'))[1]).toBe('place.community');
  });
});

describe('a role named again in short', () => {
  it('is the person just before it: theirs when we cannot tell who they are, the resident’s after the resident', () => {
    const unknown = page(`<form>
      <p><label>姓名<input id="a"></label></p>
      <p><label>签约联系人（卫生院）<input id="b"></label></p>
      <p><label>联系人电话<input id="c"></label></p>
    </form>`);
    expect(keys(unknown)).toEqual(['resident.name', null, null]);
    const resident = page(`<form><p><label>户主<input id="a"></label></p><p><label>户主电话<input id="b"></label></p></form>`);
    expect(keys(resident)).toEqual(['resident.name', 'resident.phone']);
  });
});

// Adversarial labels (P1): a loose reading finds a known phrase in them, a careful user leaves them empty.
describe('precision: a date asked about, not the visit’s date', () => {
  it('leaves a rule, a plan, a booking or an application for a meeting empty; the meeting’s own date keeps its key', () => {
    for (const label of ['回访时间要求', '随访时间要求', '上门时间要求', '走访时间安排', '预约走访时间', '预约回访时间', '拟走访时间', '拟回访日期',
      '应回访日期', '应随访日期', '要求回访时间', '申请调解日期', '申请回访日期', '约定回访时间', '下一次走访时间']) {
      expect(keyOf(label), label).toBeNull();
    }
    for (const label of ['回访时间', '本次走访日期', '调解日期', '入户时间', '实际走访时间']) expect(keyOf(label), label).toBe('visit.date');
  });
});

describe('precision: a kind, a place or a measure of a value, not the value', () => {
  it('leaves 类型, 归属地, 字数, 满意度 and codes of a known field empty', () => {
    for (const label of ['电话号码类型', '手机号码归属地', '电话归属地', '手机运营商', '问题描述字数', '走访内容字数', '问题标题长度', '诉求内容模板',
      '办理结果满意度', '办理结果评价', '诉求渠道编码', '诉求类型代码', '来源渠道代码']) {
      expect(keyOf(label), label).toBeNull();
    }
    expect(keyOf('手机号码')).toBe('resident.phone');
    expect(keyOf('问题来源渠道')).toBe('issue.source');
    expect(keyOf('上门走访日期')).toBe('visit.date');
    expect(keyOf('本次走访情况')).toBe('visit.content');
    expect(keyOf('办理结果')).toBe('issue.result');
  });

  it('leaves the state, the telling or the when of a matter’s text empty (办理结果状态, 办理结果告知时间)', () => {
    for (const label of ['办理结果状态', '处理结果状态', '办理结果告知方式', '办理结果告知时间', '整改措施时间', '反馈情况时间']) {
      expect(keyOf(label), label).toBeNull();
    }
    expect(keyOf('处理结果')).toBe('issue.result');
  });

  it('leaves a spare one asked in a remark empty (联系电话（备用）), not other remarks', () => {
    for (const label of ['联系电话（备用）', '联系电话(其他)', '住址（另一个）']) expect(keyOf(label), label).toBeNull();
    expect(keyOf('联系电话（手机）')).toBe('resident.phone');
    expect(keyOf('联系电话（必填）')).toBe('resident.phone');
  });
});

describe('precision: an organisation that is not the user’s unit', () => {
  it('leaves a party body and the body above the user empty; the user’s own department keeps officer.unit', () => {
    for (const label of ['所属党组织', '所在党组织', '所属党工委', '所属主管部门', '所在上级单位', '所属归口部门']) expect(keyOf(label), label).toBeNull();
    for (const label of ['所属部门', '所在单位', '所在科室', '所属机构']) expect(keyOf(label), label).toBe('officer.unit');
  });
});

describe('precision: a page of look-alike fields', () => {
  it('fills only the fields that ask the record’s own values', () => {
    const doc = page(`<form>
      <label>来电人<input></label><label>联系电话<input></label><label>联系电话（备用）<input></label><label>电话号码类型<input></label>
      <label>预约走访时间<input></label><label>回访时间要求<input></label><label>回访时间<input></label>
      <label>诉求内容<textarea></textarea></label><label>诉求类型代码<input></label><label>办理结果满意度<input></label>
      <label>所属党组织<input></label></form>`);
    expect(keys(doc)).toEqual(['resident.name', 'resident.phone', null, null, null, null, 'visit.date', 'issue.description', null, null, null]);
  });
});

describe('precision: a number asked by its unit', () => {
  it('leaves a field whose remark is a unit (天, 个工作日, 元, 户) empty; a remark that is no unit keeps the key', () => {
    for (const label of ['整改期限（天）', '办理时限(个工作日)', '补助（元）', '走访户数（户）', '走访人员（人）']) expect(keyOf(label), label).toBeNull();
    expect(keyOf('整改期限')).toBe('issue.deadline');
    expect(keyOf('联系电话（手机）')).toBe('resident.phone');
    expect(keyOf('办理结果公开')).toBeNull();
    for (const label of ['户主姓名（拼音）', '走访日期（农历）', '问题描述(英文)', '联系电话区号', '身份证号码校验']) expect(keyOf(label), label).toBeNull();
    expect(keyOf('户主姓名')).toBe('resident.name');
  });
});

describe('precision: people who serve the household beside the user', () => {
  it('leaves the village doctor’s and the building head’s fields empty, under their heading or named in the label', () => {
    for (const heading of ['村医信息', '楼栋长信息', '乡村医生']) {
      const doc = page(`<form><label>走访日期<input type="date"></label><fieldset><legend>${heading}</legend>
        <label>姓名<input></label><label>联系电话<input></label></fieldset></form>`);
      expect(keys(doc), heading).toEqual(['visit.date', null, null]);
    }
    for (const label of ['村医姓名', '楼长电话', '单元长姓名']) expect(keyOf(label), label).toBeNull();
    const visited = page(`<form><fieldset><legend>被走访人信息</legend><label>姓名<input></label><label>联系电话<input></label></fieldset></form>`);
    expect(keys(visited)).toEqual(['resident.name', 'resident.phone']);
  });
});

describe('precision: a section where the matter is checked, approved or passed on', () => {
  it('leaves its bare 姓名, 电话, 内容 and 日期 empty; the resident above and the user’s 受理信息 keep theirs', () => {
    for (const heading of ['审核信息', '领导批示', '签收信息', '督办信息', '转办信息', '复核情况', '街道审批意见']) {
      const doc = page(`<form><label>诉求人<input></label><label>问题描述<textarea></textarea></label>
        <fieldset><legend>${heading}</legend><label>姓名<input></label><label>联系电话<input></label><label>日期<input type="date"></label>
        <label>内容<textarea></textarea></label></fieldset></form>`);
      expect(keys(doc), heading).toEqual(['resident.name', 'issue.description', null, null, null, null]);
    }
    const status = page(`<form><label>诉求人<input></label><fieldset><legend>审核信息</legend>
      <label>当前状态<select><option>待办</option><option>已办结</option></select></label></fieldset></form>`);
    expect(keys(status)).toEqual(['resident.name', 'issue.status']);
    expect(sectionParty(['受理信息'])).toBe('officer');
    expect(sectionParty(['办理人信息'])).toBe('officer');
    expect(sectionParty(['诉求人信息'])).toBe('resident');
  });
});

describe('precision: a contact under the user’s heading', () => {
  it('leaves 联系人 and 联系人电话 in the filer’s section empty; a caller there and a 联系人 elsewhere keep the resident', () => {
    const officer = { party: 'officer' as const, selfPage: false };
    expect(keyOf('联系人', officer)).toBeNull();
    expect(keyOf('联系人电话', officer)).toBeNull();
    expect(keyOf('联系电话', officer)).toBe('officer.phone');
    expect(keyOf('来电人', officer)).toBe('resident.name');
    expect(keyOf('联系人', { party: 'resident', selfPage: false })).toBe('resident.name');
  });
});

describe('precision: the nearest heading over a matter’s handling', () => {
  it('leaves its bare 姓名 and 联系电话 empty; a callback heading and a farther handling heading keep the resident', () => {
    const under = (heading: string) => page(`<form><label>诉求人<input></label><fieldset><legend>${heading}</legend>
      <label>姓名<input></label><label>联系电话<input></label></fieldset></form>`);
    for (const heading of ['办理信息', '反馈信息', '评价信息', '办结情况']) expect(keys(under(heading)), heading).toEqual(['resident.name', null, null]);
    // The resident's name once (one-each.ts): in the block with their phone.
    expect(keys(under('回访信息'))).toEqual([null, 'resident.name', 'resident.phone']);
    expect(sectionParty(['基本情况', '办理信息'])).toBeNull();
  });
});

describe('precision: who looks after the resident, and who a complaint is against', () => {
  it('leaves a caregiver’s and the other side’s fields empty, even on a visit that names nobody else', () => {
    for (const person of ['看护人', '照护人', '投诉对象', '侵害人', '施暴人']) {
      const doc = page(`<form><label>走访人<input></label><label>走访日期<input type="date"></label>
        <label>${person}姓名<input></label><label>${person}电话<input></label><button>提交</button></form>`);
      expect(keys(doc), person).toEqual(['officer.name', 'visit.date', null, null]);
    }
  });
});

describe('precision: what a box can hold', () => {
  it('writes no text into a box that takes only a number; a phone there and a text box of the same label still fill', () => {
    const boxes = [
      '<div class="t-input-number"><input id="a"></div>',
      '<div class="el-input-number"><span class="el-input-number__decrease"></span><div class="el-input"><input id="b"></div></div>',
      '<input id="c" type="number">',
      '<input id="d" role="spinbutton">',
    ];
    const doc = page(`<form>${boxes.map((box) => `<label>整改成效</label>${box}`).join('')}
      <label>联系电话<input type="number" id="e"></label><label>整改成效<textarea id="f"></textarea></label></form>`);
    expect(keys(doc)).toEqual([null, null, null, null, 'resident.phone', 'issue.result']);
    expect(detectFields(doc)[0].reason).toBe('这一栏只能填数字，不自动填写');
  });

  it('leaves the date of a repeat visitor’s first visit (初次来访日期) empty beside this visit’s date', () => {
    expect(keys(page('<form><label>接待日期<input></label><label>初次来访日期<input></label></form>'))).toEqual(['visit.date', null]);
  });
});

describe('precision: a matter named in a long box', () => {
  it('is told in full there (反映事项 in a textarea is the description), a title word keeps it the title', () => {
    const doc = page(`<form><label>反映人<input></label><label>反映事项<textarea></textarea></label>
      <label>反映事项<input></label><label>事项名称<textarea></textarea></label></form>`);
    expect(keys(doc)).toEqual(['resident.name', 'issue.description', 'issue.title', 'issue.title']);
  });
});
