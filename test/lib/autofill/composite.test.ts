// @vitest-environment jsdom
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { detectFields, fillFields, readFields } from '../../../lib/autofill';
import { rangeSeparator } from '../../../lib/autofill/composite';

const input = (html: string) => {
  document.body.innerHTML = html;
  return document.querySelector('input')!;
};

/** A topic form with a laydate range (one readonly input, "start - end") and a plain 调研时间 distractor-free layout. */
const TOPIC_FORM = `
  <form>
    <label for="kt">调研课题</label><input id="kt">
    <label for="sj">调研时间</label><input id="sj" lay-key="1" readonly placeholder="开始日期 - 结束日期">
    <label for="yxq">有效期</label><input id="yxq" lay-key="2" readonly placeholder="开始日期 - 结束日期">
    <button>提交</button>
  </form>`;

describe('date ranges in one input (layui laydate with range)', () => {
  it('knows a range by its value or its placeholder, and its separator', () => {
    expect(rangeSeparator(input('<input lay-key="1" value="2026-11-01 - 2026-11-20">'))).toBe(' - ');
    expect(rangeSeparator(input('<input lay-key="1" value="2026/11/01 至 2026/11/20">'))).toBe(' 至 ');
    expect(rangeSeparator(input('<input lay-key="1" placeholder="开始日期 ~ 结束日期">'))).toBe(' ~ ');
    expect(rangeSeparator(input('<input lay-key="1" value="2026-11-01">'))).toBeNull();
    expect(rangeSeparator(input('<input lay-key="1" placeholder="请选择日期">'))).toBeNull();
  });

  it('takes the topic’s start and end under 调研时间, leaves another range empty, reads and undoes', async () => {
    document.body.innerHTML = TOPIC_FORM;
    const fields = detectFields(document);
    expect(fields.map((f) => [f.label, f.key, f.kind, f.valueKeys])).toEqual([
      ['调研课题', 'topic.title', 'text', ['topic.title']],
      ['调研时间', 'topic.startDate', 'date-range', ['topic.startDate', 'topic.endDate']],
      ['有效期', null, 'date-range', []],
    ]);
    const report = await fillFields(document, { 'topic.title': '老旧小区治理', 'topic.startDate': '2026-11-01', 'topic.endDate': '2026-11-20' });
    expect(report.filled.map((f) => f.value)).toEqual(['老旧小区治理', ['2026-11-01', '2026-11-20']]);
    expect(document.querySelector<HTMLInputElement>('#sj')!.value).toBe('2026-11-01 - 2026-11-20');
    expect(document.querySelector<HTMLInputElement>('#yxq')!.value).toBe('');
    expect(readFields(document)).toMatchObject({ 'topic.startDate': '2026-11-01', 'topic.endDate': '2026-11-20' });
    expect((await report.undo()).failed).toEqual([]);
    expect(document.querySelector<HTMLInputElement>('#sj')!.value).toBe('');
  });

  it('skips a range with only one end, with a reason', async () => {
    document.body.innerHTML = TOPIC_FORM;
    const report = await fillFields(document, { 'topic.startDate': '2026-11-01' });
    expect(report.skipped).toEqual(expect.arrayContaining([expect.objectContaining({ label: '调研时间', reason: '日期范围缺少开始或结束日期' })]));
    expect(document.querySelector<HTMLInputElement>('#sj')!.value).toBe('');
  });
});

// ---- Cascaders (antd, iView) --------------------------------------------------------------------------------

/** 街道 → 社区 → 网格; a name without an entry is a leaf. */
const AREAS: Record<string, string[]> = {
  '': ['建国街道', '和平街道'],
  建国街道: ['光明社区', '台兴村'],
  和平街道: ['东风社区'],
  光明社区: ['光明社区第一网格', '光明社区第二网格'],
  台兴村: ['台兴第一网格'],
  东风社区: ['东风第一网格'],
};

type Framework = 'antd' | 'iview';

/**
 * A cascader drawn with a framework's own classes and behaving as it does: antd opens on mousedown with its
 * panel on body, iView opens on a click with its panel inside; one column per opened level (lazy ones load a
 * level some milliseconds after the click); a leaf shows the path and closes the panel; the clear icon empties it.
 */
function drawCascader(framework: Framework, id: string, tree: Record<string, string[]>, lazy = false) {
  const antd = framework === 'antd';
  const host = document.getElementById(`${id}-host`)!;
  host.innerHTML = antd
    ? `<div class="ant-select ant-cascader"><div class="ant-select-content"><input id="${id}" readonly></div></div>`
    : `<div class="ivu-cascader"><div class="ivu-cascader-rel"><input id="${id}" class="ivu-input" readonly><i class="ivu-icon ivu-icon-ios-close-circle ivu-cascader-arrow"></i></div><div class="ivu-select-dropdown" hidden></div></div>`;
  const root = host.firstElementChild as HTMLElement;
  const popup = antd ? document.body.appendChild(document.createElement('div')) : root.querySelector<HTMLElement>('.ivu-select-dropdown')!;
  if (antd) popup.className = 'ant-select-dropdown ant-cascader-dropdown';
  popup.hidden = true;
  const state = { chosen: [] as string[], active: [] as string[], loaded: new Set(lazy ? [''] : Object.keys(tree)), loading: '' };
  const p = antd ? 'ant-cascader-menu' : 'ivu-cascader-menu';
  const node = (name: string) => {
    const parent = Boolean(tree[name]);
    const icon = state.loading === name ? (antd ? '<div class="ant-cascader-menu-item-loading-icon"></div>' : '<i class="ivu-cascader-menu-item-loading"></i>')
      : parent ? (antd ? '<div class="ant-cascader-menu-item-expand-icon">›</div>' : '<i class="ivu-icon ivu-icon-ios-arrow-forward"></i>') : '';
    return `<li class="${p}-item" data-name="${name}">${antd ? `<div class="${p}-item-content">${name}</div>` : name}${icon}</li>`;
  };
  const render = () => {
    const parents = ['', ...state.active].filter((name) => state.loaded.has(name) && tree[name]);
    const columns = parents.map((name) => `<ul class="${p}">${tree[name].map(node).join('')}</ul>`);
    popup.innerHTML = antd ? `<div class="ant-cascader-menus">${columns.join('')}</div>` : columns.reduceRight((inner, column) => `<span>${column}${inner}</span>`, '');
    const path = state.chosen.join(' / ');
    if (antd) {
      const content = root.querySelector('.ant-select-content')!;
      content.classList.toggle('ant-select-content-has-value', Boolean(path));
      content.setAttribute('title', path);
      root.querySelector('.ant-select-clear')?.remove();
      if (path) root.insertAdjacentHTML('beforeend', '<button class="ant-select-clear">×</button>');
    } else {
      root.querySelector<HTMLInputElement>('input')!.value = path;
    }
  };
  const setOpen = (open: boolean) => {
    popup.hidden = !open;
    state.active = open ? [...state.chosen] : [];
    render();
  };
  root.addEventListener(antd ? 'mousedown' : 'click', (event) => {
    const target = event.target as Element;
    if (target.closest('.ant-select-clear, .ivu-icon-ios-close-circle')) {
      state.chosen = [];
      setOpen(false);
    } else if (!popup.contains(target)) setOpen(popup.hidden);
  });
  document.addEventListener(antd ? 'mousedown' : 'click', (event) => {
    if (!root.contains(event.target as Node) && !popup.contains(event.target as Node) && !popup.hidden) setOpen(false);
  });
  popup.addEventListener('click', (event) => {
    event.stopPropagation(); // as iView's items do
    const item = (event.target as Element).closest<HTMLElement>(`.${p}-item`)!;
    const name = item.dataset.name!;
    const level = [...popup.querySelectorAll(`.${p}`)].indexOf(item.closest(`.${p}`)!);
    const active = [...state.active.slice(0, level), name];
    if (!tree[name]) {
      state.chosen = active;
      setOpen(false);
    } else if (!state.loaded.has(name)) {
      // Until its children arrive, the columns of the path chosen before stay (as Element's do).
      state.loading = name;
      setTimeout(() => {
        state.loaded.add(name);
        state.loading = '';
        state.active = active;
        render();
      }, 30);
    } else state.active = active;
    render();
  });
  render();
  return { shown: () => state.chosen.join(' / ') };
}

const CASCADER_FORM = `
  <form>
    <label for="xm">群众姓名</label><input id="xm">
    <label for="ssqy">所属区域</label><div id="ssqy-host"></div>
    <label for="wg">网格</label><div id="wg-host"></div>
    <label for="jg">籍贯</label><div id="jg-host"></div>
  </form>`;
const PROVINCES = { '': ['北京市'], 北京市: ['东城区'] };
const PATH = { 'place.street': '建国街道', 'place.community': '光明社区', 'place.grid': '光明社区第一网格' };

describe.each<Framework>(['antd', 'iview'])('%s cascaders', (framework) => {
  // Under vitest the global window is not jsdom's own, so MouseEvent refuses it as `view`: a click without it.
  const NativeMouseEvent = window.MouseEvent;
  beforeAll(() => {
    window.MouseEvent = class extends NativeMouseEvent {
      constructor(type: string, { view: _view, ...init }: MouseEventInit = {}) {
        super(type, init);
      }
    };
  });
  afterAll(() => {
    window.MouseEvent = NativeMouseEvent;
  });
  const draw = (lazy: boolean) => {
    document.body.innerHTML = CASCADER_FORM;
    return {
      area: drawCascader(framework, 'ssqy', AREAS, lazy),
      // Distractors: a cascader of another street only, and one of provinces.
      other: drawCascader(framework, 'wg', { '': ['和平街道'], 和平街道: AREAS.和平街道, 东风社区: AREAS.东风社区 }),
      provinces: drawCascader(framework, 'jg', PROVINCES),
    };
  };

  it('are found as cascaders taking 街道/社区/网格, picked level by level (lazy levels waited for), and undone', async () => {
    const { area, other, provinces } = draw(true);
    expect(detectFields(document).map((f) => [f.label, f.kind, f.valueKeys])).toEqual([
      ['群众姓名', 'text', ['resident.name']],
      ['所属区域', 'cascader', ['place.street', 'place.community', 'place.grid']],
      ['网格', 'cascader', ['place.street', 'place.community', 'place.grid']],
      ['籍贯', 'cascader', []],
    ]);
    const report = await fillFields(document, PATH);
    expect(report.filled.map((f) => [f.label, f.value])).toEqual([['所属区域', ['建国街道', '光明社区', '光明社区第一网格']]]);
    expect(report.skipped).toEqual(expect.arrayContaining([expect.objectContaining({ label: '网格', reason: '选项中没有“建国街道”' })]));
    expect([area.shown(), other.shown(), provinces.shown()]).toEqual(['建国街道 / 光明社区 / 光明社区第一网格', '', '']);
    expect(readFields(document)).toMatchObject(PATH);
    expect((await report.undo()).failed).toEqual([]);
    expect(area.shown()).toBe('');
  });

  it('replaces a path chosen before (its columns still open) and puts it back on undo', async () => {
    const { area } = draw(true);
    await fillFields(document, { 'place.street': '和平街道', 'place.community': '东风社区', 'place.grid': '东风第一网格' });
    expect(area.shown()).toBe('和平街道 / 东风社区 / 东风第一网格');
    const report = await fillFields(document, PATH, { overwrite: true });
    expect(report.filled.map((f) => f.label)).toEqual(['所属区域']);
    expect(area.shown()).toBe('建国街道 / 光明社区 / 光明社区第一网格');
    expect((await report.undo()).failed).toEqual([]);
    expect(area.shown()).toBe('和平街道 / 东风社区 / 东风第一网格');
  });

  it('picks nothing when a level lacks the wanted option, and says which', async () => {
    const { area } = draw(false);
    const report = await fillFields(document, { ...PATH, 'place.grid': '光明社区第九网格' });
    expect(report.skipped).toEqual(expect.arrayContaining([expect.objectContaining({ label: '所属区域', reason: '选项中没有“光明社区第九网格”' })]));
    expect(area.shown()).toBe('');
    expect(document.querySelectorAll('.ant-cascader-dropdown:not([hidden]), .ivu-select-dropdown:not([hidden])')).toHaveLength(0);
  });
});
