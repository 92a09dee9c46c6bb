// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { detectFields, fillFields, readFields } from '../../../lib/autofill';

beforeEach(() => {
  document.title = '';
  document.body.innerHTML = '';
});

describe('detectFields: where labels are', () => {
  it('reads a Naive UI form item’s label as the form item’s, whatever stands between it and the box', () => {
    document.body.innerHTML = `<form><div class="n-form-item"><label class="n-form-item-label"><span class="n-form-item-label__text">户主姓名</span></label>
      <div class="n-form-item-blank"><div class="n-input"><div class="n-input__input"><input class="n-input__input-el"></div></div></div></div></form>`;
    const [field] = detectFields(document);
    expect([field.label, field.labelSource, field.key]).toEqual(['户主姓名', 'form-item', 'resident.name']);
  });

  it('reads a box’s own screen-reader name that says more than the label its form item shares (户主 [ ] 电话 [户主电话])', () => {
    document.body.innerHTML = `<form><div class="el-form-item"><label class="el-form-item__label" for="a">户主</label>
      <div class="el-form-item__content"><input id="a"> <span>电话</span><input aria-label="户主电话"></div></div>
      <div class="el-form-item"><label class="el-form-item__label">走访日期</label><div class="el-form-item__content"><input aria-label="日期"></div></div></form>`;
    expect(detectFields(document).map((f) => [f.label, f.key])).toEqual([['户主', 'resident.name'], ['户主电话', 'resident.phone'], ['走访日期', 'visit.date']]);
  });

  it('reads a label put as a question by the field’s name in brackets after it, and only then', () => {
    document.body.innerHTML = `<form>
      <div><span>老人住在哪里（家庭住址）</span><input name="a"></div>
      <div><span>跟谁同住（是/否）</span><input name="b"></div>
      <div><span>联系电话（家庭住址）</span><input name="c"></div></form>`;
    expect(detectFields(document).map((f) => f.key)).toEqual(['resident.address', null, 'resident.phone']);
  });

  it('reads a label after its box past the arrow pointing at it, and plain questions as the fields they ask for', () => {
    document.body.innerHTML = `<form>
      <p><textarea id="q1"></textarea><label for="q1">⇐ 今天看到了什么</label></p>
      <p><input id="q2"><label for="q2">⇐ 哪一天</label></p>
      <p><input id="q3"><label for="q3">⇐ 在哪里</label></p>
      <p><input id="q4"><label for="q4">⇐ 跟谁一同走访的</label></p>
      <p><input id="q5"><label for="q5">⇐ 他叫什么</label></p>
      <p><input id="q6"><label for="q6">⇐ 跟谁同住</label></p></form>`;
    expect(detectFields(document).map((f) => f.key)).toEqual([
      'visit.content', 'visit.date', 'visit.location', 'visit.companions', 'resident.name', null,
    ]);
    document.body.innerHTML = `<form>
      <p><textarea id="q7"></textarea><label for="q7">⇐ 老人讲了哪些事情</label></p>
      <p><textarea id="q8"></textarea><label for="q8">⇐ 如何解决</label></p></form>`;
    expect(detectFields(document).map((f) => f.key)).toEqual(['issue.description', 'issue.measures']);
  });

  it('takes a plain text over several boxes that name themselves (title, aria-label) as their section, not their label', () => {
    document.body.innerHTML = `<form><div class="grp"><div class="grp-t">诉求事项</div>
      <input name="a" title="接待日期"><input name="b" title="诉求标题"><textarea name="c" aria-label="诉求具体内容"></textarea></div>
      <div class="grp"><div class="grp-t">联系电话</div><input name="d" title="请输入"></div>
      <div class="grp"><div class="grp-t">经办人</div><input name="e" title="姓名"><input name="f" aria-label="手机"></div>
      <div class="grp"><div class="grp-t">户主姓名</div><input name="g" title="姓"><input name="h"></div></form>`;
    expect(detectFields(document).map((f) => [f.label, f.key])).toEqual([
      ['接待日期', 'visit.date'], ['诉求标题', 'issue.title'], ['诉求具体内容', 'issue.description'], ['联系电话', 'resident.phone'],
      ['姓名', 'officer.name'], ['手机', 'officer.phone'], ['户主姓名', 'resident.name'], expect.anything(),
    ]);
    expect(detectFields(document)[4].section).toBe('经办人');
  });

  it('reads a choice group by the name its box gives screen readers, but not by a section box around several fields', () => {
    document.body.innerHTML = `<form>
      <div role="radiogroup" aria-label="性别"><label><input type="radio" name="s" value="1">男</label><label><input type="radio" name="s" value="2">女</label></div>
      <span id="t">人员类别</span><div role="group" aria-labelledby="t"><label><input type="checkbox" name="c" value="1">独居老人</label><label><input type="checkbox" name="c" value="2">低保户</label></div>
      <div role="group" aria-label="家属信息"><span>关系</span><label><input type="radio" name="r" value="1">配偶</label><label><input type="radio" name="r" value="2">子女</label><input name="n"></div></form>`;
    expect(detectFields(document).map((f) => [f.label, f.key])).toEqual([['性别', 'resident.gender'], ['人员类别', 'resident.tags'], ['关系', null], expect.anything()]);
  });

  it('takes a framework’s default name for a choice box (radio-group) as no label: the item’s own label names the group', () => {
    document.body.innerHTML = `<form>
      <div><div role="group" aria-label="checkbox-group"><label><input type="checkbox" name="c" value="1">独居</label><label><input type="checkbox" name="c" value="2">空巢</label></div></div>
      <div class="form-group"><label class="control-label">性别</label><div role="radiogroup" aria-label="radio-group"><label><input type="radio" name="s" value="1">男</label><label><input type="radio" name="s" value="2">女</label></div></div></form>`;
    expect(detectFields(document).map((f) => [f.label, f.key])).toEqual([['', null], ['性别', 'resident.gender']]);
  });

  it('reads the title row above a box alone in its table row, but not the table’s own title nor over the cell’s own words', () => {
    document.body.innerHTML = `<form><table>
      <tr><td colspan="2">入户走访登记表</td></tr>
      <tr><td colspan="2"><textarea name="a"></textarea></td></tr>
      <tr><td>户主姓名</td><td><input name="b"></td></tr>
      <tr><td colspan="2">反映问题</td></tr>
      <tr><td colspan="2"><textarea name="c"></textarea></td></tr>
      <tr><td colspan="2">慰问情况</td></tr>
      <tr><td colspan="2">整改措施：<br><textarea name="d"></textarea></td></tr></table></form>`;
    expect(detectFields(document).map((f) => [f.label, f.key])).toEqual([
      ['', null], ['户主姓名', 'resident.name'], ['反映问题', 'issue.description'], ['整改措施：', 'issue.measures'],
    ]);
  });

  it('passes over a hint or a bracketed remark between a label and its box', () => {
    document.body.innerHTML = `<form>
      <div class="f"><label>身份证号</label><div class="tip">（与户口簿一致）</div><input name="a"></div>
      <div class="f"><div>联系电话</div><div>请填写本人常用手机</div><input name="b"></div></form>`;
    expect(detectFields(document).map((f) => [f.label, f.key])).toEqual([['身份证号', 'resident.idNumber'], ['联系电话', 'resident.phone']]);
  });

  it('reads aria-labelledby naming a section and a label as the label, the section saying whose', () => {
    document.body.innerHTML = `<form><h4 id="h1">经办人员</h4><span id="n1">手机号码</span><input aria-labelledby="h1 n1">
      <h4 id="h2">诉求人</h4><span id="n2">手机号码</span><input aria-labelledby="h2 n2"></form>`;
    expect(detectFields(document).map((f) => [f.label, f.key])).toEqual([['手机号码', 'officer.phone'], ['手机号码', 'resident.phone']]);
  });

  it('does not guess which label is whose when labels stand in a column of their own beside a column of boxes', () => {
    document.body.innerHTML = `<form><div class="row">
      <div class="names"><div>户主姓名</div><div>联系电话</div><div>家庭住址</div></div>
      <div class="boxes"><input name="a"><input name="b"><input name="c"></div></div>
      <div class="row"><div class="name"><span>走访日期</span><span>（年月日）</span></div><div class="box"><input name="d"></div></div></form>`;
    expect(detectFields(document).map((f) => f.key)).toEqual([null, null, null, 'visit.date']);
  });

  it('reads a row of names right above one row of boxes as their labels, but not above a grid of several rows', () => {
    document.body.innerHTML = `<form><table><tr><td>诉求人</td><td>来电号码</td></tr><tr><td><input name="a"></td><td><input name="b"></td></tr></table>
      <table><tr><td>姓名</td><td>手机</td></tr><tr><td><input name="c"></td><td><input name="d"></td></tr>
      <tr><td><input name="e"></td><td><input name="f"></td></tr></table></form>`;
    expect(detectFields(document).map((f) => f.key)).toEqual(['resident.name', 'resident.phone', null, null, null, null]);
  });

  it('takes a plain text standing over several labelled fields as their section, so it says whose they are', () => {
    document.body.innerHTML = `<form><p><b>一、经办人员</b></p><p>姓名：<input name="a"></p><p>手机：<input name="b"></p>
      <p><b>二、诉求人</b></p><p>姓名：<input name="c"></p><p>手机：<input name="d"></p>
      <div>走访时间</div><input name="e"> <input name="f"><div>户主姓名</div><input name="g"></form>`;
    const fields = detectFields(document);
    // 户主姓名 under 二、诉求人 beside its own 姓名: a second person of that section (one resident per section).
    expect(fields.map((f) => f.key)).toEqual(['officer.name', 'officer.phone', 'resident.name', 'resident.phone', 'visit.date', null, null]);
    expect(fields.slice(0, 4).map((f) => f.section)).toEqual(['一、经办人员', '一、经办人员', '二、诉求人', '二、诉求人']);
  });

  it('does not take a help text after the box (请输入…) for its caption', () => {
    document.body.innerHTML = `<form><div class="row"><div class="col-3">联系电话</div><div class="col-9"><input name="p"><span class="help">请输入户主手机号</span></div></div></form>`;
    expect(detectFields(document).map((f) => [f.label, f.key])).toEqual([['联系电话', 'resident.phone']]);
  });

  it('reads a caption after its box in the box’s own block, not the caption of the box before', () => {
    document.body.innerHTML = `<form>
      <div class="fld"><input name="a"><em>户主姓名</em></div>
      <div class="fld"><input name="b"><em>联系电话</em></div>
      <div class="fld"><input name="c"> 元/月<em>家庭月收入</em></div>
      <div><label>走访日期</label><input name="e" type="date"></div></form>`;
    const fields = detectFields(document);
    expect(fields.map((f) => f.label)).toEqual(['户主姓名', '联系电话', '家庭月收入', '走访日期']);
    expect(fields.map((f) => f.key)).toEqual(['resident.name', 'resident.phone', null, 'visit.date']);
  });

  it('reads table cells to the left, and section rows above, in a legacy table form', () => {
    document.body.innerHTML = `
      <form><table>
        <tr><td colspan="4">诉求人信息</td></tr>
        <tr><td>*户主姓名：</td><td><input name="f1"></td><td>联系电话：</td><td><input name="f2"></td></tr>
        <tr><td colspan="4">填报人信息</td></tr>
        <tr><td>填 报 人：</td><td><input name="f3"></td><td>联系电话：</td><td><input name="f4"></td></tr>
        <tr><td>人员类别：</td><td><label><input type="checkbox" name="t" value="1">独居老人</label><label><input type="checkbox" name="t" value="2">低保户</label>
          其他(请注明)：<input name="other"></td></tr>
      </table></form>`;
    const fields = detectFields(document);
    expect(fields.map((f) => f.key)).toEqual(['resident.name', 'resident.phone', 'officer.name', 'officer.phone', 'resident.tags', null]);
    expect(fields[1].section).toBe('诉求人信息');
    expect(fields[4].kind).toBe('checkbox');
  });

  it('takes a title over a run of bare placeholder-only boxes as their section, but a title before one box as its label', () => {
    document.body.innerHTML = `
      <form><div class="card"><div class="card-title">入户核查</div>
        <input name="a" placeholder="核查日期"><input name="b" placeholder="核查地点"><textarea name="c" placeholder="核查情况"></textarea></div>
      <div class="pair"><div class="item-title">联系电话</div><input name="d"><div class="item-title">家庭住址</div><input name="e"></div>
      <fieldset><legend>身份证号</legend><input name="f"><label>民族：<select name="g"><option>汉族</option></select></label></fieldset></form>`;
    const fields = detectFields(document);
    expect(fields.map((f) => [f.label, f.key])).toEqual([
      ['核查日期', 'visit.date'], ['核查地点', 'visit.location'], ['核查情况', 'visit.content'],
      ['联系电话', 'resident.phone'], ['家庭住址', 'resident.address'], ['身份证号', 'resident.idNumber'], ['民族：', null],
    ]);
  });

  it('reads label[for], wrapping labels, aria-labelledby, framework form-item labels and placeholders', () => {
    document.body.innerHTML = `
      <form>
        <label for="a">身份证号</label><input id="a">
        <label>家庭住址 <input></label>
        <span id="lbl">走访日期</span><input aria-labelledby="lbl">
        <div class="el-form-item"><label class="el-form-item__label" for="title">工单标题</label><div class="el-form-item__content"><div class="el-input"><input class="el-input__inner"></div></div></div>
        <div class="layui-form-item"><label class="layui-form-label">所属网格</label><div class="layui-input-block"><input class="layui-input"></div></div>
        <div><input placeholder="请输入诉求内容"></div>
      </form>`;
    expect(detectFields(document).map((f) => [f.key, f.labelSource])).toEqual([
      ['resident.idNumber', 'label-for'],
      ['resident.address', 'wrapping-label'],
      ['visit.date', 'aria-labelledby'],
      ['issue.title', 'form-item'],
      ['place.grid', 'form-item'],
      ['issue.description', 'placeholder'],
    ]);
  });

  it('reads text above a field, and pinyin names only when nothing visible names it', () => {
    document.body.innerHTML = `
      <form>
        <div class="row"><div class="lbl"><span style="color:red">*</span>问题类别</div><div><select><option value="">请选择</option><option>环境卫生</option></select></div></div>
        <input name="sfzh"><input name="input_1023">
      </form>`;
    expect(detectFields(document).map((f) => [f.key, f.labelSource])).toEqual([
      ['issue.category', 'text-before'],
      ['resident.idNumber', 'name'],
      [null, null],
    ]);
  });

  it('takes officer.* on a page about the user themself', () => {
    document.title = '个人中心 - 个人资料';
    document.body.innerHTML = '<form><label>姓名<input></label><label>联系电话<input></label><label>职务<input></label></form>';
    expect(detectFields(document).map((f) => f.key)).toEqual(['officer.name', 'officer.phone', 'officer.position']);
  });

  it('reads a mobile page\'s nav bar (adm-nav-bar-title) with its back button (‹个人资料) as the page\'s name, not a person', () => {
    document.title = '我的';
    document.body.innerHTML = '<div class="adm-nav-bar"><div class="adm-nav-bar-title">‹个人资料</div></div><form><div>基本资料</div><label>手机号码<input></label><div>工作信息</div><label>所在单位<input></label></form>';
    expect(detectFields(document).map((f) => f.key)).toEqual(['officer.phone', 'officer.unit']);
  });

  it('takes a section about the body one works for (组织信息) on the user\'s own page as the user\'s unit and post', () => {
    document.title = '我的信息';
    document.body.innerHTML = '<h1>我的信息</h1><form><h3>基本信息</h3><label>姓名<input></label><h3>组织信息</h3><label>所在单位<input></label><label>职务<input></label></form>';
    expect(detectFields(document).map((f) => f.key)).toEqual(['officer.name', 'officer.unit', 'officer.position']);
    // On a form about somebody else, the organisation's section is the organisation's.
    document.title = '企业走访登记';
    document.body.innerHTML = '<h1>企业走访登记</h1><form><h3>组织信息</h3><label>联系人<input></label><label>职务<input></label></form>';
    expect(detectFields(document).map((f) => f.key)).toEqual([null, null]);
  });

  it('leaves out passwords, files, hidden, disabled, captchas and search boxes; keys nothing unknown', () => {
    document.body.innerHTML = `
      <header><input placeholder="请输入关键字"><button>搜索</button></header>
      <form>
        <label>密码<input type="password"></label><label>附件<input type="file"></label><input type="hidden" name="xm">
        <label>姓名<input disabled></label><label>联系电话<input style="display:none"></label>
        <label>验证码<input></label><label>备注<textarea></textarea></label><label>年龄<input></label>
        <label>审核意见<input></label><label>其他(请注明)<input></label><label>紧急联系人电话<input></label>
      </form>`;
    const fields = detectFields(document);
    expect(fields).toHaveLength(6);
    expect(fields.every((f) => f.key === null && f.reason)).toBe(true);
  });

  it('leaves out a box that says it searches (before or after what it looks up), or antd\'s search input, even inside the form', () => {
    document.body.innerHTML = `<form><span class="ant-input-search"><input class="ant-input" placeholder="问题标题"></span>
      <input placeholder="搜索问题标题/责任单位"><input placeholder="请输入关键字"><input placeholder="输入工单编号查询">
      <label>责任单位<input></label></form>`;
    expect(detectFields(document).map((f) => f.key)).toEqual(['issue.ownerUnit']);
  });

  it('reads a choice of 联系方式 offering ways of meeting as how the visit was made, under a heading of the handler\'s too', () => {
    const way = (name: string) => `<label><input type="radio" name="lxfs">${name}</label>`;
    document.body.innerHTML = `<form><h4>承办反馈</h4><label>承办人<input></label><label>联系群众时间<input placeholder="yyyy-MM-dd"></label>
      <div class="el-form-item"><label class="el-form-item__label">联系方式</label><div>${way('电话回访')}${way('入户走访')}${way('短信')}</div></div>
      <div class="el-form-item"><label class="el-form-item__label">联系方式</label><div><label><input type="radio" name="b">手机</label><label><input type="radio" name="b">固话</label></div></div></form>`;
    expect(detectFields(document).map((f) => f.key).slice(2)).toEqual(['visit.type', null]);
  });

  it('reads 联系方式 on a mobile picker (readonly, 请选择) as how the visit was made, never a phone number', () => {
    document.body.innerHTML = `<form><label for="a">联系方式</label><input id="a" readonly placeholder="请选择">
      <label for="b">联系方式</label><input id="b" placeholder="请输入手机号"></form>`;
    expect(detectFields(document).map((f) => f.key)).toEqual(['visit.type', 'resident.phone']);
  });

  it('fills an empty readonly box the page asks to pick into, but not one that keeps a code or fills itself', async () => {
    document.body.innerHTML = `<form><table>
      <tr><td>责任单位：</td><td><input name="a" readonly placeholder="请选择部门"> <button type="button">…</button></td></tr>
      <tr><td>责任单位：</td><td><input name="b" readonly title="点击选择"><input type="hidden" name="b_id"></td></tr>
      <tr><td>责任单位：</td><td><input name="c" readonly placeholder="系统自动带出"></td></tr>
      <tr><td>责任单位：</td><td><input name="d" readonly title="点击选择" value="城管科"></td></tr>
      <tr><td>所属社区：</td><td><input name="e" readonly placeholder="选择网格后自动带出"></td></tr>
    </table></form>`;
    expect(detectFields(document).map((f) => (f.element as HTMLInputElement).name)).toEqual(['a']);
    await fillFields(document, { 'issue.ownerUnit': '街道城管办' });
    expect((document.querySelector('input[name=a]') as HTMLInputElement).value).toBe('街道城管办');
  });

  it('skips a list page filter form (only 查询/重置 buttons) and spare fields like 联系电话2', () => {
    document.body.innerHTML = `
      <form id="q"><label>姓名<input></label><label>身份证号<input></label><button>查询</button><button>重置</button></form>
      <form><label>联系电话<input></label><label>联系电话2<input></label><button>保存</button></form>`;
    expect(detectFields(document).map((f) => f.key)).toEqual(['resident.phone', null]);
  });

  it('skips a filter form whose only button shows a magnifier without words (layui-icon-search)', () => {
    document.body.innerHTML = `
      <form class="layui-form"><label>服务对象<input name="s_dx"></label><button type="button" class="layui-btn"><i class="layui-icon layui-icon-search"></i></button></form>
      <form class="layui-form"><label>联系户户主<input name="hzxm"></label></form>`;
    expect(detectFields(document).map((f) => f.key)).toEqual(['resident.name']);
  });

  it('leaves a box whose remark right after it says somebody else fills it (乡镇儿童督导员：[ ]（由乡镇填写）)', () => {
    document.body.innerHTML = `<form><fieldset><legend>走访人</legend><div><span>儿童主任：</span><input name="a"> <span>联系电话：</span><input name="b"></div>
      <div><span>乡镇儿童督导员：</span><input name="c"> <span>（由乡镇填写）</span></div></fieldset></form>`;
    const fields = detectFields(document);
    expect(fields.map((f) => f.key)).toEqual(['officer.name', 'officer.phone', null]);
    expect(fields[2].reason).toContain('由别人填写');
  });

  it('leaves a section its heading gives to somebody else (以下由供热企业填写), but not one the user fills (由网格员填写)', () => {
    document.body.innerHTML = `<form><h3>测温记录</h3><label>走访人<input></label><h3>以下由供热企业填写</h3><label>姓名<input></label>
      <label>处理结果<textarea></textarea></label><h3>以下由网格员填写</h3><label>走访日期<input></label></form>`;
    const fields = detectFields(document);
    expect(fields.map((f) => f.key)).toEqual(['officer.name', null, null, 'visit.date']);
    expect(fields[2].reason).toContain('由别人填写');
    // A section named for its content, with a remark on who fills it, may still be the user's.
    document.body.innerHTML = `<form><h3>销号信息（整改完成后由街道督查室填写）</h3><label>填报人<input></label></form>`;
    expect(detectFields(document).map((f) => f.key)).toEqual(['officer.name']);
  });

  it('skips a framework\'s inline filter bar whose 新增 opens the record\'s form elsewhere, but not a block form with 查询 and 新增', () => {
    document.body.innerHTML = `
      <form class="el-form el-form--inline"><label class="el-form-item__label">检查日期</label><input name="q1"><button>查询</button><button>新增</button></form>
      <form class="el-form"><label>检查日期<input name="d1"></label><button>查询</button><button>新增</button></form>`;
    expect(detectFields(document).map((f) => f.key)).toEqual(['visit.date']);
  });

  it('keeps a page\'s one form (ASP.NET) whose header search has 查询 and whose own button is spaced out (保 存)', () => {
    document.body.innerHTML = `<form><div>站内搜索：<input name="kw"><input type="submit" value="查询"></div>
      <table><tr><td>户主姓名：</td><td><input name="a"></td></tr><tr><td>联系电话：</td><td><input name="b"></td></tr></table>
      <input type="submit" value="保 存"></form>`;
    // The search box itself keys nothing.
    expect(detectFields(document).map((f) => f.key)).toEqual([null, 'resident.name', 'resident.phone']);
  });

  it('gives each field of a form row that holds several its own label, not the row\'s first', () => {
    document.body.innerHTML = `<form>
      <div class="form-group"><label class="control-label">户主姓名</label><input name="a">
        <label class="control-label">家庭住址</label><input name="b"></div>
      <div class="layui-form-item"><label class="layui-form-label">是否低保</label>
        <input type="radio" name="db" value="1" id="db1"><label for="db1">是</label>
        <input type="radio" name="db" value="0" id="db0"><label for="db0">否</label></div>
      <div class="form-group"><label class="control-label">是否独居</label>
        <label><input type="radio" name="dj" value="1">是</label><label><input type="radio" name="dj" value="0">否</label>
        <input name="c"></div>
    </form>`;
    // An option's own text (是/否) is never the label of the box after it.
    expect(detectFields(document).map((f) => f.label)).toEqual(['户主姓名', '家庭住址', '是否低保', '是否独居', '是否独居']);
  });

  it('reads a choice group\'s own <label> as its lead, but stops at an option\'s label', () => {
    document.body.innerHTML = `<form>
      <div>年龄 <input name="nl"> 岁</div>
      <div><label for="none">人员类别</label>：<label><input type="checkbox" name="rl" value="1">独居老人</label><label><input type="checkbox" name="rl" value="2">低保户</label></div>
      <div>性别 <label for="m">男</label><input type="radio" id="m" name="xb"><label for="f">女</label><input type="radio" id="f" name="xb"></div>
    </form>`;
    expect(detectFields(document).map((f) => f.label)).toEqual(['年龄', '人员类别：', '性别']);
  });

  it('reads a title-styled label over one radio group, but not a section title over several fields', () => {
    document.body.innerHTML = `<form>
      <div class="van-cell"><div class="van-cell__title">性别</div><div class="van-cell__value"><div role="radiogroup">
        <label><input type="radio" name="g" value="1">男</label><label><input type="radio" name="g" value="2">女</label></div></div></div>
      <div class="row"><div class="item-title">是否独居</div><div><label><input type="radio" name="dj">是</label><label><input type="radio" name="dj">否</label></div></div>
      <div class="block-title">家属信息</div><div><input name="jsxm"><input name="jsdh"></div>
    </form>`;
    expect(detectFields(document).map((f) => [f.label, f.key])).toEqual([['性别', 'resident.gender'], ['是否独居', null], ['', null], ['', null]]);
  });

  it('does not give a column header to a grid\'s row checkboxes, nor let them hide the field under it', () => {
    document.body.innerHTML = `<form><table>
      <thead><tr><th></th><th>姓名</th><th>人员类别</th></tr></thead>
      <tbody><tr><td><input type="checkbox" name="pick" value="1"></td><td>张某</td><td>低保户</td></tr>
        <tr><td><input type="checkbox" name="pick" value="2"></td><td><input name="xm"></td>
          <td><select name="lb"><option value=""></option><option>低保户</option><option>独居老人</option></select></td></tr></tbody>
    </table></form>`;
    const fields = detectFields(document);
    expect(fields.map((f) => [f.label, f.key])).toEqual([['', null], ['姓名', 'resident.name'], ['人员类别', 'resident.tags']]);
  });

  it('does not key a grid of people or a label repeated in one section', () => {
    document.body.innerHTML = `<form>
      <label>姓名<input></label>
      <table><thead><tr><th>姓名</th><th>联系电话</th></tr></thead>
        <tr><td><input></td><td><input></td></tr><tr><td><input></td><td><input></td></tr></table>
      <div>姓名</div><input><div>联系电话</div><input><div>联系电话</div><input>
    </form>`;
    expect(detectFields(document).map((f) => f.key)).toEqual(['resident.name', null, null, null, null, null, 'resident.phone', null]);
  });

  it('does not key a box known only by its name when a labelled box of its section holds that key (a second person\'s column)', () => {
    document.body.innerHTML = `<form>
      <table><tr><th>性别</th><td><select><option>男</option><option>女</option></select></td>
        <td><select name="pogr_xb"><option>男</option><option>女</option></select></td></tr></table>
      <input name="lxdh">
    </form>`;
    expect(detectFields(document).map((f) => f.key)).toEqual(['resident.gender', null, 'resident.phone']);
  });

  it('reads a table laid out a person per column by the header over each box (走访对象 | 紧急联系人, 核查人（一） | 核查人（二）)', () => {
    document.body.innerHTML = `<form>
      <table><thead><tr><th></th><th>走访对象</th><th>紧急联系人</th></tr></thead>
        <tr><td>姓名</td><td><input></td><td><input></td></tr><tr><td>手机</td><td><input></td><td><input></td></tr></table>
      <table><tr><th></th><th>核查人（一）</th><th>核查人（二）</th></tr>
        <tr><td>姓名</td><td><input></td><td><input></td></tr><tr><td>工作单位</td><td><input></td><td><input></td></tr></table>
    </form>`;
    expect(detectFields(document).map((f) => f.key)).toEqual(['resident.name', null, 'resident.phone', null, 'officer.name', 'visit.companions', 'officer.unit', null]);
  });

  it('skips login forms and addresses of where an event happened', () => {
    document.body.innerHTML = `
      <form><input placeholder="请输入手机号码"><input placeholder="短信验证码"><button>登录</button></form>
      <form><h3>诉求人信息</h3><label>详细地址<input></label><h3>事发地点</h3><label>详细地址<input></label><button>提交</button></form>`;
    expect(detectFields(document).map((f) => f.key)).toEqual(['resident.address', null]);
  });

  it('reads generic labels (标题, 内容) by what the form is about, and leaves them when unclear', () => {
    document.body.innerHTML = '<form><label>标题<input></label><label>诉求类型<input></label><label>内容<textarea></textarea></label></form>';
    expect(detectFields(document).map((f) => f.key)).toEqual(['issue.title', 'issue.category', 'issue.description']);
    document.body.innerHTML = '<form><label>走访日期<input></label><label>内容<textarea></textarea></label></form>';
    expect(detectFields(document).map((f) => f.key)).toEqual(['visit.date', 'visit.content']);
    document.body.innerHTML = '<form><label>姓名<input></label><label>内容<textarea></textarea></label></form>';
    expect(detectFields(document).map((f) => f.key)).toEqual(['resident.name', null]);
  });

  it('reads a bare 时间 or 地点 by what the form is about', () => {
    document.body.innerHTML = '<form><label>慰问情况<textarea></textarea></label><label>时间<input></label><label>地点<input></label></form>';
    expect(detectFields(document).map((f) => f.key)).toEqual(['visit.content', 'visit.date', 'visit.location']);
    document.body.innerHTML = '<form><label>课题名称<input></label><label>时间<input></label><label>地点<input></label></form>';
    expect(detectFields(document).map((f) => f.key)).toEqual(['topic.title', null, 'topic.location']);
    document.body.innerHTML = '<form><label>问题描述<textarea></textarea></label><label>时间<input></label><label>地点<input></label></form>';
    expect(detectFields(document).map((f) => f.key)).toEqual(['issue.description', null, null]);
  });

  it('takes a registration date as the visit\'s only on a form about no matter', () => {
    document.body.innerHTML = '<form><label>户主姓名<input></label><label>登记时间<input></label></form>';
    expect(detectFields(document).map((f) => f.key)).toEqual(['resident.name', 'visit.date']);
    document.body.innerHTML = '<form><label>诉求内容<textarea></textarea></label><label>填报单位<input></label><label>登记时间<input></label></form>';
    expect(detectFields(document).map((f) => f.key)).toEqual(['issue.description', 'officer.unit', null]);
  });

  it('reads a 服务方式 or 家庭类别 by its options: visit ways and care categories only', () => {
    document.body.innerHTML = `<form>
      <label>服务形式<select><option>上门走访</option><option>电话联系</option></select></label>
      <label>帮扶方式<select><option>产业帮扶</option><option>就业帮扶</option></select></label>
      <label>服务方式<input></label>
      <table><tr><td>家庭类别：</td><td><label><input type="checkbox" name="j" value="1">空巢老人户</label><label><input type="checkbox" name="j" value="2">重残家庭</label></td></tr>
      <tr><td>家庭类型：</td><td><label><input type="radio" name="k" value="1">单亲家庭</label><label><input type="radio" name="k" value="2">双职工家庭</label></td></tr>
      <tr><td>特殊情况：</td><td><label><input type="radio" name="s" value="1">独居</label><label><input type="radio" name="s" value="2">无</label></td></tr></table>
    </form>`;
    // A single choice (独居 or 无) is no list of care categories.
    expect(detectFields(document).map((f) => f.key)).toEqual(['visit.type', null, null, 'resident.tags', null, null]);
  });

  it('leaves residents\' representatives asked as those at a meeting (村民代表 [参会的村民代表姓名]): several people', () => {
    document.body.innerHTML = `<h2>村民议事会记录</h2><form><label>召开时间<input></label><label>参会人员<input></label>
      <label>村民代表<input placeholder="参会的村民代表姓名"></label><label>会议讨论情况<textarea></textarea></label><label>记录人<input></label></form>`;
    expect(detectFields(document).map((f) => f.key)).toEqual(['visit.date', 'visit.companions', null, 'visit.content', 'officer.name']);
  });

  it('reads a log\'s 工作类型 as the visit\'s way only when it offers a visit', () => {
    document.body.innerHTML = `<form>
      <label>工作类型<select><option value="">请选择</option><option>召开会议</option><option>入户走访</option></select></label>
      <label>工作类型<select><option value="">请选择</option><option>召开会议</option><option>产业指导</option></select></label>
    </form>`;
    expect(detectFields(document).map((f) => f.key)).toEqual(['visit.type', null]);
  });

  it('takes the street, community and grid of an event found on a patrol (事件位置), not of another party\'s section', () => {
    document.body.innerHTML = `<form><label>发现时间<input></label><h3>事件位置</h3><label>居委<input></label><label>责任网格<input></label>
      <label>事发地址<input></label><h3>被申请人</h3><label>所属社区<input></label></form>`;
    expect(detectFields(document).map((f) => f.key)).toEqual(['visit.date', 'place.community', 'place.grid', null, null]);
  });

  it('reads a survey\'s 征集方式 as the visit\'s way only when it offers a visit', () => {
    document.body.innerHTML = `<form><label>征集方式<select><option value="">--请选择--</option><option>入户走访</option><option>问卷扫码</option></select></label>
      <label>征集方式<select><option value="">--请选择--</option><option>问卷扫码</option><option>来信</option></select></label></form>`;
    expect(detectFields(document).map((f) => f.key)).toEqual(['visit.type', null]);
  });

  it('reads a summary and a project by what the form is about', () => {
    document.body.innerHTML = '<form><label>摘要<input></label><label>诉求内容<textarea></textarea></label><label>问题类别<input></label></form>';
    expect(detectFields(document).map((f) => f.key)).toEqual(['issue.title', 'issue.description', 'issue.category']);
    document.body.innerHTML = '<form><label>报告标题<input></label><label>内容摘要<textarea></textarea></label><label>报告正文<textarea></textarea></label></form>';
    expect(detectFields(document).map((f) => f.key)).toEqual(['report.title', null, 'report.body']);
    document.body.innerHTML = '<form><label>项目名称<input></label><label>项目内容<textarea></textarea></label><label>责任单位<input></label><label>完成时限<input></label></form>';
    expect(detectFields(document).map((f) => f.key)).toEqual(['issue.title', 'issue.description', 'issue.ownerUnit', 'issue.deadline']);
    document.body.innerHTML = '<form><label>项目名称<input></label><label>项目来源<input></label><label>调研方式<input></label><label>调研地点<input></label></form>';
    expect(detectFields(document).map((f) => f.key)).toEqual(['topic.title', null, 'topic.method', 'topic.location']);
  });

  it('reads how a resident lives as the care category only when it offers living alone or left behind', () => {
    document.body.innerHTML = `<form>
      <label>居住状况<select><option>请选择</option><option>孤寡</option><option>与配偶同住</option></select></label>
      <label>居住类型<select><option>自有住房</option><option>租住</option></select></label>
    </form>`;
    expect(detectFields(document).map((f) => f.key)).toEqual(['resident.tags', null]);
  });

  it('takes a leader who names no matter (分管领导) as the topic\'s lead, except on an issue or visit form', () => {
    document.body.innerHTML = '<form><label>课题名称<input></label><label>分管领导<input></label></form>';
    expect(detectFields(document).map((f) => f.key)).toEqual(['topic.title', 'topic.lead']);
    document.body.innerHTML = '<form><label>问题描述<textarea></textarea></label><label>整改措施<textarea></textarea></label><label>分管领导<input></label></form>';
    expect(detectFields(document).map((f) => f.key)).toEqual(['issue.description', 'issue.measures', null]);
  });

  it('gives a bare 工作单位 to the user only when the form is not about a resident', () => {
    document.body.innerHTML = '<form><label>工作单位<input></label><label>职务<input></label></form>';
    expect(detectFields(document).map((f) => f.key)).toEqual(['officer.unit', 'officer.position']);
    document.body.innerHTML = '<form><label>姓名<input></label><label>工作单位<input></label></form>';
    expect(detectFields(document).map((f) => f.key)).toEqual(['resident.name', null]);
  });

  it('keeps a form control whose own class mentions search (a searchable dropdown)', () => {
    document.body.innerHTML = `<div class="top-search"><input placeholder="请输入身份证号查询"></div>
      <form><label for="s">所属社区</label><select id="s" class="js-search"><option value="">请选择</option><option>光明社区</option></select></form>`;
    expect(detectFields(document).map((f) => f.key)).toEqual(['place.community']);
  });

  it('descends into same-origin iframes and open shadow roots', () => {
    document.body.innerHTML = '<form><label>姓名<input></label></form><iframe></iframe><my-form></my-form>';
    const inner = document.querySelector('iframe')!.contentDocument!;
    inner.body.innerHTML = '<label>走访内容<textarea></textarea></label><iframe></iframe>';
    inner.querySelector('iframe')!.contentDocument!.body.innerHTML = '<label>所属社区<input></label>';
    const shadow = document.querySelector('my-form')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<fieldset><legend>填报人信息</legend><label>联系电话<input></label></fieldset>';
    const fields = detectFields(document);
    expect(fields.map((f) => [f.key, f.framePath])).toEqual([
      ['resident.name', []],
      ['visit.content', [0]],
      ['place.community', [0, 0]],
      ['officer.phone', []],
    ]);
  });

  it('applies template overrides before the heuristics', () => {
    document.body.innerHTML = '<form><label>联络人<input name="llr"></label><label>联系电话<input name="dh"></label></form>';
    const fields = detectFields(document, {
      overrides: [
        { selector: { label: '联络人' }, key: 'resident.name' },
        { selector: { name: 'dh' }, key: null },
      ],
    });
    expect(fields.map((f) => [f.key, f.labelSource])).toEqual([['resident.name', 'template'], [null, 'template']]);
  });
});

describe('detectFields: whose a bare contact is, by what the page is for', () => {
  const contactFields = (title: string, rows: string) => {
    document.title = title;
    document.body.innerHTML = `<form><table>${rows}<tr><td>联系人</td><td><input name="c1"></td><td>手机号码</td><td><input name="c2"></td></tr></table></form>`;
    return detectFields(document).slice(-2).map((f) => f.key);
  };

  it('is the user on a page named for the user\'s own research or submitted material, even when no field names it', () => {
    expect(contactFields('年度课题立项申请', '<tr><td>研究周期</td><td><input name="a"></td></tr>')).toEqual(['officer.name', 'officer.phone']);
    expect(contactFields('工作材料提交', '<tr><td>材料份数</td><td><input name="a"></td></tr>')).toEqual(['officer.name', 'officer.phone']);
  });

  it('stays the resident on other pages, or where a resident is on the form', () => {
    expect(contactFields('群众诉求受理', '<tr><td>诉求摘要</td><td><input name="a"></td></tr>')).toEqual(['resident.name', 'resident.phone']);
    expect(contactFields('入户调研登记', '<tr><td>受访居民住址</td><td><input name="a"></td></tr>')).toEqual(['resident.name', 'resident.phone']);
  });
});

describe('fillFields in a plain DOM', () => {
  beforeEach(() => {
    document.body.innerHTML = `
      <form id="f">
        <label>姓名<input name="xm"></label>
        <label>性别</label><span><label><input type="radio" name="xb" value="1">男</label><label><input type="radio" name="xb" value="2">女</label></span>
        <label>走访方式<select name="fs"><option value="">请选择</option><option value="a">入户走访</option><option value="b">座谈</option></select></label>
        <label>走访日期<input name="rq" placeholder="yyyy/MM/dd"></label>
        <label>联系电话<input name="dh" value="已填的号码"></label>
        <label>验证码<input name="yzm"></label>
      </form>`;
  });

  it('fills by key, fires input/change, keeps what the user typed, and undoes', async () => {
    const events: string[] = [];
    document.querySelector('input[name=xm]')!.addEventListener('input', () => events.push('input'));
    document.querySelector('select')!.addEventListener('change', () => events.push('change'));
    const report = await fillFields(document, {
      'resident.name': '王小明', 'resident.gender': '女', 'visit.type': '入户走访', 'visit.date': '2026-11-20',
      'resident.phone': '13812345678', 'issue.owner': '陈伟',
    });
    const form = document.getElementById('f') as HTMLFormElement;
    const data = () => Object.fromEntries(new FormData(form));
    expect(data()).toEqual({ xm: '王小明', xb: '2', fs: 'a', rq: '2026/11/20', dh: '已填的号码', yzm: '' });
    expect(events).toEqual(['input', 'change']);
    expect(report.filled.map((f) => f.key)).toEqual(['resident.name', 'resident.gender', 'visit.type', 'visit.date']);
    expect(report.skipped).toEqual(expect.arrayContaining([
      expect.objectContaining({ key: 'resident.phone', reason: '已有内容，未覆盖' }),
      expect.objectContaining({ key: 'issue.owner', reason: '页面上没有找到这个字段' }),
      expect.objectContaining({ label: '验证码', reason: expect.stringContaining('不自动填写') }),
    ]));
    const undo = await report.undo();
    expect(undo).toEqual({ restored: 4, failed: [] });
    expect(data()).toEqual({ xm: '', fs: '', rq: '', dh: '已填的号码', yzm: '' });
  });

  it('picks options written differently (男 as 男性) but never a guess among several', async () => {
    document.body.innerHTML = `<form>
      <label>性别<select name="g"><option value="">请选择</option><option value="1">男性</option><option value="2">女性</option></select></label>
      <label>所属社区<select name="c"><option value="">请选择</option><option>光明社区一</option><option>光明社区二</option></select></label></form>`;
    const report = await fillFields(document, { 'resident.gender': '男', 'place.community': '光明社区' }, { timeoutMs: 30 });
    expect((document.querySelector('select[name=g]') as HTMLSelectElement).value).toBe('1');
    expect((document.querySelector('select[name=c]') as HTMLSelectElement).value).toBe('');
    expect(report.filled.map((f) => f.key)).toEqual(['resident.gender']);
  });

  it('skips a choice it cannot find rather than picking something else', async () => {
    const report = await fillFields(document, { 'visit.type': '电话回访' }, { timeoutMs: 50 });
    expect(report.filled).toEqual([]);
    expect(report.skipped).toContainEqual(expect.objectContaining({ key: 'visit.type', reason: '选项中没有“电话回访”' }));
  });
});

describe('plain editables and parsed documents', () => {
  it('fills a contenteditable and reads it back', async () => {
    document.body.innerHTML = '<form><div>走访内容</div><div contenteditable="true"></div></form>';
    const report = await fillFields(document, { 'visit.content': '了解老人生活情况' });
    expect(report.filled.map((f) => f.key)).toEqual(['visit.content']);
    expect(readFields(document)).toEqual({ 'visit.content': '了解老人生活情况' });
    await report.undo();
    expect(document.querySelector('[contenteditable]')!.textContent).toBe('');
  });

  it('detects fields of a document from DOMParser (no window)', () => {
    const parsed = new DOMParser().parseFromString('<form><label>身份证号<input></label></form>', 'text/html');
    expect(detectFields(parsed).map((f) => f.key)).toEqual(['resident.idNumber']);
  });
});

describe('readFields', () => {
  it('reads a detail page by the same labels', () => {
    document.body.innerHTML = `
      <table><tr><th>诉求人</th><td>王小明</td><th>来电号码</th><td>13812345678</td></tr>
      <tr><th>诉求内容</th><td>楼道灯不亮</td><th>办结时限</th><td>2026年12月5日</td></tr>
      <tr><th>备注</th><td>无</td></tr></table>`;
    expect(readFields(document)).toEqual({
      'resident.name': '王小明', 'resident.phone': '13812345678', 'issue.description': '楼道灯不亮', 'issue.deadline': '2026-12-05',
    });
  });
});

describe('detectFields: a care focus known by its options', () => {
  it('reads a bare 重点关注 as the care categories only when it offers them', () => {
    document.body.innerHTML = `<label>重点关注<select multiple><option>空巢老人</option><option>残疾人</option></select></label>
      <label>重点关注<select><option>是</option><option>否</option></select></label>`;
    expect(detectFields(document).map((f) => f.key)).toEqual(['resident.tags', null]);
  });

  it('reads the household\'s kinds asked as the household\'s (本户特殊情况) alike, not its other choices', () => {
    document.body.innerHTML = `<label>本户特殊情况<select multiple><option>残疾</option><option>重病</option><option>无劳动能力</option></select></label>
      <label>本户特殊情况<select multiple><option>无</option><option>其他</option></select></label>`;
    expect(detectFields(document).map((f) => f.key)).toEqual(['resident.tags', null]);
  });

  it('reads the kinds of those living in the home (户内特殊情况) as the household\'s', () => {
    document.body.innerHTML = `<div>户内特殊情况 <label><input type="checkbox" name="ts" value="1">独居老人</label>
      <label><input type="checkbox" name="ts" value="2">行动不便</label><label><input type="checkbox" name="ts" value="3">外籍人员</label></div>`;
    expect(detectFields(document).map((f) => f.key)).toEqual(['resident.tags']);
  });
});

describe('detectFields: a role of the user whose box asks for those who went along', () => {
  it('takes the companions (志愿者 [同行志愿者姓名]) beside the user\'s own role (宣传员)', () => {
    document.body.innerHTML = `<form><label for="a">宣传员</label><input id="a"><label for="b">志愿者</label><input id="b" placeholder="同行志愿者姓名">
      <label for="c">志愿者</label><input id="c"></form>`;
    expect(detectFields(document).map((f) => f.key)).toEqual(['officer.name', 'visit.companions', 'officer.name']);
  });
});

describe('detectFields: a bare 日期 on a visit record that notes problems', () => {
  it('is the visit’s where the form records the visit itself, not where it only dates a matter', () => {
    document.body.innerHTML = `<fieldset><legend>时　间</legend><input name="a"></fieldset>
      <label>入户情况<textarea name="b"></textarea></label><label>存在问题<textarea name="c"></textarea></label>`;
    expect(detectFields(document).map((f) => f.key)).toEqual(['visit.date', 'visit.content', 'issue.description']);
    document.body.innerHTML = `<fieldset><legend>时　间</legend><input name="a"></fieldset>
      <label>来访日期<input name="b"></label><label>存在问题<textarea name="c"></textarea></label>`;
    expect(detectFields(document).map((f) => f.key)).toEqual([null, 'visit.date', 'issue.description']);
  });
});

describe('detectFields: forms laid out in rows of icon cells, labelled by titles', () => {
  it('reads rows whose boxes are named differently as a form, and a group by the title of its box', () => {
    document.body.innerHTML = `<table>
      <tr><td class="ico"></td><td><input name="a" title="户主姓名"></td><td class="ico"></td><td><input name="b" title="户主电话"></td></tr>
      <tr><td class="ico"></td><td><select name="c" title="所属网格"><option></option><option>第三网格</option></select></td><td class="ico"></td>
        <td><span title="人员类别"><label><input type="checkbox" name="d">空巢老人</label><label><input type="checkbox" name="d">残疾人</label></span></td></tr></table>`;
    expect(detectFields(document).map((f) => f.key)).toEqual(['resident.name', 'resident.phone', 'place.grid', 'resident.tags']);
  });

  it('still reads rows that ask the same of each person as somebody else’s', () => {
    document.body.innerHTML = `<table>
      <tr><td>1</td><td><input title="姓名"></td><td><input title="所属网格"></td></tr>
      <tr><td>2</td><td><input title="姓名"></td><td><input title="所属网格"></td></tr></table>`;
    expect(detectFields(document).map((f) => f.key)).toEqual([null, null, null, null]);
  });
});

describe('detectFields: a ledger row under headers of two rows', () => {
  const ledger = (title: string) => `<table>${title}<thead>
    <tr><th rowspan="2">编号</th><th rowspan="2">入户日期</th><th colspan="2">帮扶对象</th><th rowspan="2">了解到的情况</th><th rowspan="2">其他</th></tr>
    <tr><th>姓名</th><th>手机</th></tr></thead>
    <tbody><tr><td>1</td><td><input name="a"></td><td><input name="b"></td><td><input name="c"></td><td><textarea name="d"></textarea></td><td><input name="e"></td></tr></tbody></table>`;

  it('reads each box by the header over its column, a wider one over it included (帮扶对象 over 姓名, 手机)', () => {
    document.body.innerHTML = ledger('');
    expect(detectFields(document).map((f) => [f.label, f.key])).toEqual([
      ['入户日期', 'visit.date'], ['帮扶对象姓名', 'resident.name'], ['帮扶对象手机', 'resident.phone'],
      ['了解到的情况', 'visit.content'], ['其他', null],
    ]);
  });

  it('a title across the whole table names no column', () => {
    document.body.innerHTML = ledger('<caption></caption>').replace('<thead>', '<thead><tr><th colspan="6">入户走访台账</th></tr>');
    expect(detectFields(document).map((f) => f.label)).toEqual(['入户日期', '帮扶对象姓名', '帮扶对象手机', '了解到的情况', '其他']);
  });
});

describe('detectFields: registering a resident’s visit', () => {
  it('dates the visit where the form records how it was made, and not a ticket’s registration', () => {
    const form = (extra: string) => `<label>登记时间<input name="a"></label>${extra}
      <label>反映问题<textarea name="b"></textarea></label><label>诉求分类<select name="c"><option>民政</option></select></label>`;
    document.body.innerHTML = form('<label>来访形式<select name="d"><option>来电</option><option>上门走访</option></select></label>');
    expect(detectFields(document).map((f) => f.key)).toEqual(['visit.date', 'visit.type', 'issue.description', 'issue.category']);
    document.body.innerHTML = form('<label>来访形式<select name="d"><option>来信</option><option>网上</option></select></label>');
    expect(detectFields(document).map((f) => f.key)).toEqual([null, null, 'issue.description', 'issue.category']);
  });
});

describe('detectFields: fields read beside the others of the form', () => {
  const keysOf = (html: string) => {
    document.body.innerHTML = html;
    return detectFields(document).map((f) => f.key);
  };

  it('reads an account of the handling as the measures when the form asks its result on its own', () => {
    const withResult = `<form><label>问题描述<textarea></textarea></label><label>办理情况<textarea></textarea></label>
      <div><span>办理结果</span><label><input type="radio" name="r" value="1">已解决</label><label><input type="radio" name="r" value="2">未解决</label></div></form>`;
    expect(keysOf(withResult)).toEqual(['issue.description', 'issue.measures', 'issue.result']);
    // Alone, it is the result; beside a field for the measures, it stays the result.
    expect(keysOf('<form><label>问题描述<textarea></textarea></label><label>办理情况<textarea></textarea></label></form>'))
      .toEqual(['issue.description', 'issue.result']);
    expect(keysOf(`<form><label>整改措施<textarea></textarea></label><label>办理情况<textarea></textarea></label>
      <label>办理结果<select><option></option><option>已解决</option></select></label></form>`)).toEqual(['issue.measures', 'issue.result', 'issue.result']);
  });

  it('reads a one-line field describing the matter before a box describing it as its title, when no field asks the title', () => {
    expect(keysOf('<form><label>反映问题<input></label><label>问题描述<textarea></textarea></label></form>'))
      .toEqual(['issue.title', 'issue.description']);
    // With a title field, or with no box below, it describes the matter.
    expect(keysOf('<form><label>问题标题<input></label><label>反映问题<input></label><label>问题描述<textarea></textarea></label></form>'))
      .toEqual(['issue.title', 'issue.description', 'issue.description']);
    expect(keysOf('<form><label>问题描述<textarea></textarea></label><label>反映问题<input></label></form>'))
      .toEqual(['issue.description', 'issue.description']);
  });

  it('leaves a part of an address empty after a field asking a larger part, and fills it when it is the only address field', () => {
    expect(keysOf('<form><label>户主姓名<input></label><label>居住小区<input></label><label>楼栋门牌<input></label></form>'))
      .toEqual(['resident.name', null, null]);
    expect(keysOf('<form><label>户主姓名<input></label><label>楼栋门牌<input></label><label>所在小区<input></label></form>'))
      .toEqual(['resident.name', 'resident.address', null]);
  });

  it('reads a label tied to its box and written in brackets after it (<label for>（姓名）</label>), but not a remark in brackets', () => {
    expect(keysOf('<form><div><input id="a"> <label for="a">（姓名）</label></div><div><input id="b"> <label for="b">（联系电话）</label></div></form>'))
      .toEqual(['resident.name', 'resident.phone']);
    expect(keysOf('<form><div><input title="被访人姓名"> <span>（姓名）</span></div><div><label>年龄<input></label></div></form>'))
      .toEqual(['resident.name', null]);
  });

  it('fills a door asked alone (门牌（弄/号/室）) with the address, but not after a 楼栋 nor beside the address asked whole', () => {
    expect(keysOf('<form><label>户主姓名<input></label><label>楼组<input></label><label>门牌（弄/号/室）<input></label></form>'))
      .toEqual(['resident.name', null, 'resident.address']);
    expect(keysOf('<form><label>户主姓名<input></label><label>楼栋<input></label><label>门牌<input></label></form>'))
      .toEqual(['resident.name', null, null]);
    expect(keysOf('<form><label>户主姓名<input></label><label>门牌号<input></label><label>详细住址<input></label></form>'))
      .toEqual(['resident.name', null, 'resident.address']);
  });
});

describe('detectFields: a wizard’s later steps', () => {
  const step = (n: number, body: string, buttons: string, hidden: boolean) =>
    `<fieldset${hidden ? ' style="display:none"' : ''}><legend>第${n}步</legend>${body}${buttons}</fieldset>`;

  it('finds the boxes of a step hidden until the user clicks 下一步, and fills them', async () => {
    document.body.innerHTML = `<form>
      ${step(1, '<p><label for="a">户主姓名</label><input id="a"></p>', '<button type="button">下一步</button>', false)}
      ${step(2, '<p><label for="b">走访日期</label><input id="b" type="date"></p><p><label for="c">走访人</label><input id="c"></p>',
        '<button type="button">上一步</button><button type="submit">提交</button>', true)}
    </form>`;
    const fields = detectFields(document);
    expect(fields.map((f) => f.key)).toEqual(['resident.name', 'visit.date', 'officer.name']);
    await fillFields(document, { 'officer.name': '王建华' });
    expect((document.getElementById('c') as HTMLInputElement).value).toBe('王建华');
  });

  it('finds the boxes of another tab of a form in tabs, but not of a hidden block beside a tab', () => {
    document.body.innerHTML = `<div>
      <section role="tabpanel"><form><p><label for="a">姓名</label><input id="a"></p></form></section>
      <section role="tabpanel" hidden><form><p><label for="b">联系电话</label><input id="b"></p></form></section>
      <section hidden><form><p><label for="c">住址</label><input id="c"></p></form></section>
    </div>`;
    expect(detectFields(document).map((f) => f.element.id)).toEqual(['a', 'b']);
  });

  it('finds a rich text editor of a later step by the words before the box it stands in for, not by its reader name', () => {
    const editor = (id: string) => `<p>调研报告正文：</p><textarea name="${id}" style="display:none"></textarea>
      <div class="ck ck-editor"><span class="ck ck-voice-label">富文本编辑器, ${id}</span>
      <div class="ck ck-editor__main"><div class="ck-content" role="textbox" contenteditable="true" id="${id}-edit"><p><br></p></div></div></div>`;
    document.body.innerHTML = `<form>
      ${step(1, '<p><label for="a">报告标题</label><input id="a"></p>', '<button type="button">下一步</button>', false)}
      ${step(2, editor('body'), '<button type="button">上一步</button>', true)}
    </form>
    <form><p><label for="c">走访人</label><input id="c"></p><div style="display:none">${editor('note')}</div></form>`;
    expect(detectFields(document).map((f) => [f.element.id, f.key, f.label])).toEqual([
      ['a', 'report.title', '报告标题'], ['body-edit', 'report.body', '调研报告正文：'], ['c', 'officer.name', '走访人'],
    ]);
  });

  it('finds a choice of a later step too (性别 ○男 ○女 on the step of the person concerned)', () => {
    document.body.innerHTML = `<form>
      ${step(1, '<p><label for="a">事件标题</label><input id="a"></p>', '<button type="button">下一步</button>', false)}
      ${step(2, '<p><label for="b">当事人姓名</label><input id="b"></p><p>性别 <label><input type="radio" name="g" value="1">男</label><label><input type="radio" name="g" value="2">女</label></p>',
        '<button type="button">上一步</button>', true)}
    </form>`;
    expect(detectFields(document).map((f) => f.key)).toEqual(['issue.title', 'resident.name', 'resident.gender']);
  });

  it('finds the boxes of steps counted by a steps bar whose 上一步/下一步 stand in a shared footer, but not a hidden block of another count', async () => {
    const bar = (n: number) => `<div class="ant-steps">${'<div class="ant-steps-item"><div class="ant-steps-item-title">步骤</div></div>'.repeat(n)}</div>`;
    const pages = `<form><div>
      <section><label for="a">户主姓名</label><input id="a"></section>
      <section style="display:none"><label for="b">核查日期</label><input id="b" type="date"></section>
      <section style="display:none"><label for="c">核查人</label><input id="c"></section>
    </div><div><button type="button">上一步</button><button type="button">下一步</button></div></form>`;
    document.body.innerHTML = bar(3) + pages;
    expect(detectFields(document).map((f) => f.key)).toEqual(['resident.name', 'visit.date', 'officer.name']);
    await fillFields(document, { 'officer.name': '王建华' });
    expect((document.getElementById('c') as HTMLInputElement).value).toBe('王建华');
    document.body.innerHTML = bar(2) + pages;
    expect(detectFields(document).map((f) => f.element.id)).toEqual(['a']);
  });

  it('leaves out what is hidden for another reason: a box hidden inside a step, a hidden block with no steps beside it', () => {
    document.body.innerHTML = `<form>
      ${step(1, '<p><label for="a">户主姓名</label><input id="a"></p>', '<button type="button">下一步</button>', false)}
      ${step(2, '<p style="display:none"><label for="b">其他走访人</label><input id="b"></p><p><label for="c">走访人</label><input id="c"></p>',
        '<button type="button">上一步</button>', true)}
    </form>
    <form><div><label for="d">联系电话</label><input id="d"></div><div style="display:none"><label for="e">走访人电话</label><input id="e"></div></form>`;
    expect(detectFields(document).map((f) => f.element.id)).toEqual(['a', 'c', 'd']);
  });
});

describe('detectFields: a person asked by choices', () => {
  it('reads which kinds of resident a person is (重点对象: □独居老人 □低保户) as the care categories', () => {
    document.body.innerHTML = `<form>
      <div>服务对象 <label><input type="checkbox" name="t" value="1">空巢老人</label><label><input type="checkbox" name="t" value="2">低保户</label><label><input type="checkbox" name="t" value="3">残疾人</label></div>
      <div>走访对象 <label><input type="radio" name="s" value="1">是</label><label><input type="radio" name="s" value="0">否</label></div>
    </form>`;
    expect(detectFields(document).map((f) => f.key)).toEqual(['resident.tags', null]);
  });
});

describe('detectFields: a choice whose options say what it asks', () => {
  it('reads a list to tick of kinds of household under an unknown label as the care categories, and an area of streets as the street', () => {
    document.body.innerHTML = `<form>
      <p><label for="a">家庭属性</label><select id="a" multiple><option>空巢老人户</option><option>残疾人户</option><option>特困户</option><option>普通户</option></select></p>
      <p><label for="b">反映区域</label><select id="b"><option value="">请选择</option><option>红星街道</option><option>北关镇</option></select></p>
      <p><label for="c">服务辖区</label><select id="c"><option value="">请选择</option><option>幸福社区</option><option>台兴村</option></select></p>
    </form>`;
    expect(detectFields(document).map((f) => f.key)).toEqual(['resident.tags', 'place.street', 'place.community']);
  });

  it('leaves them when the options say nothing sure: one pick of a benefit, a list of other things, an area of mixed levels', () => {
    document.body.innerHTML = `<form>
      <p><label for="a">家庭属性</label><select id="a"><option value="">请选择</option><option>低保户</option><option>特困户</option></select></p>
      <p><label for="b">房屋属性</label><select id="b" multiple><option>出租屋</option><option>自住</option><option>低保户</option></select></p>
      <p><label for="c">反映区域</label><select id="c"><option value="">请选择</option><option>红星街道</option><option>幸福社区</option></select></p>
      <p><label for="d">房屋结构</label><select id="d"><option value="">请选择</option><option>砖混</option><option>红星街道</option></select></p>
      <p><label for="e">核查发现</label><select id="e" multiple><option>低保未及时停发</option><option>残疾证未办理</option><option>独居无人照料</option></select></p>
    </form>`;
    expect(detectFields(document).map((f) => f.key)).toEqual([null, null, null, null, null]);
  });

  it('reads one pick among ways of meeting people, unnamed or named by nothing we know, as how the visit was made', () => {
    document.body.innerHTML = `<form>
      <div><label><input type="radio" name="h" value="1">上门</label><label><input type="radio" name="h" value="2">电话</label><label><input type="radio" name="h" value="3">座谈</label></div>
      <p>去没去</p><div><label><input type="radio" name="g" value="1">入户走访</label><label><input type="radio" name="g" value="2">谈心谈话</label></div>
    </form>`;
    expect(detectFields(document).map((f) => f.key)).toEqual(['visit.type', 'visit.type']);
    // Several to tick, or one way among other things, says nothing sure.
    document.body.innerHTML = `<form>
      <div><label><input type="checkbox" name="h" value="1">上门</label><label><input type="checkbox" name="h" value="2">座谈</label></div>
      <div><label><input type="radio" name="g" value="1">上门维修</label><label><input type="radio" name="g" value="2">寄回</label><label><input type="radio" name="g" value="3">自取</label></div>
    </form>`;
    expect(detectFields(document).map((f) => f.key)).toEqual([null, null]);
  });

  it('fills a native select that only wears a framework’s class (<select class="el-select">)', async () => {
    document.body.innerHTML = `<form><div class="el-form-item"><label for="s" class="el-form-item__label">称呼</label>
      <div class="el-form-item__content"><select id="s" class="el-select"><option value=""></option><option>先生</option><option>女士</option></select></div></div></form>`;
    const [field] = detectFields(document);
    expect([field.key, field.framework]).toEqual(['resident.gender', 'native']);
    await fillFields(document, { 'resident.gender': '女' });
    expect((document.getElementById('s') as HTMLSelectElement).value).toBe('女士');
  });

  it('reads a list of townships under a bare area label as the street, Inner Mongolia’s 苏木 among them', () => {
    document.body.innerHTML = `<form><table><tr><td>问题属地</td><td><select><option value="">请选择</option><option>巴彦镇</option>
      <option>哈达图苏木</option><option>建国街道</option></select></td></tr></table></form>`;
    expect(detectFields(document).map((f) => f.key)).toEqual(['place.street']);
  });

  it('fills a native select shown inside a framework’s box (<div class="el-select"><select>) as a native one', async () => {
    document.body.innerHTML = `<form><div class="el-form-item"><label for="s" class="el-form-item__label">性别</label>
      <div class="el-form-item__content"><div class="el-select"><div class="el-input"><select id="s" class="el-input__inner">
      <option value=""></option><option>男</option><option>女</option></select></div></div></div></div></form>`;
    const [field] = detectFields(document);
    expect([field.key, field.framework]).toEqual(['resident.gender', 'native']);
    await fillFields(document, { 'resident.gender': '女' });
    expect((document.getElementById('s') as HTMLSelectElement).value).toBe('女');
  });
});

describe('detectFields: a list of choices named member by member', () => {
  it('groups ASP.NET’s CheckBoxList (name$0, name$1) into one question under the cell’s label', () => {
    document.body.innerHTML = `<form><table><tr><td>家庭类别</td><td>
      <span><input id="k_0" type="checkbox" name="ctl00$Body$cblJtlb$0"><label for="k_0">独居老人</label></span>
      <span><input id="k_1" type="checkbox" name="ctl00$Body$cblJtlb$1"><label for="k_1">低保户</label></span>
      <span><input id="k_2" type="checkbox" name="ctl00$Body$cblJtlb$2"><label for="k_2">残疾人</label></span></td></tr></table></form>`;
    const fields = detectFields(document);
    expect(fields.map((f) => [f.kind, f.label, f.key])).toEqual([['checkbox', '家庭类别', 'resident.tags']]);
  });

  it('keeps boxes whose names differ in more than a member number apart', () => {
    document.body.innerHTML = `<form><table><tr><td>是否独居</td><td><input type="checkbox" name="ctl00$Body$chkDj"></td>
      <td>是否低保</td><td><input type="checkbox" name="ctl00$Body$chkDb"></td></tr></table></form>`;
    expect(detectFields(document)).toHaveLength(0);
  });
});

describe('detectFields: a 联系方式 picked from a list', () => {
  it('asks how contact was made (a readonly box, 点击选择), while one typed into is a number', () => {
    const cell = (label: string, attrs: string) => `<div class="van-cell van-field"><div class="van-cell__title van-field__label"><label>${label}</label></div>
      <div class="van-cell__value van-field__value"><div class="van-field__body"><input type="text" class="van-field__control" ${attrs}></div></div></div>`;
    document.body.innerHTML = `<h2>党员联系户走访</h2><form>${cell('户主姓名', '')}${cell('走访日期', 'readonly placeholder="选择日期"')}
      ${cell('联系方式', 'readonly placeholder="点击选择"')}${cell('联系方式', 'placeholder="请输入"')}</form>`;
    expect(detectFields(document).map((f) => f.key)).toEqual(['resident.name', 'visit.date', 'visit.type', 'resident.phone']);
  });
});
