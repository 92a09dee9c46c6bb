import { classifyLabel, classifyName, OTHER_PERSON_REASON, UNKNOWN_REASON, type Classification, type LabelContext } from './classify';
import { collectRoots, frameDocument, isEditorDocument, isVisible, takesOnlyNumbers, type SearchRoot } from './dom';
import { CASCADERS, cascaderWidget, DATE_RANGE_ROOTS, dateRangeWidget, rangeSeparator } from './composite';
import { CHOICE_KINDS, FoundField, LONG_TEXT_KINDS, type Field } from './field';
import { DATE_KEYS, DIGIT_KEYS, RANGE_KEYS, type FieldKey } from './keys';
import { AREA_LABELS, EVENT_PLACE_WORDS, KEY_BY_OPTIONS, MEETING_ATTENDEES, RESIDENT_ACTS } from './lexicon';
import { MIRROR_PROXIES, mirrorWidget } from './mirrors';
import { isSelfPage, labelEvidence, newPageCache, pageHeadline, sectionsOf, type LabelEvidence, type LabelSource, type PageCache } from './labels';
import { partyOf } from './party';
import { answerNamed } from './questions';
import { resolveForm } from './passes';
import { matches, type FieldOverride } from './selector';
import { normalizeLabel, textOf, withoutRemarks } from './text';
import {
  ariaGroupWidget, DROPDOWNS, dropdownWidget, frameEditorWidget, groupWidget, layuiSelectWidget, richTextWidget, selectWidget, textWidget,
  type FieldKind, type Widget,
} from './widgets';

export type { DetectedField, Field } from './field';

export interface DetectOptions {
  overrides?: FieldOverride[];
}

const GROUP_CONTAINERS = [
  '.el-radio-group, .el-checkbox-group, .ant-radio-group, .ant-checkbox-group, .ivu-radio-group, .ivu-checkbox-group',
  '.n-radio-group, .n-checkbox-group, .van-radio-group, .van-checkbox-group, [role=radiogroup], [role=group]',
].join(', ');
/** Choices drawn without an input, saying their state in aria-checked (Naive's n-checkbox, vant's van-radio). */
const ARIA_CHOICES = '[role=radio], [role=checkbox]';
const SKIPPED_TYPES = new Set(['hidden', 'password', 'file', 'submit', 'button', 'reset', 'image', 'range', 'color', 'search']);
/** Framework date pickers: their root, and the framework each belongs to. */
const DATE_PICKERS: [root: string, framework: string][] = [
  ['.el-date-editor', 'element'], ['.ant-picker', 'antd'], ['.ivu-date-picker', 'iview'], ['.n-date-picker', 'naive'],
];
const DATE_ROOTS = DATE_PICKERS.map(([root]) => root).join(', ');
const pickerFramework = (root: Element) => DATE_PICKERS.find(([selector]) => root.matches(selector))?.[1] ?? 'element';
const SEARCH_CLASS = /(^|[\s_-])(search|searchbox|search-box|searchbar|topsearch|banner|query|filter|filters|query-form|search-form)([\s_-]|$)/i;
const FRAMEWORK_CLASS = /^(ant|el|ivu|layui|select2|w-e)-/;

/** The page's search areas (header, nav, a search bar): fields inside them are never form fields. */
function searchAreas(root: Document | ShadowRoot): Element[] {
  const landmark = 'header, nav, [role=search], [role=banner]';
  const searchClass = (el: Element) =>
    !el.matches('input, select, textarea') &&
    (el.getAttribute('class') ?? '').split(/\s+/).some((c) => SEARCH_CLASS.test(c) && !FRAMEWORK_CLASS.test(c));
  const areas = [...root.querySelectorAll(`${landmark}, [class*=search], [class*=banner], [class*=Search], [class*=query], [class*=filter]`)].filter(
    (el) => el.matches(landmark) || searchClass(el),
  );
  return [...areas, ...[...root.querySelectorAll('form')].filter(isQueryForm)];
}

/**
 * A box that says it searches (搜索问题标题/责任单位, 请输入关键字, 输入工单编号查询), or antd's search input: it looks
 * things up and is no field of the form, whatever it names beside the verb.
 */
function isSearchBox(input: HTMLInputElement): boolean {
  const prompt = input.placeholder.trim();
  return /^(请输入)?(搜索|检索|查询|查找|关键[字词])|(搜索|检索|查询|查找)\W*$/.test(prompt) || !!input.closest('.ant-input-search');
}

const BUTTONS = 'button, input[type=submit], input[type=button], a[class*=btn], [class*=button], [role=button]';
/** A button showing only a magnifier (layui-icon-search, el-icon-search, anticon-search) says 搜索 without words. */
const searchIcon = (button: Element) => (button.querySelector('[class*=icon-search], [class*=search-icon], .anticon-search') ? '搜索' : '');

/**
 * A list page's filter form (its only actions are 查询/搜索, no 保存, 提交 …), or a login/registration form. A 新增 beside
 * 查询 on a framework's inline filter bar (el-form--inline) opens the record's own form elsewhere; in a block form it
 * may be the form's own button.
 */
function isQueryForm(form: Element): boolean {
  // Legacy buttons space their words out (保 存, 提 交).
  const actions = [...form.querySelectorAll(BUTTONS)].map((b) => (textOf(b) || (b as HTMLInputElement).value || searchIcon(b)).replace(/[\s\u3000]+/g, ''));
  if (actions.some((t) => /^(登录|注册|立即登录|立即注册)$/.test(t))) return true;
  const adds = !/(^|\s)(el-form--inline|ant-form-inline|ivu-form-inline)(\s|$)/.test(form.getAttribute('class') ?? '') && actions.some((t) => /新增/.test(t));
  return actions.some((t) => /查询|搜索|检索|筛选/.test(t)) && !adds && !actions.some((t) => /保存|提交|确定|登记|上报|暂存|下一步|报送|发送/.test(t));
}

function commonAncestor(nodes: Element[]): HTMLElement {
  let ancestor = nodes[0].parentElement!;
  while (!nodes.every((n) => ancestor.contains(n)) && ancestor.parentElement) ancestor = ancestor.parentElement;
  return ancestor;
}

/** The name a list of choices shares, without each member's number: jtqk[], hlx_0, ASP.NET's ctl00$Main$cblHlx$0. */
const memberBase = (name: string) => name.replace(/\[[^\]]*\]$|[_$]\d+$/, '');

/** The radios/checkboxes that form one question with this one, and the element around them. */
function groupOf(input: HTMLInputElement): { members: HTMLInputElement[]; container: HTMLElement } | null {
  const sameType = (scope: ParentNode) => [...scope.querySelectorAll<HTMLInputElement>(`input[type=${input.type}]`)];
  const framed = input.closest<HTMLElement>(GROUP_CONTAINERS);
  if (framed) return { members: sameType(framed), container: framed };
  const base = memberBase(input.name);
  if (base) {
    const scope = input.form ?? (input.getRootNode() as ParentNode);
    const members = sameType(scope).filter((m) => m.name === input.name || memberBase(m.name) === base);
    if (members.length > 1) return { members, container: commonAncestor(members) };
    return null;
  }
  for (let node = input.parentElement; node && node.tagName !== 'FORM' && node.tagName !== 'BODY'; node = node.parentElement) {
    if (node.querySelector('input:not([type=radio]):not([type=checkbox]):not([type=hidden]), select, textarea')) return null;
    const members = sameType(node);
    if (members.length > 1) return { members, container: node };
  }
  return null;
}

/** The ARIA choices that form one question with this one (same role, in its group or beside it), and their container. */
function ariaGroupOf(choice: HTMLElement): { members: HTMLElement[]; container: HTMLElement } | null {
  const role = choice.getAttribute('role');
  const container = choice.closest<HTMLElement>(GROUP_CONTAINERS) ?? choice.parentElement;
  if (!container) return null;
  const members = [...container.querySelectorAll<HTMLElement>(`[role=${role}]`)].filter(
    (m) => !m.matches('input') && !m.querySelector('input[type=radio], input[type=checkbox]'),
  );
  return members.length > 1 || container.matches(GROUP_CONTAINERS) ? { members, container } : null;
}

const isAriaDisabled = (el: Element) => el.getAttribute('aria-disabled') === 'true' || /(^|\s)\S+--disabled(\s|$)/.test(el.className);

function dateFramework(input: HTMLInputElement): string | null {
  if (input.type === 'date' || input.type === 'datetime-local') return 'native';
  const root = input.closest(DATE_ROOTS);
  if (root) {
    if (root.matches(DATE_RANGE_ROOTS)) return null;
    return pickerFramework(root);
  }
  if (/WdatePicker/.test(input.getAttribute('onclick') ?? input.getAttribute('onfocus') ?? '') || input.classList.contains('Wdate')) return 'my97';
  if (input.hasAttribute('lay-key')) return 'layui';
  // A readonly input that says it takes a date (a picker the page attaches by script): written directly.
  if (input.readOnly && READONLY_DATE_HINT.test(`${input.placeholder} ${input.className} ${input.name || input.id}`)) return 'native';
  return null;
}

const READONLY_DATE_HINT = /日期|时间|yyyy|date|time|rq\b/i;

/**
 * An empty readonly box the page asks the user to pick into (承办单位 [        ] 选择, title 点击选择…): the
 * chosen text is its value, so typing it is what the picker would do. Not when a hidden input beside it keeps
 * the picked item's code (the text alone would not be the choice), nor a box the page fills itself (自动带出).
 */
function isPickerBox(input: HTMLInputElement): boolean {
  const hint = `${input.title} ${input.placeholder}`;
  if (input.value || !PICK_HINT.test(hint) || FILLS_ITSELF.test(hint)) return false;
  return !input.parentElement?.querySelector('input[type=hidden]');
}

const PICK_HINT = /选择/;
/** The page fills the box from another choice (选择网格后自动带出). */
const FILLS_ITSELF = /自动(带出|生成|获取|填充|带入|填写)/;

/** The buttons that walk a wizard's steps (上一步, 下一步). */
const STEP_BUTTON = /^(返回)?(上|下)一步$/;
const hasStepButton = (el: Element) => [...el.querySelectorAll(BUTTONS)].some((b) => STEP_BUTTON.test(textOf(b) || (b as HTMLInputElement).value || ''));

/** A tab's panel (role=tabpanel, Bootstrap's tab-pane, antd's, Element's, layui's): one page of a form in tabs. */
const isTabPanel = (el: Element) => el.getAttribute('role') === 'tabpanel' || /(^|\s)(tab-pane|ant-tabs-tabpane|el-tab-pane|layui-tab-item)(\s|$)/.test(el.getAttribute('class') ?? '');
/** A page of a form shown one at a time: a wizard's step (with 上一步/下一步) or a tab's panel. */
const isFormPage = (el: Element) => hasStepButton(el) || isTabPanel(el);

/**
 * A later step of a wizard (第三步：入户核查结论, hidden until the user clicks 下一步) or another tab of a form in tabs
 * (绑定手机 beside 基本资料) is part of the form being filled: its boxes are filled now and seen when the user gets
 * there. The page is a hidden block beside a shown one of the same kind; nothing else between the box and the page
 * hides it (a box shown only for 其他 stays out).
 */
function inLaterStep(el: Element): boolean {
  // The outermost hidden block around the box: the step, if it is one.
  let step = el;
  while (step.parentElement && !isVisible(step.parentElement)) step = step.parentElement;
  const parent = step.parentElement;
  if (step === el || !parent) return false;
  for (let node: Element | null = el; node && node !== step; node = node.parentElement) if (hidesItself(node)) return false;
  if (!isFormPage(step)) return isNumberedStep(step, parent);
  return [...parent.children].some((other) => other !== step && other.tagName === step.tagName && isVisible(other) && isFormPage(other));
}

/** The items of a framework's steps bar (antd, Element, iView, antd-mobile, vant, Naive, Arco, TDesign). */
const STEP_ITEMS = '.ant-steps-item, .el-step, .ivu-steps-item, .adm-step, .van-step, .n-step, .arco-steps-item, .t-steps-item';

/**
 * A block of boxes among as many blocks of its kind as the page's steps bar has steps (申请家庭 · 家庭成员 · 核查结论),
 * one of them shown: a step, though its 上一步/下一步 stand in a footer shared by all. A steps bar of another count
 * says nothing of a hidden block (a box for 其他 beside the steps' fields).
 */
function isNumberedStep(step: Element, parent: Element): boolean {
  const pages = [...parent.children].filter((c) => c.tagName === step.tagName && c.querySelector('input, select, textarea, [contenteditable]'));
  if (pages.length < 2 || !pages.some(isVisible)) return false;
  const items = [...step.ownerDocument.querySelectorAll(STEP_ITEMS)];
  return items.length === pages.length && new Set(items.map((item) => item.parentElement)).size === 1;
}

/** Hidden by its own attribute or style, not by a block around it. */
function hidesItself(el: Element): boolean {
  const style = el.ownerDocument.defaultView?.getComputedStyle(el);
  return el.hasAttribute('hidden') || style?.display === 'none' || style?.visibility === 'hidden';
}

/** Shown to the user now, or in a later step of the wizard the form is. */
const shown = (el: Element) => isVisible(el) || inLaterStep(el);

/** The widget for a control, or null when it is not a fillable field (hidden, disabled, part of another widget). */
function widgetFor(el: Element, seen: Set<Element>): Widget | null {
  // A parsed document (DOMParser) has no window; its nodes belong to ours.
  const win = (el.ownerDocument.defaultView ?? globalThis) as Window & typeof globalThis;
  if (el instanceof win.HTMLIFrameElement) {
    const inner = frameDocument(el);
    return inner && isEditorDocument(inner) && isVisible(el) ? frameEditorWidget(el) : null;
  }
  const html = el as HTMLElement;
  if (html.isContentEditable || html.getAttribute('contenteditable') === 'true' || html.getAttribute('contenteditable') === '') {
    if (html.getAttribute('contenteditable') === 'false' || el.parentElement?.isContentEditable || !shown(el)) return null;
    const wang = el.closest<HTMLElement>('.w-e-text-container');
    return richTextWidget(html, wang ?? html, wang ? 'wangeditor' : 'native');
  }
  // One lookup for every widget a control can be part of. A native <select> styled with a framework's class
  // (<select class="el-select">) or shown inside the framework's box (<div class="el-select"><select>) is itself the
  // field: the frameworks draw their own list and hide any select they keep, so nothing of theirs is there to click.
  const ownSelect = el instanceof win.HTMLSelectElement && (el.matches(WIDGET_ROOTS) || isVisible(el));
  const widgetRoot = ownSelect ? null : el.closest<HTMLElement>(WIDGET_ROOTS);
  if (widgetRoot?.matches(DROPDOWN_ROOTS) && [...widgetRoot.querySelectorAll('select')].some(isVisible)) return null;
  const make = widgetRoot && frameworkWidget(widgetRoot);
  if (widgetRoot && make) {
    const root = widgetRoot;
    if (seen.has(root) || !isVisible(root) || /(is-disabled|-disabled)\b/.test(root.className)) return null;
    seen.add(root);
    return make();
  }
  if (widgetRoot?.matches('.select2-container, .layui-form-select')) return null;
  if (el.matches(ARIA_CHOICES) && !(el instanceof win.HTMLInputElement)) return ariaChoiceWidget(el as HTMLElement, seen);
  // chosen/bootstrap-select: only the select they hide is the field, not their own search box.
  if (widgetRoot?.matches(MIRROR_PROXIES) && !(el instanceof win.HTMLSelectElement)) return null;
  if (el instanceof win.HTMLSelectElement) {
    if (el.disabled) return null;
    const mirror = mirrorWidget(el);
    if (mirror) return isVisible(mirror.element) ? mirror : null;
    const next = el.nextElementSibling as HTMLElement | null;
    if (next?.classList.contains('layui-form-select')) return isVisible(next) ? layuiSelectWidget(el) : null;
    if (el.classList.contains('select2-hidden-accessible')) {
      return next && isVisible(next) ? selectWidget(el, { framework: 'select2', element: next }) : null;
    }
    return shown(el) ? selectWidget(el) : null;
  }
  if (el instanceof win.HTMLTextAreaElement) {
    return !el.disabled && !el.readOnly && shown(el) ? textWidget(el, { element: inputBox(el) }) : null;
  }
  if (!(el instanceof win.HTMLInputElement) || el.disabled || SKIPPED_TYPES.has(el.type) || isSearchBox(el)) return null;
  if (el.type === 'radio' || el.type === 'checkbox') {
    if (seen.has(el)) return null;
    const group = groupOf(el);
    if (!group) return null;
    group.members.forEach((m) => seen.add(m));
    const shown = group.members.some((m) => isVisible(m) || (m.nextElementSibling && isVisible(m.nextElementSibling)) || inLaterStep(m));
    return shown && !group.members.every((m) => m.disabled) ? groupWidget(group.members.filter((m) => !m.disabled), group.container) : null;
  }
  const date = dateFramework(el);
  // vant's readonly field opens a popup picker (网格, 日期); its input still hands a typed value to the model.
  if (!shown(el) || (el.readOnly && !date && !el.closest('.van-field') && !isPickerBox(el))) return null;
  const separator = date === 'layui' ? rangeSeparator(el) : null;
  if (separator) return dateRangeWidget(el, 'layui', separator);
  if (date) return textWidget(el, { kind: 'date', framework: date, element: el.closest<HTMLElement>(DATE_ROOTS) ?? el });
  return textWidget(el, { element: inputBox(el) });
}

/** A group of ARIA choices, once per group; one holding a native input is left to that input's group. */
function ariaChoiceWidget(choice: HTMLElement, seen: Set<Element>): Widget | null {
  if (seen.has(choice) || choice.querySelector('input[type=radio], input[type=checkbox]')) return null;
  const group = ariaGroupOf(choice);
  if (!group) return null;
  group.members.forEach((m) => seen.add(m));
  const open = group.members.filter((m) => !isAriaDisabled(m));
  return open.length && group.members.some(isVisible) ? ariaGroupWidget(open, group.container) : null;
}

/** The box a framework draws around its borderless input (Naive's n-input): what a person sees, and what is outlined. */
const inputBox = (el: HTMLElement) => (el.matches('.n-input__input-el, .n-input__textarea-el') && el.closest<HTMLElement>('.n-input')) || el;

/** The widget a framework draws around a control (dropdown, cascader, date range), to be made once per root. */
function frameworkWidget(root: HTMLElement): (() => Widget) | null {
  // Cascaders first: antd's is an .ant-select too.
  const cascader = CASCADERS.find((f) => root.matches(f.root));
  if (cascader) return () => cascaderWidget(root, cascader);
  const dropdown = DROPDOWNS.find((f) => root.matches(f.root));
  if (dropdown) return () => dropdownWidget(root, dropdown);
  if (root.matches(DATE_RANGE_ROOTS)) return () => dateRangeWidget(root, pickerFramework(root));
  return null;
}

/** Controls, and the dropdowns that may hold no input at all (Naive's n-select unless it is filterable). */
const DROPDOWN_ROOTS = DROPDOWNS.map((f) => f.root).join(', ');
const CANDIDATES = ['input, select, textarea, [contenteditable], iframe', ARIA_CHOICES, DROPDOWN_ROOTS].join(', ');
const WIDGET_ROOTS = [
  DROPDOWN_ROOTS, ...CASCADERS.map((f) => f.root), DATE_RANGE_ROOTS, '.select2-container', '.layui-form-select', MIRROR_PROXIES,
].join(', ');

/**
 * A cascader takes the place path (所属区域 or a place label); a date range the two keys of RANGE_KEYS.
 * Other keys on them are dropped with a reason: a wrong fill is worse than a miss.
 */
function compositeKey(kind: FieldKind, found: { key: FieldKey | null; label: string; reason?: string }): { key: FieldKey | null; reason?: string } {
  if (kind === 'cascader') {
    if (found.key?.startsWith('place.') || AREA_LABELS.includes(normalizeLabel(found.label))) return { key: found.key ?? 'place.street', reason: undefined };
    return { key: null, reason: found.key ? '级联选择只填所属区域（街道/社区/网格）' : found.reason };
  }
  if (found.key && RANGE_KEYS[found.key]) return { key: found.key, reason: undefined };
  return { key: null, reason: found.key ? '日期范围只填调研起止时间或走访起止日期' : found.reason };
}

/**
 * A box that only opens a list (a mobile picker: readonly, "请选择", no date) offers choices like a select does.
 * Its options live in a popup the page draws later, so it counts as a choice only for what can never be chosen.
 */
function opensList(control: HTMLElement): boolean {
  const hint = control.getAttribute('placeholder') ?? '';
  return control.hasAttribute('readonly') && /^请选择/.test(hint) && !/(日期|时间|年|月|日)/.test(hint);
}

const NUMBER_BOX_REASON = '这一栏只能填数字，不自动填写';
/** Words that ask a matter's title or a line of it, whatever the box (标题, 名称, 摘要, 事由). */
const TITLE_WORD = /标题|名称|主题|题目|摘要|概要|概述|概括|简述|事由|案由|一句话/;

/**
 * The key as the control can take it. A box that takes only a number (整改进度 %, 人数) holds none of our texts, only a
 * phone or an ID number. A list of choices is never a phone number: 联系方式 there (入户走访 / 电话联系 …) is how the
 * visit was made. A salutation is a gender only as a choice (先生/女士): typed, it wants "王女士".
 */
function keyTheControlTakes(widget: Widget, found: { key: FieldKey | null; label: string; reason?: string }): { key: FieldKey | null; reason?: string } {
  if (found.key && !DIGIT_KEYS.has(found.key) && takesOnlyNumbers(widget.control)) return { key: null, reason: NUMBER_BOX_REASON };
  // A matter named without a word of title (反映事项, 信访事项) in a long box is told in full: its description.
  if (found.key === 'issue.title' && LONG_TEXT_KINDS.has(widget.kind) && !TITLE_WORD.test(found.label)) return { key: 'issue.description' };
  const chosen = CHOICE_KINDS.has(widget.kind);
  if (chosen && found.key && ratesSatisfaction(widget)) return { key: null, reason: '这是满意度评价（满意/不满意），要由群众评，不自动填写' };
  if (!chosen && found.key?.endsWith('.gender') && /^称(谓|呼)/.test(normalizeLabel(found.label))) {
    return { key: null, reason: '称谓要写成“某先生/女士”，不自动填写' };
  }
  const wayAsked = /^联系(方式|形式)$/.test(normalizeLabel(found.label));
  // Under a heading of somebody else's (承办反馈), a choice of ways of meeting is still how the visit was made.
  if (chosen && wayAsked && !found.key && offeredOptions(widget).some((option) => VISIT_WAY_WORDS.some((word) => option.includes(word)))) {
    return { key: 'visit.type', reason: undefined };
  }
  if (!found.key?.endsWith('.phone')) return { key: found.key, reason: found.reason };
  if (wayAsked && !chosen && promptsVisitWays(widget.control)) return { key: 'visit.type' };
  if (!(chosen || opensList(widget.control))) return { key: found.key, reason: found.reason };
  if (wayAsked) return { key: 'visit.type' };
  return { key: null, reason: '选项不是电话号码，不自动填写' };
}

/** A choice of how satisfied the resident is (满意/基本满意/不满意): their verdict, never one of our texts. */
function ratesSatisfaction(widget: Widget): boolean {
  const options = offeredOptions(widget);
  return options.length >= 2 && options.every((option) => option.includes('满意'));
}

/** A box whose prompt offers ways of meeting people to write (入户走访/电话联系/微信联系), as a choice would. */
function promptsVisitWays(control: HTMLElement): boolean {
  const offered = (control.getAttribute('placeholder') ?? '').split(/[/、|，,]/);
  // Not a prompt for a number or an account (电话/微信): at least one way is meeting in person.
  const inPerson = offered.filter((way) => VISIT_WAY_WORDS.some((word) => way.includes(word))).length;
  return offered.length >= 2 && inPerson >= 1;
}

/** The options a choice offers, trimmed, without a select's prompt (请选择, ---). */
const offeredOptions = (widget: Widget) => widget.options().map((option) => option.trim()).filter((option) => !PROMPT_OPTION.test(option));

/** How a choice may name a sex (先生/女士, 男/女); a select's prompt (请选择) names nothing. */
const GENDER_OPTION = /^(先生|女士|男|女|男性|女性)$/;
const PROMPT_OPTION = /^(请选择.*|-+.*-+|)$/;

/** The words of the care categories in options (独居老人, 低保对象): see KEY_BY_OPTIONS. */
const CARE_OPTION_WORDS = KEY_BY_OPTIONS.find((rule) => rule.key === 'resident.tags' && rule.several)!.optionWords;
/**
 * An option naming a kind of resident (独居老人, 低保户, 残疾人, 特困人员, 特困供养): a care word in a name of people or a
 * household, not a problem about them (低保未落实, 残疾证未办理).
 */
const isCareKind = (option: string) => CARE_OPTION_WORDS.some((word) => option.includes(word)) && /(户|人|人员|老人|对象|家庭|儿童|妇女|军人|者|供养)$/.test(option);

/**
 * A choice beside a person's name (来电人：[ ] ○先生 ○女士) is never the name: it is their sex if that is what it offers.
 * A choice of which of the resident's kinds a person is (重点对象, 服务对象: □独居老人 □低保对象) is their care category.
 */
function nameChoiceKey(widget: Widget): { key: FieldKey | null; reason?: string } {
  const options = offeredOptions(widget);
  if (options.length >= 2 && options.every((option) => GENDER_OPTION.test(option))) return { key: 'resident.gender' };
  if (options.filter(isCareKind).length >= 2) return { key: 'resident.tags' };
  return { key: null, reason: '选项不是姓名，不自动填写' };
}

/** The household a label asks about, before what it asks (家庭特殊情况, 户内特殊情况). */
const HOUSEHOLD_LEAD = /^(家庭|本户|该户|家中|户内)/;

/** A label that says its key only through its options (帮扶方式 offering 入户走访): see KEY_BY_OPTIONS. */
function optionsKey(widget: Widget, found: { key: FieldKey | null; label: string; reason?: string }): { key: FieldKey | null; reason?: string } {
  if (found.key === 'resident.name' && CHOICE_KINDS.has(widget.kind)) return nameChoiceKey(widget);
  const label = withoutRemarks(found.label);
  // A handling's progress read as its result (办理进展) is its status when it offers the stages (已受理/办理中/已办结).
  // A household's kinds may be asked as the household's (家庭特殊情况, 本户特殊情况).
  const named = (r: (typeof KEY_BY_OPTIONS)[number]) => r.labels.includes(label) || (r.key === 'resident.tags' && r.labels.includes(label.replace(HOUSEHOLD_LEAD, '')));
  const asked = (r: (typeof KEY_BY_OPTIONS)[number]) => named(r) && (!found.key || (found.key === 'issue.result' && r.key === 'issue.status'));
  const rule = CHOICE_KINDS.has(widget.kind) ? KEY_BY_OPTIONS.find(asked) : undefined;
  const several = widget.kind === 'checkbox' || (widget.control.tagName === 'SELECT' && (widget.control as HTMLSelectElement).multiple);
  if (!rule || !widget.options().some((option) => rule.optionWords.some((word) => option.includes(word)))) {
    const unnamed = found.reason === UNKNOWN_REASON || found.reason === NO_LABEL_REASON;
    return unnamed && CHOICE_KINDS.has(widget.kind) ? (keyOfOptions(widget, label, several) ?? found) : found;
  }
  // A list to tick asked as one pick stays unfilled, unless its options are kinds of resident (群众类别 ○脱贫户 ○低保户):
  // one of the resident's categories is still theirs.
  const careChoice = rule.key === 'resident.tags' && widget.options().filter(isCareKind).length >= 2;
  return rule.several && !several && !careChoice ? found : { key: rule.key, reason: undefined };
}

const NO_LABEL_REASON = '没有找到字段名称';
/** The ways a visit is made, as options name them (入户走访, 上门, 座谈): see KEY_BY_OPTIONS. */
const VISIT_WAY_WORDS = KEY_BY_OPTIONS.find((rule) => rule.key === 'visit.type')!.optionWords;

/** Options that all name one level of place (龙泉街道/白沙镇, 幸福社区/台兴村), and that level. */
const PLACE_LEVELS: [option: RegExp, key: FieldKey][] = [[/(街道|镇|乡|苏木)$/, 'place.street'], [/(社区|村)$/, 'place.community'], [/网格$/, 'place.grid']];
/** A label asking an area, whatever its first words (诉求区域, 所属辖区, 问题属地). */
const AREA_HEAD = /(区域|辖区|地区|区划|属地)$/;

/**
 * A choice under a label we do not know or none, whose options say what it asks: a list to tick of kinds of resident
 * (户类: □独居老人户 □低保户 □残疾人户 □一般户, mostly care categories) is the care categories; one pick mostly among
 * ways of meeting people is the visit's way; an area offering only streets (诉求区域: 龙泉街道/白沙镇) or only
 * communities is that level of the place.
 */
function keyOfOptions(widget: Widget, label: string, several: boolean): { key: FieldKey; reason: undefined } | null {
  const options = offeredOptions(widget);
  if (options.length < 2) return null;
  const care = options.filter(isCareKind).length;
  if (several && care >= 2 && care * 2 >= options.length) return { key: 'resident.tags', reason: undefined };
  // One pick among ways of meeting people (○入户 ○电话 ○座谈), however unnamed: how the visit was made.
  const ways = options.filter((option) => VISIT_WAY_WORDS.some((word) => option.includes(word))).length;
  if (!several && ways >= 2 && ways * 2 >= options.length) return { key: 'visit.type', reason: undefined };
  const level = AREA_HEAD.test(label) ? PLACE_LEVELS.find(([shape]) => options.every((option) => shape.test(option))) : undefined;
  return level ? { key: level[1], reason: undefined } : null;
}

/**
 * Under somebody else's section (被申请人, 事发地点), their 所属社区 or 人员类别 need not be the resident's; on the
 * user's own page (我的资料) a 包联社区 or 负责网格 is the user's area, which the resident's values do not tell.
 */
function othersPlace(found: { key: FieldKey | null; label: string; reason?: string }, context: LabelContext, widget: Widget, section: string): { key: FieldKey | null; reason?: string } {
  if (!(found.key?.startsWith('place.') || found.key === 'resident.tags')) return found;
  const eventPlace = found.key.startsWith('place.') && EVENT_PLACE_WORDS.some((word) => section.includes(word));
  if (context.party === 'other' && !eventPlace) return { key: null, reason: '属于他人或别处的信息，不自动填写' };
  if (found.key.startsWith('place.') && askedWhereItHappened(widget, found.label)) return { key: null, reason: MATTER_PLACE_REASON };
  return context.selfPage && context.party !== 'resident' ? { key: null, reason: '本人资料里的辖区不一定是群众所在地，不自动填写' } : found;
}

/**
 * A place asked as where the matter happened (问题属地 with the remark “事项发生地所在乡镇街道”, 事发街道): it may lie
 * elsewhere than where the resident lives or the user went, like 事发地址.
 */
const MATTER_HAPPENED = /发生地|事发/;
const MATTER_PLACE_REASON = '问的是事情发生的地方，不一定是群众住的或走访的地方，不自动填写';

function askedWhereItHappened(widget: Widget, label: string): boolean {
  const el = widget.element;
  const notes = [label, el.getAttribute('placeholder'), el.getAttribute('title'), el.nextElementSibling?.textContent?.slice(0, 30)];
  return notes.some((note) => note && MATTER_HAPPENED.test(note));
}

/**
 * A section of whoever did the resident's act (来访人（第一人）, 来电人信息, 申请人, 来访人（代表）信息): the resident came,
 * called or applied.
 */
const RESIDENT_DOER_SECTION = new RegExp(`^(${RESIDENT_ACTS.join('|')})人(\\([^)]*\\))?(信息|基本信息|基本情况)?(\\([^)]*\\))?$`);

/**
 * Who came along, asked in the section of the resident who came (来访人: 随同人员), came with the resident, not with
 * the user. Not in a section about the people visited (走访对象信息), where the user's companions are often asked.
 */
function residentsCompanions(found: { key: FieldKey | null; reason?: string }, section: string): { key: FieldKey | null; reason?: string } {
  const came = found.key === 'visit.companions' && RESIDENT_DOER_SECTION.test(normalizeLabel(section));
  return came ? { key: null, reason: '是陪同群众来的人，不是同去的工作人员，不自动填写' } : found;
}

const PERSON_WORD = /姓名|名字|电话|手机|号码|地址|住址|住所|身份|证件|性别|单位|职务/;
/**
 * "如与来电号码不同请填写", "（与户籍地不一致时填写）": a field wanted only when it differs from another, which ours
 * would not. Without 如/若 the condition is said by 时 after it, and what to do then is to fill it: "与户籍地不一致时须核实"
 * asks to check a box that is always filled.
 */
const ONLY_IF_DIFFERENT = /(如|若)(与|和).{1,10}(不同|不一致)|(与|和).{1,10}(不同|不一致)(时|的[话情]).{0,3}填/;
const ONLY_IF_DIFFERENT_REASON = '只在与另一栏不同时才填，不自动填写';
/** A box's own slot (a form item's content, a table cell): a hint written after the box there is about it. */
const BOX_SLOTS = '.el-form-item__content, .ant-form-item-control, .ivu-form-item-content, .layui-input-block, .layui-input-inline, .van-field__value, td, dd';
/**
 * "由社区党委审核填写", "提交后由分管领导填写": a box somebody else fills in. Not one the user fills under a role of
 * theirs (由网格员填写, 由走访人填写, 由网格员代为提交时填写).
 */
const FILLED_BY = /由([^，,。；;：:()（）]{1,12}?)填写?/;
const FILLED_BY_USER = /^(本人|填表人|填报人|网格员|走访人|走访干部|经办人|记录人|调查人|排查人|检查人|调解员)$/;
const FILLED_BY_REASON = '这一栏由别人填写，不自动填写';
/** A heading that is that word alone (以下由…填写, 此栏由…填写). */
const LEFT_TO_OTHERS = /^(以下|下列|本栏|此栏|本部分|此部分|以下内容)?由/;
/** "户主不在家时填写", "非房主本人居住时填写": a box for whoever stands in for the person, somebody else. */
const STAND_IN = /(不在家|不在场|非.{0,6}本人.{0,4})时.{0,4}填/;
const STAND_IN_REASON = '只在本人不在时才填，填的是别人，不自动填写';
/**
 * "协议履行后回访填写", "集体研究后填写": a box filled in after something still to come. Not the order to fill the form in
 * (最后填写, 放最后填): that box is still this record's.
 */
const FILLED_LATER = /(?<!最)(后|以后|之后)(再|回访|复查)?填写?/;
const FILLED_LATER_REASON = '这一栏要等以后的事办完再填，不自动填写';

/**
 * Why the box's own words (label, placeholder, a hint after it in its slot) say to leave it: only when it differs from
 * another (与来电号码不同时填写), somebody else fills it (由社区党委填写), it is for whoever stands in for the person
 * (户主不在家时填写), or it is filled after something still to come (协议履行后回访填写). Null when they do not.
 */
function leftByItsWords(evidence: LabelEvidence[], start: Element): string | null {
  // A slot holding other boxes too (a layout cell around the whole form) speaks for none of them.
  const slot = start.closest(BOX_SLOTS);
  const own = slot && slot.querySelectorAll('input:not([type=hidden]), select, textarea').length <= 1 ? slot.textContent ?? '' : remarkAfter(start);
  const words = [...evidence.map((item) => item.text), own];
  if (words.some((text) => ONLY_IF_DIFFERENT.test(text))) return ONLY_IF_DIFFERENT_REASON;
  const filler = words.map((text) => FILLED_BY.exec(text)?.[1]).find(Boolean);
  // Who fills it, what they do then aside (由网格员代为提交时填写: the 网格员).
  if (filler && !FILLED_BY_USER.test(filler.replace(/(代为?|在).*$/, ''))) return FILLED_BY_REASON;
  if (words.some((text) => STAND_IN.test(text))) return STAND_IN_REASON;
  return words.some((text) => FILLED_LATER.test(text)) ? FILLED_LATER_REASON : null;
}

/**
 * A section whose heading is only the word that somebody else fills it (以下由供热企业填写): none of its boxes is the
 * user's to fill. Not a section named for its content with a remark (销号信息（由街道督查室填写）), which may be the user's.
 */
function leftBySection(section: string): { key: null; reason: string; refusesKeys: true } | Record<string, never> {
  const filler = LEFT_TO_OTHERS.test(section) ? FILLED_BY.exec(section)?.[1] : undefined;
  return filler && !FILLED_BY_USER.test(filler.replace(/(代为?|在).*$/, '')) ? { key: null, reason: FILLED_BY_REASON, refusesKeys: true } : {};
}

/** A remark in brackets right after a box outside any slot of its own (乡镇儿童督导员：[ ] <span>（由乡镇填写）</span>). */
function remarkAfter(start: Element): string {
  const next = start.nextElementSibling;
  const text = next && !next.querySelector('input, select, textarea') ? textOf(next).trim() : '';
  return /^[(（].*[)）]$/.test(text) ? text : '';
}

/** A placeholder that only names which of a person's facts a box takes (姓名, 电话). */
const PERSON_PART = /^(姓名|名字|电话|手机|手机号|手机号码|联系电话|联系方式|地址|住址|身份证号|身份证号码|证件号|证件号码|职务|单位|工作单位)$/;

/**
 * "反映群众 [姓名] [电话]": one label over a person's boxes, each saying by its placeholder which fact it takes. The
 * label is the person's and the placeholder the fact: 反映群众电话. A label of the box's own (label for, wrapping) names
 * the box already.
 */
function withAskedPart(evidence: LabelEvidence[]): LabelEvidence[] {
  const [first, ...rest] = evidence;
  const part = rest.find((item) => item.source === 'placeholder' && PERSON_PART.test(normalizeLabel(item.text)));
  const own = !first || ['placeholder', 'label-for', 'wrapping-label', 'aria-labelledby', 'aria-label'].includes(first.source);
  if (own || !part || PERSON_WORD.test(normalizeLabel(first.text))) return evidence;
  return [{ text: normalizeLabel(first.text) + normalizeLabel(part.text), source: first.source }, ...rest];
}

/** Labels a slot gives all the boxes in it: a form item's, a table cell's, the text before them. */
const SHARED_SOURCES: readonly (LabelSource | null)[] = ['form-item', 'table-cell', 'text-before'];

/**
 * "管护员 [ ] 电话 [ ]", the second box named 管护员电话 for screen readers: a box's own name that says more than the
 * label its slot shares (it begins with that label) names the box.
 */
function withOwnName(evidence: LabelEvidence[]): LabelEvidence[] {
  const [first] = evidence;
  const shared = first && SHARED_SOURCES.includes(first.source) ? normalizeLabel(first.text) : '';
  const own = shared && evidence.find((item) => (item.source === 'aria-label' || item.source === 'title')
    && normalizeLabel(item.text).length > shared.length && normalizeLabel(item.text).startsWith(shared));
  return own ? [own, ...evidence.filter((item) => item !== own)] : evidence;
}

/** A label meaning either a number or a way of contact (联系方式). */
const WAY_OR_NUMBER = /^联系(方式|形式)$/;
/** A readonly box the page fills by a list it opens (点击选择), where nothing is typed. */
const pickedFromList = (control: Element) => control instanceof (control.ownerDocument.defaultView ?? globalThis).HTMLInputElement
  && control.readOnly && isPickerBox(control);

/** A field its words put beyond any key, for no later pass to give it one. */
const refused = (item: LabelEvidence | undefined, reason: string) =>
  ({ label: item?.text ?? '', source: item?.source ?? null, key: null, confidence: 0.8, reason, unsure: false, guessedResident: false, refusesKeys: true });

/** Reads the label evidence strongest first; a clear label decides, weaker hints only speak when there is none. */
function classify(field: { start: Element; control: Element; group: boolean; kind: FieldKind }, context: LabelContext, cache: PageCache) {
  const evidence = withOwnName(withAskedPart(labelEvidence(field.start, field.control, { group: field.group }, cache)));
  const left = leftByItsWords(evidence, field.start);
  if (left) return refused(evidence[0], left);
  let result: Classification | null = null;
  let used = evidence[0];
  for (const item of evidence) {
    const c = classifyLabel(answerNamed(normalizeLabel(item.text)) ?? item.text, context);
    if (!c) continue;
    // A date picker takes a date: a text before it naming something else (the page's title) is not its label.
    if (c.key && field.kind === 'date' && !DATE_KEYS.has(c.key)) continue;
    // A placeholder that lists what to write ("记录群众所思所想、现场解决情况……") is an instruction, not a label; a label
    // with its examples in brackets ("访视情况及指导（母乳喂养、新生儿护理等）") is still a label.
    if (c.key && item.source === 'placeholder' && c.confidence < 0.85 && /[、…]/.test(withoutRemarks(item.text))) continue;
    if (c.key) {
      result = { ...c, confidence: item === evidence[0] ? c.confidence : c.confidence * 0.9 };
      used = item;
      break;
    }
    if (!result) {
      result = c;
      used = item;
    }
    // A clear "no" or a specific unknown label decides; only a generic one ("内容") lets weaker hints speak,
    // and so does an unknown text merely standing before the field (a heading the page styles its own way).
    // Not when that text names a person's attribute ("租客姓名"): then it is a label we do not know.
    const heading = item.source === 'text-before' && !PERSON_WORD.test(normalizeLabel(item.text));
    if (c.reason !== UNKNOWN_REASON || (normalizeLabel(item.text).length > 2 && !heading)) break;
  }
  if (!result?.key && CHOICE_KINDS.has(field.kind) && used && AREA_LABELS.includes(normalizeLabel(used.text))) {
    const place = placeFromHints(evidence, context);
    if (place) return { label: used.text, source: used.source, unsure: false, guessedResident: false, ...place };
  }
  if (!result) {
    const name = field.control.getAttribute('name') || field.control.id;
    const byName = classifyName(name, context);
    if (byName) return { label: '', source: 'name' as const, unsure: false, ...byName };
  }
  // A role of the user (志愿者) whose box asks for those who went along (同行志愿者姓名): they are its value, not the user.
  if (result?.key === 'officer.name' && evidence.some((item) => item.source === 'placeholder' && classifyLabel(item.text, context)?.key === 'visit.companions')) {
    result = { key: 'visit.companions', confidence: result.confidence };
  }
  // Residents' representatives asked as those who came to a meeting (村民代表 [参会的村民代表姓名]): several people, not
  // a person for a later pass to take as the one the form lacks.
  if ((!result?.key || result.key === 'resident.name') && evidence.some((item) => item.source === 'placeholder' && MEETING_ATTENDEES.test(normalizeLabel(item.text)))) {
    return refused(used, OTHER_PERSON_REASON);
  }
  // A number is typed, never picked from a list: a 联系方式 one picks (readonly, 点击选择) asks how contact was made.
  if (result?.key?.endsWith('.phone') && used && WAY_OR_NUMBER.test(withoutRemarks(used.text)) && pickedFromList(field.control)) {
    result = { key: 'visit.type', confidence: result.confidence };
  }
  return {
    label: used?.text ?? '',
    source: used?.source ?? null,
    key: result?.key ?? null,
    confidence: result?.confidence ?? 0,
    reason: result?.key ? undefined : (result?.reason ?? NO_LABEL_REASON),
    unsure: result?.unsure ?? false,
    guessedResident: result?.guessedResident ?? false,
  };
}

/**
 * One 所属区域 over several plain selects (街道, 社区, 网格 side by side): each select's own hint, its
 * placeholder option ("请选择社区"), says which level it is.
 */
function placeFromHints(evidence: { text: string }[], context: LabelContext): { key: FieldKey; confidence: number } | null {
  for (const item of evidence) {
    const c = classifyLabel(item.text, context);
    if (c?.key?.startsWith('place.')) return { key: c.key, confidence: c.confidence * 0.9 };
  }
  return null;
}

function detectIn({ root, framePath }: SearchRoot, options: DetectOptions, cache: PageCache, selfPage: boolean, seen: Set<Element>): FoundField[] {
  const fields: FoundField[] = [];
  const areas = searchAreas(root);
  for (const el of root.querySelectorAll(CANDIDATES)) {
    if (seen.has(el) || areas.some((area) => area.contains(el))) continue;
    const widget = widgetFor(el, seen);
    if (!widget) continue;
    seen.add(widget.element);
    const group = widget.kind === 'radio' || widget.kind === 'checkbox';
    const sections = sectionsOf(widget.element, cache);
    const context: LabelContext = { party: partyOf(widget.element, sections, selfPage), selfPage };
    const classified = classify({ start: widget.element, control: widget.control, group, kind: widget.kind }, context, cache);
    const found = widget.kind === 'cascader' || widget.kind === 'date-range'
      ? { ...classified, ...compositeKey(widget.kind, classified) }
      : { ...classified, ...keyTheControlTakes(widget, classified) };
    Object.assign(found, optionsKey(widget, found));
    Object.assign(found, othersPlace(found, context, widget, sections[0] ?? ''));
    Object.assign(found, residentsCompanions(found, sections[0] ?? ''));
    Object.assign(found, leftBySection(sections[0] ?? ''));
    const field = new FoundField(widget, found, sections[0] ?? '', framePath);
    const override = options.overrides?.find((o) => matches(o.selector, field));
    if (override) {
      field.key = override.key;
      field.confidence = 1;
      field.labelSource = 'template';
      field.unsure = false;
      if (override.key) delete field.reason;
      else field.reason = '模板设置为不填写';
    }
    fields.push(field);
  }
  return fields;
}


/** Every field of the page, nested same-origin frames and open shadow roots included, in document order. */
export function detect(doc: Document, options: DetectOptions = {}): Field[] {
  const cache = newPageCache();
  const headline = pageHeadline(doc);
  const selfPage = isSelfPage(doc, headline);
  const seen = new Set<Element>();
  const fields = collectRoots(doc).flatMap((root) => detectIn(root, options, cache, selfPage, seen));
  resolveForm(fields, { headline });
  return fields;
}

