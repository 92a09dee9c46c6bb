// Counting what the dashboard shows without reading the issues: the database counts them by their
// indexes (status, [status+deadline], dates, topics); only this month's visits are read.
import type { Store } from '../db';
import { DUE_SOON_DAYS, IN_PROGRESS, addDays } from '../issues';
import { ISSUE_STATUSES, type IssueItem, type Topic } from '../schema';
import { assembleDashboard, figuresOf, monthRange, type Dashboard, type IssueCounts, type IssueFigures } from './dashboard';

type IssueStatus = IssueItem['status'];

async function issueCountsFromIndexes(store: Store, topicIds: string[], today: string): Promise<IssueCounts> {
  const { from, to } = monthRange(today);
  const count = store.issues.countBetween;
  const sum = async (parts: Promise<number>[]) => (await Promise.all(parts)).reduce((a, b) => a + b, 0);
  const [statuses, overdue, dueSoon, createdThisMonth, closedThisMonth, byTopic] = await Promise.all([
    Promise.all(ISSUE_STATUSES.map((s) => count('status', s, s))),
    sum(IN_PROGRESS.map((s) => count('[status+deadline]', [s, ''], [s, today], false))),
    sum(IN_PROGRESS.map((s) => count('[status+deadline]', [s, today], [s, addDays(today, DUE_SOON_DAYS)]))),
    count('createdAt', from, `${to}\uffff`),
    count('closedDate', from, to),
    countIssuesByTopic(store, topicIds),
  ]);
  return {
    byStatus: Object.fromEntries(ISSUE_STATUSES.map((s, i) => [s, statuses[i]])) as Record<IssueStatus, number>,
    overdue, dueSoon, createdThisMonth, closedThisMonth, byTopic,
  };
}

/**
 * Every figure of the dashboard. With `topicIssues: false` the issues of each topic are left at 0:
 * counting them walks the whole topic index (a third of the time at 50,000 issues), so the
 * workspace shows the headline figures first and asks `countIssuesByTopic` after.
 */
export async function loadDashboard(store: Store, today: string, { topicIssues = true } = {}): Promise<Dashboard> {
  const { from, to } = monthRange(today);
  const topics = await store.topics.list();
  const [visits, counts] = await Promise.all([
    store.visits.between('date', from, to),
    issueCountsFromIndexes(store, topicIssues ? activeTopicIds(topics) : [], today),
  ]);
  return assembleDashboard(topics, visits, counts, today);
}

const activeTopicIds = (topics: readonly Topic[]) => topics.filter((t) => !t.archived).map((t) => t.id);

/** topic id → how many issues it has, from the topic index alone. */
export async function countIssuesByTopic(store: Store, topicIds: readonly string[]): Promise<Map<string, number>> {
  const counts = await Promise.all(topicIds.map((id) => store.issues.countBetween('topicIds', id, id)));
  return new Map(topicIds.map((id, i) => [id, counts[i]]));
}

/**
 * Open, overdue, due-soon and closed issues from the indexes alone: works where records cannot be
 * read (the service worker never holds the app lock's key) and costs no record reads.
 */
export async function loadIssueFigures(store: Store, today: string): Promise<IssueFigures> {
  return figuresOf(await issueCountsFromIndexes(store, [], today));
}
