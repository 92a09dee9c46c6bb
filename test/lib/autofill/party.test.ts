// Whose a field is (lib/autofill/party.ts): sides of an agreement, and a form's title naming the user's act.
import { describe, expect, it } from 'vitest';
import { sectionParty } from '../../../lib/autofill/party';
import { keyOf, keys, page } from './page';

describe('party: the sides of an agreement', () => {
  it('reads a side named alone (申请方, 投诉方) as its person, the resident; the other side stays empty', () => {
    expect(['投诉方', '申请方', '被投诉方', '对方'].map((label) => keyOf(label))).toEqual(['resident.name', 'resident.name', null, null]);
    expect(keyOf('双方')).toBeNull();
  });

  it('leaves a second or third side (乙方, 丙方) empty, and keeps the first', () => {
    expect(keyOf('当事人（甲方）')).toBe('resident.name');
    expect(keyOf('乙方当事人')).toBeNull();
    expect(keyOf('当事人（乙方）')).toBeNull();
    expect(keyOf('丙方联系电话')).toBeNull();
    expect(sectionParty(['乙方基本信息'])).toBe('other');
  });

  it('side by side in a table, only the first side takes the resident', () => {
    const doc = page(`<form><table>
      <tr><th>申请人（甲方）</th><td><input></td><th>申请人（乙方）</th><td><input></td></tr>
      <tr><th>联系电话</th><td><input></td><th>联系电话</th><td><input></td></tr>
    </table></form>`);
    expect(keys(doc)).toEqual(['resident.name', null, 'resident.phone', null]);
  });
});

describe('party: a title naming the user’s act', () => {
  it('reads "<the user’s role><the user’s act>" over a form as what it records, not as the user’s own details', () => {
    expect(sectionParty(['网格员入户走访登记'])).toBeNull();
    expect(sectionParty(['社区干部走访记录表'])).toBeNull();
    // The user's details still: the role alone or with 信息.
    expect(sectionParty(['网格员信息'])).toBe('officer');
    expect(sectionParty(['走访人员'])).toBe('officer');
    // The role followed by filing names who fills the form in: the user.
    expect(sectionParty(['乡镇妇联执委填报'])).toBe('officer');
    expect(sectionParty(['网格员登记'])).toBe('officer');
  });

  it('fills a visited person’s details under such a title with the resident’s, the role’s own with the user’s', () => {
    const doc = page(`<div class="card-header">网格员入户走访登记</div><form>
      <div><label>被走访人</label><input></div>
      <div><label>身份证号</label><input></div>
      <div><label>手机号码</label><input></div>
      <div><label>居住地址</label><input></div>
      <div><label>网格员电话</label><input></div>
    </form>`);
    expect(keys(doc)).toEqual(['resident.name', 'resident.idNumber', 'resident.phone', 'resident.address', 'officer.phone']);
  });
});

describe('party: a matter’s handling', () => {
  it('reads a handling heading as somebody else’s, but not a ticket whose status in brackets says it was handled', () => {
    expect(sectionParty(['办结信息'])).toBe('other');
    expect(sectionParty(['工单：楼道照明损坏（已办结）'])).toBeNull();
    expect(sectionParty(['事项：路灯不亮（办理中）', '来电人信息'])).toBe('resident');
  });
});

describe('a section whose remark names the user', () => {
  const form = (heading: string) => page(`<form><h4>帮扶对象</h4><p><label>姓名<input></label></p><p><label>联系电话<input></label></p>
    <h4>${heading}</h4><p><label>姓名<input></label></p><p><label>手机<input></label></p></form>`);

  it('reads the person of a section marked (填报人) or (登记人) as the user', () => {
    expect(keys(form('社区网格联系人（填报人）'))).toEqual(['resident.name', 'resident.phone', 'officer.name', 'officer.phone']);
    expect(keys(form('驻村干部（登记人）'))).toEqual(['resident.name', 'resident.phone', 'officer.name', 'officer.phone']);
  });

  it('leaves the person of a section unmarked, or marked as somebody else, unfilled', () => {
    expect(keys(form('社区网格联系人')).slice(2)).toEqual([null, null]);
    expect(keys(form('联系人（担保人）')).slice(2)).toEqual([null, null]);
    // A householder who declares (户主（申报人）) is no user (here a second household's, so unfilled).
    expect(keys(form('户主（申报人）')).slice(2)).toEqual([null, null]);
  });
});

describe('party: section headings of the resident said otherwise', () => {
  it('reads a numbered step of a form (第二步：人才信息) by its heading, not as a second person', () => {
    expect(sectionParty(['第二步：人才信息'])).toBe('resident');
    expect(sectionParty(['第二申请人信息'])).toBe('other');
  });

  it('reads the side doing the resident’s act for a thing (申请加装方) as the resident, a side of no act as somebody else', () => {
    expect(sectionParty(['申请加装方（业主代表）'])).toBe('resident');
    expect(sectionParty(['持不同意见方'])).toBe('other');
    expect(sectionParty(['被申请加装方'])).toBe('other');
    expect(sectionParty(['投诉双方'])).not.toBe('resident');
    expect(sectionParty(['申请对方'])).not.toBe('resident');
  });

  it('reads the page\'s part of a heading after a system\'s name (龙江网格通 · 个人信息) as the heading', () => {
    expect(sectionParty(['龙江网格通 · 个人信息'])).toBeNull();
    expect(sectionParty(['网格通 · 紧急联系人'])).toBe('other');
  });

  it('reads the worker or job seeker an employment service visits (劳动者基本信息, 求职者) as the resident', () => {
    expect(sectionParty(['劳动者基本信息'])).toBe('resident');
    expect(sectionParty(['求职者信息'])).toBe('resident');
  });
});

describe('party: who puts an item to a council', () => {
  it('reads the one who raised a council\'s item (议题提出人, 提出人电话) as the resident, also as a section\'s person', () => {
    const row = (label: string) => `<p><label>${label}<input></label></p>`;
    expect(keys(page(`<form>${row('议题提出人')}${row('提出人电话')}</form>`))).toEqual(['resident.name', 'resident.phone']);
    const section = page(`<form><fieldset><legend>议题提出人</legend>${row('姓名')}${row('联系电话')}</fieldset>${row('记录人')}</form>`);
    expect(keys(section)).toEqual(['resident.name', 'resident.phone', 'officer.name']);
  });
});

describe('party: people named by examples of the care groups', () => {
  it('reads 需关注人员（独居老人、孕产妇、行动不便者等） as the residents, not as a party nobody knows', () => {
    expect(sectionParty(['需关注人员（独居老人、孕产妇、行动不便者等）'])).toBe('resident');
    // One example, or none, is not enough to say whom the noun means.
    expect(sectionParty(['需关注人员（独居老人等）'])).not.toBe('resident');
    expect(sectionParty(['需关注人员'])).not.toBe('resident');
  });
});

describe('party: the people a transfer moves out of danger', () => {
  it('reads 转移人员 as the residents the register records', () => {
    expect(sectionParty(['转移人员'])).toBe('resident');
  });

  it('reads the retirees a street looks after (退休人员基本信息) as the residents', () => {
    expect(sectionParty(['退休人员基本信息'])).toBe('resident');
  });
});

describe('party: who puts an item to a residents\' council', () => {
  it('reads a 提议人 section\'s bare 姓名 / 手机号 as the resident who raised it', () => {
    const doc = page(`<form><h4>议事信息</h4><p><label>议事主题<input></label></p><h4>提议人</h4><p><label>姓名<input></label></p><p><label>手机号<input></label></p></form>`, '居民议事登记');
    expect(keys(doc)).toEqual(['issue.title', 'resident.name', 'resident.phone']);
  });
});

describe('party: a section of one person\'s details named by people said as many', () => {
  it('reads 务工人员信息 as the migrant worker visited, and 说事人 as the resident telling their matter', () => {
    const worker = page(`<form><h4>务工人员信息</h4><p><label>姓名<input></label></p><p><label>手机号<input></label></p>
      <h4>走访记录</h4><p><label>走访日期<input></label></p></form>`, '来穗人员服务管理平台 - 走访登记');
    expect(keys(worker)).toEqual(['resident.name', 'resident.phone', 'visit.date']);
    const talk = page(`<form><h4>说事人</h4><p><label>姓名<input></label></p><p><label>手机号<input></label></p></form>`, '居民说事点');
    expect(keys(talk)).toEqual(['resident.name', 'resident.phone']);
  });
});


describe('party: a form\'s own title naming a handling (红白事办理登记表)', () => {
  it('is no heading over somebody else\'s handling, as 办理信息 is', () => {
    expect(sectionParty(['红白事办理登记表'])).toBeNull();
    expect(sectionParty(['办理信息'])).toBe('other');
  });
});

describe('party: people in community rehabilitation or correction (康复人员, 社区矫正人员)', () => {
  it('are the resident a section is about', () => {
    expect(sectionParty(['康复人员'])).toBe('resident');
    expect(sectionParty(['社区矫正人员'])).toBe('resident');
  });
});

describe('party: the new kinds of workers a station serves (骑手, 快递员)', () => {
  it('are the resident a section is about', () => {
    expect(sectionParty(['骑手'])).toBe('resident');
  });
});
