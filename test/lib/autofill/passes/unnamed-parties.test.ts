// Persons the vocabulary does not name: whose they are by their noun's shape, by their fields already keyed, or by
// the party the form still lacks; a party already named is never given to a second person.
import { describe, expect, it } from 'vitest';
import { keys, page } from '../page';

const form = (...rows: string[]) => page(`<form>${rows.map((row) => `<p><label>${row}<input></label></p>`).join('')}</form>`);

describe('a person named by a post or a public service’s people', () => {
  it('takes a post of those who serve as the user and the people served as the resident', () => {
    expect(keys(form('自来水用户姓名', '用户手机号', '走访日期', '抄表员'))).toEqual(['resident.name', 'resident.phone', 'visit.date', 'officer.name']);
    expect(keys(form('走访日期', '辅 警', '学生家长', '家长电话'))).toEqual(['visit.date', 'officer.name', 'resident.name', 'resident.phone']);
    expect(keys(form('安置群众姓名', '消防检查员', '检查日期'))).toEqual(['resident.name', 'officer.name', 'visit.date']);
  });

  it('takes whom the user’s work is for (被帮教人) as the resident, not the other side of a matter', () => {
    expect(keys(form('走访日期', '被帮教人', '帮教民警'))).toEqual(['visit.date', 'resident.name', 'officer.name']);
    // Not the doer of that act, said in short after it (讲解人 of 被讲解人).
    expect(keys(form('走访日期', '被讲解人', '讲解人电话'))).toEqual(['visit.date', 'resident.name', null]);
    expect(keys(form('走访日期', '被申请人', '被投诉对象', '被执行人电话'))).toEqual(['visit.date', null, null, null]);
  });

  it('does not take people alone, somebody else or a member of anything for a person of ours', () => {
    expect(keys(form('走访日期', '惠及群众', '燃气用户'))).toEqual(['visit.date', null, null]);
    expect(keys(form('走访日期', '家属电话', '楼长姓名', '会员姓名', '营业员姓名'))).toEqual(['visit.date', null, null, null, null]);
  });

  it('takes a system’s 用户 on a page about nobody the user meets (a profile) as the account’s holder, the user', () => {
    expect(keys(form('用户姓名', '用户电话'))).toEqual(['officer.name', 'officer.phone']);
    expect(keys(form('客户姓名', '客户电话'))).toEqual([null, null]);
  });

  it('takes a profession doing the user’s act as the user and whom the act is for as the resident', () => {
    expect(keys(form('走访日期', '包保教师', '帮扶的学生', '学生手机', '学生家地址'))).toEqual(['visit.date', 'officer.name', 'resident.name', 'resident.phone', 'resident.address']);
    expect(keys(form('慰问日期', '慰问的老人姓名', '团干部/社工姓名'))).toEqual(['visit.date', 'resident.name', 'officer.name']);
    expect(keys(form('慰问日期', '退休干部姓名', '老干部电话'))).toEqual(['visit.date', null, null]);
  });
});

describe('a person of an act that says neither side', () => {
  it('is the resident on a form naming only the user, all their fields alike', () => {
    expect(keys(form('检查日期', '承包人', '承包人联系电话', '检查人'))).toEqual(['visit.date', 'resident.name', 'resident.phone', 'officer.name']);
    expect(keys(form('走访日期', '接洽的报账人员姓名', '报账人员手机', '走访人'))).toEqual(['visit.date', 'resident.name', 'resident.phone', 'officer.name']);
    // Named again in short: 经营者 of 个体经营者.
    expect(keys(form('走访日期', '个体经营者', '经营者手机', '走访人'))).toEqual(['visit.date', 'resident.name', 'resident.phone', 'officer.name']);
  });

  it('is the resident on the user’s own record of a round with others (同巡人员), which names no user', () => {
    expect(keys(form('巡查日期', '同巡人员', '烧荒人姓名', '烧荒人电话'))).toEqual(['visit.date', 'visit.companions', 'resident.name', 'resident.phone']);
    expect(keys(form('巡查日期', '烧荒人姓名', '烧荒人电话'))).toEqual(['visit.date', null, null]);
  });

  it('is not the user under the user’s heading, which is as often the page’s title', () => {
    const doc = page(`<form><h3>网格员信息</h3><p><label>协调人<input></label></p><p><label>协调人电话<input></label></p>
      <h3>走访情况</h3><p><label>走访日期<input></label></p></form>`);
    expect(keys(doc)).toEqual([null, null, 'visit.date']);
  });

  it('takes their sex offered as a choice with their other fields', () => {
    const doc = page(`<form><p><label>检查日期<input></label></p><p><label>承包人<input></label></p><p>承包人性别
      <label><input type="radio" name="xb" value="1">男</label><label><input type="radio" name="xb" value="2">女</label></p>
      <p><label>检查人<input></label></p></form>`);
    expect(keys(doc)).toEqual(['visit.date', 'resident.name', 'resident.gender', 'officer.name']);
  });

  it('is whose their other fields already are, or whose a remark says', () => {
    expect(keys(form('核查日期', '买受人', '买受人身份证号', '核查人'))).toEqual(['visit.date', 'resident.name', 'resident.idNumber', 'officer.name']);
    expect(keys(form('发现时间', '建议人（群众）', '录入人'))).toEqual(['visit.date', 'resident.name', 'officer.name']);
  });

  it('is nobody we know when asked only a name, when both parties are named, or when they hold a matter’s role', () => {
    expect(keys(form('回访日期', '接电话人', '回访人员'))).toEqual(['visit.date', null, 'officer.name']);
    const both = keys(form('走访日期', '户主姓名', '承包人', '承包人联系电话', '走访人'));
    expect(both).toEqual(['visit.date', 'resident.name', null, null, 'officer.name']);
    expect(keys(form('走访日期', '整改责任人', '整改责任人电话', '走访人'))).not.toContain('resident.name');
    // Beside the resident, not the user either: a kind of people more often than the user, whom forms name by a role.
    expect(keys(form('走访日期', '户主姓名', '外出务工的家庭人员', '家庭人员电话'))).toEqual(['visit.date', 'resident.name', null, null]);
  });

  it('is the user named by what they did (巡查的…成员)', () => {
    expect(keys(form('检查日期', '户主姓名', '巡查的综治中心成员'))).toEqual(['visit.date', 'resident.name', 'officer.name']);
  });
});

describe('one person per party', () => {
  it('leaves a third person empty when the party’s name or detail is already held', () => {
    expect(keys(form('走访日期', '户主姓名', '户主电话', '客户姓名', '客户电话'))).toEqual(['visit.date', 'resident.name', 'resident.phone', null, null]);
    expect(keys(form('走访日期', '走访人', '安检员'))).toEqual(['visit.date', 'officer.name', null]);
    expect(keys(form('走访日期', '燃气用户姓名', '供水用户姓名'))).toEqual(['visit.date', 'resident.name', null]);
  });
});

describe('one who looks after a thing (管护员)', () => {
  it('is the keeper of the facility a ledger is about, nobody of ours', () => {
    const doc = page(`<form><label>供水工程<input></label><label>问题描述<textarea></textarea></label>
      <label>管护员<input></label><label>管护员电话<input></label><label>责任人<input></label></form>`, '农村供水工程运行管护平台');
    expect(keys(doc)).toEqual([null, 'issue.description', null, null, 'issue.owner']);
  });

  it('is the user on their own log, which names the post in its headline or over their fields', () => {
    const fields = `<label>管护员<input></label><label>管护员电话<input></label><label>巡护日期<input type="date"></label>`;
    expect(keys(page(`<form>${fields}</form>`, '生态管护员巡护管理系统'))).toEqual(['officer.name', 'officer.phone', 'visit.date']);
    expect(keys(page(`<form><h3>管护员信息</h3>${fields}</form>`))).toEqual(['officer.name', 'officer.phone', 'visit.date']);
  });
});

describe('a 双联户\'s 联户长', () => {
  it('is the user filling in the households\' page, by the post\'s shape', () => {
    expect(keys(form('户主姓名', '户主电话', '联户长', '联户长电话'))).toEqual(['resident.name', 'resident.phone', 'officer.name', 'officer.phone']);
  });
});
