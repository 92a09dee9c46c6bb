// Whose a person field is, read as [role] + [head]: the role noun or the act before 姓名/电话/单位 decides
// between the user and the resident, whatever the wording of the page.
import { describe, expect, it } from 'vitest';
import { namesOtherParty, personShape, sectionParty } from '../../../lib/autofill/party';
import { fillFields } from '../../../lib/autofill';
import { keyOf, keys, page } from './page';

describe('person roles', () => {
  it('takes a doer of the user’s acts as the user: 人, 人员, 员, and a chain of acts before them', () => {
    const cases: Record<string, string> = {
      采集员: 'officer.name', 登记员电话: 'officer.phone', 核查员单位: 'officer.unit', 普查人员: 'officer.name',
      摸排人电话: 'officer.phone', 探访干部: 'officer.name', 调解人: 'officer.name', 答复人电话: 'officer.phone',
      走访记录人: 'officer.name', 入户核查员电话: 'officer.phone', 包联责任人: 'officer.name', 结对责任人电话: 'officer.phone',
      随访人员: 'officer.name', 帮扶负责人电话: 'officer.phone',
    };
    for (const [label, key] of Object.entries(cases)) expect(keyOf(label), label).toBe(key);
    expect(sectionParty(['普查员信息'])).toBe('officer');
  });

  it('does not make the user of a companion, a matter’s owner or the object of an act', () => {
    expect(keyOf('陪同走访人员')).not.toBe('officer.name');
    expect(keyOf('整改责任人')).not.toBe('officer.name');
    expect(keyOf('被调查人')).toBe('resident.name');
    expect(keyOf('摸排对象电话')).toBe('resident.phone');
    expect(sectionParty(['鉴定人信息'])).toBe('other');
  });

  it('takes a care category, a resident’s act or a visited household before a head as the resident', () => {
    const cases: Record<string, string> = {
      低保对象姓名: 'resident.name', 低保户电话: 'resident.phone', 特困人员联系电话: 'resident.phone', 留守儿童身份证号: 'resident.idNumber', 高龄老人住址: 'resident.address',
      留言人姓名: 'resident.name', 参保人联系电话: 'resident.phone', 帮扶户联系电话: 'resident.phone', 慰问户姓名: 'resident.name',
      患者姓名: 'resident.name', 随访对象电话: 'resident.phone', 脱贫户住址: 'resident.address',
    };
    for (const [label, key] of Object.entries(cases)) expect(keyOf(label), label).toBe(key);
    expect(sectionParty(['留言人信息'])).toBe('resident');
    expect(sectionParty(['参保人员基本情况'])).toBe('resident');
  });

  it('does not name anybody by a category alone, nor take a relative or a count of households for the resident', () => {
    const others = ['老人子女姓名', '残疾人监护人电话', '患者家属电话', '独居老人联系人电话', '低保户家属电话'];
    for (const label of ['残疾人', '老年人', '患者', ...others, '走访户数', '低保户证号', '项目负责人电话', '申请日期', '申请事项联系电话']) {
      expect(keyOf(label), label).toBeNull();
    }
  });

  it('takes the applicant of the user’s own request on a matter (延期申请, 办结申请) as the user, else as the resident', () => {
    const request = page(`<h2>工单延期申请</h2><form><h3>申请情况</h3><label>申请人<input></label><label>申请单位<input></label>
      <label>申请人联系电话<input></label><label>延期理由<textarea></textarea></label></form>`);
    expect(keys(request)).toEqual(['officer.name', 'officer.unit', 'officer.phone', null]);
    const aid = page(`<h2>临时救助申请</h2><form><label>申请人<input></label><label>申请单位<input></label><label>申请人联系电话<input></label></form>`);
    expect(keys(aid)).toEqual(['resident.name', null, 'resident.phone']);
    expect(sectionParty(['结案申请表'])).toBe('officer');
    expect(sectionParty(['救助申请'])).toBeNull();
  });

  it('reads a person’s heads under their other names, and several offered together', () => {
    const self = { party: null, selfPage: true };
    expect(keyOf('回电手机')).toBe('resident.phone');
    expect(keyOf('答复电话')).toBe('resident.phone');
    expect(keyOf('社会保障号')).toBe('resident.idNumber');
    expect(keyOf('所在机构', self)).toBe('officer.unit');
    expect(keyOf('岗位', self)).toBe('officer.position');
    // A resident's job (就业帮扶) is no post of the user's.
    expect(keyOf('现工作岗位')).toBeNull();
    expect(keyOf('职位/岗位', self)).toBe('officer.position');
    expect(keyOf('手机或电话')).toBe('resident.phone');
    for (const label of ['社保卡号', '姓名/名称', '单位/职务', '电话/地址']) expect(keyOf(label, self), label).toBeNull();
  });

  it('leaves a field wanted only when it differs from another one', () => {
    const doc = page(`<form><label>来电号码<input></label><label>回电号码<input placeholder="若和来电号码不一致时填写"></label></form>`);
    expect(keys(doc)).toEqual(['resident.phone', null]);
  });

  it('leaves such a field even where the user’s block would take its number (回访号码 beside 回访人)', () => {
    const doc = page(`<form><label>回访号码<input placeholder="与来电号码不同时填写"></label>
      <label>回访人<input></label><label>联系电话<input></label></form>`);
    expect(keys(doc)).toEqual([null, 'officer.name', 'officer.phone']);
  });

  it('leaves a box its words say somebody else fills (由社区党委审核填写), not one the user fills by a role of theirs', () => {
    const doc = page(`<form><label>走访人<input></label><label>走访日期<input placeholder="yyyy-MM-dd"></label>
      <label>走访情况<textarea placeholder="由网格员填写"></textarea></label><label>核实情况<textarea placeholder="由社区党委审核填写"></textarea></label>
      <table><tr><td>整改结果</td><td><textarea></textarea><span>（由承办单位办结后填写）</span></td></tr></table></form>`);
    expect(keys(doc)).toEqual(['officer.name', 'visit.date', 'visit.content', null, null]);
    // The user's role doing something then is still the user (由网格员代为提交时填写).
    const onBehalf = page(`<form><label>反映人<input></label><h4>代办网格员</h4><label>网格员<input placeholder="由网格员代为提交时填写"></label></form>`);
    expect(keys(onBehalf)).toEqual(['resident.name', 'officer.name']);
    // Or fills later, after something still to come.
    const later = page(`<form><label>调解日期<input placeholder="yyyy-MM-dd"></label><label>调解经过<textarea></textarea></label>
      <label>回访情况<input placeholder="协议履行后回访填写"></label></form>`);
    expect(keys(later)).toEqual(['visit.date', 'visit.content', null]);
    // Not a box to fill in last (最后填写): the order, not a later step.
    const last = page(`<form><label>走访日期<input placeholder="yyyy-MM-dd"></label><label>走访情况<textarea placeholder="请最后填写"></textarea></label></form>`);
    expect(keys(last)).toEqual(['visit.date', 'visit.content']);
    // Or is for whoever stands in for the person (户主不在家时填写, 非房主本人居住时填写).
    const standIn = page(`<form><label>房主姓名<input></label><label>房主手机<input></label>
      <label>实际居住人（非房主本人居住时填写）<input></label><label>接待人<input placeholder="户主不在家时填写"></label></form>`, '农村房屋安全排查');
    expect(keys(standIn)).toEqual(['resident.name', 'resident.phone', null, null]);
    // A layout cell around the whole form is no box's slot: its hint for one box leaves the others alone.
    const layout = page(`<table><tr><td><form><label>户主姓名<input></label><label>联系电话<input></label>
      <label>审核意见<input></label>（由社区党委审核填写）</form></td></tr></table>`);
    expect(keys(layout).slice(0, 2)).toEqual(['resident.name', 'resident.phone']);
  });

  it('leaves such a field when the condition is a hint after the box in its form item', () => {
    const doc = page(`<form><div class="el-form-item"><label class="el-form-item__label">来电号码</label><div class="el-form-item__content">
      <input disabled value="139****2716"></div></div><div class="el-form-item"><label for="b" class="el-form-item__label">联系号码</label>
      <div class="el-form-item__content"><div class="el-input"><input id="b"></div><span class="el-form-item__tip">与来电号码不同时填写</span></div></div>
      <div class="el-form-item"><label for="c" class="el-form-item__label">诉求人</label><div class="el-form-item__content"><input id="c"></div></div></form>`);
    expect(keys(doc)).toEqual([null, 'resident.name']);
  });

  it('takes a salutation offered as 先生/女士 for the gender, but not one to type nor somebody else’s', async () => {
    const options = '<option value="">请选择</option><option value="1">先生</option><option value="2">女士</option>';
    const doc = page(`<form><label>来访人<input></label><label>称呼<select id="s">${options}</select></label><label>称谓<input></label>
      <fieldset><legend>紧急联系人</legend><label>称呼<select>${options}</select></label></fieldset></form>`);
    expect(keys(doc)).toEqual(['resident.name', 'resident.gender', null, null]);
    await fillFields(doc, { 'resident.gender': '女' });
    expect((doc.getElementById('s') as HTMLSelectElement).value).toBe('2');
  });

  it('takes the contact of a business the user visits as the resident, not of the user’s side nor of a shop complained about', () => {
    const business = (heading: string, visit: string, resident = '') => keys(page(`<form>${resident}<h3>${heading}</h3>
      <label>商户名称<input></label><label>商户联系人<input></label><label>联系人电话<input></label><label>联系人职务<input></label>
      <h3>情况</h3>${visit}</form>`));
    const visit = '<label>走访时间<input type="date"></label><label>走访人<input></label>';
    expect(business('商户基本情况', visit)).toEqual([null, 'resident.name', 'resident.phone', null, 'visit.date', 'officer.name']);
    expect(business('商户基本情况', '<label>投诉内容<textarea></textarea></label>')).toEqual([null, null, null, null, 'issue.description']);
    expect(business('单位信息', visit)).toEqual([null, null, null, null, 'visit.date', 'officer.name']);
    expect(business('商户基本情况', visit, '<label>户主姓名<input></label>')).toEqual(['resident.name', null, null, null, null, 'visit.date', 'officer.name']);
  });

  it('gives a bare 单位/职务/电话 to the person before it on one table row', () => {
    const doc = page(`<h3>困难家庭情况</h3><form><table>
      <tr><td>户主</td><td><input></td><td>电话</td><td><input></td></tr>
      <tr><td>核实人</td><td><input></td><td>单位</td><td><input></td></tr>
      <tr><td>登记人员</td><td><input></td><td>电话</td><td><input></td></tr>
      <tr><td>承办人</td><td><input></td><td>职务</td><td><input></td></tr>
    </table><div><div><label>经办人<input></label></div><div><label>单位<input></label></div></div></form>`);
    expect(keys(doc)).toEqual([
      'resident.name', 'resident.phone', 'officer.name', 'officer.unit', 'officer.name', 'officer.phone', 'issue.owner', null, 'officer.name', null,
    ]);
  });
  it('takes who handles a matter (承办人, 办理人) as the user in the user’s own section, else as the matter’s owner', () => {
    const own = page(`<form><h4>执法人员信息</h4><label>办理人<input></label><label>执法证件号<input></label></form>`);
    expect(keys(own)).toEqual(['officer.name', null]);
    expect(keys(page(`<form><h4>经办人信息</h4><label>处置人<input></label></form>`))).toEqual(['officer.name']);
    // Not in a request the user files on the matter (延期申请), nor a responsible person in the user's section.
    const owners = page(`<form><h4>办理情况</h4><label>承办人<input></label><h4>工作人员</h4><label>责任人<input></label>
      <h4>事项延期申请</h4><label>处置人<input></label></form>`);
    expect(keys(owners)).toEqual(['issue.owner', 'issue.owner', 'issue.owner']);
    expect(sectionParty(['执法人员'])).toBe('officer');
  });
});


describe('person roles by heads and posts', () => {
  it('takes an officer post, a deputy or a committee member opening a label, and a filer’s contact as the user', () => {
    const cases: Record<string, string> = {
      民政专干: 'officer.name', 社保协管员电话: 'officer.phone', 代表电话: 'officer.phone', 委员工作单位: 'officer.unit',
      上报联系人: 'officer.name', 填报联系人电话: 'officer.phone', 延期申请人: 'officer.name', 接谈人员: 'officer.name', 巡访医生: 'officer.name',
    };
    for (const [label, key] of Object.entries(cases)) expect(keyOf(label), label).toBe(key);
    // Inside a label 代表 and 委员 are somebody's; a doctor not named by the user's act is nobody we know.
    for (const label of ['村民代表姓名', '委员会名称', '家庭医生', '申请人']) expect(String(keyOf(label)), label).not.toMatch(/^officer\./);
  });

  it('takes a voter, a worker, whom an act is for and a household’s head as the resident', () => {
    const cases: Record<string, string> = { 选民住址: 'resident.address', 职工联系电话: 'resident.phone', 安置对象: 'resident.name', 救助对象电话: 'resident.phone', 走访户户主: 'resident.name',
      走访农户: 'resident.name', 帮扶牧户电话: 'resident.phone' };
    for (const [label, key] of Object.entries(cases)) expect(keyOf(label), label).toBe(key);
    expect(keyOf('对象类别')).toBe('resident.tags');
    expect(keyOf('户主联系人')).not.toBe('resident.name');
  });

  it('reads whose a person is from a role in a remark, never another party’s', () => {
    expect(keyOf('社区联系人(登记人)')).toBe('officer.name');
    expect(keyOf('联系人(监护人)')).toBeNull();
  });

  it('reads a legal address, two words of one head run together and a name that may be a body’s', () => {
    const self = { party: null, selfPage: true };
    expect(keyOf('住所地')).toBe('resident.address');
    expect(keyOf('职务岗位', self)).toBe('officer.position');
    expect(keyOf('名称/姓名')).toBe('resident.name');
    expect(keyOf('名称')).toBeNull();
  });

  it('takes the user’s own body (所在科室, 走访机构, the mediator’s 调解组织) as the user’s unit, not a school, a party group nor a reply’s body', () => {
    const self = { party: null, selfPage: true };
    expect(keyOf('所在科室', self)).toBe('officer.unit');
    expect(keyOf('所属执法大队', self)).toBe('officer.unit');
    expect(keyOf('走访机构')).toBe('officer.unit');
    expect(keyOf('登记部门')).toBe('officer.unit');
    for (const label of ['所在学校', '所属代表小组', '答复单位']) expect(keyOf(label, self), label).not.toBe('officer.unit');
    for (const label of ['调解组织', '调委会']) expect(keyOf(label), label).toBe('officer.unit');
  });

  it('takes one of the user’s kind going along as a companion, not a resident going along', () => {
    for (const label of ['随行干部', '陪同检查人', '协办人员', '同行党员']) expect(keyOf(label), label).toBe('visit.companions');
    expect(keyOf('同行户主')).not.toBe('visit.companions');
    // The plain colleagues who went along (同往人员, 同访同志), not a resident living with one (同住人).
    for (const label of ['同往人员', '同访同志', '同巡人']) expect(keyOf(label), label).toBe('visit.companions');
    for (const label of ['同住人', '同户人员', '同去户主']) expect(keyOf(label), label).not.toBe('visit.companions');
    // The cadres at a meeting with residents (与会干部), not those attending it (参会人员, 参会群众), who may be residents.
    for (const label of ['与会干部', '出席干部']) expect(keyOf(label), label).toBe('visit.companions');
    for (const label of ['参会人员', '参会群众']) expect(keyOf(label), label).not.toBe('visit.companions');
  });

  it('takes the person in charge of a business the user checks as the resident, not a matter’s person in charge', () => {
    const checked = (heading: string) => keys(page(`<form><h3>检查信息</h3><label>检查日期<input type="date"></label>
      <h3>${heading}</h3><label>场所名称<input></label><label>负责人<input></label><label>负责人手机<input></label></form>`));
    expect(checked('被检查场所')).toEqual(['visit.date', null, 'resident.name', 'resident.phone']);
    expect(checked('整改信息')).toEqual(['visit.date', null, null, null]);
  });
});

describe('person roles on one line', () => {
  it('gives a bare 电话 or 单位 to the person before it in one paragraph, not to one in the paragraph above', () => {
    const line = (officer: string) => keys(page(`<form><h3>困难家庭情况</h3><p>户主：<input>　电话：<input></p>${officer}</form>`));
    expect(line('<p>社区联系人（登记人）：<input>　手机：<input></p>')).toEqual(['resident.name', 'resident.phone', 'officer.name', 'officer.phone']);
    expect(line('<p>登记人：<input></p><p>单位：<input></p>')).toEqual(['resident.name', 'resident.phone', 'officer.name', null]);
  });

  it('takes a law officer’s section as the user’s: their 所属大队 is the user’s unit', () => {
    const doc = page(`<form><h3>当事人</h3><label>姓名<input></label><h3>执法人员</h3><label>执法人<input></label><label>所属执法大队<input></label></form>`);
    expect(keys(doc)).toEqual(['resident.name', 'officer.name', 'officer.unit']);
  });
});

describe('a second one of the user', () => {
  it('takes a second field named as the user (核查人 … 核查人) for the companions, once, and only without a companions field', () => {
    const row = (extra: string) => keys(page(`<form><table><tr><td>核查日期</td><td><input></td><td>核查人</td><td><input></td><td>核查人</td><td><input></td>${extra}</tr></table></form>`));
    expect(row('')).toEqual(['visit.date', 'officer.name', 'visit.companions']);
    expect(row('<td>核查人</td><td><input></td>')).toEqual(['visit.date', 'officer.name', 'visit.companions', null]);
    expect(row('<td>陪同人员</td><td><input></td>')).toEqual(['visit.date', 'officer.name', null, 'visit.companions']);
  });
});

describe('roles qualified by which one, or going along', () => {
  it('keeps a role of the user after a word or two saying which, but not after the resident’s act or a body', () => {
    const cases: Record<string, string | null> = {
      兼职网格员: 'officer.name', 本次核查人电话: 'officer.phone', 驻点党员姓名: 'officer.name', 通讯作者: 'officer.name',
      社保专员手机: 'officer.phone', 城管监督员电话: 'officer.phone', 接待代表电话: 'officer.phone', 核实人签字: 'officer.name',
      // Whom the user's act is for is the resident, and so is a representative of residents.
      走访群众姓名: 'resident.name', 慰问居民电话: 'resident.phone', 居民代表姓名: 'resident.name',
      // Not the user: somebody else's role, a former one, a body's staff, a co-author, the author of a message.
      其他网格员: null, 原网格员电话: null, 物业工作人员电话: null, 学校联络员: null, 幼儿园信息员电话: null, 合作者: null, 留言作者: null,
      // Not the resident: a contact of a school says nothing of whose, a bare 群众代表 without a head names no field.
      学校联系人电话: null, 群众代表: null,
    };
    for (const [label, key] of Object.entries(cases)) expect(keyOf(label), label).toBe(key);
  });

  it('reads a role of the user after a word of going along, or a leader who went along, as the companions', () => {
    for (const label of ['一同走访', '协同核查', '同场接访人员', '陪同慰问领导', '随行领导']) expect(keyOf(label), label).toBe('visit.companions');
    // A leader of an act alone may be somebody the form tracks (接访领导).
    expect(keyOf('慰问领导')).toBe(null);
  });

  it('reads who helped or went along on an act, and a second one of the user\'s roles, as the companions', () => {
    const along = [
      '协办巡查人员', '协助执法人员', '配合民警', '随同巡查的社区工作人员', '参加慰问的其他党员', '陪同走访的街道干部',
      '青年志愿者（随行）', '网格员（同往）', '走访人（二）', '调查员(第二人)', '核查员(第2名)',
    ];
    for (const label of along) expect(keyOf(label), label).toBe('visit.companions');
    // Only people of the user's side: a body that helps, a relative who came, a second party, a step of handling.
    for (const label of ['协办单位', '配合部门', '陪同家属', '协助处理', '当事人（二）', '联系人（二）']) expect(keyOf(label), label).toBe(null);
    expect(keyOf('走访人（一）')).toBe('officer.name');
  });

  it('knows the user’s unit by what sends them (选派单位) or the station they work in, and a call-back number', () => {
    expect(keyOf('选派单位')).toBe('officer.unit');
    expect(keyOf('所在工作站')).toBe('officer.unit');
    expect(keyOf('回拨号码')).toBe('resident.phone');
    expect(keyOf('家住')).toBe('resident.address');
  });

  it('takes the person in charge of a checked venue as its contact, not the person in charge of anything', () => {
    const venue = keys(page(`<form><h3>场所基本情况</h3><label>场所名称<input></label><label>场所负责人<input></label>
      <label>负责人电话<input></label><h3>检查情况</h3><label>检查日期<input></label><label>检查地点<input></label></form>`));
    // The check's place is where the user went (STYLE.md: visit.location).
    expect(venue).toEqual([null, 'resident.name', 'resident.phone', 'visit.date', 'visit.location']);
  });

  it('does not let who came along decide what a form’s bare 内容 is about', () => {
    const doc = page(`<form><h3>接访信息</h3><label>接访日期<input></label><label>接访地点<input></label><label>同场接访人员<input></label>
      <h3>群众诉求</h3><label>诉求标题<input></label><label>内容<textarea></textarea></label><label>办理时限<input></label><label>承办单位<input></label></form>`);
    expect(keys(doc)).toEqual(['visit.date', 'visit.location', 'visit.companions', 'issue.title', 'issue.description', 'issue.deadline', 'issue.ownerUnit']);
  });
});

describe('a person’s details on one line of a CSS grid', () => {
  it('gives a bare 电话/单位/职务 right after the user on one grid row to the user, not after the resident', () => {
    const doc = page(`<form><div class="row"><label>户主姓名<input></label><label>联系电话<input></label></div>
      <div class="row"><label>登记人<input></label><label>所在工作站<input></label><label>联系电话<input></label></div>
      <div class="layui-form-item"><label>探访员<input></label><label>职务<input></label></div></form>`);
    expect(keys(doc)).toEqual(['resident.name', 'resident.phone', 'officer.name', 'officer.unit', 'officer.phone', 'officer.name', 'officer.position']);
  });

  it('does not carry the user over to the next grid row', () => {
    const doc = page(`<form><div class="row"><label>户主姓名<input></label></div><div class="row"><label>登记人<input></label></div>
      <div class="row"><label>联系电话<input></label></div></form>`);
    expect(keys(doc)).toEqual(['resident.name', 'officer.name', 'resident.phone']);
  });
});

describe('a form laid out in a table', () => {
  it('is no grid of persons when each cell labels its own box', () => {
    const form = page(`<table><tr><td>登记编号：<input></td><td>经办单位：<input></td></tr>
      <tr><td>走访对象：<input></td><td>手机号码：<input></td></tr></table>`);
    expect(keys(form)).toEqual([null, 'officer.unit', 'resident.name', 'resident.phone']);
    // A grid's cells hold only boxes: its rows are other persons, whatever a colon elsewhere says.
    const grid = page(`<p>户主姓名：<input></p><table><tr><th>成员姓名</th><th>手机号码</th></tr>
      <tr><td><input></td><td><input></td></tr><tr><td><input></td><td><input></td></tr></table>`);
    expect(keys(grid)).toEqual(['resident.name', null, null, null, null]);
  });
});

describe('a role named again in short', () => {
  it('is the user named just before (延期申请人, then 申请人手机), not the resident the short role means alone', () => {
    const doc = page(`<form><label>走访对象<input></label><label>延期申请人<input></label><label>申请人手机<input></label></form>`);
    expect(keys(doc)).toEqual(['resident.name', 'officer.name', 'officer.phone']);
    const aid = page(`<form><label>申请人<input></label><label>申请人手机<input></label><label>经办人<input></label><label>联系电话<input></label></form>`);
    // The resident's phone once (one-each.ts): 申请人手机; the bare 联系电话 right after 经办人 is the user's.
    expect(keys(aid)).toEqual(['resident.name', 'resident.phone', 'officer.name', 'officer.phone']);
  });
});

describe('who brings up a matter', () => {
  it('is the resident when the matter is what the resident asks, not when it is a problem someone found', () => {
    expect(keyOf('诉求提出人')).toBe('resident.name');
    expect(keyOf('求助反映人电话')).toBe('resident.phone');
    expect(keyOf('问题发现人')).toBe(null);
  });
});

describe('a choice beside a person’s name', () => {
  it('is their sex when it offers one, and nothing else', () => {
    const doc = page(`<table><tr><td>求助人：</td><td><input name="a"> <input type="radio" name="s" value="1">男 <input type="radio" name="s" value="2">女</td></tr>
      <tr><td>来访人：</td><td><input name="b"> <input type="radio" name="t" value="1">本人 <input type="radio" name="t" value="2">代理</td></tr></table>`);
    // 来访人 after 求助人 (本人 or 代理 offered): maybe an agent, so only the first takes the resident's name.
    expect(keys(doc)).toEqual(['resident.name', 'resident.gender', null, null]);
  });
});

describe('a role of a higher body', () => {
  it('is not the user: 上级 before the role makes it someone else’s, the same role alone stays the user’s', () => {
    expect(keyOf('上级核查人员姓名')).toBeNull();
    expect(keyOf('上级部门复核人')).toBeNull();
    expect(keyOf('核查人员姓名')).toBe('officer.name');
    expect(keyOf('街道核查人')).toBe('officer.name');
  });
});

describe('the user named by a post or a body only staff belong to', () => {
  it('takes a post of service (委员, 执委, 队员, 联络员, 信息员 …) after the act or the body as the user', () => {
    const cases: Record<string, string> = {
      巡查委员: 'officer.name', 接待执委: 'officer.name', 村妇联执委: 'officer.name', 慰问队员电话: 'officer.phone',
      应急救援站队员: 'officer.name', 网格信息员: 'officer.name', 森林巡护员电话: 'officer.phone', 下沉党员: 'officer.name',
      签约医生电话: 'officer.phone',
    };
    for (const [label, key] of Object.entries(cases)) expect(keyOf(label), label).toBe(key);
    // Not a body's or a business's post, nor a committee; the team's other members went along (visit.companions).
    for (const label of ['物业巡逻员', '居委会委员', '村民委员会', '签约联系人']) expect(keyOf(label), label).toBe(null);
    expect(keyOf('其他队员')).toBe('visit.companions');
  });

  it('takes a station, clinic or office the resident never belongs to as the user’s unit, even on a resident’s form', () => {
    const doc = page(`<form>
      <p><label>户主姓名<input></label></p>
      <p><label>所属单位<input></label></p>
      <p><label>所在社区卫生服务站<input></label></p>
      <p><label>退役军人服务站<input></label></p>
      <p><label>随访医生所在科室<input></label></p>
    </form>`);
    // The visiting doctor is the user (随访医生), their section of the clinic (所在科室) the user's unit.
    expect(keys(doc)).toEqual(['resident.name', null, 'officer.unit', 'officer.unit', 'officer.unit']);
    expect(keyOf('乡镇卫生院')).toBe('officer.unit');
    expect(keyOf('所属卫生室', { party: 'resident', selfPage: false })).toBe(null);
  });
});

describe('the resident named by what the user does for them', () => {
  it('takes the people, household or party of the user’s act or of the matter as the resident', () => {
    const cases: Record<string, string> = {
      被慰问群众: 'resident.name', 所包联居民: 'resident.name', 所走访对象电话: 'resident.phone', 帮扶群众电话: 'resident.phone',
      结对户户主: 'resident.name', 低保户户主电话: 'resident.phone', 事件当事人电话: 'resident.phone', 违法当事人: 'resident.name',
      涉事群众: 'resident.name', 当事人员电话: 'resident.phone', 实际居住人: 'resident.name', 在场负责人电话: 'resident.phone',
      租户姓名: 'resident.name',
    };
    for (const [label, key] of Object.entries(cases)) expect(keyOf(label), label).toBe(key);
    // The people alone, their representative, somebody of a category's, a count, a bare tenant: no one's name.
    for (const label of ['群众', '群众代表', '老人联系人', '居住人数', '承租人']) expect(keyOf(label), label).toBe(null);
  });

  it('takes who answers for a business the user checks, or deals with the user there, as the resident', () => {
    const doc = page(`<form><h3>被检查企业</h3>
      <p><label>企业名称<input></label></p>
      <p><label>主要负责人<input></label></p>
      <p><label>对接人电话<input></label></p>
      <p><label>检查日期<input type="date"></label></p>
    </form>`);
    expect(keys(doc)).toEqual([null, 'resident.name', 'resident.phone', 'visit.date']);
  });

  it('takes a home’s address as the resident’s only when the form names a resident', () => {
    const rental = page(`<form><p><label>住房地址<input></label></p><p><label>房东姓名<input></label></p><p><label>承租人<input></label></p></form>`);
    expect(keys(rental)).toEqual([null, null, null]);
    const lived = page(`<form><p><label>住房地址<input></label></p><p><label>实际居住人<input></label></p></form>`);
    expect(keys(lived)).toEqual(['resident.address', 'resident.name']);
    const tenant = page(`<form><h3>租户信息</h3><p><label>姓名<input></label></p><h3>房屋</h3><p><label>房屋地址<input></label></p></form>`);
    expect(keys(tenant)).toEqual(['resident.name', 'resident.address']);
  });
});

describe('who answers for a matter, who leads a study, who visits a mother', () => {
  it('takes who answers for putting a matter right as its owner, not a leader over the case', () => {
    const cases: Record<string, string | null> = {
      化解负责人: 'issue.owner', 处置负责人: 'issue.owner', 包案人: 'issue.owner', 落实责任单位: 'issue.ownerUnit', 落实部门: 'issue.ownerUnit',
      整改主体: 'issue.ownerUnit', 责任主体单位: 'issue.ownerUnit', 包案领导: null,
    };
    for (const [label, key] of Object.entries(cases)) expect(keyOf(label), label).toBe(key);
  });

  it('takes who leads a study by its other names as the topic’s lead, not any host', () => {
    for (const label of ['调研牵头人', '课题领衔人', '领衔领导', '选题主持人']) expect(keyOf(label), label).toBe('topic.lead');
    expect(keyOf('主持人')).toBe(null);
  });

  it('reads a home visit to a mother (访视) and a checker who went along (同查) as the user’s, the mother as the resident', () => {
    const cases: Record<string, string> = {
      访视人员: 'officer.name', 访视单位: 'officer.unit', 孕产妇电话: 'resident.phone', 同查人员: 'visit.companions', 主笔: 'officer.name',
    };
    for (const [label, key] of Object.entries(cases)) expect(keyOf(label), label).toBe(key);
  });
});

describe('one user and one resident per form', () => {
  it('takes the handler with a helper (协办) as the user handling the case, and the handler’s body as the user’s unit', () => {
    const helped = page(`<form><h3>案件信息</h3><label>当事人<input></label><label>处置人<input></label>
      <label>协办人员<input></label><label>处置单位<input></label></form>`);
    expect(keys(helped)).toEqual(['resident.name', 'officer.name', 'visit.companions', 'officer.unit']);
    const along = page(`<form><h3>处置信息</h3><label>到场核查时间<input></label><label>处置人<input></label><label>联系电话<input></label>
      <label>协同人员<input></label></form>`, '工单处置');
    expect(keys(along)).toEqual(['visit.date', 'officer.name', 'officer.phone', 'visit.companions']);
    const alone = page(`<form><h3>案件信息</h3><label>当事人<input></label><label>处置人<input></label><label>处置单位<input></label></form>`);
    expect(keys(alone)).toEqual(['resident.name', 'issue.owner', 'issue.ownerUnit']);
  });

  it('takes a deputy or a person answering for a problem beside the form’s filer as somebody else', () => {
    const ledger = page(`<form><label>问题描述<textarea></textarea></label><label>责任单位<input></label><label>挂点责任人<input></label>
      <label>填报人<input></label></form>`);
    expect(keys(ledger)).toEqual(['issue.description', 'issue.ownerUnit', 'issue.owner', 'officer.name']);
    const visit = page(`<form><label>存在问题<textarea></textarea></label><label>挂点责任人<input></label><label>填报人<input></label></form>`);
    expect(keys(visit)).toEqual(['issue.description', null, 'officer.name']);
    const station = page(`<form><label>接访委员<input></label><label>接访委员电话<input></label><label>记录员<input></label></form>`);
    expect(keys(station)).toEqual([null, null, 'officer.name']);
    const own = page(`<form><label>接访委员<input></label><label>接访委员电话<input></label><label>来访人<input></label></form>`);
    expect(keys(own)).toEqual(['officer.name', 'officer.phone', 'resident.name']);
  });

  it('takes a 联系人 beside the resident’s own name or phone as somebody to reach them through', () => {
    const patient = page(`<form><h3>患者信息</h3><label>姓名<input></label><label>本人手机<input></label>
      <label>联系人<input></label><label>联系人手机<input></label></form>`);
    expect(keys(patient)).toEqual(['resident.name', 'resident.phone', null, null]);
    const caller = page(`<form><label>联系人<input></label><label>联系人手机<input></label><label>诉求内容<textarea></textarea></label></form>`);
    expect(keys(caller)).toEqual(['resident.name', 'resident.phone', 'issue.description']);
  });
});

describe('more ways of naming the two sides', () => {
  it('reads either of the user’s roles offered together, the offender of a case, the side that complains and a household’s kind', () => {
    const cases: Record<string, string | null> = {
      '网格员/信息员': 'officer.name', '网格员/户主': null, 违章行为人电话: 'resident.phone', 困境类别: 'resident.tags', 家庭困境类型: 'resident.tags', 户情类型: 'resident.tags',
    };
    for (const [label, key] of Object.entries(cases)) expect(keyOf(label), label).toBe(key);
    const sides = page(`<form><h3>投诉方</h3><label>姓名<input></label><h3>被投诉方</h3><label>姓名<input></label></form>`);
    expect(keys(sides)).toEqual(['resident.name', null]);
  });
});

describe('a household’s kind (户别)', () => {
  it('is the care categories when it offers them to tick, not a census’s household kinds', () => {
    const care = page(`<form><label>户主<input></label><label>户别<select multiple><option>一般户</option><option>低保户</option><option>独居老人</option></select></label></form>`);
    expect(keys(care)).toEqual(['resident.name', 'resident.tags']);
    const census = page(`<form><label>户主<input></label><label>户别<select><option>家庭户</option><option>集体户</option></select></label></form>`);
    expect(keys(census)).toEqual(['resident.name', null]);
  });
});

describe('the user by the posts of other services', () => {
  it('reads a social worker, a village’s first secretary, a nurse or who goes into homes as the user', () => {
    const cases: Record<string, string | null> = {
      探访社工: 'officer.name', 社工电话: 'officer.phone', 驻村第一书记: 'officer.name', 访视护士: 'officer.name', 上门人员: 'officer.name',
      入户干部电话: 'officer.phone', 儿童督导员: 'officer.name', 巡林员: 'officer.name', 上门对象: 'resident.name',
      // A bare doctor or secretary may be the resident's contact or a branch's head.
      家庭医生: null, 支部书记: null,
    };
    for (const [label, key] of Object.entries(cases)) expect(keyOf(label), label).toBe(key);
  });
});

describe('the resident said from their own side', () => {
  it('reads the people who come, call or ask for help, and who is visited (受访), as the resident', () => {
    const cases: Record<string, string | null> = {
      来访群众: 'resident.name', 求助居民: 'resident.name', 投诉村民电话: 'resident.phone', 受访者: 'resident.name', 被访对象电话: 'resident.phone',
      慰问户主: 'resident.name', 受访: null, 群众: null,
    };
    for (const [label, key] of Object.entries(cases)) expect(keyOf(label), label).toBe(key);
  });
});

describe('more words of going along', () => {
  it('reads who visited, checked or went together with the user as the companions, not as the user', () => {
    for (const label of ['陪访人员', '共同走访人', '结伴核查人', '一起入户的同事', '同行的网格员', '协查民警', '一同前往人员']) {
      expect(keyOf(label), label).toBe('visit.companions');
    }
    // Living together or applying together is another party's, not a colleague's.
    for (const label of ['共同居住人', '共同生活人员', '共同申请人']) expect(keyOf(label), label).toBe(null);
    expect(keyOf('所在便民服务中心')).toBe('officer.unit');
    expect(keyOf('所属社工站')).toBe('officer.unit');
  });
});

describe('the user\'s team on a round', () => {
  it('its leader is the user and its members went along; a bare or a village group\'s leader is nobody of ours', () => {
    expect(keyOf('暗访组长')).toBe('officer.name');
    expect(keyOf('验收组组长')).toBe('officer.name');
    expect(keyOf('督查组成员')).toBe('visit.companions');
    expect(keyOf('排查组组员')).toBe('visit.companions');
    for (const label of ['组长', '村民小组长', '小组长', '组员']) expect(keyOf(label), label).toBeNull();
  });
});

describe('persons by the shape of their noun', () => {
  it('takes villagers or townspeople who were visited (受访村民, 被访市民电话) as the resident', () => {
    expect(keyOf('受访村民')).toBe('resident.name');
    expect(keyOf('被访市民电话')).toBe('resident.phone');
  });

  it('keeps the passive of a matter’s other side somebody else’s, not the passive of the user’s work', () => {
    for (const label of ['被控告人', '被监护人', '被申请人', '被投诉对象', '被反映方']) expect(namesOtherParty(label), label).toBe(true);
    expect(namesOtherParty('被宣讲人')).toBe(false);
    expect(personShape('被宣讲人')).toBe('resident');
  });

  it('reads a section heading of a person the vocabulary lacks by the noun’s shape, not people alone', () => {
    expect(sectionParty(['抄表员信息'])).toBe('officer');
    expect(sectionParty(['受益人基本情况'])).toBe('resident');
    expect(sectionParty(['车主信息'])).toBe('resident');
    expect(sectionParty(['用户信息'])).toBeNull();
    // People said as many over one person's details: that person (务工人员信息, 流动人口信息).
    expect(sectionParty(['务工人员信息'])).toBe('resident');
    expect(sectionParty(['流动人口基本信息'])).toBe('resident');
    expect(sectionParty(['驾驶员信息'])).toBe('other');
  });

  it('gives an attribute to the person a remark names (电话（协管员）), not to the resident by default', () => {
    expect(keyOf('手机（协管员）')).toBe('officer.phone');
    expect(keyOf('联系电话（辅警）')).toBe('officer.phone');
    expect(keyOf('姓名（房主）')).toBe('resident.name');
    for (const label of ['电话（代办人）', '手机（接洽人）']) expect(keyOf(label), label).toBeNull();
    // A remark naming no person says nothing of whose.
    expect(keyOf('电话（手机）')).toBe('resident.phone');
  });

  it('reads a post, the people served, and a person of an act that says neither', () => {
    const shapes: Record<string, string | null> = {
      稽查员: 'officer', 交警: 'officer', 驻村书记: 'officer', 村支部书记: null, 所长: 'officer', 燃气客户: 'resident', 来信来访人: 'resident',
      受益人: 'resident', 承揽人: 'either', 经营者: 'either', 出纳人员: 'either',
      // Members, shop staff, somebody else, a matter's role, no person at all.
      会员: null, 团员: null, 小组成员: null, 收银员: null, 安全员: null, 安全管理员: null, 办税员: null, 网格管理员: 'officer', 报告人: null, 家属: null, 楼长: null, 证明人: null, 整改负责人: null, 受托人: null, 出警: null,
    };
    for (const [noun, shape] of Object.entries(shapes)) expect(personShape(noun), noun).toBe(shape);
    expect(personShape('村民', true)).toBeNull();
  });
});

describe('who leads, assists or goes along, said by a prefix (主/辅/陪) or by going', () => {
  it('takes the lead of an act said in one character as the user, and who assists or accompanies it as a companion', () => {
    const cases: Record<string, string | null> = {
      主查人员: 'officer.name', 主巡人电话: 'officer.phone', 主访人: 'officer.name',
      陪查人: 'visit.companions', 辅检人员: 'visit.companions', 辅助核查员: 'visit.companions', 辅助普查员: 'visit.companions',
    };
    for (const [label, key] of Object.entries(cases)) expect(keyOf(label), label).toBe(key);
  });

  it('leaves a helper of nobody said, a carer, a host and an auxiliary police officer by these rules', () => {
    expect(keyOf('辅助人员')).toBeNull();
    expect(keyOf('陪护人员')).not.toBe('visit.companions');
    expect(keyOf('主持人')).toBeNull();
    expect(keyOf('辅警')).not.toBe('visit.companions');
  });

  it('takes those who went along, said with no noun (一起入户的, 一同巡查的), as companions; not who came or complained with somebody', () => {
    expect(keyOf('一起入户的')).toBe('visit.companions');
    expect(keyOf('一同巡查的')).toBe('visit.companions');
    expect(keyOf('一起来的')).toBeNull();
    expect(keyOf('一同反映的')).toBeNull();
  });

  it('takes the one whose family occasion or mishap it is (事主) as the resident', () => {
    expect(keyOf('事主住址')).toBe('resident.address');
    expect(keyOf('事主联系电话')).toBe('resident.phone');
    expect(keyOf('办事主体')).toBeNull();
  });

  it('takes who holds a talk (谈心人, 谈话人员) as the user and whom it is held with as the resident', () => {
    expect(keyOf('谈心人电话')).toBe('officer.phone');
    expect(keyOf('谈话人员')).toBe('officer.name');
    expect(keyOf('被谈心人')).toBe('resident.name');
    expect(keyOf('谈心对象电话')).toBe('resident.phone');
    const doc = page(`<form><fieldset><legend>谈心人</legend><label>姓名<input></label><label>职务<input></label></fieldset></form>`);
    expect(keys(doc)).toEqual(['officer.name', 'officer.position']);
  });

  it('reads a side named as a person\'s (车主一方) as that person\'s, and a body\'s side (施工单位一方) as somebody else\'s', () => {
    expect(sectionParty(['车主一方'])).toBe('resident');
    expect(sectionParty(['施工单位一方'])).toBe('other');
  });

  it('takes who keeps or answers for a place inspected (经营者, 安全责任人) as the resident met there', () => {
    const inn = page(`<form><h3>农家乐基本情况</h3><label>经营者<input></label><label>经营者手机<input></label>
      <h3>检查情况</h3><label>检查日期<input></label></form>`);
    expect(keys(inn)).toEqual(['resident.name', 'resident.phone', 'visit.date']);
    const site = page(`<form><h3>场所信息</h3><label>生产安全责任人<input></label><label>责任人电话<input></label>
      <h3>检查情况</h3><label>检查日期<input></label></form>`);
    expect(keys(site)).toEqual(['resident.name', 'resident.phone', 'visit.date']);
    const complaint = page(`<form><h3>饭店信息</h3><label>经营者<input></label><label>投诉内容<textarea></textarea></label></form>`);
    expect(keys(complaint)[0]).toBeNull();
  });
});

describe('the applicant of a request the user files', () => {
  const closing = (card: string) => keys(page(`<div class="ivu-card"><div class="ivu-card-head"><p>${card}</p></div>
    <div class="ivu-card-body"><form><label>整改措施<textarea></textarea></label>
    <div class="ivu-divider"><span class="ivu-divider-inner-text">申请人</span></div>
    <label>姓名<input></label><label>单位<input></label><label>电话<input></label></form></div></div>`));

  it('is the user on the page of a write-off (整改销号申请), named in its card\'s head', () => {
    expect(closing('整改销号申请')).toEqual(['issue.measures', 'officer.name', 'officer.unit', 'officer.phone']);
  });

  it('is the user in a drawer titled so, under 申请信息 as the labels 申请人 and 申请单位 (guard: holds before and after the drawer title is read)', () => {
    const doc = page(`<div class="ant-drawer"><div class="ant-drawer-title">整改销号申请</div><form><h3>问题信息</h3>
      <label>反映群众<input></label><label>整改措施<textarea></textarea></label>
      <h3>申请信息</h3><label>申请人<input></label><label>申请单位<input></label></form></div>`);
    expect(keys(doc)).toEqual(['resident.name', 'issue.measures', 'officer.name', 'officer.unit']);
  });

  it('is the user named so in a label under a section of both acts (申请与审核: 申请人, 申请单位)', () => {
    const doc = page(`<h2>问题销号申请</h2><form><h3>问题基本情况</h3><label>反映群众<input></label><label>问题表现<textarea></textarea></label>
      <h3>申请与审核</h3><label>申请人<input></label><label>申请单位<input></label></form>`);
    expect(keys(doc)).toEqual(['resident.name', 'issue.description', 'officer.name', 'officer.unit']);
  });

  it('but the resident on an application of theirs (救助申请)', () => {
    expect(closing('临时救助申请')).toEqual(['issue.measures', 'resident.name', null, 'resident.phone']);
  });
});
