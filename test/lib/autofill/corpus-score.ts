// Scores the autofill engine on the stand-in corpus (test/fixtures/autofill-corpus): each page is
// loaded in jsdom, filled through the public API only, and every form control is compared with the
// page's ground truth (`<page>.truth.json`: CSS selector → field key or null). Shared by the
// corpus test and the corpus bench.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { fillFields } from '../../../lib/autofill';

export const CORPUS_DIR = resolve(__dirname, '../../fixtures/autofill-corpus');
/** holdout2, holdout3, holdout4, holdout5, holdout6, holdout7, holdout8, holdout9, holdout10, holdout11, holdout12, holdout13, holdout14, holdout15, holdout16, holdout17, holdout18, holdout19, holdout20, holdout21, holdout22, holdout23, holdout24, holdout25, holdout26, holdout27, holdout28, holdout29, holdout30, holdout31, holdout32, holdout33, holdout34, holdout35, holdout36, holdout37, holdout38, holdout39, holdout40, holdout41, holdout42, holdout43, holdout44, holdout45, holdout46, holdout47, holdout48, holdout49, holdout50, holdout51, holdout52, holdout53, holdout54, holdout55, holdout56, holdout57, holdout58, holdout59, holdout60, holdout61, holdout62, holdout63, holdout64: further blind splits, each written after the previous one had been read by the engine's authors. */
export type Split = 'dev' | 'holdout' | 'holdout2' | 'holdout3' | 'holdout4' | 'holdout5' | 'holdout6' | 'holdout7' | 'holdout8' | 'holdout9' | 'holdout10' | 'holdout11' | 'holdout12' | 'holdout13' | 'holdout14' | 'holdout15' | 'holdout16' | 'holdout17' | 'holdout18' | 'holdout19' | 'holdout20' | 'holdout21' | 'holdout22' | 'holdout23' | 'holdout24' | 'holdout25' | 'holdout26' | 'holdout27' | 'holdout28' | 'holdout29' | 'holdout30' | 'holdout31' | 'holdout32' | 'holdout33' | 'holdout34' | 'holdout35' | 'holdout36' | 'holdout37' | 'holdout38' | 'holdout39' | 'holdout40' | 'holdout41' | 'holdout42' | 'holdout43' | 'holdout44' | 'holdout45' | 'holdout46' | 'holdout47' | 'holdout48' | 'holdout49' | 'holdout50' | 'holdout51' | 'holdout52' | 'holdout53' | 'holdout54' | 'holdout55' | 'holdout56' | 'holdout57' | 'holdout58' | 'holdout59' | 'holdout60' | 'holdout61' | 'holdout62' | 'holdout63' | 'holdout64';

type FillValues = Parameters<typeof fillFields>[1];

/** Every key of FIELDS.md with a plausible value; look-alikes (officer vs resident) differ. */
export const CORPUS_VALUES: Record<string, string | string[]> = {
  'officer.name': '王建华',
  'officer.unit': '建国街道办事处',
  'officer.position': '网格员',
  'officer.phone': '13800138001',
  'resident.name': '李秀英',
  'resident.gender': '女',
  'resident.idNumber': '990101195003070025',
  'resident.phone': '13912345678',
  'resident.address': '幸福社区3号楼2单元401室',
  'resident.tags': ['独居老人', '低保户'],
  'place.street': '建国街道',
  'place.community': '幸福社区',
  'place.grid': '第三网格',
  'visit.date': '2024-05-12',
  'visit.type': '入户走访',
  'visit.location': '李秀英家中',
  'visit.companions': '张伟、刘芳',
  'visit.content': '了解老人近况，反映楼道照明灯损坏，现场登记并转网格员。',
  'issue.title': '楼道照明灯损坏',
  'issue.description': '幸福社区3号楼2单元楼道照明灯损坏两周，老人夜间出行不便。',
  'issue.category': '基础设施',
  'issue.source': '走访',
  'issue.ownerUnit': '幸福社区居委会',
  'issue.owner': '赵强',
  'issue.deadline': '2024-06-30',
  'issue.measures': '联系物业三日内更换灯具。',
  'issue.result': '已更换楼道灯具并试亮。',
  'issue.feedback': '已电话告知居民，居民表示满意。',
  'issue.status': '办理中',
  'topic.title': '老旧小区适老化改造调研',
  'topic.lead': '刘东',
  'topic.method': '座谈访谈、随机走访',
  'topic.location': '台兴村、各社区',
  'topic.summary': '一是摸清需求；二是梳理问题；三是提出对策。',
  'report.title': '关于幸福社区居家养老服务的调研报告',
  'report.body': '为深入了解辖区居家养老服务情况，调研组采取走访了解、集体座谈等方式开展调研。',
};
const DATE_KEYS = new Set(['visit.date', 'issue.deadline']);

export type Outcome = 'correct' | 'missed' | 'wrong' | 'unfillable';
export interface FieldResult {
  page: string;
  selector: string;
  truth: string | null;
  outcome: Outcome | 'untouched';
  got: string;
  /** What detection said about the field's first element. */
  detectedKey: string | null;
  detectedLabel: string;
}
export interface SplitScore {
  split: Split;
  pages: number;
  keyed: number;
  correct: number;
  missed: number;
  wrong: number;
  results: FieldResult[];
}

const CONTROL = 'input:not([type=button]):not([type=submit]):not([type=reset]):not([type=image]), select, textarea, [contenteditable]:not([contenteditable=false])';

/** An option's text as read: no spaces, marks or brackets, nor an icon font's glyph (layui's &#xe63f; before 独居). */
const norm = (s: string) => s.replace(/[\s\u3000*＊:：()（）\ue000-\uf8ff]/g, '');

/**
 * The visible text of a radio/checkbox: its wrapping label (uni-app's <uni-label> too), a label[for], the text right after it, or its title
 * (layui draws each radio's title as the option it shows).
 */
function choiceText(el: HTMLInputElement): string {
  // vant draws a radio or a checkbox as a div of role radio holding its hidden input, its icon and its text.
  const wrap = el.closest('label, uni-label, [role=radio], [role=checkbox]');
  if (wrap) return wrap.textContent ?? '';
  const byFor = el.id ? el.ownerDocument.querySelector(`label[for="${el.id}"]`) : null;
  if (byFor) return byFor.textContent ?? '';
  return el.nextSibling?.textContent?.trim() || el.title;
}

/** Option texts of a choice group, with the element that holds each. */
function options(group: Element[]): { text: string; on: () => boolean }[] {
  const first = group[0];
  if (first instanceof first.ownerDocument.defaultView!.HTMLSelectElement) {
    return [...first.options].map((o) => ({ text: o.textContent ?? '', on: () => o.selected }));
  }
  return (group as HTMLInputElement[]).map((i) => ({ text: choiceText(i), on: () => i.checked }));
}

/** Index of the option meant by `value`: exact text, else the only one containing it or contained in it. */
export function matchOption(texts: string[], value: string): number | 'none' | 'ambiguous' {
  const v = norm(value);
  const exact = texts.findIndex((t) => norm(t) === v);
  if (exact >= 0) return exact;
  const near = texts.flatMap((t, i) => (norm(t) && (norm(t).includes(v) || v.includes(norm(t))) ? [i] : []));
  if (near.length === 1) return near[0];
  return near.length ? 'ambiguous' : 'none';
}

function isChoice(group: Element[]): boolean {
  const el = group[0];
  return el.tagName === 'SELECT' || (el.tagName === 'INPUT' && /^(radio|checkbox)$/.test((el as HTMLInputElement).type));
}

function stateOf(el: Element): string {
  if (el.tagName === 'SELECT') return [...(el as HTMLSelectElement).options].map((o) => (o.selected ? 1 : 0)).join('');
  if (el.tagName === 'INPUT' && /^(radio|checkbox)$/.test((el as HTMLInputElement).type)) return String((el as HTMLInputElement).checked);
  if (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA') return (el as HTMLInputElement).value;
  return el.textContent ?? '';
}

function shown(group: Element[]): string {
  if (isChoice(group)) return options(group).filter((o) => o.on()).map((o) => norm(o.text)).join('|');
  return stateOf(group[0]);
}

/**
 * The date written the way the control asks for: the format its placeholder (drawn or not)/title/aria-label (or a short note right after it) shows (a pattern such as
 * yyyy.mm.dd / YYYY-M-D / yyyyMMdd, or an example such as 2024/01/01 or 2024年1月1日), time optional; any
 * common form when it shows none. A hint without leading zeros (M, D, 2024-5-8) takes padded digits too.
 */
function dateMatches(el: Element, iso: string, got: string): boolean {
  const [y, m, d] = iso.split('-');
  // A legacy page may note the format right after the box: <input> <span>（格式：2024.5.8）</span> or <input> （YYYY.MM.DD）.
  const text = el.nextSibling?.nodeType === 3 ? el.nextSibling.textContent?.trim() : '';
  const note = text || (el.nextElementSibling?.textContent?.trim() ?? '');
  // uni-app draws its placeholder as a div beside the box (<div class="uni-input-placeholder">例：2024/5/8</div>).
  const drawn = el.parentElement?.querySelector(':scope > .uni-input-placeholder')?.textContent ?? '';
  const hint = ['placeholder', 'title', 'aria-label'].map((name) => el.getAttribute(name) ?? '').join(' ') + ` ${drawn} ${note.length <= 30 ? note : ''}`;
  const un = (s: string) => String(Number(s));
  const form = (sep: [string, string, string], pad: boolean) => [
    `${y}${sep[0]}${m}${sep[1]}${d}${sep[2]}`, ...(pad ? [] : [`${y}${sep[0]}${un(m)}${sep[1]}${un(d)}${sep[2]}`]),
  ];
  const pattern = /(?:yyyy|\d{4})([-/.年]?)(mm?|\d{1,2})([-/.月]?)(dd?|\d{1,2})(日?)/i.exec(hint);
  const allowed = pattern
    ? form([pattern[1], pattern[3], pattern[5]], pattern[2].length === 2 && pattern[4].length === 2)
    : el.getAttribute('type') === 'date'
      ? form(['-', '-', ''], true)
      // With no hint on the box, any common form: the page's other boxes may show one without leading zeros (2024-5-8).
      : [...form(['年', '月', '日'], false), ...form(['/', '/', ''], false), ...form(['-', '-', ''], false)];
  return allowed.some((f) => new RegExp(`^${f.replace(/[.]/g, '\\.')}([ T]\\d{1,2}:\\d{2}(:\\d{2})?)?$`).test(got.trim()));
}

const SCRIPTED_SELECT = '.el-select, .ivu-select, .ant-select, .n-select, .n-base-selection, .arco-select, .t-select, .layui-form-select';

/**
 * A framework's select: its box (readonly, a search box to filter it, or a hidden input beside the shown text) and its
 * option list are drawn by its script, and only that script answers a click on an option. No script runs on these
 * static pages, so nobody could choose in it, whether or not the page drew its options: as with a <select> that lacks
 * the option. layui keeps the page's own <select> hidden and draws its box right after it; a readonly box of an ARIA
 * combobox is a select too (a typed one, an autocomplete, takes its text).
 */
function isScriptedSelect(el: Element): boolean {
  if (el.tagName === 'SELECT') return !!el.nextElementSibling?.classList.contains('layui-form-select');
  const input = el as HTMLInputElement;
  return el.tagName === 'INPUT' && (!!el.closest(SCRIPTED_SELECT) || ((input.readOnly || input.type === 'hidden') && !!el.closest('[role=combobox]')));
}

interface Expectation { fillable: boolean; ok: () => boolean; problem?: string }

function expectationFor(group: Element[], key: string): Expectation {
  const value = CORPUS_VALUES[key];
  if (value === undefined) return { fillable: false, ok: () => false, problem: `unknown key ${key}` };
  if (isScriptedSelect(group[0])) return { fillable: false, ok: () => false };
  if (isChoice(group)) {
    const opts = options(group);
    const texts = opts.map((o) => o.text);
    // A list of items (座谈访谈、随机走访) ticks each where one may tick several; a single pick takes it whole.
    const several = (group[0] as HTMLSelectElement).multiple || (group[0] as HTMLInputElement).type === 'checkbox';
    const items = Array.isArray(value) ? value : several ? value.split('、') : [value];
    const wanted = items.map((v) => matchOption(texts, v));
    if (wanted.includes('ambiguous')) return { fillable: false, ok: () => false, problem: `ambiguous option for ${key}` };
    const idx = new Set(wanted.filter((w): w is number => typeof w === 'number'));
    // One choice only (a plain select, radios) offering two of a list's values (户类别: 独居老人, 低保户): either will do.
    const chosen = () => opts.flatMap((o, i) => (o.on() ? [i] : []));
    if (!several && idx.size > 1) return { fillable: true, ok: () => chosen().length === 1 && idx.has(chosen()[0]) };
    return { fillable: idx.size > 0, ok: () => opts.every((o, i) => o.on() === idx.has(i)) };
  }
  const el = group[0];
  const text = Array.isArray(value) ? value.join('、') : value;
  const read = () => stateOf(el).trim();
  if (DATE_KEYS.has(key)) return { fillable: true, ok: () => dateMatches(el, text, read()) };
  return { fillable: true, ok: () => read() === text };
}

interface PageTruth { groups: { selector: string; truth: string | null; elements: Element[] }[]; problems: string[] }

/** The page's truth resolved to elements, with every corpus mistake found (uncovered control, bad selector …). */
export function resolveTruth(doc: Document, truth: Record<string, string | null>): PageTruth {
  const problems: string[] = [];
  const owner = new Map<Element, string>();
  const groups = Object.entries(truth).map(([selector, key]) => {
    const elements = [...doc.querySelectorAll(selector)];
    if (!elements.length) problems.push(`selector matches nothing: ${selector}`);
    for (const el of elements) {
      if (owner.has(el)) problems.push(`${selector} overlaps ${owner.get(el)}`);
      owner.set(el, selector);
    }
    if (elements.length > 1 && !(isChoice(elements) && elements[0].tagName === 'INPUT')) problems.push(`${selector} matches ${elements.length} non-choice elements`);
    if (key !== null && elements.length) {
      const exp = expectationFor(elements, key);
      if (exp.problem) problems.push(`${selector}: ${exp.problem}`);
      else if (exp.fillable && exp.ok()) problems.push(`${selector}: already holds the expected value`);
    }
    return { selector, truth: key, elements };
  });
  for (const el of doc.querySelectorAll(CONTROL)) {
    if (!owner.has(el)) problems.push(`control without truth: ${el.outerHTML.slice(0, 80)}`);
  }
  return { groups, problems };
}

export function corpusPages(split: Split): string[] {
  return readdirSync(join(CORPUS_DIR, split)).filter((f) => f.endsWith('.html')).sort();
}

export function loadPage(split: Split, page: string): { doc: Document; truth: Record<string, string | null> } {
  const html = readFileSync(join(CORPUS_DIR, split, page), 'utf8');
  const truth = JSON.parse(readFileSync(join(CORPUS_DIR, split, page.replace(/\.html$/, '.truth.json')), 'utf8'));
  const dom = new JSDOM(html, { url: `http://corpus.test/${split}/${page}` });
  return { doc: dom.window.document, truth };
}

export async function scorePage(split: Split, page: string): Promise<FieldResult[]> {
  const { doc, truth } = loadPage(split, page);
  const { groups, problems } = resolveTruth(doc, truth);
  if (problems.length) throw new Error(`${split}/${page}: ${problems.join('; ')}`);
  const before = groups.map((g) => g.elements.map(stateOf));
  const expectations = groups.map((g) => (g.truth ? expectationFor(g.elements, g.truth) : null));
  // Static pages: no script runs, so no option list or popup arrives later and a missing one need not be waited for.
  const report = await fillFields(doc, CORPUS_VALUES as FillValues, { timeoutMs: 5 });
  // The report names what detection found of every field keyed to one of CORPUS_VALUES or to nothing: filled, or skipped
  // with its reason. No second detection pass, which in jsdom took as long as the fill.
  const detected = [...report.filled, ...report.skipped].filter((d): d is typeof d & { element: HTMLElement } => !!d.element);
  return groups.map((g, gi) => {
    const changed = g.elements.some((el, i) => stateOf(el) !== before[gi][i]);
    const exp = expectations[gi];
    let outcome: FieldResult['outcome'];
    if (!exp) outcome = changed ? 'wrong' : 'untouched';
    else if (!exp.fillable) outcome = changed ? 'wrong' : 'unfillable';
    else if (!changed) outcome = 'missed';
    else outcome = exp.ok() ? 'correct' : 'wrong';
    const hit = detected.find((d) => g.elements.some((el) => d.element === el || d.element.contains(el)));
    return {
      page, selector: g.selector, truth: g.truth, outcome, got: shown(g.elements),
      detectedKey: hit?.key ?? null, detectedLabel: hit?.label ?? '',
    };
  });
}

export async function scoreSplit(split: Split): Promise<SplitScore> {
  const results: FieldResult[] = [];
  const pages = corpusPages(split);
  for (const page of pages) results.push(...(await scorePage(split, page)));
  const keyed = results.filter((r) => r.truth !== null && r.outcome !== 'unfillable');
  return {
    split, pages: pages.length, keyed: keyed.length,
    correct: keyed.filter((r) => r.outcome === 'correct').length,
    missed: keyed.filter((r) => r.outcome === 'missed').length,
    wrong: results.filter((r) => r.outcome === 'wrong').length,
    results,
  };
}

export const recallPct = (s: SplitScore) => (s.keyed ? (100 * s.correct) / s.keyed : 0);

/** A plain-text table of every miss and wrong fill, for the test log. */
export function missTable(s: SplitScore): string {
  const rows = s.results.filter((r) => r.outcome === 'missed' || r.outcome === 'wrong');
  const lines = rows.map((r) => [r.outcome.padEnd(6), r.page, r.selector, `truth=${r.truth}`, `detected=${r.detectedKey} «${r.detectedLabel}»`, `got=${r.got.slice(0, 30)}`].join('  '));
  return [`${s.split}: ${s.pages} pages, ${s.keyed} keyed fields, ${s.correct} correct (${recallPct(s).toFixed(1)} %), ${s.missed} missed, ${s.wrong} wrong fills`, ...lines].join('\n');
}
