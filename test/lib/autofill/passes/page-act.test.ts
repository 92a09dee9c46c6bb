import { describe, expect, it } from 'vitest';
import { keys, page } from '../page';

const row = (label: string, control = '<input>') => `<p><label>${label}${control}</label></p>`;
const box = (label: string) => row(label, '<textarea></textarea>');

describe("the page's own act (这张表记的是什么事)", () => {
  it('is the user\'s visit when the headline names it before a visit and a record (夜访入户登记)', () => {
    const doc = page(`<h2>平安夜访入户登记</h2><form>${row('夜访日期')}${row('夜访地点')}${row('夜访村（社区）')}${row('夜访人')}
      ${row('夜访人电话')}${row('一同夜访人员')}${box('夜访情况')}${row('出生日期')}</form>`);
    expect(keys(doc)).toEqual(['visit.date', 'visit.location', 'place.community', 'officer.name', 'officer.phone', 'visit.companions', 'visit.content', null]);
  });

  it('may be a word of three or four characters (回头看走访记录)', () => {
    const doc = page(`<h2>脱贫户回头看走访记录</h2><form>${row('回头看日期')}${box('回头看情况')}${row('参加回头看人员')}</form>`);
    expect(keys(doc)).toEqual(['visit.date', 'visit.content', 'visit.companions']);
  });

  it('is the user\'s act when the page asks both its day and its doer (约谈日期 + 约谈人, 夜巡日期 + 夜巡人员)', () => {
    const doc = page(`<form>${row('约谈日期')}${row('约谈场所')}${row('约谈人')}${row('参加约谈人员')}</form>`, '整改约谈登记');
    expect(keys(doc)).toEqual(['visit.date', 'visit.location', 'officer.name', 'visit.companions']);
    const patrol = page(`<form>${row('夜巡日期')}${row('夜巡路线')}${row('夜巡人员')}</form>`, '平安夜巡登记');
    expect(keys(patrol)).toEqual(['visit.date', 'visit.location', 'officer.name']);
  });

  it('is no act of the user without either: an act done to residents (转移时间), a resident\'s own (申请日期 + 申请人)', () => {
    const moved = page(`<h5>群众转移台账</h5><form>${row('转移时间')}${row('转移地点')}</form>`);
    expect(keys(moved)).toEqual([null, null]);
    const applied = page(`<form>${row('申请日期')}${row('申请地点')}${row('申请人')}</form>`, '临时救助申请登记');
    expect(keys(applied)).toEqual([null, null, 'resident.name']);
    // Nor a step of the matter's paperwork (验收日期 + 验收人), nor an act the headline does not name.
    const accepted = page(`<form>${row('验收日期')}${row('验收地点')}${row('验收人')}</form>`, '整改验收登记');
    expect(keys(accepted).slice(0, 2)).toEqual([null, null]);
    const unnamed = page(`<form>${row('约谈日期')}${row('约谈人')}</form>`, '工作台');
    expect(keys(unnamed)[0]).toBeNull();
  });

  it('is the user\'s session where the page asks its day with two of its place, way and account (调处日期, 调处地点, 调处经过)', () => {
    const doc = page(`<form><h3>调处情况</h3>${row('调处日期')}${row('调处地点')}${row('协助调处人员')}${box('调处经过')}
      ${box('调处结果')}</form>`, '矛盾纠纷多元化解平台');
    expect(keys(doc)).toEqual(['visit.date', 'visit.location', 'visit.companions', 'visit.content', 'issue.result']);
    // An act the lexicon knows by its doer only (接谈人) too, its way asked by a choice.
    const way = row('接谈方式', '<select><option>当面接谈</option><option>视频接谈</option></select>');
    const talk = page(`<form><h3>本次接谈</h3>${row('接谈日期')}${row('接谈地点')}${way}${box('接谈情况')}</form>`, '积案化解记录');
    expect(keys(talk)).toEqual(['visit.date', 'visit.location', 'visit.type', 'visit.content']);
    // The page names the act it records: over its fields or in its headline. (调处, as 调解, the lexicon knows anywhere.)
    const named = page(`<form><h3>协调情况</h3>${row('协调日期')}${row('协调地点')}${box('协调经过')}</form>`, '矛盾纠纷多元化解平台');
    expect(keys(named)).toEqual(['visit.date', 'visit.location', 'visit.content']);
    const unnamed = page(`<form><h3>其他信息</h3>${row('协调日期')}${row('协调地点')}${box('协调经过')}</form>`, '工作台');
    expect(keys(unnamed)).toEqual([null, null, null]);
  });

  it('is no session of the user\'s by one head (转移时间 + 转移方式), of the paperwork (登记), of a person\'s life (入住, 出生)', () => {
    const moved = page(`<form>${row('转移时间')}${row('转移方式')}${row('安置点')}</form>`, '防汛转移登记');
    expect(keys(moved)).toEqual([null, null, null]);
    const filed = page(`<form>${row('登记日期')}${row('登记地点')}${row('登记方式')}</form>`, '流动人口登记');
    expect(keys(filed).slice(1)).toEqual([null, null]);
    const settled = page(`<form><h3>老人信息</h3>${row('入住日期')}${row('入住地点')}${box('入住情况')}</form>`, '养老服务平台');
    expect(keys(settled)).toEqual([null, null, null]);
    const born = page(`<form><h3>出生信息</h3>${row('出生日期')}${row('出生地点')}${box('出生情况')}</form>`, '新生儿登记');
    expect(keys(born)).toEqual([null, null, null]);
  });

  it('reads the day the user reached the resident (联系诉求人时间) as the visit\'s where the page asks no other', () => {
    const doc = page(`<form>${row('承办单位')}${row('联系诉求人时间')}${box('办理结果')}</form>`, '工单办理回复');
    expect(keys(doc)[1]).toBe('visit.date');
    // The resident as a ticket names them (市民), too.
    expect(keys(page(`<form>${row('承办单位')}${row('联系市民时间')}</form>`, '工单办理回复'))[1]).toBe('visit.date');
    // Not of a unit reached (联系责任单位时间), nor beside the visit's own day.
    const unit = page(`<form>${row('联系责任单位时间')}</form>`, '工单办理回复');
    expect(keys(unit)).toEqual([null]);
    const dated = page(`<form>${row('走访日期')}${row('联系诉求人时间')}</form>`, '走访登记');
    expect(keys(dated)).toEqual(['visit.date', null]);
  });

  it('reads the first contact with the person a ticket handles (首次联系诉求人时间, 首次联系时间) as the visit\'s day, not a past first visit', () => {
    expect(keys(page(`<form>${row('承办单位')}${row('首次联系诉求人时间')}</form>`, '工单办理'))[1]).toBe('visit.date');
    expect(keys(page(`<form>${row('承办单位')}${row('首次联系时间')}</form>`, '工单办理'))[1]).toBe('visit.date');
    expect(keys(page(`<form>${row('首次走访日期')}${row('回访情况')}</form>`, '回访登记'))[0]).toBeNull();
  });

  it('is no act when the word before the record names a thing (课题申报表: 课题组成员 are no companions)', () => {
    const doc = page(`<h2>课题调研登记表</h2><form>${row('课题组成员')}${row('调研日期')}</form>`);
    expect(keys(doc)[0]).toBeNull();
  });

  it('makes the host of a meeting with residents the user, and the cadres at it companions (议事会记录, 座谈会记录)', () => {
    const doc = page(`<h2>楼栋议事会记录</h2><form>${row('议事日期')}${row('主持人')}${row('主持人联系电话')}
      ${row('参加的党员干部、网格员')}${row('参加的居民代表')}</form>`);
    expect(keys(doc).slice(0, 4)).toEqual(['visit.date', 'officer.name', 'officer.phone', 'visit.companions']);
    expect(keys(doc)[4]).not.toBe('visit.companions');
    const known = page(`<h2>企业座谈会记录</h2><form>${row('座谈日期')}${row('主持人')}${box('群众提出的问题')}</form>`);
    expect(keys(known)).toEqual(['visit.date', 'officer.name', 'issue.description']);
    // An office's own meeting, naming no resident: its host may be anybody.
    const office = page(`<h2>项目推进会纪要</h2><form>${row('会议日期')}${row('主持人')}</form>`);
    expect(keys(office)).toEqual([null, null]);
    // A council the user holds with residents, recorded without 会 (协商记录, 议事登记).
    const council = page(`<h2>加装电梯协商记录</h2><form>${row('协商日期')}${row('业主姓名')}${row('主持人')}</form>`);
    expect(keys(council)).toEqual(['visit.date', 'resident.name', 'officer.name']);
    const officeCouncil = page(`<h2>项目协商记录</h2><form>${row('协商日期')}${row('主持人')}</form>`);
    expect(keys(officeCouncil)[1]).toBeNull();
    const notMeeting = page(`<form>${row('走访日期')}${row('主持人')}${row('参加的党员干部、网格员')}</form>`, '走访登记');
    expect(keys(notMeeting)[1]).toBeNull();
    expect(keys(notMeeting)[2]).not.toBe('visit.companions');
  });

  it('names the team and the measures of a care whose object the page names (康复对象 → 康复小组成员, 采取的康复措施)', () => {
    const doc = page(`<form>${row('康复对象')}${row('走访日期')}${row('康复小组其他成员')}${box('采取的康复措施')}</form>`, '社区康复走访记录');
    expect(keys(doc)).toEqual(['resident.name', 'visit.date', 'visit.companions', 'issue.measures']);
    // The object alone makes no visit of the act: when residents were moved is not when the user met them.
    const moved = page(`<form>${row('转移对象')}${row('转移时间')}${row('转移小组成员')}</form>`, '转移安置登记');
    expect(keys(moved)).toEqual(['resident.name', null, 'visit.companions']);
  });
  it('reads a meeting named after the record, in brackets, as the user\'s: when and where it was held (召开日期, 会议地点)', () => {
    const doc = page(`<h2>民情日记（院落议事会）</h2><form>${row('召开日期')}${row('会议地点')}${row('到会居民人数')}${box('议事纪要')}</form>`);
    expect(keys(doc)).toEqual(['visit.date', 'visit.location', null, 'visit.content']);
    const notMeeting = page(`<form>${row('召开日期')}${row('会议地点')}</form>`, '居民公约');
    expect(keys(notMeeting)).toEqual([null, null]);
    const body = page(`<form>${row('召开日期')}${row('主持人')}</form>`, '志愿者协会登记');
    expect(keys(body)).toEqual([null, null]);
  });

  it('reads a meeting from its section of facts (会议基本信息), and asks its people and what it agreed (参会人员, 议定事项)', () => {
    const way = row('会议形式', '<select><option>现场会议</option><option>视频会议</option></select>');
    const doc = page(`<form><h3>会议基本信息</h3>${row('召开时间')}${row('召开地点')}${way}${box('参会人员')}${row('街道、社区参会人员')}
      <h3>协商议题</h3>${box('居民提出的问题')}${box('议定事项')}</form>`, '基层治理综合平台');
    expect(keys(doc)).toEqual(['visit.date', 'visit.location', 'visit.type', 'visit.companions', 'visit.companions', 'issue.description', 'issue.result']);
    // Those sent by a body not of the user's side (物业参会人员), and residents at it (参会群众), are not companions.
    const others = page(`<form><h3>会议基本信息</h3>${row('召开时间')}${row('物业参会人员')}${row('参会群众')}${box('居民提出的问题')}</form>`);
    expect(keys(others).slice(1)).toEqual([null, null, 'issue.description']);
    // A page recording a visit beside the meeting keeps the visit's day; one naming no resident is no meeting of ours.
    const visit = page(`<form>${row('走访日期')}<h3>会议情况</h3>${row('召开时间')}${box('群众反映的问题')}</form>`);
    expect(keys(visit).slice(0, 2)).toEqual(['visit.date', null]);
    const office = page(`<form><h3>会议基本信息</h3>${row('召开时间')}${row('参会人员')}${box('议定事项')}</form>`);
    expect(keys(office)).toEqual([null, null, null]);
  });

  it('takes a hearing\'s recorder for the user, not its panel (听证员), whom the vocabulary knows as somebody else', () => {
    const doc = page(`<form>${row('听证日期')}${row('听证地点')}${row('听证员')}${row('记录人')}${box('听证过程')}</form>`, '信访信息系统 - 信访事项听证');
    expect(keys(doc)).toEqual(['visit.date', 'visit.location', null, 'officer.name', 'visit.content']);
  });

  it('reads a council kept in a phone app\'s quick notes (村民议事随手记) as a meeting the user records: what it agreed', () => {
    const doc = page(`<form>${row('议事时间')}${row('议题名称')}${box('村民反映的问题')}${box('议定事项')}</form>`, '村务通 - 村民议事随手记');
    expect(keys(doc)).toEqual(['visit.date', 'issue.title', 'issue.description', 'issue.result']);
  });

  it('reads a meeting whose headline names the residents (居民议事会记录): its 会议时间, 会议地点 and what it resolved (形成决议)', () => {
    const doc = page(`<form>${row('会议时间')}${row('会议地点')}${row('记录人')}${row('议题')}${box('形成决议')}</form>`, '居民议事会记录');
    expect(keys(doc)).toEqual(['visit.date', 'visit.location', 'officer.name', 'issue.title', 'issue.result']);
  });

  it('reads a joint meeting\'s record (联席会议记录) and a coordination record (加装电梯协调记录) as meetings with residents', () => {
    const joint = page(`<h2>“三驾马车”联席会议记录</h2><form>${row('会议日期')}${row('会议地点')}${box('居民反映的问题')}</form>`);
    expect(keys(joint)).toEqual(['visit.date', 'visit.location', 'issue.description']);
    const lift = page(`<h2>既有住宅加装电梯协调记录</h2><form>${box('群众反映的问题')}${row('主持人')}${row('主持人单位')}</form>`);
    expect(keys(lift)).toEqual(['issue.description', 'officer.name', 'officer.unit']);
  });

  it('reads an act the headline says is done at the home (入户评估表, 上门评估录入) as the user\'s visit, with its doers counted', () => {
    const doc = page(`<h2>适老化改造入户评估表</h2><form>${row('出生日期')}${row('申请日期')}${row('上门评估日期')}${row('评估地点')}
      ${box('评估过程记录')}${row('第一评估员')}${row('第二评估员')}${row('评估机构')}</form>`);
    expect(keys(doc)).toEqual([null, null, 'visit.date', 'visit.location', 'visit.content', 'officer.name', 'visit.companions', 'officer.unit']);
    // Without the home in the headline an assessment is a step of the matter (风险评估), not the user's call.
    const office = page(`<h2>项目风险评估表</h2><form>${row('评估日期')}${row('评估地点')}${row('第二评估员')}</form>`);
    expect(keys(office)).toEqual([null, null, null]);
    // The act may end the headline's first part (入户征询 - 某某系统).
    const asked = page(`<h2>老旧小区改造入户征询 - 项目管理系统</h2><form>${row('入户日期')}${row('征询人')}${row('征询人电话')}</form>`);
    expect(keys(asked)).toEqual(['visit.date', 'officer.name', 'officer.phone']);
    // A visit known by its heads but not its doer (服务) done at the home: its 服务人员 is the user, with their section.
    const served = page(`<h2>残疾人入户服务记录</h2><form><h3>服务情况</h3>${box('入户服务内容')}<h3>服务人员</h3>${row('服务人员')}${row('所在单位')}</form>`);
    expect(keys(served)).toEqual(['visit.content', 'officer.name', 'officer.unit']);
    expect(keys(page(`<form>${box('入户服务内容')}${row('服务人员')}</form>`))[1]).toBeNull();
    // Nor is the record's own writing done at home (入户登记表: 登记日期 is the paperwork's).
    const filed = page(`<h2>流动人口入户登记表</h2><form>${row('登记日期')}${row('登记地点')}</form>`);
    expect(keys(filed)[1]).toBeNull();
  });

  it('reads a check the headline names done by a pair (复核人（一）, 复核人（二）) as the user\'s visit, though 复核 is elsewhere a reviewer\'s', () => {
    const doc = page(`<form>${row('户主姓名')}${row('复核日期')}${row('复核人(一)')}${row('复核人(二)')}${row('复核单位')}</form>`, '特困人员管理 > 年度复核 > 复核登记');
    expect(keys(doc)).toEqual(['resident.name', 'visit.date', 'officer.name', 'visit.companions', 'officer.unit']);
    const reviewed = page(`<form>${row('整改措施')}${row('复核日期')}${row('复核人')}</form>`, '问题销号 复核');
    expect(keys(reviewed).slice(1)).toEqual([null, null]);
  });

  it('reads who signs for a ticket on its signing page (工单签收办理: 签收人) as the user, and nobody elsewhere', () => {
    const doc = page(`<form>${row('诉求内容')}${row('签收人')}${row('签收时间')}</form>`, '12345热线 工单签收办理');
    expect(keys(doc)[1]).toBe('officer.name');
    const served = page(`<form>${row('文书名称')}${row('签收人')}</form>`, '送达回证');
    expect(keys(served)[1]).toBeNull();
  });

  it('reads where a hazard lies (隐患点位置) as the visit\'s place on a check recording a visit, and nothing elsewhere', () => {
    const doc = page(`<form>${row('隐患点名称')}${row('隐患点位置')}${row('排查日期')}${row('排查人')}</form>`);
    expect(keys(doc).slice(1, 3)).toEqual(['visit.location', 'visit.date']);
    const exact = page(`<form>${row('隐患点名称')}${row('隐患点具体位置')}${row('排查日期')}</form>`);
    expect(keys(exact).slice(1)).toEqual(['visit.location', 'visit.date']);
    const asked = page(`<form>${row('隐患点位置')}${row('巡查日期')}${row('巡查地点')}</form>`);
    expect(keys(asked)).toEqual([null, 'visit.date', 'visit.location']);
    const report = page(`<form>${row('隐患位置')}${row('上报人')}</form>`);
    expect(keys(report)[0]).toBeNull();
  });

  it('makes the kin of a pairing record the resident (亲戚姓名, 亲戚（户主）姓名), and a resident\'s relatives nobody', () => {
    const doc = page(`<h2>干部结对认亲 帮扶记录</h2><form>${row('干部姓名')}${row('亲戚（户主）姓名')}${row('亲戚电话')}</form>`);
    expect(keys(doc)).toEqual(['officer.name', 'resident.name', 'resident.phone']);
    const relatives = page(`<h2>困难群众走访记录</h2><form>${row('户主姓名')}${row('亲戚姓名')}${row('亲戚电话')}</form>`);
    expect(keys(relatives)).toEqual(['resident.name', null, null]);
    // A pairing record that names the resident otherwise leaves a second person's name alone.
    const named = page(`<h2>结对帮扶记录</h2><form>${row('帮扶对象姓名')}${row('亲戚姓名')}</form>`);
    expect(keys(named)[1]).toBeNull();
  });

  it('makes bare members beside the user\'s team leader companions (督查组长 + 组员), and nobody\'s otherwise', () => {
    const doc = page(`<form>${row('督查组长')}${row('组员')}${row('其他成员')}</form>`);
    expect(keys(doc)).toEqual(['officer.name', 'visit.companions', null]);
    const household = page(`<form>${row('户主姓名')}${row('其他成员')}</form>`);
    expect(keys(household)[1]).toBeNull();
  });

  it('makes another of the user\'s role (其余安检员 beside 安检员) a companion, and nobody\'s where the role is not the user', () => {
    const doc = page(`<form>${row('巡查日期')}${row('安检员')}${row('其余安检员')}</form>`);
    expect(keys(doc)).toEqual(['visit.date', 'officer.name', 'visit.companions']);
    const alone = page(`<form>${row('巡查日期')}${row('填报人')}${row('其他安检员')}</form>`);
    expect(keys(alone)).toEqual(['visit.date', 'officer.name', null]);
  });

  it('makes the bare name under a second of the user\'s people (第二走访人) a companion\'s; not under a second party (当事人（二）)', () => {
    const doc = page(`<form><h3>走访人</h3>${row('姓名')}<h3>第二走访人</h3>${row('姓名')}${row('单位')}</form>`);
    expect(keys(doc)).toEqual(['officer.name', 'visit.companions', null]);
    const party = page(`<form><h3>当事人（二）</h3>${row('姓名')}</form>`);
    expect(keys(party)).toEqual([null]);
  });
});

describe('the visit\'s account under the page\'s own words (叙述框)', () => {
  it('is the first long box after the visit\'s fields asking what was seen or done; a second stays empty', () => {
    const doc = page(`<form>${row('随访日期')}${box('宣讲内容及听众反应')}${box('孩子在校表现')}</form>`);
    expect(keys(doc)).toEqual(['visit.date', 'visit.content', null]);
  });

  it('is never what the resident asks, a box before the visit\'s fields, nor on a page recording no visit', () => {
    const asks = page(`<form>${row('随访日期')}${box('对服务的意见和反应情况')}${box('补助发放情况')}${box('家庭基本情况')}${box('孩子在校表现')}</form>`);
    expect(keys(asks)).toEqual(['visit.date', null, null, null, 'visit.content']);
    const before = page(`<form>${box('房屋使用情况')}${row('核查日期')}</form>`);
    expect(keys(before)).toEqual([null, 'visit.date']);
    const noVisit = page(`<form>${row('问题标题')}${box('房屋使用情况')}</form>`);
    expect(keys(noVisit)).toEqual(['issue.title', null]);
  });

  it('is never the defects a patrol finds on a road or a device: they are the matter (设施故障情况, 沿线损毁及通行情况)', () => {
    const found = page(`<form>${row('巡查日期')}${box('设施故障情况')}${box('沿线群众反应')}</form>`);
    expect(keys(found)).toEqual(['visit.date', 'issue.description', 'visit.content']);
    const along = page(`<form>${row('巡查日期')}${box('沿线损毁及通行情况')}${box('沿线群众反应')}</form>`);
    expect(keys(along)).toEqual(['visit.date', null, 'visit.content']);
  });

  it('is the matter\'s description on a patrol asking about a hazard it found (有没有隐患, 隐患点) and no account of it', () => {
    const hazard = page(`<form>${row('巡查日期')}<h3>隐患点</h3>${row('巡查点位')}${box('宏观变化情况')}${box('处置措施')}</form>`);
    expect(keys(hazard)).toEqual(['visit.date', 'visit.location', 'issue.description', 'issue.measures']);
    const described = page(`<form>${row('巡查日期')}${row('隐患点')}${box('隐患描述')}${box('巡查情况')}</form>`);
    expect(keys(described)).toEqual(['visit.date', null, 'issue.description', 'visit.content']);
  });

  it('reads what changed since the last call (思想变化) as the account, not a household\'s means (收入变化)', () => {
    const doc = page(`<form>${row('联系日期')}${box('收入变化')}${box('思想变化')}</form>`);
    expect(keys(doc)).toEqual(['visit.date', null, 'visit.content']);
  });

  it('reads a summary of the account (检查情况综述) as the account', () => {
    const doc = page(`<form>${row('检查日期')}${box('检查情况综述')}${box('发现问题')}</form>`);
    expect(keys(doc)).toEqual(['visit.date', 'visit.content', 'issue.description']);
  });

  it('reads the state seen at the home (居家环境现状) and a note of what was found (勘察情况说明) as the account', () => {
    const state = page(`<form>${row('评估日期')}${row('评估人')}${box('居家环境现状')}</form>`, '入户评估表');
    expect(keys(state)).toEqual(['visit.date', 'officer.name', 'visit.content']);
    const note = page(`<form>${row('检查日期')}${box('勘察情况说明')}</form>`);
    expect(keys(note)).toEqual(['visit.date', 'visit.content']);
    // Not before the visit's fields (房屋现状 describing the home), nor on a page recording no visit.
    const before = page(`<form>${box('房屋现状')}${row('走访日期')}</form>`);
    expect(keys(before)[0]).toBeNull();
  });

  it('reads how the person visited is lately (学生近况) as the account', () => {
    const doc = page(`<form>${row('帮扶日期')}${box('学生近况')}</form>`);
    expect(keys(doc)).toEqual(['visit.date', 'visit.content']);
  });

  it('is left to the page\'s own 走访情况 when it asks one', () => {
    const doc = page(`<form>${row('走访日期')}${box('房屋使用情况')}${box('走访情况')}</form>`);
    expect(keys(doc)).toEqual(['visit.date', null, 'visit.content']);
  });
});

describe('an inspection recording the hazard found in a box of its own', () => {
  it('takes that box as the matter and the inspection\'s account (检查情况) as the visit\'s', () => {
    const doc = page(`<form><h4>检查情况</h4><p><label>检查日期<input placeholder="yyyy-MM-dd"></label></p><p><label>检查人员<input></label></p>
      <p><label>检查情况<textarea></textarea></label></p><p><label>发现的主要隐患<textarea></textarea></label></p>
      <p><label>整改措施及要求<textarea></textarea></label></p></form>`);
    expect(keys(doc).slice(2)).toEqual(['visit.content', 'issue.description', 'issue.measures']);
  });
});

describe('a follow-up\'s day on the record of another session', () => {
  const record = (followUp: string) => keys(page(`<form><h3>调解情况</h3><label>调解员<input></label><label>调解日期<input type="date"></label>
    <label>调解地点<input></label><label>调解经过<textarea></textarea></label>${followUp}</form>`));

  it('is a later day: 回访日期 after 调解日期, 调解地点 and 调解经过 stays empty', () => {
    expect(record('<label>回访日期<input type="date"></label>')).toEqual(['officer.name', 'visit.date', 'visit.location', 'visit.content', null]);
  });

  it('is a later day with the feedback it brought (回访日期 + 回访情况)', () => {
    expect(record('<label>回访日期<input type="date"></label><label>回访情况<textarea></textarea></label>').slice(4)).toEqual([null, 'issue.feedback']);
  });

  it('but a callback the page records too (回访方式) keeps its day, and so does a callback\'s own page', () => {
    expect(record('<label>回访日期<input type="date"></label><label>回访方式<select><option>电话回访</option><option>上门回访</option></select></label>'))
      .toEqual(['officer.name', 'visit.date', 'visit.location', 'visit.content', 'visit.date', 'visit.type']);
    expect(keys(page('<form><label>整改措施<textarea></textarea></label><label>回访日期<input type="date"></label></form>'))).toEqual(['issue.measures', 'visit.date']);
  });

  it('makes the day of what a callback\'s own page follows up (调解日期 above 回访日期, 回访方式, 回访地点) an earlier one', () => {
    const doc = page(`<form><label>调解日期<input type="date"></label><label>回访日期<input type="date"></label><label>回访方式<input></label>
      <label>回访地点<input></label><label>回访情况<textarea></textarea></label></form>`, '调解回访');
    expect(keys(doc).slice(0, 2)).toEqual([null, 'visit.date']);
    // No callback on the page: bare 地点 and 方式 make none (民情日记: 日记日期, 地点, 方式).
    const diary = page(`<form><label>日记日期<input type="date"></label><label>地点<input></label>
      <label>方式<select><option>入户走访</option><option>电话联系</option></select></label></form>`, '民情日记');
    expect(keys(diary)[0]).toBe('visit.date');
  });
});

describe('a visit the headline names, shortened in its labels', () => {
  it('takes 办公日期 and 办公地点 on a 现场办公 record as the visit\'s day and place', () => {
    const doc = page(`<form><label>办公日期<input type="date"></label><label>办公地点<input></label><label>办公室电话<input></label></form>`, '四下基层 - 现场办公记录');
    expect(keys(doc)).toEqual(['visit.date', 'visit.location', null]);
  });

  it('leaves them where the headline names no such visit', () => {
    const doc = page(`<form><label>办公日期<input type="date"></label><label>办公地点<input></label></form>`, '单位信息登记');
    expect(keys(doc)).toEqual([null, null]);
  });
});

describe('an act at the home named over its own fields (三、入户评估)', () => {
  it('is the user\'s visit: its day, account, doer and body', () => {
    const doc = page(`<form><h3>一、残疾人基本情况</h3><label>姓名<input></label><h3>三、入户评估</h3><label>申请日期<input></label>
      <label>评估日期<input></label><label>入户评估情况<textarea></textarea></label><label>评估人员<input></label><label>评估单位<input></label></form>`,
    '无障碍改造信息管理系统');
    expect(keys(doc)).toEqual(['resident.name', null, 'visit.date', 'visit.content', 'officer.name', 'officer.unit']);
  });
});

describe('a section filled at a later step', () => {
  it('leaves the fields under 复查（复查时填写） empty: the re-check\'s own record, not this visit\'s', () => {
    const doc = page(`<form>
      <fieldset><legend>检查情况</legend><label>检查日期<input placeholder="yyyy-MM-dd"></label><label>检查人员<input></label>
        <label>发现隐患<textarea></textarea></label><label>整改要求<textarea></textarea></label></fieldset>
      <fieldset><legend>复查（复查时填写）</legend><label>复查日期<input placeholder="yyyy-MM-dd"></label><label>复查情况<textarea></textarea></label></fieldset></form>`);
    expect(keys(doc).slice(4)).toEqual([null, null]);
    expect(keys(doc)[0]).toBe('visit.date');
  });

  it('still fills a section whose remark names this visit\'s own step (检查情况（检查时填写）)', () => {
    const doc = page(`<form><fieldset><legend>检查情况（检查时填写）</legend><label>检查日期<input placeholder="yyyy-MM-dd"></label></fieldset></form>`);
    expect(keys(doc)).toEqual(['visit.date']);
  });
});

describe('a callback named by what it follows up (就业回访, 报警器安装回访)', () => {
  it('takes the word before 回访 for the matter, not for an act of the user\'s: its 单位 is nobody\'s of ours', () => {
    const doc = page(`<form><label>姓名<input></label><label>就业单位<input></label><label>回访日期<input type="date"></label>
      <label>回访人<input></label></form>`, '退役军人就业回访登记');
    expect(keys(doc)).toEqual(['resident.name', null, 'visit.date', 'officer.name']);
  });
});

describe('a heading naming this record\'s act (本次服务)', () => {
  it('makes its doer the user and what was said there the visit\'s', () => {
    const doc = page(`<form><h3>服务对象</h3><label>姓名<input></label><h3>本次服务</h3><label>服务日期<input type="date"></label>
      <label>服务情况<textarea></textarea></label><label>诉求<textarea></textarea></label><label>服务人员<input></label></form>`, '务工人员服务登记');
    expect(keys(doc)).toEqual(['resident.name', 'visit.date', 'visit.content', 'issue.description', 'officer.name']);
  });
});

describe('a meeting\'s account and a visit\'s bare note', () => {
  it('reads those sitting in without a say (列席人员) as nobody who went along, those attending (参会人员) as companions', () => {
    const doc = page(`<form><label>会议日期<input type="date"></label><label>参会人员<input></label><label>列席人员<input></label>
      <label>群众反映问题<textarea></textarea></label></form>`, '牧民议事会议记录');
    expect(keys(doc)).toEqual(['visit.date', 'visit.companions', null, 'issue.description']);
  });

  it('reads what went on at a meeting the user holds with residents (会议内容) as the visit\'s account', () => {
    const doc = page(`<form><label>会议日期<input type="date"></label><label>会议地点<input></label><label>参会人员<input></label>
      <label>会议内容<textarea></textarea></label><label>群众反映问题<textarea></textarea></label></form>`, '联户会议记录');
    expect(keys(doc)).toEqual(['visit.date', 'visit.location', 'visit.companions', 'visit.content', 'issue.description']);
  });

  it('reads a bare 情况说明 under the visit\'s own heading as its account, not one under another heading', () => {
    const doc = page(`<form><h3>入户认证情况</h3><label>认证日期<input type="date"></label><label>情况说明<textarea></textarea></label></form>`);
    expect(keys(doc)).toEqual(['visit.date', 'visit.content']);
    const other = page(`<form><h3>认证</h3><label>认证日期<input type="date"></label><h3>附件</h3><label>情况说明<textarea></textarea></label></form>`);
    expect(keys(other)[1]).toBeNull();
  });
});
