// 首页统计: this month's work and the state of the issue list, counted from the records.
import { CLOSED, isDueSoon, isOverdue } from '../issues';
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
  /** All its issues (the topic page breaks them down). */
  issues: number;
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
 * How many live issues each figure is made of. Counted from records here, or by the database's
 * indexes without reading a record (loadDashboard); turned into figures the same way.
 */
export interface IssueCounts {
  byStatus: Record<IssueStatus, number>;
  /** Still in progress (待办, 办理中) and past the deadline. */
  overdue: number;
  /** Still in progress and due from today to seven days ahead. */
  dueSoon: number;
  createdThisMonth: number;
  /** Closed with a closing date this month (closedDate is set only by closing). */
  closedThisMonth: number;
  /** topic id → how many issues it has */
  byTopic: Map<string, number>;
}

export function issueCounts(issues: readonly IssueItem[], today: string): IssueCounts {
  const { from, to } = monthRange(today);
  const counts: IssueCounts = {
    byStatus: Object.fromEntries(ISSUE_STATUSES.map((s) => [s, 0])) as Record<IssueStatus, number>,
    overdue: 0, dueSoon: 0, createdThisMonth: 0, closedThisMonth: 0, byTopic: new Map(),
  };
  for (const issue of live(issues)) {
    counts.byStatus[issue.status]++;
    if (isOverdue(issue, today)) counts.overdue++;
    if (isDueSoon(issue, today)) counts.dueSoon++;
    const created = issue.createdAt.slice(0, 10);
    if (created >= from && created <= to) counts.createdThisMonth++;
    if (issue.closedDate && issue.closedDate >= from && issue.closedDate <= to) counts.closedThisMonth++;
    for (const topicId of issue.topicIds) counts.byTopic.set(topicId, (counts.byTopic.get(topicId) ?? 0) + 1);
  }
  return counts;
}

/** Open, overdue, due soon, closed, and the closure rate. */
export function figuresOf(counts: IssueCounts): IssueFigures {
  const sum = (statuses: readonly IssueStatus[]) => statuses.reduce((n, s) => n + counts.byStatus[s], 0);
  const total = sum(ISSUE_STATUSES);
  const closed = sum(CLOSED);
  return { total, open: total - closed, overdue: counts.overdue, dueSoon: counts.dueSoon, closed, closureRate: total ? closed / total : 0 };
}

export const issueFigures = (issues: readonly IssueItem[], today: string) => figuresOf(issueCounts(issues, today));

/** The dashboard from its parts: topics, this month's visits, and the issue counts. */
export function assembleDashboard(topics: readonly Topic[], monthVisits: readonly Visit[], counts: IssueCounts, today: string): Dashboard {
  const visits = live(monthVisits);
  const topicFigures = live(topics).filter((t) => !t.archived).map((topic): TopicFigures => {
    const topicVisits = visits.filter((v) => v.topicIds.includes(topic.id));
    return {
      topicId: topic.id,
      title: topic.title,
      visitsThisMonth: topicVisits.length,
      householdsThisMonth: new Set(topicVisits.flatMap((v) => v.householdIds)).size,
      issues: counts.byTopic.get(topic.id) ?? 0,
    };
  });
  return {
    month: monthRange(today).month,
    visitsThisMonth: visits.length,
    householdsThisMonth: new Set(visits.flatMap((v) => v.householdIds)).size,
    issuesRaisedThisMonth: counts.createdThisMonth,
    issuesClosedThisMonth: counts.closedThisMonth,
    issues: figuresOf(counts),
    topics: topicFigures,
  };
}

/** Every figure of the dashboard from the records; pure, so it is tested with a fixed `today`. */
export function buildDashboard(input: DashboardInput): Dashboard {
  const { from, to } = monthRange(input.today);
  const monthVisits = input.visits.filter((v) => v.date >= from && v.date <= to);
  return assembleDashboard(input.topics, monthVisits, issueCounts(input.issues, input.today), input.today);
}

/** 0.4567 → '45.7%' */
export const formatRate = (rate: number) => `${Math.round(rate * 1000) / 10}%`;
