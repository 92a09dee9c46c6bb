// @vitest-environment jsdom
// Recall on forms the engine had not seen: label shapes and widgets that used to leave a field empty.
import { beforeEach, describe, expect, it } from 'vitest';
import { detectFields, fillFields, normalizeLabel } from '../../../lib/autofill';

beforeEach(() => {
  document.title = '';
  document.body.innerHTML = '';
});

const keys = () => detectFields(document).map((f) => f.key);
const value = (selector: string) => (document.querySelector(selector) as HTMLInputElement).value;

describe('labels a questionnaire or a ledger writes', () => {
  it('reads numbered questions that speak to the person ("3. 您的联系电话")', async () => {
    expect(normalizeLabel('3. 您的联系电话')).toBe('联系电话');
    expect(normalizeLabel('您所在的社区（村）')).toBe('所在社区(村)');
    document.body.innerHTML = `
      <form><h3>民生项目意见征集</h3>
        <p>1. 您的姓名</p><input id="q1">
        <p>2. 您的联系方式</p><input id="q2">
        <p>3. 您所在的社区（村）</p><input id="q3">
        <button>提交</button>
      </form>`;
    expect(keys()).toEqual(['resident.name', 'resident.phone', 'place.community']);
    await fillFields(document, { 'resident.phone': '13912345678', 'place.community': '幸福社区' });
    expect([value('#q2'), value('#q3')]).toEqual(['13912345678', '幸福社区']);
  });

  it('names a ledger row\'s controls by the column headers, past the row number on the left', () => {
    document.body.innerHTML = `
      <form><table>
        <thead><tr><th>序号</th><th>问题描述</th><th>责任单位</th></tr></thead>
        <tbody><tr><td>1</td><td><textarea name="rows[0].a"></textarea></td><td><input name="rows[0].b"></td></tr></tbody>
      </table></form>`;
    expect(detectFields(document).map((f) => [f.key, f.labelSource])).toEqual([
      ['issue.description', 'column-header'],
      ['issue.ownerUnit', 'column-header'],
    ]);
  });

  it('takes each of several selects under one 所属区域 by its own placeholder option', async () => {
    document.body.innerHTML = `
      <form><div class="layui-form-item"><label class="layui-form-label">所属区域</label>
        <div class="layui-input-inline"><select name="a"><option value="">请选择街道</option><option>建国街道</option></select></div>
        <div class="layui-input-inline"><select name="b"><option value="">请选择社区</option><option>幸福社区</option></select></div>
        <div class="layui-input-inline"><select name="c"><option value="">请选择网格</option><option>第三网格</option></select></div>
        <div class="layui-input-inline"><select name="d"><option value="">请选择</option><option>城镇</option></select></div>
      </div></form>`;
    expect(keys()).toEqual(['place.street', 'place.community', 'place.grid', null]);
    await fillFields(document, { 'place.street': '建国街道', 'place.community': '幸福社区', 'place.grid': '第三网格' });
    expect(['a', 'b', 'c'].map((name) => (document.querySelector(`select[name=${name}]`) as HTMLSelectElement).selectedOptions[0].text)).toEqual([
      '建国街道', '幸福社区', '第三网格',
    ]);
  });

  it('does not read a placeholder that lists what to write as a label', () => {
    document.body.innerHTML = `
      <form><textarea placeholder="记录群众所思所想、现场解决情况……"></textarea><input placeholder="办理结果"></form>`;
    expect(keys()).toEqual([null, 'issue.result']);
  });
});

describe('visits under the names of other checks', () => {
  it('takes the dates of 检查, 接待, 核实 and 认证 as the visit\'s, but not what a check is about', () => {
    document.body.innerHTML = `
      <form>
        <label for="a">检查日期</label><input id="a" type="date">
        <label for="b">接待日期</label><input id="b" type="date">
        <label for="c">入户核实日期</label><input id="c" type="date">
        <label for="d">认证日期</label><input id="d" type="date">
        <label for="e">检查内容</label><textarea id="e"></textarea>
        <label for="f">排查方式</label><select id="f"><option value="">请选择</option><option>走访排查</option><option>部门移交</option></select>
        <label for="g">检查单位</label><input id="g">
      </form>`;
    expect(keys()).toEqual(['visit.date', 'visit.date', 'visit.date', 'visit.date', null, 'issue.source', 'officer.unit']);
  });
});

describe('widgets drawn by frameworks', () => {
  it('fills layui radios and checkboxes whose stand-ins hold the option text, also when layui\'s script is not listening', async () => {
    document.body.innerHTML = `
      <form class="layui-form"><div class="layui-form-item"><label class="layui-form-label">性别</label><div class="layui-input-block">
        <input type="radio" name="xb" value="1" title="男"><div class="layui-unselect layui-form-radio"><i class="layui-anim layui-icon">&#xe63f;</i><div>男</div></div>
        <input type="radio" name="xb" value="2" title="女"><div class="layui-unselect layui-form-radio"><i class="layui-anim layui-icon">&#xe63f;</i><div>女</div></div>
      </div></div>
      <div class="layui-form-item"><label class="layui-form-label">人员类别</label><div class="layui-input-block">
        <input type="checkbox" name="lb" title="独居老人" lay-skin="primary"><div class="layui-unselect layui-form-checkbox" lay-skin="primary"><span>独居老人</span><i class="layui-icon">&#xe605;</i></div>
        <input type="checkbox" name="lb" title="低保户" lay-skin="primary"><div class="layui-unselect layui-form-checkbox" lay-skin="primary"><span>低保户</span><i class="layui-icon">&#xe605;</i></div>
        <input type="checkbox" name="lb" title="残疾人" lay-skin="primary"><div class="layui-unselect layui-form-checkbox" lay-skin="primary"><span>残疾人</span><i class="layui-icon">&#xe605;</i></div>
      </div></div></form>`;
    const report = await fillFields(document, { 'resident.gender': '女', 'resident.tags': ['独居老人', '低保户'] });
    expect(report.filled.map((f) => f.key)).toEqual(['resident.gender', 'resident.tags']);
    const checked = [...document.querySelectorAll<HTMLInputElement>('input')].filter((i) => i.checked).map((i) => i.title);
    expect(checked).toEqual(['女', '独居老人', '低保户']);
  });

  it('fills a vant field whose readonly input opens a popup picker (网格, 入户时间)', async () => {
    const field = (n: number, label: string) => `
      <div class="van-cell van-field"><div class="van-cell__title van-field__label"><label id="l${n}" for="i${n}">${label}</label></div>
        <div class="van-cell__value van-field__value"><div class="van-field__body">
          <input type="text" id="i${n}" class="van-field__control" readonly placeholder="请选择" aria-labelledby="l${n}"></div></div></div>`;
    document.body.innerHTML = `<form class="van-form">${field(1, '所在网格')}${field(2, '入户时间')}</form>`;
    expect(keys()).toEqual(['place.grid', 'visit.date']);
    await fillFields(document, { 'place.grid': '第三网格', 'visit.date': '2024-05-12' });
    expect([value('#i1'), value('#i2')]).toEqual(['第三网格', '2024-05-12']);
  });
});
