// Widgets that take several values at once: a cascader (级联选择: 街道/社区/网格 as one cascade) and a
// date range (起止日期: two inputs, or one input holding "start - end"). Each is operated as a person
// would: open, pick level by level, close; type each end into its own input.
import { click, isVisible, keyWithin, settle, waitFor } from './dom';
import { normalizeText, textOf } from './text';
import {
  clearByIcon, dateFormatOf, formatDate, pickOption, resetFramework, typeInto, type Widget, type WriteContext,
} from './widgets';

// ---- Cascaders ------------------------------------------------------------------------------------------

export interface CascaderFlavor {
  framework: string;
  root: string;
  /** Where a person clicks (or presses the mouse, antd) to open it. */
  opener: string;
  popup: string;
  /** One column of the panel (a level). */
  menu: string;
  node: string;
  /** The node's own text, where the node holds more than it (icons); else the node's text. */
  nodeLabel?: string;
  nodeDisabled: string;
  /** A node with children shows this (an arrow, or a spinner while its children load). */
  nodeHasChildren: string;
  /** What shows the chosen path, "建国街道 / 光明社区 / 第一网格": an input's value, else the element's title or text. */
  shown: string;
  clear: string;
}

/**
 * Element UI and Element Plus draw the same structure; antd's Cascader is an `.ant-select` whose popup (on body,
 * opened on mousedown) holds `.ant-cascader-menu` columns; iView's keeps its columns in nested `.ivu-cascader-menu`s.
 */
export const CASCADERS: CascaderFlavor[] = [
  {
    framework: 'element',
    root: '.el-cascader',
    opener: '.el-input',
    popup: '.el-cascader__dropdown',
    menu: '.el-cascader-menu',
    node: '.el-cascader-node',
    nodeLabel: '.el-cascader-node__label',
    nodeDisabled: '.is-disabled',
    nodeHasChildren: '.el-cascader-node__postfix, .el-icon-loading, .is-loading',
    shown: 'input.el-input__inner',
    clear: '.el-icon-circle-close, .el-input__clear, .icon-circle-close, .el-cascader__clear',
  },
  {
    framework: 'antd',
    root: '.ant-cascader',
    opener: '.ant-select-content, .ant-select-selector',
    popup: '.ant-cascader-dropdown',
    menu: '.ant-cascader-menu',
    node: '.ant-cascader-menu-item',
    nodeLabel: '.ant-cascader-menu-item-content',
    nodeDisabled: '.ant-cascader-menu-item-disabled',
    nodeHasChildren: '.ant-cascader-menu-item-expand-icon, .ant-cascader-menu-item-loading-icon',
    shown: '.ant-select-content-has-value, .ant-select-selection-item',
    clear: '.ant-select-clear',
  },
  {
    framework: 'iview',
    root: '.ivu-cascader',
    opener: '.ivu-cascader-rel',
    popup: '.ivu-select-dropdown',
    menu: '.ivu-cascader-menu',
    node: '.ivu-cascader-menu-item',
    nodeDisabled: '.ivu-cascader-menu-item-disabled',
    nodeHasChildren: '.ivu-icon-ios-arrow-forward, .ivu-cascader-menu-item-loading',
    // Filterable ones keep the input for the query and show the path in a label.
    shown: 'input.ivu-input, .ivu-cascader-label',
    clear: '.ivu-cascader-arrow.ivu-icon-ios-close-circle',
  },
];

/** The levels of a shown path ("a / b / c", "a/b/c", "a > b"). */
const splitPath = (text: string) => text.split(/\s*[/／>]\s*/).map((part) => part.trim()).filter(Boolean);

const notFound = (wanted: string) => `选项中没有“${wanted}”`;

export function cascaderWidget(root: HTMLElement, flavor: CascaderFlavor): Widget {
  const doc = root.ownerDocument;
  const shownText = (el: Element) => (el.tagName === 'INPUT' ? (el as HTMLInputElement).value : el.getAttribute('title') || textOf(el));
  const read = () => splitPath([...root.querySelectorAll(flavor.shown)].map(shownText).find((text) => text.trim()) ?? '');
  const popups = () => [...doc.querySelectorAll<HTMLElement>(flavor.popup)].filter(isVisible);
  const labelOf = (node: Element) => textOf((flavor.nodeLabel && node.querySelector(flavor.nodeLabel)) || node);
  const nodesOf = (menu: Element) => [...menu.querySelectorAll<HTMLElement>(flavor.node)].filter((n) => !n.matches(flavor.nodeDisabled));

  const open = async (context: WriteContext) => {
    // A panel closed a moment ago (the previous cascader's, or ours) may still be fading out: let it go first,
    // so the panel that opens is told apart from it.
    await waitFor(doc, () => !popups().length, Math.min(context.timeoutMs, 1000));
    const before = popups();
    click(root.querySelector(flavor.opener) ?? root);
    return waitFor(doc, () => popups().find((p) => root.contains(p) || !before.includes(p)), context.timeoutMs);
  };
  const close = async (popup: HTMLElement) => {
    if (isVisible(popup)) click(doc.body);
    await settle(doc);
  };

  /** Picks the path level by level; the first level may start further down it (a cascader of 社区/网格 only). */
  const choose = async (path: string[], context: WriteContext): Promise<string | null> => {
    const popup = await open(context);
    if (!popup) return '级联列表没有打开';
    const problem = await walk(popup, path, context);
    await close(popup);
    return problem;
  };

  const walk = async (popup: HTMLElement, path: string[], context: WriteContext): Promise<string | null> => {
    const nodesAt = (level: number) => {
      const menu = popup.querySelectorAll(flavor.menu)[level];
      return menu ? nodesOf(menu) : [];
    };
    const labelsAt = (level: number) => nodesAt(level).map(labelOf).join('/');
    /** The next level's labels before the click on its parent: a column still showing the path chosen before. */
    let stale = '';
    let step = -1;
    for (let level = 0; ; level++) {
      // Lazy cascaders load each level after the click on its parent: wait for the column and its options,
      // and for a column left from the previous path to change (or to hold what we want).
      const wanted = path[step];
      const fresh = (nodes: HTMLElement[]) => !stale || nodes.map(labelOf).join('/') !== stale || Boolean(wanted && pickOption(nodes, labelOf, wanted));
      const nodes = (await waitFor(doc, () => { const n = nodesAt(level); return n.length && fresh(n) ? n : null; }, context.timeoutMs)) ?? nodesAt(level);
      if (!nodes.length) return level ? `“${path[step - 1]}”的下一级没有出现` : '级联列表没有选项';
      if (step < 0) step = path.findIndex((part) => pickOption(nodes, labelOf, part));
      if (step < 0) return notFound(path[0]);
      if (step >= path.length) return `缺少“${path[path.length - 1]}”的下一级`;
      const node = pickOption(nodes, labelOf, path[step]);
      if (!node) return notFound(path[step]);
      const leaf = !node.querySelector(flavor.nodeHasChildren);
      stale = labelsAt(level + 1);
      click(node);
      await settle(doc);
      step++;
      if (leaf) return null;
    }
  };

  return {
    kind: 'cascader',
    framework: flavor.framework,
    element: root,
    control: root.querySelector<HTMLElement>('input:not([type=hidden])') ?? root,
    multiple: false,
    options: () => [],
    read,
    empty: () => !read().length,
    write: (path, context) => choose(path, context),
    snapshot() {
      const previous = read();
      return async () => {
        if (previous.length) await choose(previous, { timeoutMs: 2000, date: false });
        else if (!(await clearByIcon(root, flavor.clear))) resetFramework(root, []);
        const restored = () => normalizeText(read().join('/')) === normalizeText(previous.join('/'));
        return Boolean(await waitFor(doc, restored, 1000));
      };
    },
  };
}

// ---- Date ranges ----------------------------------------------------------------------------------------

/** Framework range pickers: two inputs, start and end, in one outer element. */
export const DATE_RANGE_ROOTS = '.el-range-editor, .ant-picker-range, .n-date-picker--range';

const DATE = String.raw`\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?`;
/** "2026-11-01 - 2026-11-20", "2026年11月1日 至 2026年11月20日", "2026/11/01~2026/11/20": two dates and their separator. */
const JOINED = new RegExp(String.raw`^(${DATE})(\s*(?:-|~|～|至|到)\s*)(${DATE})$`);

/** The separator a one-input range shows or announces ("开始日期 - 结束日期"), or null when it is not a range. */
export function rangeSeparator(input: HTMLInputElement): string | null {
  const value = JOINED.exec(input.value.trim())?.[2];
  if (value) return value;
  const announced = /(开始|起始)[^-~～至到]*?(\s*(?:-|~|～|至|到)\s*)(结束|截止)/.exec(input.placeholder)?.[2];
  return announced ?? null;
}

/**
 * A date range: each end typed in the control's own format into its own input (Element, antd), or both
 * into one input with its separator (layui laydate with `range`).
 */
export function dateRangeWidget(root: HTMLElement, framework: string, separator?: string): Widget {
  const inputs = () => (root.tagName === 'INPUT' ? [root as HTMLInputElement] : [...root.querySelectorAll<HTMLInputElement>('input')].slice(0, 2));
  /** Framework pickers commit a typed date on Enter (antd) or on change (Element); laydate only reads the value. */
  const picker = separator === undefined;
  const confirm = framework === 'antd';
  const read = (): string[] => {
    const values = inputs().map((input) => input.value.trim());
    if (!picker) {
      const joined = JOINED.exec(values[0] ?? '');
      return joined ? [joined[1].trim(), joined[3].trim()] : values.filter(Boolean);
    }
    return values.some(Boolean) ? values : [];
  };
  const put = async (texts: string[]) => {
    const controls = inputs();
    if (!picker) return typeInto(controls[0], texts.join(separator), false, false);
    for (const [i, control] of controls.entries()) await typeInto(control, texts[i] ?? '', confirm, true, i < controls.length - 1);
    closeRange(controls[controls.length - 1]);
    await settle(root.ownerDocument);
  };
  const closeRange = (last: HTMLInputElement) => {
    keyWithin(last, root, 'Escape');
    last.blur();
  };
  return {
    kind: 'date-range',
    framework,
    element: root,
    control: inputs()[0],
    multiple: false,
    options: () => [],
    read,
    empty: () => !read().length,
    async write(ends, context) {
      const [first] = inputs();
      await put(ends.map((end) => (context.date ? formatDate(end, dateFormatOf(first)) : end)));
      return null;
    },
    snapshot() {
      const previous = read();
      return async () => {
        if (previous.length) await put(previous);
        else if (picker) await clearByIcon(root, '.ant-picker-clear, .el-range__close-icon.el-icon-circle-close, .el-icon-circle-close, .n-base-clear__clear');
        else await typeInto(inputs()[0], '', false, false);
        await settle(root.ownerDocument);
        return read().join() === previous.join();
      };
    },
  };
}
