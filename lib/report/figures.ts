// The numbers of a report (基本情况), counted from records. Pure functions over arrays.
import type { Household, IssueItem, ReportFigure, Visit } from '../schema';
import { chineseDate, percent } from './format';
import type { ScopedData } from './scope';

/** 已解决: the statuses that count as solved. 无法解决-已解释 is closed but not solved. */
export const SOLVED_STATUSES: readonly IssueItem['status'][] = ['已办结', '已销号'];
export const OPEN_STATUSES: readonly IssueItem['status'][] = ['待办', '办理中'];

export const isSolved = (i: IssueItem) => SOLVED_STATUSES.includes(i.status);
export const isOpen = (i: IssueItem) => OPEN_STATUSES.includes(i.status);
/** 超期: still open after its deadline (judged on the day the figures are counted). */
export const isOverdue = (i: IssueItem, asOf: string) => isOpen(i) && i.deadline !== null && i.deadline < asOf;

export const NO_COMMUNITY = '未填写社区';
export const NO_CATEGORY = '其他';

/** Counts by key, in order of first appearance, largest first. */
export function countBy<T>(rows: readonly T[], key: (row: T) => string | readonly string[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const row of rows) {
    const keys = key(row);
    for (const k of typeof keys === 'string' ? [keys] : keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1]);
}

/** One community's share of the work (按社区/网格). */
export interface PlaceFigures {
  community: string;
  grids: string[];
  visits: number;
  households: number;
  issues: number;
  solved: number;
}

/** Issues of one category (问题类别), open and solved. */
export interface CategoryGroup {
  category: string;
  open: IssueItem[];
  solved: IssueItem[];
}

export interface ReportFigures {
  visits: number;
  visitsByType: [string, number][];
  firstVisitDate: string | null;
  lastVisitDate: string | null;
  householdsReached: number;
  careHouseholds: number;
  careByTag: [string, number][];
  /** 座谈会 held. */
  forums: number;
  /** Visits with something done on the spot (现场处置). */
  visitsWithActions: number;
  issuesCollected: number;
  issuesSolved: number;
  issuesExplained: number;
  issuesOpen: number;
  /** Percent, one decimal. */
  closureRate: number;
  overdue: number;
  communities: PlaceFigures[];
  categories: CategoryGroup[];
}

const communityOf = (r: { community: string }) => r.community || NO_COMMUNITY;

function placeFigures(visits: Visit[], households: Household[], issues: IssueItem[]): PlaceFigures[] {
  const rows = new Map<string, PlaceFigures & { reached: Set<string> }>();
  const row = (community: string) => {
    let r = rows.get(community);
    if (!r) rows.set(community, (r = { community, grids: [], visits: 0, households: 0, issues: 0, solved: 0, reached: new Set() }));
    return r;
  };
  const addGrid = (r: PlaceFigures, grid: string) => { if (grid && !r.grids.includes(grid)) r.grids.push(grid); };
  const householdIds = new Set(households.map((h) => h.id));
  for (const v of visits) {
    const r = row(communityOf(v));
    r.visits++;
    addGrid(r, v.grid);
    for (const id of v.householdIds) if (householdIds.has(id)) r.reached.add(id);
  }
  for (const i of issues) {
    const r = row(communityOf(i));
    r.issues++;
    if (isSolved(i)) r.solved++;
    addGrid(r, i.grid);
  }
  return [...rows.values()]
    .map(({ reached, ...r }) => ({ ...r, households: reached.size }))
    .sort((a, b) => b.visits - a.visits || b.issues - a.issues);
}

function categoryGroups(issues: IssueItem[]): CategoryGroup[] {
  const groups = new Map<string, CategoryGroup>();
  for (const i of issues) {
    const category = i.category || NO_CATEGORY;
    let g = groups.get(category);
    if (!g) groups.set(category, (g = { category, open: [], solved: [] }));
    if (isOpen(i)) g.open.push(i);
    else if (isSolved(i)) g.solved.push(i);
  }
  return [...groups.values()].sort((a, b) => b.open.length - a.open.length || b.solved.length - a.solved.length);
}

/** Everything 基本情况 states, counted from the scope's records. `asOf` is YYYY-MM-DD. */
export function computeFigures(data: Pick<ScopedData, 'visits' | 'issues' | 'households'>, asOf: string): ReportFigures {
  const { visits, issues, households } = data;
  const care = households.filter((h) => h.careTags.length > 0);
  const solved = issues.filter(isSolved).length;
  return {
    visits: visits.length,
    visitsByType: countBy(visits, (v) => v.type),
    firstVisitDate: visits.reduce<string | null>((min, v) => (min === null || v.date < min ? v.date : min), null),
    lastVisitDate: visits.reduce<string | null>((max, v) => (max === null || v.date > max ? v.date : max), null),
    householdsReached: households.length,
    careHouseholds: care.length,
    careByTag: countBy(care, (h) => h.careTags),
    forums: visits.filter((v) => v.type === '座谈会').length,
    visitsWithActions: visits.filter((v) => v.actions.trim() !== '').length,
    issuesCollected: issues.length,
    issuesSolved: solved,
    issuesExplained: issues.filter((i) => i.status === '无法解决-已解释').length,
    issuesOpen: issues.filter(isOpen).length,
    closureRate: percent(solved, issues.length),
    overdue: issues.filter((i) => isOverdue(i, asOf)).length,
    communities: placeFigures(visits, households, issues),
    categories: categoryGroups(issues),
  };
}

/** The figures the text states, each with the rule that counted it (shown in the composer). */
export function figureList(f: ReportFigures, scopeLabel: string, asOf: string): ReportFigure[] {
  const within = `${scopeLabel}范围内`;
  const span = f.firstVisitDate && f.lastVisitDate ? `（${chineseDate(f.firstVisitDate)}至${chineseDate(f.lastVisitDate)}）` : '';
  const figure = (key: string, label: string, value: number, unit: string, source: string): ReportFigure =>
    ({ key, label, value, unit, source });
  return [
    figure('visits', '走访次数', f.visits, '次', `${within}的走访记录条数${span}`),
    figure('forums', '座谈会', f.forums, '次', `${within}走访方式为“座谈会”的记录条数`),
    ...f.visitsByType.map(([type, n]) => figure(`visitType:${type}`, type, n, '次', `${within}走访方式为“${type}”的记录条数`)),
    figure('householdsReached', '走访联系户', f.householdsReached, '户', `${within}走访记录所关联的联系户（同一户只计一次）`),
    figure('careHouseholds', '需关爱对象', f.careHouseholds, '户', `走访联系户中带有人员类别标签（独居老人、低保户等）的户数`),
    ...f.careByTag.map(([tag, n]) => figure(`care:${tag}`, tag, n, '户', `走访联系户中人员类别含“${tag}”的户数`)),
    figure('visitsWithActions', '现场处置', f.visitsWithActions, '次', `${within}填写了“现场处置”的走访记录条数`),
    figure('issuesCollected', '收集问题', f.issuesCollected, '个', `${within}问题清单条目数（含关联到这些走访的问题）`),
    figure('issuesSolved', '已解决问题', f.issuesSolved, '个', '上述问题中状态为“已办结”或“已销号”的条数'),
    figure('issuesOpen', '正在办理', f.issuesOpen, '个', '上述问题中状态为“待办”或“办理中”的条数'),
    figure('issuesExplained', '无法解决已解释', f.issuesExplained, '个', '上述问题中状态为“无法解决-已解释”的条数'),
    figure('closureRate', '办结率', f.closureRate, '%', '已解决问题数 ÷ 收集问题数，保留一位小数'),
    figure('overdue', '超期未办结', f.overdue, '个', `正在办理且完成时限早于${chineseDate(asOf)}的问题条数`),
  ];
}
