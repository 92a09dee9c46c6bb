import { bareAttr, businessContactAttr, classifyLabel, classifyName, UNKNOWN_REASON, VISITED_BUSINESS, type Classification, type LabelContext } from './classify';
import { collectRoots, frameDocument, isEditorDocument, isVisible, type SearchRoot } from './dom';
import { CASCADERS, cascaderWidget, DATE_RANGE_ROOTS, dateRangeWidget, rangeSeparator } from './composite';
import { DATE_KEYS, PLACE_PATH, RANGE_KEYS, type FieldKey } from './keys';
import { AREA_LABELS, KEY_BY_OPTIONS } from './lexicon';
import { MIRROR_PROXIES, mirrorWidget } from './mirrors';
import { isSelfPage, labelEvidence, newPageCache, pageHeadline, sectionsOf, type LabelSource, type PageCache } from './labels';
import { partyMentions, partyOf } from './party';
import { describe, matches, type FieldOverride, type FieldSelector } from './selector';
import { normalizeLabel, textOf } from './text';
import {
  DROPDOWNS, dropdownWidget, frameEditorWidget, groupWidget, layuiSelectWidget, richTextWidget, selectWidget, textWidget,
  type FieldKind, type Widget,
} from './widgets';

/** One field found on the page (识别到的字段). */
export interface DetectedField {
  /** What a person sees: the input, the dropdown, the radio group. */
  element: HTMLElement;
  key: FieldKey | null;
  label: string;
  /** 0–1: how sure the key is (exact label 0.95, tolerant 0.7, name attribute 0.6, template 1). */
  confidence: number;
  kind: FieldKind;
  /** native, layui, element, antd, iview, select2, my97, wangeditor, iframe-editor … */
  framework: string;
  /** The nearest section heading, e.g. 填报人信息. */
  section: string;
  /** Indexes of the iframes that lead to the field's document ([] for the top page). */
  framePath: number[];
  labelSource: LabelSource | 'name' | 'template' | null;
  /** Why the field has no key (Chinese). */
  reason?: string;
  /** The keys whose values it takes: [key], a cascader's place path, a date range's start and end. */
  valueKeys: FieldKey[];
  /** A serialisable address of the field, for templates. */
  selector: FieldSelector;
}

/** A detected field with its widget, for filling and reading (internal to lib/autofill). */
export interface Field extends DetectedField {
  control: HTMLElement;
  widget: Widget;
}

export interface DetectOptions {
  overrides?: FieldOverride[];
}

const GROUP_CONTAINERS = '.el-radio-group, .el-checkbox-group, .ant-radio-group, .ant-checkbox-group, .ivu-radio-group, .ivu-checkbox-group, [role=radiogroup], [role=group]';
const SKIPPED_TYPES = new Set(['hidden', 'password', 'file', 'submit', 'button', 'reset', 'image', 'range', 'color', 'search']);
const DATE_ROOTS = '.el-date-editor, .ant-picker, .ivu-date-picker';
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

const BUTTONS = 'button, input[type=submit], input[type=button], a[class*=btn], [class*=button], [role=button]';
/** A list page's filter form (its only actions are 查询/搜索, no 保存, 提交 …), or a login/registration form. */
function isQueryForm(form: Element): boolean {
  const actions = [...form.querySelectorAll(BUTTONS)].map((b) => textOf(b) || (b as HTMLInputElement).value || '');
  if (actions.some((t) => /^(登\s*录|注\s*册|立即登录|立即注册)$/.test(t))) return true;
  return actions.some((t) => /查询|搜索|检索|筛选/.test(t)) && !actions.some((t) => /保存|提交|确定|登记|上报|新增|暂存|下一步|报送|发送/.test(t));
}

function commonAncestor(nodes: Element[]): HTMLElement {
  let ancestor = nodes[0].parentElement!;
  while (!nodes.every((n) => ancestor.contains(n)) && ancestor.parentElement) ancestor = ancestor.parentElement;
  return ancestor;
}

/** The radios/checkboxes that form one question with this one, and the element around them. */
function groupOf(input: HTMLInputElement): { members: HTMLInputElement[]; container: HTMLElement } | null {
  const sameType = (scope: ParentNode) => [...scope.querySelectorAll<HTMLInputElement>(`input[type=${input.type}]`)];
  const framed = input.closest<HTMLElement>(GROUP_CONTAINERS);
  if (framed) return { members: sameType(framed), container: framed };
  const base = input.name.replace(/\[[^\]]*\]$|_\d+$/, '');
  if (base) {
    const scope = input.form ?? (input.getRootNode() as ParentNode);
    const members = sameType(scope).filter((m) => m.name === input.name || m.name.replace(/\[[^\]]*\]$|_\d+$/, '') === base);
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

function dateFramework(input: HTMLInputElement): string | null {
  if (input.type === 'date' || input.type === 'datetime-local') return 'native';
  const root = input.closest(DATE_ROOTS);
  if (root) {
    if (root.matches('.ant-picker-range, .el-range-editor')) return null;
    return root.matches('.ant-picker') ? 'antd' : root.matches('.ivu-date-picker') ? 'iview' : 'element';
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
  if (input.value || !PICK_HINT.test(`${input.title} ${input.placeholder}`)) return false;
  return !input.parentElement?.querySelector('input[type=hidden]');
}

const PICK_HINT = /选择/;

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
    if (html.getAttribute('contenteditable') === 'false' || el.parentElement?.isContentEditable || !isVisible(el)) return null;
    const wang = el.closest<HTMLElement>('.w-e-text-container');
    return richTextWidget(html, wang ?? html, wang ? 'wangeditor' : 'native');
  }
  // One lookup for every widget a control can be part of.
  const widgetRoot = el.closest<HTMLElement>(WIDGET_ROOTS);
  const make = widgetRoot && frameworkWidget(widgetRoot);
  if (widgetRoot && make) {
    const root = widgetRoot;
    if (seen.has(root) || !isVisible(root) || /(is-disabled|-disabled)\b/.test(root.className)) return null;
    seen.add(root);
    return make();
  }
  if (widgetRoot?.matches('.select2-container, .layui-form-select')) return null;
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
    return isVisible(el) ? selectWidget(el) : null;
  }
  if (el instanceof win.HTMLTextAreaElement) {
    return !el.disabled && !el.readOnly && isVisible(el) ? textWidget(el) : null;
  }
  if (!(el instanceof win.HTMLInputElement) || el.disabled || SKIPPED_TYPES.has(el.type)) return null;
  if (el.type === 'radio' || el.type === 'checkbox') {
    if (seen.has(el)) return null;
    const group = groupOf(el);
    if (!group) return null;
    group.members.forEach((m) => seen.add(m));
    const shown = group.members.some((m) => isVisible(m) || (m.nextElementSibling && isVisible(m.nextElementSibling)));
    return shown && !group.members.every((m) => m.disabled) ? groupWidget(group.members.filter((m) => !m.disabled), group.container) : null;
  }
  const date = dateFramework(el);
  // vant's readonly field opens a popup picker (网格, 日期); its input still hands a typed value to the model.
  if (!isVisible(el) || (el.readOnly && !date && !el.closest('.van-field') && !isPickerBox(el))) return null;
  const separator = date === 'layui' ? rangeSeparator(el) : null;
  if (separator) return dateRangeWidget(el, 'layui', separator);
  if (date) return textWidget(el, { kind: 'date', framework: date, element: el.closest<HTMLElement>(DATE_ROOTS) ?? el });
  return textWidget(el);
}

/** The widget a framework draws around a control (dropdown, cascader, date range), to be made once per root. */
function frameworkWidget(root: HTMLElement): (() => Widget) | null {
  // Cascaders first: antd's is an .ant-select too.
  const cascader = CASCADERS.find((f) => root.matches(f.root));
  if (cascader) return () => cascaderWidget(root, cascader);
  const dropdown = DROPDOWNS.find((f) => root.matches(f.root));
  if (dropdown) return () => dropdownWidget(root, dropdown);
  if (root.matches(DATE_RANGE_ROOTS)) return () => dateRangeWidget(root, root.matches('.ant-picker') ? 'antd' : 'element');
  return null;
}

const CANDIDATES = 'input, select, textarea, [contenteditable], iframe';
const WIDGET_ROOTS = [
  ...DROPDOWNS.map((f) => f.root), ...CASCADERS.map((f) => f.root), DATE_RANGE_ROOTS, '.select2-container', '.layui-form-select', MIRROR_PROXIES,
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

const CHOICE_KINDS: ReadonlySet<FieldKind> = new Set(['select', 'radio', 'checkbox', 'custom-select']);

/**
 * A list of choices is never a phone number: 联系方式 there (入户走访 / 电话联系 …) is how the visit was made.
 * A salutation is a gender only as a choice (先生/女士): typed, it wants "王女士".
 */
function choiceKey(kind: FieldKind, found: { key: FieldKey | null; label: string; reason?: string }): { key: FieldKey | null; reason?: string } {
  if (!CHOICE_KINDS.has(kind) && found.key?.endsWith('.gender') && /^称(谓|呼)/.test(normalizeLabel(found.label))) {
    return { key: null, reason: '称谓要写成“某先生/女士”，不自动填写' };
  }
  if (!CHOICE_KINDS.has(kind) || !found.key?.endsWith('.phone')) return { key: found.key, reason: found.reason };
  if (/^联系(方式|形式)$/.test(normalizeLabel(found.label))) return { key: 'visit.type' };
  return { key: null, reason: '选项不是电话号码，不自动填写' };
}

/** How a choice may name a sex (先生/女士, 男/女); a select's prompt (请选择) names nothing. */
const GENDER_OPTION = /^(先生|女士|男|女|男性|女性)$/;
const PROMPT_OPTION = /^(请选择.*|-+.*-+|)$/;

/** A choice beside a person's name (来电人：[ ] ○先生 ○女士) is never the name: it is their sex if that is what it offers. */
function nameChoiceKey(widget: Widget): { key: FieldKey | null; reason?: string } {
  const options = widget.options().map((option) => option.trim()).filter((option) => !PROMPT_OPTION.test(option));
  if (options.length >= 2 && options.every((option) => GENDER_OPTION.test(option))) return { key: 'resident.gender' };
  return { key: null, reason: '选项不是姓名，不自动填写' };
}

/** A label that says its key only through its options (帮扶方式 offering 入户走访): see KEY_BY_OPTIONS. */
function optionsKey(widget: Widget, found: { key: FieldKey | null; label: string; reason?: string }): { key: FieldKey | null; reason?: string } {
  if (found.key === 'resident.name' && CHOICE_KINDS.has(widget.kind)) return nameChoiceKey(widget);
  const label = normalizeLabel(found.label).replace(/\([^)]*\)/g, '');
  const rule = !found.key && CHOICE_KINDS.has(widget.kind) ? KEY_BY_OPTIONS.find((r) => r.labels.includes(label)) : undefined;
  if (!rule || !widget.options().some((option) => rule.optionWords.some((word) => option.includes(word)))) return found;
  const several = widget.kind === 'checkbox' || (widget.control.tagName === 'SELECT' && (widget.control as HTMLSelectElement).multiple);
  return rule.several && !several ? found : { key: rule.key };
}

/**
 * Under somebody else's section (被申请人, 事发地点), their 所属社区 or 人员类别 need not be the resident's; on the
 * user's own page (我的资料) a 包联社区 or 负责网格 is the user's area, which the resident's values do not tell.
 */
function othersPlace(found: { key: FieldKey | null; reason?: string }, context: LabelContext): { key: FieldKey | null; reason?: string } {
  if (!(found.key?.startsWith('place.') || found.key === 'resident.tags')) return found;
  if (context.party === 'other') return { key: null, reason: '属于他人或别处的信息，不自动填写' };
  return context.selfPage && context.party !== 'resident' ? { key: null, reason: '本人资料里的辖区不一定是群众所在地，不自动填写' } : found;
}

function valueKeysOf(kind: FieldKind, key: FieldKey | null): FieldKey[] {
  if (!key) return [];
  if (kind === 'cascader') return [...PLACE_PATH];
  if (kind === 'date-range') return [...(RANGE_KEYS[key] ?? [key])];
  return [key];
}

const PERSON_WORD = /姓名|名字|电话|手机|号码|地址|住址|住所|身份|证件|性别|单位|职务/;
/**
 * "如与来电号码不同请填写", "（与户籍地不一致时填写）": a field wanted only when it differs from another, which ours
 * would not. Without 如/若 the condition is said by 时 after it.
 */
const ONLY_IF_DIFFERENT = /(如|若)(与|和).{1,10}(不同|不一致)|(与|和).{1,10}(不同|不一致)(时|的[话情])/;
const ONLY_IF_DIFFERENT_REASON = '只在与另一栏不同时才填，不自动填写';

/** A label put as a question (见了谁, 住在哪儿, 做了什么) with the field's name in brackets after it. */
const QUESTION = /谁|哪|什么|怎么|怎样|如何|多少|几|吗|\?/;
const QUESTION_WITH_NAME = /^(.+?)\(([^()]{2,10})\)$/;

/** "见了谁（群众姓名）": the name in brackets says what a question asks; any other label is read as it is. */
function answerNamed(label: string): string {
  const parts = QUESTION_WITH_NAME.exec(normalizeLabel(label));
  return parts && QUESTION.test(parts[1]) && !QUESTION.test(parts[2]) ? parts[2] : label;
}

/** Reads the label evidence strongest first; a clear label decides, weaker hints only speak when there is none. */
function classify(field: { start: Element; control: Element; group: boolean; kind: FieldKind }, context: LabelContext, cache: PageCache) {
  const evidence = labelEvidence(field.start, field.control, { group: field.group }, cache);
  if (evidence.some((item) => ONLY_IF_DIFFERENT.test(item.text))) {
    return { label: evidence[0].text, source: evidence[0].source, key: null, confidence: 0.8, reason: ONLY_IF_DIFFERENT_REASON, unsure: false, guessedResident: false };
  }
  let result: Classification | null = null;
  let used = evidence[0];
  for (const item of evidence) {
    const c = classifyLabel(answerNamed(item.text), context);
    if (!c) continue;
    // A date picker takes a date: a text before it naming something else (the page's title) is not its label.
    if (c.key && field.kind === 'date' && !DATE_KEYS.has(c.key)) continue;
    // A placeholder that lists what to write ("记录群众所思所想、现场解决情况……") is an instruction, not a label.
    if (c.key && item.source === 'placeholder' && c.confidence < 0.85 && /[、…]/.test(item.text)) continue;
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
  return {
    label: used?.text ?? '',
    source: used?.source ?? null,
    key: result?.key ?? null,
    confidence: result?.confidence ?? 0,
    reason: result?.key ? undefined : (result?.reason ?? '没有找到字段名称'),
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

/** A found field; its selector is only built when asked (templates), since it walks the tree. */
class FoundField implements Field {
  key: FieldKey | null;
  label: string;
  confidence: number;
  kind: FieldKind;
  framework: string;
  element: HTMLElement;
  control: HTMLElement;
  labelSource: Field['labelSource'];
  reason?: string;
  /** The key stands only if the form is not about a resident (see resolveUnsure). */
  unsure: boolean;
  /** A resident key by default only (see resolveGuessedResidents). */
  guessedResident: boolean;
  get valueKeys(): FieldKey[] {
    return valueKeysOf(this.kind, this.key);
  }
  #selector?: FieldSelector;
  constructor(
    readonly widget: Widget,
    found: { key: FieldKey | null; label: string; confidence: number; source: Field['labelSource']; reason?: string; unsure: boolean; guessedResident?: boolean },
    readonly section: string,
    readonly framePath: number[],
  ) {
    this.element = widget.element;
    this.control = widget.control;
    this.kind = widget.kind;
    this.framework = widget.framework;
    this.key = found.key;
    this.label = found.label;
    this.confidence = Math.round(found.confidence * 100) / 100;
    this.labelSource = found.source;
    if (found.reason) this.reason = found.reason;
    this.unsure = found.unsure;
    this.guessedResident = found.guessedResident ?? false;
  }
  get selector(): FieldSelector {
    return (this.#selector ??= describe(this));
  }
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
    const context: LabelContext = { party: partyOf(widget.element, sections), selfPage };
    const classified = classify({ start: widget.element, control: widget.control, group, kind: widget.kind }, context, cache);
    const found = widget.kind === 'cascader' || widget.kind === 'date-range'
      ? { ...classified, ...compositeKey(widget.kind, classified) }
      : { ...classified, ...choiceKey(widget.kind, classified) };
    Object.assign(found, optionsKey(widget, found));
    Object.assign(found, othersPlace(found, context));
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

type Domain = 'visit' | 'issue' | 'topic' | 'report';
/**
 * Generic labels take the meaning of the form they are in: 标题 on a 工单 is issue.title, 内容 on a visit form visit.content.
 * `visitRecorded`: the key wherever the form records a visit's particulars (方式, 地点, 内容), whatever else it holds.
 */
const GENERIC_LABELS: Record<string, { keys: Partial<Record<Domain, FieldKey>>; fallback: FieldKey | null; visitRecorded?: FieldKey }> = {
  标题: { keys: { issue: 'issue.title', topic: 'topic.title', report: 'report.title' }, fallback: 'report.title' },
  ...Object.fromEntries(['内容', '主要内容', '具体内容', '详细内容'].map((label) => [label, {
    keys: { visit: 'visit.content', issue: 'issue.description', topic: 'topic.summary', report: 'report.body' } as Partial<Record<Domain, FieldKey>>,
    fallback: null,
  }])),
  // A bare 日期 or 时间 is the visit's on a visit form, a bare 地点 the visit's or the topic's place; a planned
  // finish is an issue's deadline only on an issue form.
  日期: { keys: { visit: 'visit.date' }, fallback: null },
  时间: { keys: { visit: 'visit.date' }, fallback: null },
  地点: { keys: { visit: 'visit.location', topic: 'topic.location' }, fallback: null },
  // Registering (登记) is the visit on a form about no matter (人口普查, 采集); on a 信访/工单 form it is the ticket's.
  // Where the form records how the visit was made (来访方式), registering it is the visit, even among a ticket's fields.
  ...Object.fromEntries(['登记日期', '登记时间'].map((label) => [label, {
    keys: { visit: 'visit.date' } as Partial<Record<Domain, FieldKey>>, fallback: 'visit.date' as FieldKey, visitRecorded: 'visit.date' as FieldKey,
  }])),
  计划完成时间: { keys: { issue: 'issue.deadline' }, fallback: null },
  // A leader who names no matter (责任领导, 分管领导) leads the topic of a research form; on an issue ledger or a
  // visit form they are somebody the page tracks, not our 牵头领导.
  ...Object.fromEntries(['牵头领导', '责任领导', '带队领导', '分管领导', '牵头人'].map((label) => [label, {
    keys: { topic: 'topic.lead', report: 'topic.lead' } as Partial<Record<Domain, FieldKey>>,
    fallback: 'topic.lead' as FieldKey,
  }])),
  // A summary of what a letter or ticket says (内容摘要) is its title; a report's abstract is neither its title nor its text.
  ...Object.fromEntries(['摘要', '内容摘要'].map((label) => [label, { keys: { issue: 'issue.title' } as Partial<Record<Domain, FieldKey>>, fallback: null }])),
  // A project (项目) is the matter of the form: a practical matter done for residents (办实事) or a research project.
  项目名称: { keys: { issue: 'issue.title', topic: 'topic.title' }, fallback: null },
  项目内容: { keys: { issue: 'issue.description', topic: 'topic.summary' }, fallback: null },
  项目来源: { keys: { issue: 'issue.source' }, fallback: null },
  // A status on an issue form (办结/销号 pages) is the issue's.
  ...Object.fromEntries(['状态', '当前状态', '进展状态'].map((label) => [label, { keys: { issue: 'issue.status' } as Partial<Record<Domain, FieldKey>>, fallback: null }])),
};

function resolveGenericLabels(fields: FoundField[]): void {
  const generic = (f: FoundField) => f.labelSource !== 'template' && GENERIC_LABELS[normalizeLabel(f.label).replace(/\([^)]*\)/g, '')];
  const counts = new Map<Domain, number>();
  for (const f of fields) {
    // Who came along (visit.companions) is a person, like the user's own fields: it says who, not what the form is about.
    const domain = f.key === 'visit.companions' ? undefined : f.key?.split('.')[0] as Domain | undefined;
    if (domain && ['visit', 'issue', 'topic', 'report'].includes(domain) && !generic(f)) counts.set(domain, (counts.get(domain) ?? 0) + 1);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const visitRecorded = fields.some((f) => f.key?.startsWith('visit.') && f.key !== 'visit.date' && !generic(f));
  // A clear domain only: the most frequent, and not tied with another; but a visit record notes the problems it
  // found (需协调解决的问题), so a tie with the issue is the visit's when the form records the visit's particulars.
  const tied = ranked.filter(([, n]) => n === ranked[0]?.[1]).map(([d]) => d);
  const domain = tied.length === 1 ? tied[0] : tied.length === 2 && tied.includes('visit') && tied.includes('issue') && visitRecorded ? 'visit' : null;
  for (const f of fields) {
    const rule = generic(f);
    if (!rule) continue;
    const key = (visitRecorded && rule.visitRecorded) || (domain && rule.keys[domain]) || (domain ? null : rule.fallback);
    f.key = key ?? null;
    if (key) delete f.reason;
    else f.reason = '栏名太笼统，看不出填什么';
  }
}

/**
 * The same label twice in one section (姓名 … 姓名, as in a list of family members without a heading)
 * names different people's data: only the first keeps the key. A second one of the user (调查人 … 调查人)
 * is whoever did it with them: the visit's companions, if the form has no field of its own for them.
 */
function resolveRepeats(fields: FoundField[]): void {
  const seen = new Set<string>();
  let companions = fields.some((f) => f.key === 'visit.companions');
  for (const f of fields) {
    if (!f.key || f.labelSource === 'template' || f.labelSource === 'name') continue;
    const id = `${f.framePath.join('/')}|${f.section}|${normalizeLabel(f.label)}|${f.key}`;
    if (!seen.has(id)) seen.add(id);
    else if (f.key === 'officer.name' && !companions) {
      f.key = 'visit.companions';
      companions = true;
    } else {
      f.key = null;
      f.reason = '同一栏名重复出现，可能是其他人的信息，只填第一处';
    }
  }
}

const MATTER_SECTION = /事件|案件|事项|工单|诉求信息|诉求内容|问题信息/;

/** A bare 地址 in a section about the matter (事件信息, 工单信息) is where it happened, not the resident's home. */
function resolveMatterAddresses(fields: FoundField[]): void {
  for (const f of fields) {
    if (f.key !== 'resident.address' || !f.guessedResident || !MATTER_SECTION.test(normalizeLabel(f.section))) continue;
    f.key = null;
    f.reason = '事件或事项的地点，不一定是群众的住址，不自动填写';
  }
}

const ORGANISATION_NAME = /^(所在|所属)?(企业|公司|商户|店铺|门店|机构|组织|单位|场所)(名称|全称)$/;

/**
 * A section that names an organisation (企业名称, 单位名称) is about that organisation: its bare 联系人,
 * 联系电话 and 单位名称 are the organisation's, neither the resident's nor the user's.
 */
function resolveOrganisations(fields: FoundField[]): void {
  const sections = new Set(fields.filter((f) => ORGANISATION_NAME.test(normalizeLabel(f.label))).map((f) => `${f.framePath.join('/')}|${f.section}`));
  if (!sections.size) return;
  for (const f of fields) {
    if (!f.key || !(f.unsure || f.guessedResident) || !sections.has(`${f.framePath.join('/')}|${f.section}`)) continue;
    f.key = null;
    f.reason = '属于页面上某个单位或企业的信息，不自动填写';
  }
}

/**
 * A visit to a business (助企走访) with no resident on the form: the business is whom the user visited, and the
 * contact of its section (企业联系人, 联系人手机) is the resident. Not an organisation of the user's side (单位,
 * 组织), nor a business on a form without a visit (a complaint about a shop).
 */
function resolveVisitedBusinesses(fields: FoundField[]): void {
  if (!fields.some((f) => f.key?.startsWith('visit.')) || fields.some((f) => f.key?.startsWith('resident.'))) return;
  for (const f of fields) {
    const attr = !f.key && f.labelSource !== 'template' && VISITED_BUSINESS.test(normalizeLabel(f.section)) ? businessContactAttr(f.label) : null;
    if (!attr || CHOICE_KINDS.has(f.kind)) continue;
    f.key = `resident.${attr}`;
    delete f.reason;
  }
}

/** A bare 工作单位/职务 is the user's only when the form is not about a resident. */
function resolveUnsure(fields: FoundField[]): void {
  if (!fields.some((f) => f.key?.startsWith('resident.'))) return;
  for (const f of fields) {
    if (f.unsure && f.key) {
      f.key = null;
      f.reason = '看不出是谁的单位或职务，不自动填写';
    }
  }
}

const HANDLER = /^(承办|办理|处置)人$/;

/**
 * Who handles a matter (承办人, 办理人, 处置人) is its owner, unless their section names only the user's own
 * people (执法人员, 经办人信息): then it is the user, who handles the case himself.
 */
function resolveHandlers(fields: FoundField[]): void {
  for (const f of fields) {
    if (f.key !== 'issue.owner' || f.labelSource === 'template' || !HANDLER.test(normalizeLabel(f.label))) continue;
    const named = partyMentions(normalizeLabel(f.section));
    if (named.length && named.every((m) => m.party === 'officer')) f.key = 'officer.name';
  }
}

const WRITTEN: ReadonlySet<FieldKind> = new Set<FieldKind>(['text', 'textarea', 'richtext']);

/**
 * "处置情况 [          ] 处置结果 (•现场解决)": where the form asks the result on its own, the account of the handling
 * (处置情况, 办理情况) written beside it is what was done, the measures, when no field asks them.
 */
function resolveHandlingAccounts(fields: FoundField[]): void {
  const results = fields.filter((f) => f.key === 'issue.result' && f.labelSource !== 'template');
  if (fields.some((f) => f.key === 'issue.measures') || !results.some((f) => /结果$/.test(normalizeLabel(f.label)))) return;
  const account = results.find((f) => WRITTEN.has(f.kind) && /情况$/.test(normalizeLabel(f.label)));
  if (account) account.key = 'issue.measures';
}

/**
 * "诉求事项 [one line] 诉求详情 [box]": of two fields describing the matter on a form with no title field, the one-line
 * box that comes first names it (its title); the box below describes it.
 */
function resolveMatterNames(fields: FoundField[]): void {
  if (fields.some((f) => f.key === 'issue.title')) return;
  const described = fields.filter((f) => f.key === 'issue.description' && f.labelSource !== 'template');
  const named = described.find((f, i) => f.kind === 'text' && described.slice(i + 1).some((later) => later.kind !== 'text'));
  if (named) named.key = 'issue.title';
}

/** A part of an address (楼栋门牌, 门牌号, 房号) after a field asking a larger part of it (小区, 街路巷). */
const ADDRESS_PART = /^(楼栋|楼号|门牌|房间?|单元)+号?$/;
const LARGER_PART = /小区|街路巷|路巷|道路|村组|自然村|院落/;

/**
 * A part of an address takes the resident's whole address only when it is the form's one address field: a form that
 * asks the 小区 first splits the address into parts, and the whole address in its 楼栋门牌 would repeat the 小区.
 */
function resolveAddressParts(fields: FoundField[]): void {
  fields.forEach((f, i) => {
    if (f.key !== 'resident.address' || f.labelSource === 'template' || !ADDRESS_PART.test(normalizeLabel(f.label))) return;
    if (!fields.slice(Math.max(0, i - 3), i).some((before) => LARGER_PART.test(normalizeLabel(before.label)))) return;
    f.key = null;
    f.reason = '只是地址的一部分（前面另有小区等栏），不自动填写整条地址';
  });
}

/** Keys that hold a person other than the user and the resident: their row's bare 职务/电话 are theirs. */
const OTHER_PERSON_KEYS: ReadonlySet<FieldKey> = new Set<FieldKey>(['topic.lead', 'issue.owner', 'visit.companions']);

/**
 * One line of a form: a table row, a paragraph (a <p> holds no blocks, so never more than a line of fields), or a
 * row of a CSS grid (bootstrap .row, layui-form-item), where the fields of one line stand side by side.
 */
function lineOf(el: Element): Element | null {
  return el.closest('tr') ?? el.closest('p') ?? el.closest(FORM_ROW);
}

const FORM_ROW = '.row, .form-row, .layui-form-item';

/**
 * "认证人 [ ] 单位 [ ]", "记录人 [ ] 职务 [ ]", "走访人 [ ] 电话 [ ]": a bare 单位, 职务 or 电话 right after a person on
 * one line (lineOf) is that person's, whatever the section says: the user's after the user, nobody's of ours after
 * a topic's lead (课题负责人 [ ] 职务 [ ]) or an issue's owner.
 */
function resolveRowPersons(fields: FoundField[]): void {
  fields.forEach((f, i) => {
    const before = fields[i - 1];
    const row = f.labelSource !== 'template' ? lineOf(f.element) : null;
    if (!row || !before?.key || lineOf(before.element) !== row) return;
    const attr = bareAttr(f.label);
    if (attr !== 'unit' && attr !== 'position' && attr !== 'phone') return;
    const officer = before.key.startsWith('officer.');
    if (!officer && !OTHER_PERSON_KEYS.has(before.key)) return;
    f.key = officer ? `officer.${attr}` : null;
    f.unsure = false;
    f.guessedResident = false;
    if (f.key) delete f.reason;
    else f.reason = '属于同一行前面那位（课题负责人、承办人等）的信息，不自动填写';
  });
}

/**
 * "销号申请人 [ ] 申请人电话 [ ]": a role named again in short right after the user (申请人 of 销号申请人) is the
 * same person, so its 电话/单位/职务 are the user's, not those of the resident the short role would mean alone.
 * After somebody we could not tell (驻村联系人（卫生院）) it is theirs: left empty.
 */
function resolveShortenedRoles(fields: FoundField[]): void {
  fields.forEach((f, i) => {
    const before = fields[i - 1];
    if (!before || before.key?.startsWith('resident.') || f.labelSource === 'template' || before.labelSource === 'template') return;
    const label = normalizeLabel(f.label);
    const role = shortenedRole(normalizeLabel(before.label).replace(/\([^)]*\)$/, ''), label);
    const attr = role ? bareAttr(label.slice(role.length)) : undefined;
    if (attr !== 'phone' && attr !== 'unit' && attr !== 'position') return;
    f.unsure = false;
    f.guessedResident = false;
    if (before.key?.startsWith('officer.')) {
      f.key = `officer.${attr}`;
      delete f.reason;
    } else if (!before.key && f.key?.startsWith('resident.')) {
      f.key = null;
      f.reason = '属于前面那位（看不出是谁）的信息，不自动填写';
    }
  });
}

/** The longest role (…人, …员) opening `label` that ends the longer role `named` (申请人 of 销号申请人). */
function shortenedRole(named: string, label: string): string | undefined {
  for (let end = Math.min(label.length, named.length - 1); end >= 2; end--) {
    const head = label.slice(0, end);
    if (/[人员]$/.test(head) && named.endsWith(head)) return head;
  }
  return undefined;
}

/**
 * A page named for the user's own written work (调研报告报送, 课题申报, 材料提交): nobody on it is a resident.
 * Not 调研 alone: 入户调研 visits residents.
 */
const OWN_WORK_PAGE = /课题|选题|(调研|研究)(报告|成果)|(报告|论文|材料|成果)(报送|提交|上报|申报)|(报送|提交|上报|申报)(调研|报告|论文|材料|成果)/;

/**
 * A bare 联系电话 / 联系人 is taken as the resident's. On a form with no other sign of a resident that is
 * about a topic or a report (申报, 报送), by its fields or by its own name, it is the user who is the contact.
 */
function resolveGuessedResidents(fields: FoundField[], headline: string): void {
  const domains = new Set(fields.map((f) => f.key?.split('.')[0]));
  if (fields.some((f) => f.key?.startsWith('resident.') && !f.guessedResident)) return;
  const ownWork = domains.has('topic') || domains.has('report') || OWN_WORK_PAGE.test(normalizeLabel(headline));
  if (!ownWork || domains.has('visit') || domains.has('issue')) return;
  for (const f of fields) {
    if (!f.guessedResident || !f.key) continue;
    const officer = f.key.replace('resident.', 'officer.');
    f.key = officer === 'officer.name' || officer === 'officer.phone' ? officer : null;
    if (!f.key) f.reason = '看不出是谁的信息，不自动填写';
  }
}

/** Every field of the page, nested same-origin frames and open shadow roots included, in document order. */
export function detect(doc: Document, options: DetectOptions = {}): Field[] {
  const cache = newPageCache();
  const selfPage = isSelfPage(doc);
  const seen = new Set<Element>();
  const fields = collectRoots(doc).flatMap((root) => detectIn(root, options, cache, selfPage, seen));
  resolveGenericLabels(fields);
  resolveRepeats(fields);
  resolveOrganisations(fields);
  resolveVisitedBusinesses(fields);
  resolveMatterAddresses(fields);
  resolveHandlers(fields);
  resolveHandlingAccounts(fields);
  resolveMatterNames(fields);
  resolveAddressParts(fields);
  resolveRowPersons(fields);
  resolveShortenedRoles(fields);
  resolveUnsure(fields);
  resolveGuessedResidents(fields, pageHeadline(doc));
  return fields;
}

