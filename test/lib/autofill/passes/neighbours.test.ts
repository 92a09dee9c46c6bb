import { describe, expect, it } from 'vitest';
import { keys, page } from '../page';

describe('the body filing the form (申报单位)', () => {
  it('is the user\'s own: its 单位名称, 联系人 and 联系电话 are the user\'s', () => {
    const doc = page(`<form><p><label>课题名称<input></label></p>
      <h4>申报单位</h4><p><label>单位名称<input></label></p><p><label>联系人<input></label></p><p><label>联系电话<input></label></p></form>`);
    expect(keys(doc)).toEqual(['topic.title', 'officer.unit', 'officer.name', 'officer.phone']);
    // Headed with its contact too (申报单位及联系人: 申报单位, 联系人, 职务, 手机).
    const both = page(`<form><p><label>课题名称<input></label></p><h4>申报单位及联系人</h4><p><label>申报单位<input></label></p>
      <p><label>联系人<input></label></p><p><label>职务<input></label></p><p><label>手机<input></label></p></form>`);
    expect(keys(both)).toEqual(['topic.title', 'officer.unit', 'officer.name', 'officer.position', 'officer.phone']);
  });

  it('is not a body the form is about (企业信息), whose contact stays empty', () => {
    const doc = page(`<form><p><label>课题名称<input></label></p>
      <h4>企业信息</h4><p><label>单位名称<input></label></p><p><label>联系人<input></label></p></form>`);
    expect(keys(doc)).toEqual(['topic.title', null, null]);
  });

  it('is the filer on a report\'s 报送信息 too: its 联系人 and 联系电话 are the user\'s, on the user\'s own written work only', () => {
    const report = page(`<form><p><label>报告题目<input></label></p><h4>报送信息</h4><p><label>报送单位<input></label></p>
      <p><label>联系人<input></label></p><p><label>联系电话<input></label></p></form>`);
    expect(keys(report)).toEqual(['report.title', 'officer.unit', 'officer.name', 'officer.phone']);
  });
});

describe('the body the user works in, right below the user\'s name', () => {
  it('is the user\'s unit (慰问人 / 所在单位, a line each), not the resident\'s', () => {
    const doc = page(`<form><div>户主</div><div><input></div><div>慰问时间</div><div><input placeholder="yyyy-MM-dd"></div>
      <div>慰问人</div><div><input></div><div>所在单位</div><div><input></div></form>`);
    expect(keys(doc)).toEqual(['resident.name', 'visit.date', 'officer.name', 'officer.unit']);
  });

  it('and a bare 工作单位 between the user\'s name and the user\'s number, a line each (走访人 / 工作单位 / 走访人联系电话)', () => {
    const doc = page(`<form><div>走访对象</div><div><input></div><div>走访人</div><div><input></div><div>工作单位</div><div><input></div>
      <div>走访人联系电话</div><div><input></div></form>`);
    expect(keys(doc)).toEqual(['resident.name', 'officer.name', 'officer.unit', 'officer.phone']);
  });

  it('and a bare 工作单位 on the line below the user\'s name and post (走访干部 [ ] 职务 [ ] / 工作单位 [ ])', () => {
    const doc = page(`<form><table><tr><th>牧户户主</th><td><input></td></tr><tr><th>联系电话</th><td><input></td></tr><tr><th>走访日期</th><td><input></td></tr>
      <tr><th>走访干部</th><td><input></td><th>职务</th><td><input></td></tr><tr><th>工作单位</th><td colspan="3"><input></td></tr></table></form>`, '牧区防灾减灾走访登记');
    expect(keys(doc)).toEqual(['resident.name', 'resident.phone', 'visit.date', 'officer.name', 'officer.position', 'officer.unit']);
  });

  it('and 所在单位 right below the user\'s number (走访干部 / 干部电话 / 所在单位)', () => {
    const doc = page(`<form><table><tr><th>走访日期</th><td><input></td><th>包联领导</th><td><input></td></tr>
      <tr><th>走访干部</th><td><input></td><th>干部电话</th><td><input></td></tr><tr><th>所在单位</th><td colspan="3"><input></td></tr>
      <tr><th>走访对象</th><td><input></td><th>对象电话</th><td><input></td></tr></table></form>`);
    expect(keys(doc)).toEqual(['visit.date', null, 'officer.name', 'officer.phone', 'officer.unit', 'resident.name', 'resident.phone']);
  });
});

describe('a role named again in short: its body', () => {
  it('takes 申请单位 right after 销号申请人 as the unit of whoever applied (the user)', () => {
    const doc = page(`<form><p><label>整改措施<textarea></textarea></label></p><p><label>销号申请人<input></label></p><p><label>申请单位<input></label></p></form>`);
    expect(keys(doc)).toEqual(['issue.measures', 'officer.name', 'officer.unit']);
  });
});

describe('a section of the people of the user\'s act', () => {
  it('is the user\'s once its person of that act is the user (勘察人员: 勘察人, 所在单位)', () => {
    const doc = page(`<form><p><label>勘察日期<input placeholder="yyyy-MM-dd"></label></p><p><label>户主姓名<input></label></p>
      <h4>勘察人员</h4><p><label>勘察人<input></label></p><p><label>所在单位<input></label></p></form>`, '适老化改造入户勘察');
    expect(keys(doc).slice(-2)).toEqual(['officer.name', 'officer.unit']);
  });
});

describe('a business applying for something (申报单位 on a 惠企 form)', () => {
  it('is not the user\'s body: its contact stays unkeyed', () => {
    const doc = page(`<form><p><label>走访日期<input placeholder="yyyy-MM-dd"></label></p>
      <h4>申报单位</h4><p><label>单位名称<input></label></p><p><label>联系人<input></label></p></form>`);
    expect(keys(doc).slice(1)).not.toContain('officer.name');
    expect(keys(doc)[1]).not.toBe('officer.unit');
  });
});

describe('a line opening by naming another party', () => {
  it('holds that party\'s facts (约谈被投诉单位负责人：姓名 [ ] 职务 [ ] 电话 [ ])', () => {
    const doc = page(`<form><div class="ant-form-item"><label>投诉人<input></label></div>
      <div class="ant-form-item">约谈被投诉单位负责人：姓名 <input> 职务 <input> 电话 <input></div></form>`);
    expect(keys(doc)).toEqual(['resident.name', null, null, null]);
  });

  it('does not when the other party is only the first box\'s own label (法定代表人 [ ] 安全负责人 [ ] 电话 [ ])', () => {
    const doc = page(`<form><fieldset><legend>被检查单位</legend><p><label for="n">单位名称</label> <input id="n"></p>
      <p><label for="a">法定代表人</label> <input id="a"> <label for="b">安全负责人</label> <input id="b">
      <label for="c">电话</label> <input id="c"></p></fieldset><fieldset><legend>检查情况</legend>
      <p><label for="d">检查日期</label> <input id="d" type="date"></p></fieldset>
      <fieldset><legend>检查人员</legend><p><label>检查人员<input></label></p></fieldset></form>`, '安全生产检查记录');
    expect(keys(doc)).toEqual([null, null, 'resident.name', 'resident.phone', 'visit.date', 'officer.name']);
  });

  it('nor when it is the first cell of a table row, naming the box after it (见证人 | [ ] | 调查单位 | [ ])', () => {
    const doc = page(`<form><table><tr><th>户主姓名</th><td><input name="a"></td><th>调查日期</th><td><input name="b" placeholder="yyyy-MM-dd"></td></tr>
      <tr><th>见证人（村干部）</th><td><input name="c"></td><th>调查单位</th><td><input name="d"></td></tr></table></form>`, '低保入户调查');
    expect(keys(doc)).toEqual(['resident.name', 'visit.date', null, 'officer.unit']);
  });
});

describe('a bare unit right after a person on one line of a framework grid', () => {
  const item = (label: string, hint = '') => `<div class="el-col"><div class="el-form-item"><label class="el-form-item__label">${label}</label>
    <div class="el-form-item__content"><input${hint ? ` placeholder="${hint}"` : ''}></div></div></div>`;
  const form = (rows: string[][]) => page(`<form>${item('走访日期', 'yyyy-MM-dd')}${item('户主姓名')}<h4>本次走访</h4>${rows
    .map((row) => `<div class="el-row">${row.map((label) => item(label)).join('')}</div>`).join('')}</form>`);

  it('takes 所在居委会 after the user (记录社工) as the body the user works in, not the resident\'s community', () => {
    expect(keys(form([['记录社工', '所在居委会']])).slice(-2)).toEqual(['officer.name', 'officer.unit']);
  });

  it('takes the unit after the user and a numbered second of the user\'s role (调查人（一） | 调查人（二）) as the user\'s', () => {
    expect(keys(form([['调查人（一）', '调查人（二）', '所在单位']])).slice(-3)).toEqual(['officer.name', 'visit.companions', 'officer.unit']);
  });

  it('and 所在单位 on the line below such a pair, a line each (评估员（一） / 评估员（二） / 所在单位)', () => {
    const doc = page(`<form><p><label>姓名：<input></label></p><p><label>评估日期：<input placeholder="yyyy-MM-dd"></label></p><fieldset><legend>评估人员</legend>
      <p><label>评估员（一）：<input></label></p><p><label>评估员（二）：<input></label></p><p><label>所在单位：<input></label></p></fieldset></form>`, '残疾人入户评估');
    expect(keys(doc).slice(-3)).toEqual(['officer.name', 'visit.companions', 'officer.unit']);
  });

  it('leaves the unit after somebody who only went along (陪同人员) empty', () => {
    expect(keys(form([['走访人', '陪同人员', '所在单位']])).slice(-1)).toEqual([null]);
  });

  it('but takes a body only staff belong to after a fellow of the team (协助调解员 | 调委会) as the team\'s, the user\'s', () => {
    expect(keys(form([['调解员', '协助调解员', '调委会']])).slice(-3)).toEqual(['officer.name', 'visit.companions', 'officer.unit']);
  });
});

describe('the resident named by their own word on a line of the user\'s request (反映群众 [ ] 联系方式 [ ])', () => {
  it('has the number after them, not the user who applies', () => {
    const item = (label: string) => `<div class="layui-inline"><label class="layui-form-label">${label}</label><div class="layui-input-inline"><input class="layui-input"></div></div>`;
    const doc = page(`<form class="layui-form"><fieldset><legend>问题整改销号申请</legend></fieldset>
      <div class="layui-form-item">${item('反映群众')}${item('联系方式')}</div>
      <div class="layui-form-item">${item('申请人')}${item('联系电话')}</div></form>`);
    expect(keys(doc)).toEqual(['resident.name', 'resident.phone', 'officer.name', 'officer.phone']);
  });
});

describe('a line of text and boxes in a plain block', () => {
  it('gives the number after a person nobody of ours (供热企业对接人：[ ] 电话：[ ]) to that person, not the user of the section', () => {
    const doc = page(`<form><h4>走访人员填写</h4><div>走访日期：<input name="zfrq" placeholder="2024年05月08日"></div>
      <div>供热企业对接人：<input name="djr" placeholder="姓名"> 电话：<input name="djrdh"></div>
      <div>走访人：<input name="zfr">　联系电话：<input name="zfrdh"></div></form>`);
    expect(keys(doc)).toEqual(['visit.date', null, null, 'officer.name', 'officer.phone']);
  });

  it('ends at a line break: the number on the next line is not the person\'s before it', () => {
    const doc = page(`<form><h4>走访人员填写</h4><div>走访人：<input name="zfr"><br>村干部：<input name="cgb"><br>联系电话：<input name="dh"></div></form>`);
    expect(keys(doc)[2]).not.toBeNull();
  });
});

describe('a person still nobody of ours once every pass is done', () => {
  it('keeps their number beside them on one grid line (村干部姓名 | 联系电话) from the user whose heading it is under', () => {
    const item = (label: string) => `<div class="el-col"><div class="el-form-item"><label class="el-form-item__label">${label}</label>
      <div class="el-form-item__content"><input></div></div></div>`;
    const doc = page(`<form>${item('走访日期')}${item('户主姓名')}<h4>村干部确认</h4><div class="el-row">${item('村干部姓名')}${item('联系电话')}</div>
      <h4>走访人</h4><div class="el-row">${item('姓名')}${item('联系电话')}</div></form>`);
    expect(keys(doc).slice(2)).toEqual([null, null, 'officer.name', 'officer.phone']);
  });
});

describe('a person still nobody of ours, in a section named after them', () => {
  it('holds their number a line below them (群测群防监测员: 监测员 [ ] 联系电话 [ ]), away from the user\'s', () => {
    const doc = page(`<form><h4>隐患点</h4><p><label>户主<input></label></p><h4>群测群防监测员</h4><p><label>监测员<input></label></p>
      <p><label>联系电话<input></label></p><h4>排查人员</h4><p><label>排查人<input></label></p></form>`);
    expect(keys(doc)).toEqual(['resident.name', null, null, 'officer.name']);
  });

  it('is not a section named after the user\'s act (申报联系人: whoever files the form)', () => {
    const doc = page(`<form><h4>课题信息</h4><p><label>课题名称<input></label></p><h4>申报联系人</h4><p><label>联系人<input></label></p>
      <p><label>所在处室<input></label></p><p><label>联系电话<input></label></p></form>`);
    expect(keys(doc).slice(2)).toEqual(['officer.unit', 'officer.phone']);
  });
});

describe('a section whose only person is the user', () => {
  const form = (mine: string) => page(`<form><h4>我（联户党员）</h4><p><label>党员姓名<input></label></p>${mine}
    <h4>联系的农户</h4><p><label>户主<input></label></p><p><label>手机号<input></label></p><p><label>走访日期<input placeholder="yyyy-MM-dd"></label></p></form>`);

  it('is the user\'s block: its bare 手机号 and 工作单位 are the user\'s', () => {
    const doc = form('<p><label>所在支部<input></label></p><p><label>手机号<input></label></p><p><label>工作单位<input></label></p>');
    expect(keys(doc)).toEqual(['officer.name', null, 'officer.phone', 'officer.unit', 'resident.name', 'resident.phone', 'visit.date']);
  });

  it('names the body the user works in by its kind (所在居委, 所在残联/社区): the user\'s unit, not the resident\'s community', () => {
    expect(keys(form('<p><label>所在居委<input></label></p>'))[1]).toBe('officer.unit');
    expect(keys(form('<p><label>所在残联/社区<input></label></p>'))[1]).toBe('officer.unit');
    expect(keys(form('<p><label>所在社区/单位<input></label></p>'))[1]).toBe('officer.unit');
  });

  it('is not one where somebody else is named too (家庭医生 [ ] 联系电话 [ ]), nor a way of contact offered as choices', () => {
    expect(keys(form('<p><label>家庭医生<input></label></p><p><label>联系电话<input></label></p>'))[2]).not.toBe('officer.phone');
    expect(keys(form('<p><label>联系方式<select><option></option><option>入户</option><option>电话</option></select></label></p>'))[1]).not.toBe('officer.phone');
  });

  it('ends where somebody else is named after the user\'s lines (家访人, 工作单位, 联系电话 … 儿童主任)', () => {
    const doc = page(`<form><h4>儿童基本信息</h4><p><label>儿童姓名<input></label></p><h4>本次家访</h4><p><label>家访日期<input></label></p>
      <p><label>家访人<input></label></p><p><label>工作单位<input></label></p><p><label>联系电话<input></label></p><p><label>儿童主任<input></label></p>
      <p><label>手机号<input></label></p></form>`);
    expect(keys(doc).slice(2, 5)).toEqual(['officer.name', 'officer.unit', 'officer.phone']);
    expect(keys(doc)[6]).not.toBe('officer.phone');
  });
});

describe('a person still nobody of ours, named again in short', () => {
  it('keeps the post asked by their short role on the next line (村“两委”核实人 … 核实人职务) from the user', () => {
    const doc = page(`<form><table><tr><td>事件描述</td><td><textarea></textarea></td></tr>
      <tr><td>村“两委”核实人</td><td><input></td></tr><tr><td>核实人职务</td><td><input></td></tr>
      <tr><td>上报人</td><td><input></td></tr></table></form>`);
    expect(keys(doc)).toEqual(['issue.description', null, null, 'officer.name']);
  });

  it('gives the number asked by the user\'s profession in short (家访教师 [ ] 教师电话 [ ]) to the user, in anybody\'s section', () => {
    const doc = page(`<form><h4>监护人情况</h4><label>监护人姓名<input></label><label>家访日期<input placeholder="yyyy-MM-dd"></label>
      <label>家访教师<input></label><label>教师电话<input></label></form>`);
    expect(keys(doc).slice(2)).toEqual(['officer.name', 'officer.phone']);
    // Also with the teacher's school between them (家访教师 [ ] 所在学校 [ ] 教师电话 [ ]).
    const school = page(`<form><h4>家访情况</h4><label>家访日期<input placeholder="yyyy-MM-dd"></label><label>家访教师<input></label>
      <label>所在学校<input></label><label>教师电话<input></label></form>`);
    expect(keys(school)[3]).toBe('officer.phone');
  });

  it('keeps the number asked by a cadre\'s short role (村（组）干部 [ ] 干部电话 [ ]) from the user beside them', () => {
    const doc = page(`<form><h4>核查信息</h4><p><label>核查日期<input placeholder="yyyy-MM-dd"></label><label>核查人<input></label></p>
      <p><label>村（组）干部<input></label><label>干部电话<input></label></p><p><label>核查情况<textarea></textarea></label></p></form>`);
    expect(keys(doc)).toEqual(['visit.date', 'officer.name', null, null, 'visit.content']);
  });
});

describe('a line of a bootstrap horizontal form', () => {
  it('is its .form-group: 单位 and 职务 right after the user\'s 慰问人 are the user\'s', () => {
    const pair = (label: string) => `<label class="col-sm-1 control-label">${label}</label><div class="col-sm-2"><input class="form-control"></div>`;
    const doc = page(`<form class="form-horizontal"><div class="form-group">${pair('老人姓名')}${pair('联系电话')}</div>
      <div class="form-group">${pair('慰问日期')}</div><div class="form-group">${pair('慰问人')}${pair('单位')}${pair('职务')}</div></form>`);
    expect(keys(doc)).toEqual(['resident.name', 'resident.phone', 'visit.date', 'officer.name', 'officer.unit', 'officer.position']);
  });
});

describe('the user\'s block', () => {
  it('leaves the number a callback dials (回访号码) the resident\'s in the block of the one calling back', () => {
    const doc = page(`<table><tr><th>回访日期</th><td><input></td></tr><tr><th>回访号码</th><td><input></td></tr>
      <tr><th>回访员</th><td><input></td></tr></table>`);
    expect(keys(doc)).toEqual(['visit.date', 'resident.phone', 'officer.name']);
  });
});

describe('a person named with their role in a remark, then asked by that role', () => {
  it('gives 船长身份证号 / 船长手机 after 现场负责人（船长） to the person in charge on the spot, the one the check deals with', () => {
    const doc = page(`<form><h4>渔船基本信息</h4><p><label>船舶所有人<input></label></p><p><label>所有人电话<input></label></p>
      <h4>现场检查</h4><p><label>检查日期<input placeholder="yyyy-MM-dd"></label></p><p><label>现场负责人（船长）<input></label></p>
      <p><label>船长身份证号<input></label></p><p><label>船长手机<input></label></p></form>`, '渔船安全检查');
    expect(keys(doc)).toEqual([null, null, 'visit.date', 'resident.name', 'resident.idNumber', 'resident.phone']);
  });
});

describe('a page in one section: the resident\'s lines, then the user\'s (姓名 … 联系电话 … 工作单位 … 走访人)', () => {
  it('keeps the lines before the resident\'s 姓名 out of the user\'s block', () => {
    const doc = page(`<form><table><tr><td>姓 名</td><td><input></td><td>身份证号</td><td><input></td></tr>
      <tr><td>联系电话</td><td><input></td><td>工作单位</td><td><input></td></tr>
      <tr><td>主要困难</td><td><textarea></textarea></td></tr><tr><td>走访日期</td><td><input></td><td>走访人</td><td><input></td></tr></table></form>`, '困难职工帮扶走访登记表');
    expect(keys(doc)).toEqual(['resident.name', 'resident.idNumber', 'resident.phone', null, 'issue.description', 'visit.date', 'officer.name']);
  });
});

describe('a resident\'s role said again in short (群众代表姓名 [ ] 代表电话 [ ])', () => {
  it('is the same resident, not a deputy', () => {
    const doc = page(`<form><label>宣讲日期<input></label><label>宣讲人<input></label><label>群众代表姓名<input></label><label>代表电话<input></label>
      <label>群众反映问题<textarea></textarea></label></form>`, '宣讲记录');
    expect(keys(doc)).toEqual(['visit.date', 'officer.name', 'resident.name', 'resident.phone', 'issue.description']);
  });
});

describe('a bare number after a person nobody could tell (相关人员 / 联系电话, each on its own line)', () => {
  it('is theirs, on a patrol naming no resident; after one known to be somebody else (审核人) it stays as it was', () => {
    const patrol = page(`<form><div><label>巡查日期<input></label></div><div><label>巡查人<input></label></div>
      <div><label>发现问题<textarea></textarea></label></div><div><label>相关人员<input></label></div><div><label>联系电话<input></label></div></form>`, '护路联防巡查');
    expect(keys(patrol).at(-1)).toBeNull();
    const report = page(`<form><div><label>标题<input></label></div><div><label>正文<textarea></textarea></label></div>
      <div><label>撰稿人<input></label></div><div><label>审核人<input></label></div><div><label>联系方式<input></label></div></form>`, '调研报告报送');
    expect(keys(report).at(-1)).toBe('officer.phone');
  });
});
