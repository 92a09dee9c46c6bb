import { click, fire, frameDocument, isVisible, keyWithin, pause, setNativeValue, settle, waitFor, windowOf } from './dom';
import { normalizeText, quoted, textOf } from './text';
import { dateFormatOf, formatDate } from './dates';

export { dateFormatOf, formatDate };

/** What kind of control a field is, as a person sees it. */
export type FieldKind = 'text' | 'textarea' | 'select' | 'radio' | 'checkbox' | 'date' | 'richtext' | 'custom-select' | 'cascader' | 'date-range';

/** How long one wait inside a fill may take (options to appear, a list to load after a cascade). */
export interface WriteContext {
  timeoutMs: number;
  /** For date fields: the value is an ISO date to be written in the control's own format. */
  date: boolean;
}

/**
 * One fillable field as the page shows it, with how to read, write and restore it.
 * `element` is what a person sees (a group, a dropdown); `control` holds the value.
 */
export interface Widget {
  kind: FieldKind;
  /** native, layui, element, antd, iview, select2, my97, wangeditor, iframe-editor … */
  framework: string;
  element: HTMLElement;
  control: HTMLElement;
  multiple: boolean;
  /** Option texts, for choices whose options are in the DOM now. */
  options(): string[];
  /** The current value(s) as a person reads them. */
  read(): string[];
  /** Nothing chosen or typed yet (a select still on the browser's implicit first option counts as empty). */
  empty(): boolean;
  /** Writes the values; resolves with a Chinese reason when it could not. */
  write(values: string[], context: WriteContext): Promise<string | null>;
  /** A snapshot of the current state, and how to put it back (undo). */
  snapshot(): () => Promise<boolean>;
}

const same = (a: string, b: string) => normalizeText(a) === normalizeText(b);

/** The option a person would pick for `wanted`: exact text, else the only one that contains it (or it contains). */
export function pickOption<T>(items: T[], textOfItem: (item: T) => string, wanted: string): T | undefined {
  const exact = items.find((item) => same(textOfItem(item), wanted));
  if (exact) return exact;
  const want = normalizeText(wanted);
  const words = (item: T) => unnumbered(normalizeText(textOfItem(item)));
  const numbered = items.find((item) => words(item) === want);
  if (numbered) return numbered;
  const alias = ALIASES[want];
  const aliased = alias && items.filter((item) => alias.includes(words(item)));
  if (aliased?.length === 1) return aliased[0];
  if (want.length < 2) return undefined;
  const loose = items.filter((item) => {
    const text = words(item);
    return text.length >= 2 && !/^(请选择|全部|--)/.test(text) && (text.includes(want) || want.includes(text));
  });
  return loose.length === 1 ? loose[0] : undefined;
}

/** An option's own number or code before its words (1.男, 2、女, (3)低保户, A-独居): what a person picks by is the words. */
const unnumbered = (text: string) => text.replace(/^(\(?[0-9a-z]{1,3}[).、:-]|\([0-9a-z]{1,3}\))(?=.)/, '');

/** Values written differently by some systems (男 as 男性). */
const ALIASES: Record<string, string[]> = { 男: ['男性', '男士', 'male', 'm'], 女: ['女性', '女士', 'female', 'f'] };

const notFound = (wanted: string) => `选项中没有“${wanted}”`;

// ---- Native inputs and textareas (also readonly My97 / laydate date inputs) -----------------------------

type TextControl = HTMLInputElement | HTMLTextAreaElement;

/**
 * Types the value the way frameworks listen for it: focus, native setter, input, change, blur.
 * Focus moves for real only for date pickers (they open on it); otherwise focus and blur are events only,
 * which is what frameworks listen to, and it spares a layout per field. `stay` keeps a picker's focus for the
 * next box of the same range, as a person goes on from start to end (Naive forgets a lone start on blur).
 */
export async function typeInto(control: TextControl, value: string, confirm = false, picker = false, stay = false): Promise<void> {
  if (picker) {
    control.focus({ preventScroll: true });
    // Framework date pickers build their panel after focus (next tick) and read it on change.
    await settle(control.ownerDocument);
  } else {
    fire(control, 'focus');
    fire(control, 'focusin');
  }
  setNativeValue(control, value);
  fire(control, 'input', { data: value });
  if (confirm) keyWithin(control, control.closest('.ant-picker') ?? control, 'Enter');
  fire(control, 'change');
  if (picker) {
    if (!stay) control.blur();
  } else {
    fire(control, 'blur');
    fire(control, 'focusout');
  }
}

export function textWidget(control: TextControl, options: { kind?: FieldKind; framework?: string; element?: HTMLElement } = {}): Widget {
  const kind = options.kind ?? (control.tagName === 'TEXTAREA' ? 'textarea' : 'text');
  /** Framework date pickers commit a typed date on Enter (antd) or change (Element, iView). */
  const confirm = options.framework === 'antd';
  const picker = kind === 'date' && ['element', 'antd', 'iview', 'naive'].includes(options.framework ?? '');
  return {
    kind,
    framework: options.framework ?? 'native',
    element: options.element ?? control,
    control,
    multiple: false,
    options: () => [],
    read: () => (control.value ? [control.value] : []),
    empty: () => !control.value.trim(),
    async write([value], context) {
      const text = context.date && control instanceof windowOf(control).HTMLInputElement ? formatDate(value, dateFormatOf(control)) : value;
      await typeInto(control, text, confirm, picker);
      if (picker) closePicker(control, options.element ?? control);
      return null;
    },
    snapshot() {
      const previous = control.value;
      return async () => {
        if (picker && !previous) await clearPicker(options.element ?? control);
        else await typeInto(control, previous, confirm, picker);
        if (picker) closePicker(control, options.element ?? control);
        return control.value === previous;
      };
    },
  };
}

/** Pickers ignore an emptied input; their clear icon (shown on hover) empties the model. */
async function clearPicker(root: HTMLElement): Promise<void> {
  if (!(await clearByIcon(root, '.ant-picker-clear, .el-icon-circle-close, .el-input__clear, .ivu-icon-ios-close-circle, .n-base-clear__clear'))) {
    await typeInto(root.querySelector('input') ?? (root as HTMLInputElement), '', false, true);
  }
  await settle(root.ownerDocument);
}

/** Hovers a widget as a person would, so its clear icon shows, and clicks that icon; false when it has none. */
export async function clearByIcon(root: HTMLElement, icon: string): Promise<boolean> {
  const input = root.querySelector('input') ?? root;
  for (let el: HTMLElement | null = input; el && root.contains(el); el = el.parentElement) {
    el.dispatchEvent(new (windowOf(el).MouseEvent)('mouseenter'));
    fire(el, 'mouseover');
  }
  await settle(root.ownerDocument);
  const found = root.querySelector<HTMLElement>(icon);
  if (found) click(found);
  await settle(root.ownerDocument);
  return Boolean(found);
}

/** Framework date panels stay open after a typed date; Escape on the input closes them as a person would. */
function closePicker(input: HTMLElement, root: HTMLElement): void {
  keyWithin(input, root, 'Escape');
}

// ---- Native selects (and select2, which mirrors its hidden select) -------------------------------------

/** A select's prompt, whatever value the page gave it ("==请选择==" value="0", "--请选择--"). */
const isPromptOption = (o: HTMLOptionElement) => (o.value === '' && /^(-|请|全部|$)/.test(o.text.trim())) || /^[-=—_\s]*请选择/.test(o.text.trim());

export function selectWidget(select: HTMLSelectElement, options: { framework?: string; element?: HTMLElement } = {}): Widget {
  const real = () => [...select.options].filter((o) => !isPromptOption(o));
  return {
    kind: options.framework === 'select2' ? 'custom-select' : 'select',
    framework: options.framework ?? 'native',
    element: options.element ?? select,
    control: select,
    multiple: select.multiple,
    options: () => real().map((o) => o.text.trim()),
    read: () => [...select.selectedOptions].filter((o) => o.value !== '' && !isPromptOption(o)).map((o) => o.text.trim()),
    empty: () => !select.value || [...select.selectedOptions].every(isPromptOption) || (select.selectedIndex === 0 && ![...select.options].some((o) => o.defaultSelected)),
    async write(values, context) {
      const picked: HTMLOptionElement[] = [];
      for (const wanted of values) {
        // Cascades: the list may arrive after the previous field's change.
        const option = await waitFor(select.ownerDocument, () => pickOption(real(), (o) => o.text, wanted), context.timeoutMs);
        if (!option) return notFound(wanted);
        picked.push(option);
      }
      if (select.multiple) for (const option of select.options) option.selected = picked.includes(option);
      else setNativeValue(select, picked[0].value);
      fire(select, 'input');
      fire(select, 'change');
      return null;
    },
    snapshot() {
      const previous = [...select.options].map((o) => o.selected);
      return async () => {
        [...select.options].forEach((o, i) => (o.selected = previous[i] ?? false));
        fire(select, 'input');
        fire(select, 'change');
        return true;
      };
    },
  };
}

// ---- Radio and checkbox groups (native, Element, antd, iView, layui's skinned ones) ---------------------

/** The visible stand-in layui draws after a hidden radio/checkbox, which is what takes the click. */
function layuiProxy(input: HTMLInputElement): HTMLElement | null {
  const next = input.nextElementSibling as HTMLElement | null;
  return next && /layui-form-(radio|checkbox|switch)/.test(next.className) ? next : null;
}

/** The text a person reads beside one radio or checkbox. */
export function optionTextOf(input: HTMLInputElement): string {
  const root = input.getRootNode() as Document | ShadowRoot;
  const byFor = input.id ? root.querySelector(`label[for=${quoted(input.id)}]`) : null;
  const label = byFor ?? input.closest('label');
  const proxy = layuiProxy(input);
  const next = input.nextSibling;
  // A framework's option drawn around the input (vant's <div role="radio"><input hidden-native><span>女</span></div>).
  const drawn = input.parentElement?.closest('[role=radio], [role=checkbox]');
  return (
    (label && textOf(label)) ||
    (proxy && textOf(proxy)) ||
    (drawn && textOf(drawn)) ||
    input.title ||
    (next && next.nodeType === 3 ? textOf(next) : '') ||
    input.value
  ).trim();
}

/**
 * How the members of one choice group are read and changed: native inputs (groupWidget) or elements that say their
 * state in ARIA (ariaGroupWidget: Naive's n-checkbox, vant's van-radio/van-checkbox draw no input at all).
 */
interface ChoiceMembers<T extends HTMLElement> {
  members: T[];
  isRadio: boolean;
  framework: string;
  checked(member: T): boolean;
  /** A radio the page checks by default is the page's choice, not the user's. */
  pickedByPage(member: T): boolean;
  text(member: T): string;
  toggle(member: T): Promise<void>;
  /** No click un-picks a radio: how to clear one for undo. */
  unpick(member: T): void;
}

function choiceGroupWidget<T extends HTMLElement>(group: ChoiceMembers<T>, element: HTMLElement): Widget {
  const { members, isRadio, checked, text, toggle } = group;
  return {
    kind: isRadio ? 'radio' : 'checkbox',
    framework: group.framework,
    element,
    control: members[0],
    multiple: !isRadio,
    options: () => members.map(text),
    read: () => members.filter(checked).map(text),
    empty: () => !members.some((m) => checked(m) && !group.pickedByPage(m)),
    async write(values) {
      const picks: T[] = [];
      for (const wanted of values) {
        const member = pickOption(members, text, wanted);
        if (!member) return notFound(wanted);
        picks.push(member);
      }
      for (const member of members) {
        if (checked(member) !== picks.includes(member) && (picks.includes(member) || !isRadio)) await toggle(member);
      }
      return null;
    },
    snapshot() {
      const previous = members.map(checked);
      return async () => {
        for (const [i, member] of members.entries()) {
          if (checked(member) === previous[i]) continue;
          if (previous[i] || !isRadio) await toggle(member);
          else group.unpick(member);
        }
        await settle(element.ownerDocument);
        return members.every((m, i) => checked(m) === previous[i]);
      };
    },
  };
}

export function groupWidget(members: HTMLInputElement[], element: HTMLElement): Widget {
  const isRadio = members[0].type === 'radio';
  const target = (input: HTMLInputElement) => layuiProxy(input) ?? input;
  return choiceGroupWidget({
    members,
    isRadio,
    framework: members.some((m) => layuiProxy(m)) ? 'layui' : 'native',
    checked: (input) => input.checked,
    pickedByPage: (input) => isRadio && input.defaultChecked,
    text: optionTextOf,
    async toggle(input) {
      const before = input.checked;
      target(input).click();
      await settle(input.ownerDocument);
      // A stand-in nobody listens to (layui's script not run on this form): the input itself takes the click.
      if (input.checked === before && target(input) !== input) input.click();
    },
    unpick(input) {
      // Clear it natively and tell the framework (layui re-renders from the DOM).
      input.checked = false;
      fire(input, 'change');
      resetFramework(element, '');
      const layuiForm = (windowOf(input) as unknown as { layui?: { form?: { render(type?: string): void } } }).layui?.form;
      layuiForm?.render('radio');
    },
  }, element);
}

/** A choice group drawn as role=radio/role=checkbox elements with aria-checked, which a click toggles. */
export function ariaGroupWidget(members: HTMLElement[], element: HTMLElement): Widget {
  const framework = /\bn-(checkbox|radio)/.test(members[0].className) ? 'naive' : /\bvan-/.test(members[0].className) ? 'vant' : 'native';
  return choiceGroupWidget({
    members,
    isRadio: members[0].getAttribute('role') === 'radio',
    framework,
    checked: (member) => member.getAttribute('aria-checked') === 'true',
    pickedByPage: () => false,
    text: (member) => textOf(member).trim() || member.getAttribute('aria-label') || '',
    async toggle(member) {
      click(member);
      await settle(member.ownerDocument);
    },
    unpick: () => resetFramework(element, ''),
  }, element);
}

// ---- layui select: the hidden <select> keeps the value, only a click on its dd[lay-value] updates it -----

export function layuiSelectWidget(select: HTMLSelectElement): Widget {
  // layui rebuilds its stand-in on every form.render(), so look it up each time.
  const proxy = () => select.nextElementSibling as HTMLElement;
  const items = () => [...proxy().querySelectorAll<HTMLElement>('dd[lay-value]')].filter((dd) => dd.getAttribute('lay-value') !== '' && !dd.classList.contains('layui-disabled'));
  const choose = async (dd: HTMLElement) => {
    click(proxy().querySelector('.layui-select-title') ?? proxy());
    click(dd);
    await settle(select.ownerDocument);
  };
  return {
    kind: 'custom-select',
    framework: 'layui',
    element: proxy(),
    control: select,
    multiple: false,
    options: () => items().map((dd) => textOf(dd)),
    read: () => [...select.selectedOptions].filter((o) => o.value !== '').map((o) => o.text.trim()),
    empty: () => !select.value,
    async write([wanted], context) {
      const dd = await waitFor(select.ownerDocument, () => proxy()?.classList.contains('layui-form-select') && pickOption(items(), textOf, wanted), context.timeoutMs);
      if (!dd) return notFound(wanted);
      await choose(dd);
      return null;
    },
    snapshot() {
      const previous = select.value;
      return async () => {
        const dd = proxy().querySelector<HTMLElement>(`dd[lay-value=${quoted(previous)}]`);
        if (dd) await choose(dd);
        return select.value === previous;
      };
    },
  };
}

// ---- Dropdowns that render their list in a popup (Element UI / Plus, antd, iView) -------------------------

export interface DropdownFlavor {
  framework: string;
  /** The widget's outer element. */
  root: string;
  /** Where a person clicks to open it. */
  opener: string;
  popup: string;
  option: string;
  optionSelected: string;
  optionDisabled: string;
  /** Selected values as displayed, tried in order. */
  shown: string[];
  multipleWhen: string;
  clear?: string;
  /** A scrolling holder of a virtual list (antd): scrolled to bring more options in. */
  virtualHolder?: string;
}

export const DROPDOWNS: DropdownFlavor[] = [
  {
    framework: 'element',
    root: '.el-select',
    opener: '.el-select__wrapper, .el-input__inner',
    popup: '.el-select-dropdown',
    option: '.el-select-dropdown__item',
    optionSelected: '.selected, .is-selected',
    optionDisabled: '.is-disabled',
    shown: [
      '.el-select__tags .el-select__tags-text, .el-select__selected-item .el-select__tags-text',
      '.el-select__selected-item:not(.is-transparent):not(.el-select__input-wrapper):not(.el-select__selected-item--multi)',
      'input.el-input__inner',
    ],
    multipleWhen: '.el-select__tags, .el-select__selection.is-near, .el-select--multiple, .el-tag',
    clear: '.el-select__clear, .el-icon-circle-close',
  },
  {
    framework: 'antd',
    root: '.ant-select',
    opener: '.ant-select-content, .ant-select-selector',
    popup: '.ant-select-dropdown',
    option: '.ant-select-item-option',
    optionSelected: '.ant-select-item-option-selected',
    optionDisabled: '.ant-select-item-option-disabled',
    shown: ['.ant-select-selection-item', '.ant-select-content-has-value', '.ant-select-selection-item-content'],
    multipleWhen: '.ant-select-multiple',
    clear: '.ant-select-clear',
    virtualHolder: '.ant-select-dropdown-list-holder, .rc-virtual-list-holder',
  },
  {
    framework: 'iview',
    root: '.ivu-select',
    opener: '.ivu-select-selection',
    popup: '.ivu-select-dropdown',
    option: '.ivu-select-item',
    optionSelected: '.ivu-select-item-selected',
    optionDisabled: '.ivu-select-item-disabled',
    shown: ['.ivu-tag .ivu-tag-text', '.ivu-select-selected-value', 'input.ivu-select-input'],
    multipleWhen: '.ivu-select-multiple',
    clear: '.ivu-select-arrow.ivu-icon-ios-close-circle, .ivu-icon-ios-close-circle',
  },
  {
    // Naive UI: the menu is teleported to <body> and virtual-listed; a filterable one types into its pattern input.
    framework: 'naive',
    root: '.n-select',
    opener: '.n-base-selection',
    popup: '.n-base-select-menu',
    option: '.n-base-select-option',
    optionSelected: '.n-base-select-option--selected',
    optionDisabled: '.n-base-select-option--disabled',
    shown: ['.n-base-selection-tag-wrapper .n-tag__content', '.n-base-selection-label__render-label', '.n-base-selection-input__content'],
    multipleWhen: '.n-base-selection--multiple',
    clear: '.n-base-clear__clear',
    virtualHolder: '.v-vl',
  },
];

const optionText = (el: Element) => el.getAttribute('title') || textOf(el);

function shownValues(root: Element, flavor: DropdownFlavor): string[] {
  for (const selector of flavor.shown) {
    const texts = [...root.querySelectorAll(selector)]
      // A page's own window holds the element classes (tests and frames have no global HTMLInputElement).
      .map((el) => (el instanceof windowOf(el).HTMLInputElement ? el.value : el.getAttribute('title') || textOf(el)).trim())
      .filter(Boolean);
    if (texts.length) return texts;
  }
  return [];
}

export function dropdownWidget(root: HTMLElement, flavor: DropdownFlavor): Widget {
  const doc = root.ownerDocument;
  const multiple = () => root.matches(flavor.multipleWhen) || Boolean(root.querySelector(flavor.multipleWhen));
  const searchInput = () => root.querySelector<HTMLInputElement>('input:not([readonly]):not([type=hidden])');
  const popups = () => [...doc.querySelectorAll<HTMLElement>(flavor.popup)].filter((p) => isVisible(p));
  /** Ours: the popup named by aria-controls, one inside the widget, or the one that opened when we clicked. */
  const ourPopup = (before: HTMLElement[]) => {
    const controlled = root.querySelector('[aria-controls]')?.getAttribute('aria-controls');
    const named = controlled ? doc.getElementById(controlled)?.closest<HTMLElement>(flavor.popup) : null;
    if (named && isVisible(named)) return named;
    const open = popups();
    return open.find((p) => root.contains(p)) ?? open.find((p) => !before.includes(p)) ?? null;
  };
  const optionsIn = (popup: HTMLElement) => [...popup.querySelectorAll<HTMLElement>(flavor.option)].filter((o) => !o.matches(flavor.optionDisabled));
  const open = async (context: WriteContext) => {
    const before = popups();
    click(root.querySelector(flavor.opener) ?? root);
    return waitFor(doc, () => ourPopup(before), context.timeoutMs);
  };
  const close = async (popup: HTMLElement | null) => {
    if (popup && isVisible(popup)) {
      const input = root.querySelector('input');
      if (input) keyWithin(input, root, 'Escape');
      if (isVisible(popup)) click(doc.body);
    }
    root.querySelector('input')?.blur();
    await settle(doc);
  };
  /** Finds the option, scrolling a virtual list or typing to filter as a person would. */
  const findOption = async (popup: HTMLElement, wanted: string, context: WriteContext) => {
    const probe = () => pickOption(optionsIn(popup), optionText, wanted);
    let option = await waitFor(doc, probe, Math.min(context.timeoutMs, 400));
    const search = searchInput();
    if (!option && search) {
      setNativeValue(search, wanted);
      fire(search, 'input', { data: wanted });
      option = await waitFor(doc, probe, context.timeoutMs);
    }
    const holder = flavor.virtualHolder ? popup.querySelector<HTMLElement>(flavor.virtualHolder) : null;
    for (let top = 0; !option && holder && top < holder.scrollHeight; ) {
      top += Math.max(holder.clientHeight, 100);
      holder.scrollTop = top;
      holder.dispatchEvent(new (windowOf(holder).Event)('scroll'));
      option = await waitFor(doc, probe, 200);
    }
    return option ?? (await waitFor(doc, probe, context.timeoutMs));
  };
  const choose = async (values: string[], context: WriteContext, exactly: boolean): Promise<string | null> => {
    const popup = await open(context);
    if (!popup) return '下拉列表没有打开';
    for (const wanted of values) {
      const option = await findOption(popup, wanted, context);
      if (!option) {
        await close(popup);
        return notFound(wanted);
      }
      if (!option.matches(flavor.optionSelected) || !multiple()) click(option);
      await settle(doc);
    }
    if (exactly && multiple()) {
      for (const option of optionsIn(popup)) {
        if (option.matches(flavor.optionSelected) && !values.some((v) => same(optionText(option), v))) click(option);
      }
    }
    await close(popup);
    return null;
  };
  return {
    kind: 'custom-select',
    framework: flavor.framework,
    element: root,
    control: root.querySelector('input') ?? root,
    get multiple() {
      return multiple();
    },
    options: () => [],
    read: () => shownValues(root, flavor),
    empty: () => !shownValues(root, flavor).length,
    write: (values, context) => choose(values, context, false),
    snapshot() {
      const previous = shownValues(root, flavor);
      return async () => {
        if (previous.length) await choose(previous, { timeoutMs: 2000, date: false }, true);
        else await clearDropdown(root, flavor, multiple());
        const restored = () => normalizeText(shownValues(root, flavor).join()) === normalizeText(previous.join());
        return Boolean(await waitFor(doc, restored, 1000));
      };
    },
  };
}

/** Empties a dropdown: its clear icon when it has one, removing tags, else the framework's own model. */
async function clearDropdown(root: HTMLElement, flavor: DropdownFlavor, multiple: boolean): Promise<void> {
  const doc = root.ownerDocument;
  click(root); // hovering shows the clear icon: over the widget, or over the box inside it (Naive)
  for (const box of new Set([root, root.querySelector(flavor.opener) ?? root])) fire(box, 'mouseenter');
  await settle(doc);
  const clear = flavor.clear ? root.querySelector<HTMLElement>(flavor.clear) : null;
  if (clear) click(clear);
  else if (!resetFramework(root, multiple ? [] : '')) return;
  await settle(doc);
  keyWithin(root.querySelector('input') ?? root, root, 'Escape');
  click(doc.body);
  await settle(doc);
}

/**
 * Sets a component's model through the framework itself, for what no click can do (un-picking a radio,
 * emptying a dropdown without a clear icon). Only works where page globals are visible (the MAIN world).
 */
export function resetFramework(el: HTMLElement, value: unknown): boolean {
  const host = el as HTMLElement & { __vue__?: Vue2 };
  if (host.__vue__) {
    host.__vue__.$emit('input', value);
    host.__vue__.$emit('change', value);
    return true;
  }
  const vue3 = vue3Owner(el);
  if (vue3) {
    // v-model is modelValue (Element Plus) or v-model:value (Naive UI, whose own clear empties a choice to null).
    const prop = 'modelValue' in vue3.props! ? 'modelValue' : 'value';
    const emptied = prop === 'value' && value === '' ? null : value;
    vue3.emit(`update:${prop}`, emptied);
    vue3.emit('change', emptied);
    return true;
  }
  const fiberKey = Object.keys(el).find((k) => k.startsWith('__reactFiber$'));
  for (let fiber = fiberKey ? (el as unknown as Record<string, Fiber>)[fiberKey] : undefined; fiber; fiber = fiber.return) {
    const props = fiber.memoizedProps;
    if (props && typeof props.onChange === 'function' && 'value' in props) {
      // Form.Item's onChange reads event.target.value; a list is passed as is (multi-selects, checkbox groups).
      (props.onChange as (v: unknown) => void)(Array.isArray(value) ? value : { target: { value: value === '' ? undefined : value } });
      return true;
    }
  }
  return false;
}

type Vue2 = { $emit(event: string, value: unknown): void };
type Vue3 = { emit(event: string, value: unknown): void; props?: Record<string, unknown>; subTree?: VNode; vnode?: VNode };
type VNode = { el?: unknown; component?: Vue3; children?: unknown; suspense?: { activeBranch?: VNode } };
type Fiber = { memoizedProps?: Record<string, unknown>; return?: Fiber };

/**
 * The Vue 3 component with a v-model (modelValue, or value as Naive UI names it) whose root element is `el`.
 * Production builds do not tag elements with their component, so the app's vnode tree is searched from its mount
 * point (data-v-app, _vnode).
 */
function vue3Owner(el: HTMLElement): Vue3 | null {
  const owns = (c: Vue3) => (c.subTree?.el === el || c.vnode?.el === el) && Boolean(c.props && ('modelValue' in c.props || 'value' in c.props));
  const search = (vnode: VNode | undefined, depth: number): Vue3 | null => {
    if (!vnode || depth > 400) return null;
    if (vnode.component) return owns(vnode.component) ? vnode.component : search(vnode.component.subTree, depth + 1);
    if (vnode.suspense) return search(vnode.suspense.activeBranch, depth + 1);
    if (Array.isArray(vnode.children)) {
      for (const child of vnode.children as VNode[]) {
        const found = child && typeof child === 'object' ? search(child, depth + 1) : null;
        if (found) return found;
      }
    }
    return null;
  };
  for (const mount of el.ownerDocument.querySelectorAll('[data-v-app]')) {
    const found = search((mount as Element & { _vnode?: VNode })._vnode, 0);
    if (found) return found;
  }
  return null;
}

// ---- Rich-text editors --------------------------------------------------------------------------------

/**
 * A contenteditable editor. Slate-based editors (wangEditor 5) ignore DOM edits, so the text goes in as the
 * browser's own editing events: select all, then a paste of plain text (which they all handle), falling back
 * to insertText where paste is not handled.
 */
export function richTextWidget(editable: HTMLElement, element: HTMLElement = editable, framework = 'native'): Widget {
  const doc = editable.ownerDocument;
  const win = windowOf(editable);
  // innerText keeps paragraph breaks; DOMs without layout (jsdom) only have textContent.
  const read = () => (editable.innerText ?? editable.textContent ?? '').trim();
  const selectAll = () => {
    editable.focus({ preventScroll: true });
    const range = doc.createRange();
    // From the first text node to the end of the last, as a person's select-all lands: Slate cannot map a
    // selection that starts on a block element and throws from its selectionchange handler.
    const texts = textNodesOf(editable);
    if (texts.length) {
      range.setStart(texts[0], 0);
      range.setEnd(texts[texts.length - 1], texts[texts.length - 1].length);
    } else {
      range.selectNodeContents(editable);
    }
    const selection = win.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
  };
  /**
   * Whether the editor's own model holds the DOM selection. Slate-based editors sync it from selectionchange,
   * throttled (100 ms): an edit before that lands on the old selection, and a delete then empties the DOM but
   * not the model. They answer a copy from their model's selection, so a copy into a DataTransfer of ours
   * shows what they hold (the system clipboard is untouched); an editor that leaves a copy alone edits the
   * DOM selection itself.
   */
  const selectionTaken = () => {
    if (!(win.DataTransfer && win.ClipboardEvent)) return true;
    const data = new win.DataTransfer();
    if (editable.dispatchEvent(new win.ClipboardEvent('copy', { clipboardData: data, bubbles: true, cancelable: true }))) return true;
    return normalizeText(data.getData('text/plain')) === normalizeText(win.getSelection()?.toString() ?? '');
  };
  const put = async (text: string) => {
    selectAll();
    // Polled, as taking a selection changes nothing a MutationObserver sees. Bounded (a second: timers run late
    // in a background tab) for an editor whose copy says other than its selection: it is then edited as it is.
    for (const start = Date.now(); !selectionTaken() && Date.now() - start < 1000;) await pause(doc, 15);
    if (!text) {
      // An editor that deletes in its own model (Slate cancels the beforeinput) is left to it: a native delete on
      // top (execCommand fires no beforeinput) changes its DOM behind its back, and its selection sync then throws.
      const handled = !fire(editable, 'beforeinput', { inputType: 'deleteContentBackward', data: null });
      const deleted = handled || doc.execCommand?.('delete');
      if (!deleted && !(win.DataTransfer && win.ClipboardEvent)) editable.textContent = '';
    } else if (win.DataTransfer && win.ClipboardEvent) {
      const data = new win.DataTransfer();
      data.setData('text/plain', text);
      const handled = !editable.dispatchEvent(new win.ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
      if (!handled) doc.execCommand('insertText', false, text);
    } else if (!doc.execCommand?.('insertText', false, text)) {
      // A DOM without clipboard events or editing commands (jsdom): the editable takes the text directly.
      editable.textContent = text;
    }
    await settle(doc);
    fire(editable, 'input');
    editable.blur();
  };
  return {
    kind: 'richtext',
    framework,
    element,
    control: editable,
    multiple: false,
    options: () => [],
    read: () => (read() ? [read()] : []),
    empty: () => !read(),
    async write([text]) {
      const accepted = () => normalizeText(read()).includes(normalizeText(text).slice(0, 20));
      // An editor may still drop a paste (its selection not synced within put's bound): it is tried again.
      for (let attempt = 0; attempt < 3 && !accepted(); attempt++) {
        if (attempt) await pause(doc, 150);
        await put(text);
      }
      return accepted() ? null : '编辑器没有接受输入';
    },
    snapshot() {
      const previous = read();
      return async () => {
        await put(previous);
        return normalizeText(read()) === normalizeText(previous);
      };
    },
  };
}

function textNodesOf(root: HTMLElement): Text[] {
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  return nodes;
}

/** An iframe editor (KindEditor, UEditor): its body is the editing surface. */
export function frameEditorWidget(frame: HTMLIFrameElement): Widget | null {
  const inner = frameDocument(frame);
  if (!inner?.body) return null;
  return richTextWidget(inner.body, frame, 'iframe-editor');
}
