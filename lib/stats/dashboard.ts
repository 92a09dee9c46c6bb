// 首页统计: this month's work and the state of the issue list, counted from the records.
import { isClosed, isDueSoon, isOverdue } from '../issues';
import type { IssueItem, Topic, Visit } from '../schema';

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

export function issueFigures(issues: readonly IssueItem[], today: string): IssueFigures {
  let open = 0, overdue = 0, dueSoon = 0;
  for (const issue of issues) {
    if (isClosed(issue)) continue;
    open++;
    if (isOverdue(issue, today)) overdue++;
    else if (isDueSoon(issue, today)) dueSoon++;
  }
  const closed = issues.length - open;
  return { total: issues.length, open, overdue, dueSoon, closed, closureRate: issues.length ? closed / issues.length : 0 };
}

/** Every figure of the dashboard; pure, so it is tested with a fixed `today`. */
export function buildDashboard(input: DashboardInput): Dashboard {
  const { month, from, to } = monthRange(input.today);
  const inMonth = (date: string | null) => !!date && date >= from && date <= to;
  const visits = live(input.visits).filter((v) => inMonth(v.date));
  const issues = live(input.issues);

  const figures = new Map(live(input.topics).filter((t) => !t.archived).map((topic) => [topic.id, {
    topicId: topic.id, title: topic.title, households: new Set<string>(),
    visitsThisMonth: 0, issues: 0, openIssues: 0, closedIssues: 0,
  }]));
  for (const visit of visits) {
    for (const id of visit.topicIds) {
      const f = figures.get(id);
      if (!f) continue;
      f.visitsThisMonth++;
      visit.householdIds.forEach((h) => f.households.add(h));
    }
  }
  for (const issue of issues) {
    for (const id of issue.topicIds) {
      const f = figures.get(id);
      if (!f) continue;
      f.issues++;
      if (isClosed(issue)) f.closedIssues++;
      else f.openIssues++;
    }
  }
  const topics = [...figures.values()].map(({ households, ...f }): TopicFigures => ({ ...f, householdsThisMonth: households.size }));

  return {
    month,
    visitsThisMonth: visits.length,
    householdsThisMonth: new Set(visits.flatMap((v) => v.householdIds)).size,
    issuesRaisedThisMonth: issues.filter((i) => inMonth(i.createdAt.slice(0, 10))).length,
    issuesClosedThisMonth: issues.filter((i) => isClosed(i) && inMonth(i.closedDate)).length,
    issues: issueFigures(issues, input.today),
    topics,
  };
}

/** 0.4567 → '45.7%' */
export const formatRate = (rate: number) => `${Math.round(rate * 1000) / 10}%`;
