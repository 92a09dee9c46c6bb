// 首页统计: this month's work and the state of the issue list, counted from the records.
import { CLOSED, DUE_SOON_DAYS, IN_PROGRESS, addDays } from '../issues';
import { ISSUE_STATUSES, type IssueItem, type Topic, type Visit } from '../schema';

type IssueStatus = IssueItem['status'];

/** The records the figures are counted from (deleted ones are skipped here). */
export interface DashboardInput {
  topics: readonly Topic[];
  visits: readonly Visit[];
  issues: readonly IssueItem[];
  /** YYYY-MM-DD: "this month" and "overdue" are relative to it. */
  today: string;
}

export interface IssueFigures {
  total: number;
  /** 未销号 */
  open: number;
  /** 已超期 */
  overdue: number;
  /** 7天内到期 */
  dueSoon: number;
  /** 已销号 (including 无法解决-已解释) */
  closed: number;
  /** 销号率: closed ÷ total, 0 when there are none. */
  closureRate: number;
}

export interface TopicFigures {
  topicId: string;
  title: string;
  /** 本月走访 */
  visitsThisMonth: number;
  /** 本月走访户数 */
  householdsThisMonth: number;
  issues: number;
  openIssues: number;
  closedIssues: number;
}

export interface Dashboard {
  /** e.g. '2023-06' */
  month: string;
  visitsThisMonth: number;
  /** Distinct households visited this month (入户数). */
  householdsThisMonth: number;
  issuesRaisedThisMonth: number;
  issuesClosedThisMonth: number;
  issues: IssueFigures;
  topics: TopicFigures[];
}

/** 'YYYY-MM-DD' → first and last day of its month (string compare works on ISO dates). */
export function monthRange(today: string): { month: string; from: string; to: string } {
  const month = today.slice(0, 7);
  return { month, from: `${month}-01`, to: `${month}-31` };
}

const live = <T extends { deletedAt: string | null }>(records: readonly T[]) => records.filter((r) => !r.deletedAt);

/**
 * The live issues each figure is made of, as sets of ids. Gathered from records here, or from the
 * database's indexes without reading a record (loadDashboard); counted the same way in both.
 */
export interface IssueIdSets {
  byStatus: Record<IssueStatus, Set<string>>;
  /** Deadline before today. */
  deadlinePassed: Set<string>;
  /** Deadline from today to seven days ahead. */
  deadlineSoon: Set<string>;
  createdThisMonth: Set<string>;
  closedDateThisMonth: Set<string>;
  /** topic id → its issues */
  byTopic: Map<string, Set<string>>;
}

export const emptyStatusSets = () =>
  Object.fromEntries(ISSUE_STATUSES.map((s) => [s, new Set<string>()])) as Record<IssueStatus, Set<string>>;

export function issueIdSets(issues: readonly IssueItem[], today: string): IssueIdSets {
  const { from, to } = monthRange(today);
  const soon = addDays(today, DUE_SOON_DAYS);
  const sets: IssueIdSets = {
    byStatus: emptyStatusSets(), deadlinePassed: new Set(), deadlineSoon: new Set(),
    createdThisMonth: new Set(), closedDateThisMonth: new Set(), byTopic: new Map(),
  };
  for (const issue of live(issues)) {
    const { id, deadline, closedDate } = issue;
    sets.byStatus[issue.status].add(id);
    if (deadline && deadline < today) sets.deadlinePassed.add(id);
    if (deadline && deadline >= today && deadline <= soon) sets.deadlineSoon.add(id);
    const created = issue.createdAt.slice(0, 10);
    if (created >= from && created <= to) sets.createdThisMonth.add(id);
    if (closedDate && closedDate >= from && closedDate <= to) sets.closedDateThisMonth.add(id);
    for (const topicId of issue.topicIds) {
      const topicSet = sets.byTopic.get(topicId) ?? new Set<string>();
      sets.byTopic.set(topicId, topicSet.add(id));
    }
  }
  return sets;
}

const union = (sets: Set<string>[]) => new Set(sets.flatMap((s) => [...s]));
const countIn = (ids: Set<string>, within: Set<string>) => {
  let n = 0;
  for (const id of ids) if (within.has(id)) n++;
  return n;
};

/** Open, overdue (still in progress, past the deadline), due soon, closed, and the closure rate. */
export function figuresOf(sets: IssueIdSets): IssueFigures {
  const inProgress = union(IN_PROGRESS.map((s) => sets.byStatus[s]));
  const closed = CLOSED.reduce((n, s) => n + sets.byStatus[s].size, 0);
  const total = ISSUE_STATUSES.reduce((n, s) => n + sets.byStatus[s].size, 0);
  return {
    total,
    open: total - closed,
    overdue: countIn(sets.deadlinePassed, inProgress),
    dueSoon: countIn(sets.deadlineSoon, inProgress),
    closed,
    closureRate: total ? closed / total : 0,
  };
}

export const issueFigures = (issues: readonly IssueItem[], today: string) => figuresOf(issueIdSets(issues, today));

/** The dashboard from its parts: topics, this month's visits, and the issues as id sets. */
export function assembleDashboard(topics: readonly Topic[], monthVisits: readonly Visit[], sets: IssueIdSets, today: string): Dashboard {
  const visits = live(monthVisits);
  const closedIds = union(CLOSED.map((s) => sets.byStatus[s]));
  const topicFigures = live(topics).filter((t) => !t.archived).map((topic): TopicFigures => {
    const topicVisits = visits.filter((v) => v.topicIds.includes(topic.id));
    const issues = sets.byTopic.get(topic.id) ?? new Set<string>();
    const closedIssues = countIn(issues, closedIds);
    return {
      topicId: topic.id,
      title: topic.title,
      visitsThisMonth: topicVisits.length,
      householdsThisMonth: new Set(topicVisits.flatMap((v) => v.householdIds)).size,
      issues: issues.size,
      openIssues: issues.size - closedIssues,
      closedIssues,
    };
  });
  return {
    month: monthRange(today).month,
    visitsThisMonth: visits.length,
    householdsThisMonth: new Set(visits.flatMap((v) => v.householdIds)).size,
    issuesRaisedThisMonth: sets.createdThisMonth.size,
    issuesClosedThisMonth: countIn(sets.closedDateThisMonth, closedIds),
    issues: figuresOf(sets),
    topics: topicFigures,
  };
}

/** Every figure of the dashboard from the records; pure, so it is tested with a fixed `today`. */
export function buildDashboard(input: DashboardInput): Dashboard {
  const { from, to } = monthRange(input.today);
  const monthVisits = input.visits.filter((v) => v.date >= from && v.date <= to);
  return assembleDashboard(input.topics, monthVisits, issueIdSets(input.issues, input.today), input.today);
}

/** 0.4567 → '45.7%' */
export const formatRate = (rate: number) => `${Math.round(rate * 1000) / 10}%`;
