// Reading what the dashboard counts without reading every record: this month's visits by their
// date index, and the issues as ids from their indexes (status, deadline, dates, topics).
import type { Store } from '../db';
import { DUE_SOON_DAYS, addDays } from '../issues';
import { ISSUE_STATUSES } from '../schema';
import {
  assembleDashboard, emptyStatusSets, figuresOf, monthRange, type Dashboard, type IssueFigures, type IssueIdSets,
} from './dashboard';

async function issueIdSetsFromIndexes(store: Store, topicIds: string[], today: string): Promise<IssueIdSets> {
  const { from, to } = monthRange(today);
  const ids = (index: string, lower: string, upper: string, includeUpper = true) =>
    store.issues.idsBetween(index, lower, upper, includeUpper).then((list) => new Set(list));
  const [statuses, deadlinePassed, deadlineSoon, createdThisMonth, closedDateThisMonth, topics] = await Promise.all([
    Promise.all(ISSUE_STATUSES.map((s) => ids('status', s, s))),
    ids('deadline', '', today, false),
    ids('deadline', today, addDays(today, DUE_SOON_DAYS)),
    ids('createdAt', from, `${to}\uffff`),
    ids('closedDate', from, to),
    Promise.all(topicIds.map((id) => ids('topicIds', id, id))),
  ]);
  const byStatus = emptyStatusSets();
  ISSUE_STATUSES.forEach((s, i) => { byStatus[s] = statuses[i]; });
  return { byStatus, deadlinePassed, deadlineSoon, createdThisMonth, closedDateThisMonth, byTopic: new Map(topicIds.map((id, i) => [id, topics[i]])) };
}

export async function loadDashboard(store: Store, today: string): Promise<Dashboard> {
  const { from, to } = monthRange(today);
  const topics = await store.topics.list();
  const [visits, sets] = await Promise.all([
    store.visits.between('date', from, to),
    issueIdSetsFromIndexes(store, topics.filter((t) => !t.archived).map((t) => t.id), today),
  ]);
  return assembleDashboard(topics, visits, sets, today);
}

/**
 * Open, overdue, due-soon and closed issues from the indexes alone: works where records cannot be
 * read (the service worker never holds the app lock's key) and costs no record reads.
 */
export async function loadIssueFigures(store: Store, today: string): Promise<IssueFigures> {
  return figuresOf(await issueIdSetsFromIndexes(store, [], today));
}
