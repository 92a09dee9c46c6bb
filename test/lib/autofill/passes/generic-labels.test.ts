import { describe, expect, it } from 'vitest';
import { keyOf, keys, page } from '../page';

describe('generic labels take the form\'s own matter', () => {
  it('reads an activity among residents as the visit on a visit form, and nothing on a study\'s', () => {
    const visit = page(`<form>
      <p><label>活动时间<input placeholder="yyyy-MM-dd"></label></p>
      <p><label>活动方式<input></label></p>
      <p><label>走访情况<textarea></textarea></label></p></form>`);
    expect(keys(visit)).toEqual(['visit.date', 'visit.type', 'visit.content']);
    const topic = page(`<form>
      <p><label>课题名称<input></label></p>
      <p><label>活动时间<input placeholder="yyyy-MM-dd"></label></p></form>`);
    expect(keys(topic)).toEqual(['topic.title', null]);
  });

  it('reads a 主题 as the title of the matter on an issue form, the topic on a study', () => {
    const issue = page(`<form>
      <p><label>主题<input></label></p>
      <p><label>诉求内容<textarea></textarea></label></p>
      <p><label>办理结果<textarea></textarea></label></p></form>`);
    expect(keys(issue)).toEqual(['issue.title', 'issue.description', 'issue.result']);
    const topic = page(`<form><p><label>主题<input></label></p><p><label>调研内容<textarea></textarea></label></p></form>`);
    expect(keys(topic)).toEqual(['topic.title', 'topic.summary']);
    expect(keyOf('主题')).toBeNull();
  });

  it('reads a 登记日期 as the visit\'s only where the page asks no other day of it (调处日期 beside it: the paperwork\'s)', () => {
    const row = (label: string) => `<p><label>${label}<input></label></p>`;
    const alone = page(`<form>${row('户主姓名')}${row('登记日期')}</form>`);
    expect(keys(alone)).toEqual(['resident.name', 'visit.date']);
    const session = page(`<form>${row('户主姓名')}${row('登记日期')}${row('走访日期')}</form>`);
    expect(keys(session)).toEqual(['resident.name', null, 'visit.date']);
  });

  it('reads the main-charge department (主责部门) as the matter\'s owner on an issue form, nobody\'s on a study of a project', () => {
    const row = (label: string) => `<p><label>${label}<input></label></p>`;
    const issue = page(`<form>${row('问题描述')}${row('问题类型')}${row('主责单位')}${row('主责人')}${row('办理状态')}</form>`);
    expect(keys(issue).slice(2, 4)).toEqual(['issue.ownerUnit', 'issue.owner']);
    const study = page(`<form>${row('主责部门')}${row('调研题目')}${row('牵头领导')}${row('调研内容')}</form>`);
    expect(keys(study)[0]).toBeNull();
  });

  it('reads an activity\'s day and account as the visit\'s on the record of the activity itself (睦邻点活动登记)', () => {
    const row = (label: string) => `<p><label>${label}<input></label></p>`;
    const activity = page(`<form>${row('活动日期')}${row('居委参加人员')}${row('活动情况')}${row('居民反映问题')}</form>`, '睦邻点活动登记');
    expect(keys(activity)).toEqual(['visit.date', 'visit.companions', 'visit.content', 'issue.description']);
    const other = page(`<form>${row('活动日期')}${row('问题描述')}${row('问题类型')}</form>`, '问题台账');
    expect(keys(other)[0]).toBeNull();
  });

  it('reads no second title: a project\'s 项目名称 on a study record asking its own 调研课题', () => {
    const row = (label: string) => `<p><label>${label}<input></label></p>`;
    const study = page(`<form>${row('调研课题')}${row('牵头领导')}${row('调研方式')}<h3>调研涉及的项目</h3>${row('项目名称')}</form>`);
    expect(keys(study)[0]).toBe('topic.title');
    expect(keys(study)[3]).toBeNull();
  });

  it('reads no 登记日期 as a visit on a roster of people enrolled in a post that serves (讲解员信息登记表)', () => {
    const row = (label: string) => `<p><label>${label}<input></label></p>`;
    const roster = page(`<form><h3>红色名村讲解员信息登记表</h3>${row('姓名')}${row('登记日期')}</form>`);
    expect(keys(roster)).toEqual(['resident.name', null]);
    const census = page(`<form><h3>流动人口信息登记表</h3>${row('姓名')}${row('登记日期')}</form>`);
    expect(keys(census)).toEqual(['resident.name', 'visit.date']);
  });

  it('reads a ledger\'s 民情民意 as what the visits heard', () => {
    expect(keyOf('民情民意')).toBe('visit.content');
  });
});

describe('a bare 限期', () => {
  it('is the deadline of putting a problem right on an issue form, and nothing on a visit\'s', () => {
    const issue = page(`<form>
      <p><label>问题描述<textarea></textarea></label></p>
      <p><label>整改措施<textarea></textarea></label></p>
      <p><label>限期<input placeholder="yyyy-MM-dd"></label></p></form>`);
    expect(keys(issue)).toEqual(['issue.description', 'issue.measures', 'issue.deadline']);
    const visit = page(`<form>
      <p><label>走访日期<input placeholder="yyyy-MM-dd"></label></p>
      <p><label>走访情况<textarea></textarea></label></p>
      <p><label>限期<input></label></p></form>`);
    expect(keys(visit)[2]).toBeNull();
  });
});

describe('a planned finish (预计完成日期)', () => {
  it('is the deadline of a matter on an issue form, and nothing on a study\'s plan; a promise to the resident stays a deadline', () => {
    const issue = page(`<form>
      <p><label>问题描述<textarea></textarea></label></p>
      <p><label>整改措施<textarea></textarea></label></p>
      <p><label>预计完成日期<input placeholder="yyyy-MM-dd"></label></p></form>`);
    expect(keys(issue)).toEqual(['issue.description', 'issue.measures', 'issue.deadline']);
    const topic = page(`<form>
      <p><label>课题名称<input></label></p>
      <p><label>调研提纲<textarea></textarea></label></p>
      <p><label>预计完成日期<input placeholder="yyyy-MM-dd"></label></p></form>`);
    expect(keys(topic)).toEqual(['topic.title', 'topic.summary', null]);
    expect(keyOf('承诺完成时限')).toBe('issue.deadline');
  });

  it('is the deadline of the problem a visit\'s record notes (走访时间, 收集民情, 存在困难, 计划完成时间)', () => {
    const visit = page(`<form><p><label>走访时间<input placeholder="yyyy-MM-dd"></label></p><p><label>同行人员<input></label></p>
      <p><label>收集民情<textarea></textarea></label></p><p><label>存在困难<textarea></textarea></label></p>
      <p><label>计划完成时间<input placeholder="yyyy-MM-dd"></label></p></form>`);
    expect(keys(visit).at(-1)).toBe('issue.deadline');
  });
});

describe('what residents deliberate (议题) and the body leading the work (牵头单位)', () => {
  it('are the matter\'s title and owning unit on an issue form, the topic\'s title and nobody on a study\'s', () => {
    const issue = page(`<form>
      <p><label>议题<input></label></p>
      <p><label>居民诉求<textarea></textarea></label></p>
      <p><label>牵头单位<input></label></p>
      <p><label>办理结果<textarea></textarea></label></p></form>`);
    expect(keys(issue)).toEqual(['issue.title', 'issue.description', 'issue.ownerUnit', 'issue.result']);
    const topic = page(`<form>
      <p><label>议题<input></label></p>
      <p><label>牵头单位<input></label></p>
      <p><label>调研提纲<textarea></textarea></label></p></form>`);
    expect(keys(topic)).toEqual(['topic.title', null, 'topic.summary']);
  });

  it('is the matter deliberated on the record of a meeting with residents', () => {
    const meeting = page(`<form>
      <p><label>议题<input></label></p>
      <p><label>座谈日期<input placeholder="yyyy-MM-dd"></label></p>
      <p><label>座谈地点<input></label></p>
      <p><label>居民诉求<textarea></textarea></label></p></form>`);
    expect(keys(meeting)).toEqual(['issue.title', 'visit.date', 'visit.location', 'issue.description']);
  });
});

describe('a visit record noting problems and help', () => {
  const row = (label: string, box = '<input>') => `<p><label>${label}${box}</label></p>`;

  it('is still the visit\'s form: its 活动日期 and 活动地点 are the visit\'s, though the problems and help outnumber its account', () => {
    const visit = page(`<form>${row('活动日期')}${row('活动地点')}${row('这次和亲戚一起做了什么？', '<textarea></textarea>')}
      ${row('亲戚家有什么困难？', '<textarea></textarea>')}${row('帮亲戚办了哪些实事？', '<textarea></textarea>')}</form>`);
    expect(keys(visit)).toEqual(['visit.date', 'visit.location', 'visit.content', 'issue.description', 'issue.measures']);
  });

  it('but an inspection noting who went along is about the problem: its 限期 is the deadline', () => {
    const inspection = page(`<form>${row('存在问题', '<textarea></textarea>')}${row('整改要求', '<textarea></textarea>')}
      ${row('限期')}${row('检查日期')}${row('陪同人员')}</form>`);
    expect(keys(inspection)).toEqual(['issue.description', 'issue.measures', 'issue.deadline', 'visit.date', 'visit.companions']);
  });
});

describe('a generic label under the matter\'s own heading', () => {
  it('asks about the matter on a reception record, where the form as a whole is the visit\'s', () => {
    const reception = (heading: string) => keys(page(`<form><h3>来访人</h3><label>姓名<input></label>
      <h3>${heading}</h3><label>内容摘要<input></label><label>内容<textarea></textarea></label>
      <h3>接待情况</h3><label>接待日期<input></label><label>接待地点<input></label><label>接待情况记录<textarea></textarea></label></form>`));
    expect(reception('来访事项')).toEqual(['resident.name', 'issue.title', 'issue.description', 'visit.date', 'visit.location', 'visit.content']);
    expect(reception('其他')).toEqual(['resident.name', null, null, 'visit.date', 'visit.location', 'visit.content']);
  });
});

describe('a generic label under the visit\'s own heading', () => {
  it('asks about the visit (民情记录: 日期, 方式), though the form records more of a matter than of the visit', () => {
    const doc = page(`<form><h4>民情记录</h4><p><label>日期<input placeholder="yyyy-MM-dd"></label></p>
      <p>方式<label><input type="radio" name="w">入户</label><label><input type="radio" name="w">电话</label></p>
      <p><label>了解到的民情<textarea></textarea></label></p><p><label>群众反映的问题<textarea></textarea></label></p>
      <p><label>问题类型<select><option>民生</option></select></label></p><p><label>办理情况<textarea></textarea></label></p></form>`);
    expect(keys(doc).slice(0, 2)).toEqual(['visit.date', 'visit.type']);
  });
});

describe('putting a study into practice (转化措施)', () => {
  it('is the study\'s on a report, a matter\'s handling on a register of conversions', () => {
    const report = page(`<form><p><label>报告题目<input></label></p><p><label>报告全文<textarea></textarea></label></p>
      <p><label>转化措施<textarea></textarea></label></p></form>`);
    expect(keys(report)).toEqual(['report.title', 'report.body', null]);
    const register = page(`<form><p><label>所属课题<input></label></p><p><label>转化措施<textarea></textarea></label></p></form>`, '调研成果转化 登记');
    expect(keys(register)).toEqual(['topic.title', 'issue.measures']);
  });
});


describe('what a study sets out to look into (研究的主要问题和内容)', () => {
  it('is the study\'s content on a topic\'s own page, the matter raised on a visit', () => {
    const topic = page(`<form><label>课题名称<input></label><label>研究的主要问题和内容<textarea></textarea></label>
      <label>领题领导<input></label><label>填报人<input></label><label>联系电话<input></label></form>`, '调研课题申报');
    expect(keys(topic).slice(0, 3)).toEqual(['topic.title', 'topic.summary', 'topic.lead']);
    const visit = page(`<form><label>户主姓名<input></label><label>反映问题<textarea></textarea></label>
      <label>对应课题<input></label></form>`, '走访记录');
    expect(keys(visit)).toEqual(['resident.name', 'issue.description', 'topic.title']);
  });

  it('leaves a progress report\'s own difficulties (存在问题及下步打算) beside the study\'s content; its 联系电话 is the filer\'s', () => {
    const doc = page(`<form><label>课题名称<input></label><label>研究内容<textarea></textarea></label><label>存在问题及下步打算<textarea></textarea></label>
      <label>填报人<input></label><label>联系电话<input></label></form>`, '课题中期报告');
    expect(keys(doc)).toEqual(['topic.title', 'topic.summary', null, 'officer.name', 'officer.phone']);
  });
});

describe('a work log\'s own section (驻村工作日志)', () => {
  it('takes its bare 日期 as the visit\'s', () => {
    const doc = page(`<form><h3>驻村工作日志</h3><label>日　期<input></label><label>派出单位<input></label>
      <h3>走访农户</h3><label>户主<input></label></form>`, '工作日志填写');
    expect(keys(doc)[0]).toBe('visit.date');
  });
});

describe('a page that is a diary of visits (楼道长走访日记)', () => {
  it('takes a bare 日期 in its first section as the day of the visit it records', () => {
    const doc = page(`<form><h3>基本信息</h3><label>所属社区<input></label><label>日期<input></label>
      <h3>走访对象</h3><label>户主姓名<input></label><h3>今日走访</h3><label>居民反映的困难或问题<textarea></textarea></label></form>`, '楼道长走访日记');
    expect(keys(doc)).toEqual(['place.community', 'visit.date', 'resident.name', 'issue.description']);
  });
});

describe('a diary entry\'s section (日记内容)', () => {
  it('takes a bare 日期 and 地点 as the visit\'s, and leaves its 标题 (which no record of ours holds) empty', () => {
    const doc = page(`<form><h3>联系户</h3><label>户主姓名<input></label><h3>日记内容</h3><label>标题<input></label><label>日期<input></label>
      <label>地点<input></label><label>群众心声<textarea></textarea></label><label>帮办措施<textarea></textarea></label></form>`, '党员民情日记');
    expect(keys(doc)).toEqual(['resident.name', null, 'visit.date', 'visit.location', 'issue.description', 'issue.measures']);
  });
});

describe('the people a study visited (走访群众 among 调研天数 and 召开座谈会)', () => {
  it('is a tally on a study\'s own page, not a resident', () => {
    const doc = page(`<form><label>课题名称<input></label><label>调研地点<input></label><label>调研天数<input></label>
      <label>走访群众<input></label><label>召开座谈会<input></label></form>`, '课题结题');
    expect(keys(doc)[3]).toBeNull();
  });
});

describe('the day of a study (调研日期)', () => {
  const study = (rest: string) => keys(page(`<form><label>课题名称<input></label><label>调研日期<input placeholder="yyyy-MM-dd"></label>${rest}</form>`, '调研记录'));

  it('is the visit\'s on the record of a trip made (who went along, the resident met)', () => {
    expect(study('<label>参加人员<input></label><label>调研情况<textarea></textarea></label>')[1]).toBe('visit.date');
    expect(study('<label>受访户主<input></label><label>户主电话<input></label>')[1]).toBe('visit.date');
  });

  it('stays the study\'s own on its plan (nobody gone yet)', () => {
    expect(study('<label>调研内容<textarea></textarea></label>')[1]).not.toBe('visit.date');
  });
});
