import { describe, expect, it } from 'vitest';
import { keys, page } from '../page';

describe('each of the resident\'s facts, and the visit\'s account, in one field', () => {
  it('keeps the one whose section holds the resident\'s other facts; the second person stays empty', () => {
    const doc = page(`<form><fieldset><legend>事项</legend><label>当事人<input></label></fieldset>
      <fieldset><legend>户主信息</legend><label>户主姓名<input></label><label>联系电话<input></label><label>身份证号<input></label></fieldset></form>`);
    expect(keys(doc)).toEqual([null, 'resident.name', 'resident.phone', 'resident.idNumber']);
  });

  it('keeps one account of the visit: the surest (走访记录), not a later check\'s (核实情况)', () => {
    const doc = page(`<form><label>走访日期<input></label><label>走访记录<textarea></textarea></label>
      <h4>核实处置</h4><label>核实情况<textarea></textarea></label></form>`);
    expect(keys(doc).filter((key) => key === 'visit.content')).toHaveLength(1);
    expect(keys(doc)[1]).toBe('visit.content');
  });

  it('is the owner of the boat checked (船舶所有人), not its master (船长) in the table below', () => {
    const doc = page(`<form><table><tr><th>检查日期</th><td><input></td></tr><tr><th colspan="2">船舶所有人</th></tr>
      <tr><th>姓名</th><td><input></td></tr><tr><th>手机</th><td><input></td></tr><tr><th colspan="2">船长</th></tr>
      <tr><th>姓名</th><td><input></td></tr><tr><th>手机</th><td><input></td></tr>
      <tr><th>检查人员</th><td><input></td></tr><tr><th>其他检查人员</th><td><input></td></tr></table></form>`);
    expect(keys(doc).slice(1)).toEqual(['resident.name', 'resident.phone', null, null, 'officer.name', 'visit.companions']);
  });

  it('keeps the account written out (探访情况) over a list of services ticked before it (服务内容（可多选）)', () => {
    const box = (id: string, text: string) => `<label class="weui-cell weui-check__label" for="${id}"><div class="weui-cell__hd"><input type="checkbox" class="weui-check" name="fwnr" id="${id}"></div><div class="weui-cell__bd"><p>${text}</p></div></label>`;
    const doc = page(`<form><div class="weui-cells__title">本次探访</div><div class="weui-cells"><div class="weui-cell"><div class="weui-cell__hd"><label class="weui-label" for="rq">探访日期</label></div>
      <div class="weui-cell__bd"><input id="rq" placeholder="yyyy-MM-dd"></div></div></div>
      <div class="weui-cells__title">服务内容（可多选）</div><div class="weui-cells weui-cells_checkbox">${box('a', '陪伴聊天')}${box('b', '家务协助')}</div>
      <div class="weui-cells__title">探访情况</div><div class="weui-cells"><div class="weui-cell"><div class="weui-cell__bd"><textarea class="weui-textarea" name="tfqk"></textarea></div></div></div></form>`);
    expect(keys(doc)).toEqual(['visit.date', null, 'visit.content']);
  });

  it('leaves a matter\'s result in a choice and in a text alike (调处结果 and 协议内容)', () => {
    const doc = page(`<form><label>调处结果<select><option></option><option>调解成功</option><option>调解不成功</option></select></label>
      <label>协议内容<textarea></textarea></label></form>`);
    expect(keys(doc)).toEqual(['issue.result', 'issue.result']);
  });
});

describe('a bare number after the user\'s name on a form asking the resident\'s elsewhere', () => {
  it('is the user\'s (反映群众 … 群众电话 … 填报人 [ ] 联系电话 [ ])', () => {
    const doc = page(`<form><p><label>问题名称<input></label></p><p><label>反映群众<input></label></p><p><label>群众电话<input></label></p>
      <p><label>整改措施<textarea></textarea></label></p><p><label>填报人<input></label></p><p><label>联系电话<input></label></p></form>`);
    expect(keys(doc).slice(-2)).toEqual(['officer.name', 'officer.phone']);
  });
});

describe('a check\'s account beside the account of contacting the caller', () => {
  it('is a second account (联系群众情况 kept, 核查情况 empty); alone, it is the visit\'s (STYLE.md)', () => {
    const both = page(`<form><p><label>联系时间<input placeholder="yyyy-MM-dd"></label></p><p><label>联系群众情况<textarea></textarea></label></p>
      <p><label>核查情况<textarea></textarea></label></p><p><label>办理结果<textarea></textarea></label></p></form>`);
    expect(keys(both).slice(1, 3)).toEqual(['visit.content', null]);
    const alone = page(`<form><p><label>联系时间<input placeholder="yyyy-MM-dd"></label></p><p><label>核查情况<textarea></textarea></label></p></form>`);
    expect(keys(alone)[1]).toBe('visit.content');
  });
});

describe('one user per record', () => {
  it('is the one under the user\'s heading (经办); a 核实人 elsewhere and their facts are somebody else\'s', () => {
    const doc = page(`<form><h4>核实处置</h4><p><label>核实人<input></label></p>
      <h4>经办</h4><p><label>经办人<input></label></p><p><label>联系电话<input></label></p></form>`);
    expect(keys(doc)).toEqual([null, 'officer.name', 'officer.phone']);
  });

  it('is the last of equals: the liaison of a body visited (联络员) comes before the form\'s own 党建指导员', () => {
    const doc = page(`<form><h4>走访单位</h4><p><label>联络员<input></label></p><p><label>联络员电话<input></label></p>
      <h4>党建指导员</h4><p><label>姓名<input></label></p><p><label>电话<input></label></p></form>`);
    expect(keys(doc)).toEqual([null, null, 'officer.name', 'officer.phone']);
  });

  it('gives the bare 电话 right after the other person (楼栋信息员 [ ] 电话 [ ]) to them, whoever it was taken for', () => {
    const doc = page(`<form><dl><dt>楼栋信息员</dt><dd><input></dd><dt>电话</dt><dd><input></dd></dl>
      <h4>记录人</h4><p><label>网格员<input></label></p><p><label>联系电话<input></label></p></form>`);
    expect(keys(doc)).toEqual([null, null, 'officer.name', 'officer.phone']);
  });
});

describe('one user per record: by the act they did', () => {
  it('is the doer of the user\'s act (走访人), not a role of the same side named before it (帮扶责任人)', () => {
    const doc = page(`<form><h4>帮扶责任人</h4><p><label>姓名<input></label></p><p><label>电话<input></label></p>
      <h4>本次走访</h4><p><label>走访人<input></label></p><p><label>走访人电话<input></label></p></form>`);
    expect(keys(doc)).toEqual([null, null, 'officer.name', 'officer.phone']);
  });

  it('is the member of the work team keeping a log (队员姓名), not the household\'s paired cadre in a later section', () => {
    const doc = page(`<form><h4>基本信息</h4><p><label>派驻单位<input></label></p><p><label>队员姓名<input></label></p>
      <h4>帮扶责任人（该户结对干部）</h4><p><label>姓名<input></label></p><p><label>手机<input></label></p></form>`);
    expect(keys(doc)).toEqual(['officer.unit', 'officer.name', null, null]);
  });

  it('takes the phone on the row of a person named by the shape of their noun (护边员 [ ] 联系电话 [ ]) as theirs', () => {
    const doc = page(`<form><table><tr><td>走访日期</td><td><input placeholder="yyyy-MM-dd"></td></tr>
      <tr><td>护边员：</td><td><input></td><td>联系电话：</td><td><input></td></tr></table></form>`);
    expect(keys(doc)).toEqual(['visit.date', 'officer.name', 'officer.phone']);
  });
});

describe('a person of the user\'s kind in the section of the people called on', () => {
  it('is whom the user met there (the chamber\'s 接待人) when the form names no resident otherwise', () => {
    const doc = page(`<form><h4>联络对象</h4><p><label>商会名称<input></label></p><p><label>接待人<input></label></p><p><label>接待人电话<input></label></p>
      <h4>经办人</h4><p><label>经办人<input></label></p><p><label>联系电话<input></label></p></form>`);
    expect(keys(doc)).toEqual([null, 'resident.name', 'resident.phone', 'officer.name', 'officer.phone']);
  });

  it('stays empty where the form names its resident elsewhere', () => {
    const doc = page(`<form><p><label>户主姓名<input></label></p><h4>联络对象</h4><p><label>接待人<input></label></p>
      <h4>经办人</h4><p><label>经办人<input></label></p></form>`);
    expect(keys(doc)).toEqual(['resident.name', null, 'officer.name']);
  });
});

describe('a fact of the user\'s asked by another role', () => {
  const item = (label: string) => `<div class="el-col"><div class="el-form-item"><label class="el-form-item__label">${label}</label>
    <div class="el-form-item__content"><input></div></div></div>`;
  const form = (other: string) => page(`<form><h4>一、隐患点基本情况</h4><div class="el-row">${item('群测群防员')}${item(other)}</div>
    <h4>二、受威胁对象</h4><div class="el-row">${item('户主姓名')}${item('联系电话')}</div>
    <h4>三、现场踏勘</h4><div class="el-row">${item('排查日期')}${item('排查人')}</div></form>`);

  it('is that other person\'s on a page whose user is the doer of its act (监测员电话 beside the 排查人)', () => {
    expect(keys(form('监测员电话'))).toEqual([null, null, 'resident.name', 'resident.phone', 'visit.date', 'officer.name']);
  });

  it('stays the user\'s when the role is the doer\'s or the filer\'s (排查人员电话, 填表人电话)', () => {
    expect(keys(form('排查人员电话'))[1]).toBe('officer.phone');
    expect(keys(form('填表人电话'))[1]).toBe('officer.phone');
  });
});

describe('another role beside the doer in the doer\'s own section', () => {
  const form = (other: string) => page(`<form><h4>户主信息</h4><p><label>户主姓名<input></label></p>
    <h4>入户情况</h4><p><label>入户日期<input placeholder="yyyy-MM-dd"></label></p><p><label>入户人员姓名<input></label></p>
    <p><label>${other}<input></label></p></form>`);

  it('is somebody else (村（居）委会核实人, 服务站专干 beside the 入户人员)', () => {
    expect(keys(form('村（居）委会核实人')).at(-1)).toBeNull();
    expect(keys(form('服务站专干')).at(-1)).toBeNull();
  });

  it('is somebody else beside the cadre who did the act (走访干部, 走访网格员 … 驻村第一书记)', () => {
    const ledger = page(`<form><h3>走访记事</h3><label>走访时间<input placeholder="yyyy-mm-dd"></label><label>走访干部<input></label>
      <label>干部单位<input></label><label>驻村第一书记<input></label></form>`);
    expect(keys(ledger)).toEqual(['visit.date', 'officer.name', 'officer.unit', null]);
    const grid = page(`<form><h3>走访记事</h3><label>走访时间<input placeholder="yyyy-mm-dd"></label><label>走访网格员<input></label>
      <label>驻村第一书记<input></label></form>`);
    expect(keys(grid)).toEqual(['visit.date', 'officer.name', null]);
  });

  it('is the user again when it is the filer (填表人)', () => {
    expect(keys(form('填表人')).slice(-2)).toEqual(['officer.name', 'officer.name']);
  });
});

describe('another role beside the user, asked its facts by its name', () => {
  it('keeps 帮扶责任人电话 with the 帮扶责任人 it follows, not the user\'s (核查人 … 联系电话)', () => {
    const doc = page(`<form><h4>核查情况</h4><p><label>入户核查日期<input placeholder="yyyy-MM-dd"></label></p><h4>核查人员</h4>
      <p><label>核查人<input></label></p><p><label>联系电话<input></label></p><p><label>帮扶责任人<input></label></p><p><label>帮扶责任人电话<input></label></p></form>`);
    expect(keys(doc)).toEqual(['visit.date', 'officer.name', 'officer.phone', null, null]);
  });

  it('keeps a role\'s number with the role written with a remark (村（居）干部 [ ] 村（居）干部电话 [ ])', () => {
    const doc = page(`<form><h4>入户调查情况</h4><p><label>调查日期<input placeholder="yyyy-MM-dd"></label></p><p><label>调查人（一）<input></label></p>
      <p><label>村（居）干部<input></label></p><p><label>村（居）干部电话<input></label></p></form>`, '低保入户调查');
    expect(keys(doc)).toEqual(['visit.date', 'officer.name', null, null]);
  });
});

describe('one address for the resident', () => {
  it('is written in the box one types in (详细地址), not in the list of places asked first (现居住地 [镇▾])', () => {
    const doc = page(`<form><label>姓名<input></label><label>现居住地<select><option></option><option>城关镇</option><option>东关街道</option></select></label>
      <label>详细地址<input></label></form>`, '走访登记');
    expect(keys(doc)[2]).toBe('resident.address');
  });

  it('leaves the person\'s own number (本人电话) theirs after a guardian\'s on one line', () => {
    const doc = page(`<form><table><tr><td>姓名</td><td><input></td></tr><tr><td>监护人</td><td><input></td><td>监护人电话</td><td><input></td>
      <td>本人电话</td><td><input></td></tr></table></form>`, '残疾人入户访视');
    expect(keys(doc)).toEqual(['resident.name', null, null, 'resident.phone']);
  });
});

describe('who writes down a session beside the one holding it', () => {
  const record = (people: string) => page(`<form><h4>调解情况</h4><p><label>调解日期<input placeholder="yyyy-MM-dd"></label></p>
    <p><label>调解经过<textarea></textarea></label></p><h4>调解组织</h4>${people}</form>`);

  it('is a clerk, somebody else: the mediator (调解员) is the user', () => {
    expect(keys(record('<p><label>调解员<input></label></p><p><label>记录人<input></label></p>')).slice(2)).toEqual(['officer.name', null]);
    expect(keys(record('<p><label>人民调解员<input></label></p><p><label>记录人<input></label></p>')).slice(2)).toEqual(['officer.name', null]);
  });

  it('is the user where nobody holds a session beside them (记录人 alone; 接访领导 … 记录人)', () => {
    expect(keys(record('<p><label>记录人<input></label></p>')).slice(2)).toEqual(['officer.name']);
    const reception = page(`<form><p><label>来访人<input></label></p><p><label>接访领导<input></label></p><p><label>记录人<input></label></p></form>`);
    expect(keys(reception).at(-1)).toBe('officer.name');
  });
});

describe('the host of a meeting beside its recorder', () => {
  it('is a leader: the recorder fills the form (主持人 … 记录人 in one section), a host named alone is the user', () => {
    const record = (people: string) => keys(page(`<h2>座谈会记录</h2><form><p><label>座谈时间<input placeholder="yyyy-MM-dd"></label></p>
      <p><label>座谈地点<input></label></p><p><label>群众反映的问题<textarea></textarea></label></p>${people}</form>`)).slice(3);
    expect(record('<p><label>主持人<input></label></p><p><label>记录人<input></label></p>')).toEqual([null, 'officer.name']);
    expect(record('<p><label>主持人<input></label></p>')).toEqual(['officer.name']);
  });

  it('lists the residents at the meeting in a long box (参会群众代表): no one resident\'s name', () => {
    const doc = page(`<form><p><label>座谈时间<input placeholder="yyyy-MM-dd"></label></p><p><label>参会群众代表<textarea></textarea></label></p></form>`);
    expect(keys(doc)).toEqual(['visit.date', null]);
  });
});

describe('one user where each person is asked in a section of their own (巡查人: 姓名, 手机 … 监测员: 姓名, 手机)', () => {
  it('is the one whose section names the doer of the user\'s act; the other section is somebody else\'s', () => {
    const doc = page(`<form><h4>巡查情况</h4><label>巡查日期<input placeholder="yyyy-MM-dd"></label><h4>巡查人</h4><label>姓名<input></label>
      <label>手机<input></label><h4>监测员（隐患点群测群防员）</h4><label>姓名<input></label><label>手机<input></label></form>`);
    expect(keys(doc)).toEqual(['visit.date', 'officer.name', 'officer.phone', null, null]);
  });
});

describe('each level of the record\'s place once', () => {
  it('is the record\'s under the heading holding its own facts, somebody else\'s under the other (迁出地, 邻近采空区)', () => {
    const moved = page(`<form><h3>户主信息</h3><label>户主姓名<input></label><h3>迁出地</h3><label>乡（镇）<input></label><label>村<input></label>
      <h3>安置地</h3><label>街道（镇）<input></label><label>安置社区<input></label><label>安置房地址<input></label></form>`);
    expect(keys(moved)).toEqual(['resident.name', null, null, 'place.street', 'place.community', 'resident.address']);
  });

  it('is left alone where no single heading holds the record\'s facts', () => {
    const flat = page(`<form><label>乡镇<input></label><label>户籍所在乡镇<input></label><label>户主姓名<input></label></form>`);
    expect(keys(flat)).toEqual(['place.street', 'place.street', 'resident.name']);
  });
});

describe('one visit day per record', () => {
  it('is the day of the act the headline names last (a service\'s 回访), the service\'s own day another event', () => {
    const doc = page(`<form><label>服务日期<input type="date"></label><label>回访日期<input type="date"></label></form>`, '助残服务回访');
    expect(keys(doc)).toEqual([null, 'visit.date']);
  });

  it('leaves a day by an act the headline does not name', () => {
    const doc = page(`<form><label>入户日期<input type="date"></label><label>回访日期<input type="date"></label></form>`, '回访');
    expect(keys(doc)).toEqual(['visit.date', 'visit.date']);
  });
});

describe('the doer of the headline\'s act', () => {
  it('is the user under a section named for them, a serving role\'s section beside it somebody else', () => {
    const doc = page(`<form><h3>牧户信息</h3><label>户主<input></label><h3>宣传情况</h3><label>宣传日期<input type="date"></label>
      <h3>护林员</h3><label>姓名<input></label><label>电话<input></label><h3>宣传人</h3><label>姓名<input></label><label>电话<input></label>
      </form>`, '防灭火宣传入户登记');
    expect(keys(doc)).toEqual(['resident.name', 'visit.date', null, null, 'officer.name', 'officer.phone']);
  });

  it('changes nothing where the headline names no act of a section\'s person', () => {
    const doc = page(`<form><h3>牧户信息</h3><label>户主<input></label><h3>护林员</h3><label>姓名<input></label><h3>宣传人</h3>
      <label>姓名<input></label></form>`, '牧户信息登记');
    expect(keys(doc)).toEqual(['resident.name', 'officer.name', null]);
  });
});
