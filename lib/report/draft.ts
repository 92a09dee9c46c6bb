// 调研报告草稿: the seeds' structure filled from the records. Every number in the generated text is
// one of the draft's figures, and each section remembers which figures (and values) it states.
import type { IssueItem, ReportAppendix, ReportDraft, ReportFigure, ReportScope, ReportSection } from '../schema';
import { computeFigures, countBy, figureList, type ReportFigures } from './figures';
import { chineseDate, chineseNumber } from './format';
import { issueLedgerRows, visitLedgerRows } from './ledgers';
import { selectScope, type ReportData, type ScopedData } from './scope';

export interface DraftOptions {
  /** The day figures are counted (YYYY-MM-DD); 超期 is judged against it. */
  asOf: string;
  /** Timestamp for createdAt/updatedAt. */
  now?: string;
  id?: string;
  /** 落款单位, usually the user's unit from their profile. */
  signatureUnit?: string;
}

export const SECTION_KEYS = ['opening', 'basics', 'practices', 'problems', 'suggestions'] as const;
export type SectionKey = (typeof SECTION_KEYS)[number];

/** How many examples a generated list names before "等". */
const EXAMPLES = 5;

/** A sentence fragment that states figures, remembering which ones. */
class Stated {
  readonly figures: Record<string, number> = {};
  constructor(private readonly all: Map<string, ReportFigure>) {}
  /** The figure's value as text, e.g. "40"; the figure is recorded as stated. */
  n(key: string): string {
    const figure = this.all.get(key);
    if (!figure) throw new Error(`报告数字缺少来源：${key}`);
    this.figures[key] = figure.value;
    return String(figure.value);
  }
}

const listed = (items: string[]) => (items.length > EXAMPLES ? `${items.slice(0, EXAMPLES).join('；')}等` : items.join('；'));
const trimStop = (s: string) => s.trim().replace(/[。；;，,\s]+$/, '');

export function reportTitle(scoped: ScopedData): string {
  if (scoped.topic) return `关于${scoped.topic.title}的调研报告`;
  return `关于${scoped.label}走访调研情况的调研报告`;
}

function opening(scoped: ScopedData, f: ReportFigures): string {
  const t = scoped.topic;
  const lead = t && (t.lead.position || t.lead.name) ? `由${[t.lead.position, t.lead.name].filter(Boolean).join('')}牵头，` : '';
  const span = f.firstVisitDate && f.lastVisitDate
    ? `于${chineseDate(f.firstVisitDate)}至${chineseDate(f.lastVisitDate)}，` : '';
  const methods = t && t.methods.length ? `按照“${t.methods.join('、')}”的方式方法，` : '';
  const types = f.visitsByType.map(([type]) => type);
  const ways = types.length ? `采取${types.join('、')}${types.length > 1 ? '等' : '的'}形式，` : '';
  const places = t?.places.length ? t.places : f.communities.map((c) => c.community);
  const where = places.length ? `深入${places.join('、')}` : '深入基层';
  const about = t ? `围绕“${t.title}”课题` : `对${scoped.label}的走访情况`;
  return `为深入了解群众急难愁盼问题，${about}，${lead}${span}${methods}${ways}${where}开展调研。现将有关情况报告如下：`;
}

function basics(f: ReportFigures, s: Stated, asOf: string): string {
  const lines: string[] = [];
  if (f.visits === 0) lines.push(`截至${chineseDate(asOf)}，该范围内尚无走访记录。`);
  else {
    const byType = f.visitsByType.map(([type]) => `${type}${s.n(`visitType:${type}`)}次`).join('、');
    const care = f.careHouseholds > 0
      ? `，其中需关爱对象${s.n('careHouseholds')}户（${f.careByTag.map(([tag]) => `${tag}${s.n(`care:${tag}`)}户`).join('、')}）` : '';
    lines.push(`调研期间，共开展走访${s.n('visits')}次，其中${byType}；走访联系户${s.n('householdsReached')}户${care}。`);
  }
  if (f.issuesCollected === 0) lines.push('调研中暂未收集到群众反映的问题。');
  else {
    const explained = f.issuesExplained > 0 ? `；无法解决、已向群众解释说明${s.n('issuesExplained')}个` : '';
    const overdue = f.overdue > 0 ? `，其中超过完成时限${s.n('overdue')}个` : '';
    lines.push(`共收集群众反映问题${s.n('issuesCollected')}个，已解决${s.n('issuesSolved')}个，办结率${s.n('closureRate')}%${explained}；正在办理${s.n('issuesOpen')}个${overdue}。`);
  }
  if (f.communities.length > 0) {
    const parts = f.communities.map((c) => {
      const k = `community:${c.community}`;
      const grids = c.grids.length ? `（${c.grids.join('、')}）` : '';
      return `${c.community}${grids}走访${s.n(`${k}:visits`)}次、联系${s.n(`${k}:households`)}户、收集问题${s.n(`${k}:issues`)}个、已解决${s.n(`${k}:solved`)}个`;
    });
    lines.push(`从分布看，${parts.join('；')}。`);
  }
  return lines.join('\n');
}

function practices(scoped: ScopedData, f: ReportFigures, s: Stated): string {
  const lines: string[] = [];
  const actions = countBy(scoped.visits.filter((v) => v.actions.trim()), (v) => trimStop(v.actions)).map(([a]) => a);
  if (actions.length) {
    lines.push(`（一）深入走访，边听边办。走访中能当场处置的当场处置，${s.n('visitsWithActions')}次走访作了现场处置，主要有：${listed(actions)}。`);
  } else {
    lines.push('（一）深入走访，倾听民意。走访记录中暂无现场处置的内容。');
  }
  const solvedGroups = f.categories.filter((g) => g.solved.length > 0);
  if (solvedGroups.length) {
    const byCategory = solvedGroups.map((g) => {
      const examples = [...new Set(g.solved.map((i) => (i.measures.trim() ? `${trimStop(i.title)}（${trimStop(i.measures)}）` : trimStop(i.title))))];
      return `${g.category}方面${s.n(`category:${g.category}:solved`)}个，如${examples.slice(0, 2).join('、')}`;
    });
    const withFeedback = scoped.issues.filter((i) => i.feedback !== null).length;
    const feedback = withFeedback > 0 ? `，已向反映人反馈办理结果${s.n('feedbackGiven')}个` : '';
    lines.push(`（二）建立问题清单，推动问题解决。对收集的问题登记造册、跟踪办理，已解决${s.n('issuesSolved')}个${feedback}。其中${byCategory.join('；')}。`);
  }
  return lines.join('\n');
}

/** "楼道灯坏了（解放社区，2个）" — the same problem raised several times counts once, with its number. */
function typicalIssues(issues: IssueItem[]): string[] {
  const byTitle = new Map<string, { communities: Set<string>; count: number }>();
  for (const i of issues) {
    const title = trimStop(i.title);
    const entry = byTitle.get(title) ?? { communities: new Set(), count: 0 };
    entry.count++;
    if (i.community) entry.communities.add(i.community);
    byTitle.set(title, entry);
  }
  return [...byTitle]
    .sort((a, b) => b[1].count - a[1].count)
    .map(([title, e]) => {
      const where = [...e.communities].join('、');
      const detail = [where, e.count > 1 ? `${e.count}个` : ''].filter(Boolean).join('，');
      return detail ? `${title}（${detail}）` : title;
    });
}

const openGroups = (f: ReportFigures) => f.categories.filter((g) => g.open.length > 0);

function problems(f: ReportFigures, s: Stated, asOf: string): string {
  const groups = openGroups(f);
  if (!groups.length) return '调研中收集的问题均已办结或作出解释说明，暂无尚未解决的问题。';
  return groups.map((g, k) => {
    const overdue = g.open.filter((i) => i.deadline !== null && i.deadline < asOf).length;
    const late = overdue > 0 ? `，其中${s.n(`category:${g.category}:overdue`)}个已超过完成时限` : '';
    return `（${chineseNumber(k + 1)}）${g.category}方面的问题。目前尚有${s.n(`category:${g.category}:open`)}个问题正在办理${late}，主要是：${listed(typicalIssues(g.open))}。`;
  }).join('\n');
}

function suggestions(f: ReportFigures): { text: string; prompt: string } {
  const groups = openGroups(f);
  if (!groups.length) return { text: '', prompt: '请结合调研情况写明下一步工作打算和对策建议。' };
  return {
    text: groups.map((g, k) => `（${chineseNumber(k + 1)}）针对${g.category}方面问题的建议。`).join('\n'),
    prompt: groups.map((g, k) => `（${chineseNumber(k + 1)}）${g.category}：${listed(typicalIssues(g.open))}。请写明措施、责任单位和时限。`).join('\n'),
  };
}

/** Figures of the per-community and per-category sentences, with their rules. */
function detailFigures(f: ReportFigures, scoped: ScopedData, asOf: string): ReportFigure[] {
  const out: ReportFigure[] = [];
  const add = (key: string, label: string, value: number, unit: string, source: string) => out.push({ key, label, value, unit, source });
  for (const c of f.communities) {
    const where = `社区为“${c.community}”的`;
    add(`community:${c.community}:visits`, `${c.community}走访`, c.visits, '次', `${where}走访记录条数`);
    add(`community:${c.community}:households`, `${c.community}联系户`, c.households, '户', `${where}走访所关联的联系户`);
    add(`community:${c.community}:issues`, `${c.community}问题`, c.issues, '个', `${where}问题条数`);
    add(`community:${c.community}:solved`, `${c.community}已解决`, c.solved, '个', `${where}已办结或已销号的问题条数`);
  }
  for (const g of f.categories) {
    const which = `类别为“${g.category}”的问题中`;
    add(`category:${g.category}:solved`, `${g.category}已解决`, g.solved.length, '个', `${which}已办结或已销号的条数`);
    add(`category:${g.category}:open`, `${g.category}在办`, g.open.length, '个', `${which}待办或办理中的条数`);
    const overdue = g.open.filter((i) => i.deadline !== null && i.deadline < asOf).length;
    add(`category:${g.category}:overdue`, `${g.category}超期`, overdue, '个', `${which}正在办理且完成时限早于${chineseDate(asOf)}的条数`);
  }
  add('feedbackGiven', '已反馈', scoped.issues.filter((i) => i.feedback !== null).length, '个', '填写了“反馈当事人”的问题条数');
  return out;
}

const HEADINGS: Record<SectionKey, string> = {
  opening: '', basics: '一、基本情况', practices: '二、主要做法及成效', problems: '三、存在的问题', suggestions: '四、对策建议',
};

/** The generated parts of a report: title, sections, figures and appendix rows. */
function generate(data: ReportData, scope: ReportScope, asOf: string) {
  const scoped = selectScope(data, scope);
  const f = computeFigures(scoped, asOf);
  const figures = [...figureList(f, scoped.label, asOf), ...detailFigures(f, scoped, asOf)];
  const all = new Map(figures.map((x) => [x.key, x]));
  const section = (key: SectionKey, write: (s: Stated) => string, prompt = ''): ReportSection => {
    const s = new Stated(all);
    const text = write(s);
    return { key, heading: HEADINGS[key], text, edited: false, figures: s.figures, prompt };
  };
  const advice = suggestions(f);
  const sections = [
    section('opening', () => opening(scoped, f)),
    section('basics', (s) => basics(f, s, asOf)),
    section('practices', (s) => practices(scoped, f, s)),
    section('problems', (s) => problems(f, s, asOf)),
    section('suggestions', () => advice.text, advice.prompt),
  ];
  const appendices: ReportAppendix[] = [
    { key: 'issueLedger', title: '问题清单台账', include: true, rows: issueLedgerRows(scoped.issues) },
    { key: 'visitLedger', title: '走访台账', include: true, rows: visitLedgerRows(scoped.visits, data.households) },
  ];
  return { title: reportTitle(scoped), sections, figures, appendices };
}

/** A new draft for a topic or a date range, generated from the records. */
export function buildReportDraft(data: ReportData, scope: ReportScope, options: DraftOptions): ReportDraft {
  const now = options.now ?? new Date().toISOString();
  const generated = generate(data, scope, options.asOf);
  return {
    id: options.id ?? crypto.randomUUID(),
    topicId: scope.kind === 'topic' ? scope.topicId : null,
    scope,
    ...generated,
    titleEdited: false,
    signatureUnit: options.signatureUnit ?? '',
    signatureDate: options.asOf,
    dataAsOf: options.asOf,
    createdAt: now,
    updatedAt: now,
  };
}

/** A figure an edited section states whose value has changed since it was written. */
export interface StaleFigure {
  section: string;
  key: string;
  label: string;
  was: number;
  now: number;
}

/**
 * Regenerates the parts the user has not edited from fresh records; edited sections (and an edited
 * title) stay exactly as written. Appendix rows are always refreshed, keeping the include choice.
 */
export function regenerateDraft(draft: ReportDraft, data: ReportData, options: Omit<DraftOptions, 'id' | 'signatureUnit'>) {
  const fresh = generate(data, draft.scope, options.asOf);
  const sections = fresh.sections.map((s) => draft.sections.find((old) => old.key === s.key && old.edited) ?? s);
  // Sections the user added (not generated) keep their place at the end.
  const extra = draft.sections.filter((old) => !fresh.sections.some((s) => s.key === old.key));
  const include = new Map(draft.appendices.map((a) => [a.key, a.include]));
  const next: ReportDraft = {
    ...draft,
    title: draft.titleEdited ? draft.title : fresh.title,
    sections: [...sections, ...extra],
    figures: fresh.figures,
    appendices: fresh.appendices.map((a) => ({ ...a, include: include.get(a.key) ?? a.include })),
    dataAsOf: options.asOf,
    updatedAt: options.now ?? new Date().toISOString(),
  };
  return { draft: next, stale: staleFigures(next) };
}

/** Figures stated by edited sections whose values no longer match the records. */
export function staleFigures(draft: ReportDraft): StaleFigure[] {
  const current = new Map(draft.figures.map((f) => [f.key, f]));
  return draft.sections.filter((s) => s.edited).flatMap((s) =>
    Object.entries(s.figures).flatMap(([key, was]) => {
      const f = current.get(key);
      const now = f?.value ?? 0;
      return now === was ? [] : [{ section: s.heading || '开头段', key, label: f?.label ?? key, was, now }];
    }));
}

/** The user's edit of one section's text (or heading): marks it edited so regeneration keeps it. */
export function editSection(draft: ReportDraft, key: string, patch: Partial<Pick<ReportSection, 'text' | 'heading'>>): ReportDraft {
  return { ...draft, sections: draft.sections.map((s) => (s.key === key ? { ...s, ...patch, edited: true } : s)) };
}

/** Gives a section back to the generator: the next regeneration replaces it. */
export function resetSection(draft: ReportDraft, key: string): ReportDraft {
  return { ...draft, sections: draft.sections.map((s) => (s.key === key ? { ...s, edited: false } : s)) };
}
