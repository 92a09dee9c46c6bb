import type { Household, IssueItem, ReportScope, Topic, Visit } from '../schema';
import { chineseDate } from './format';

/** Every record a report may draw on (the store's live records, a backup, or the demo data). */
export interface ReportData {
  topics: Topic[];
  households: Household[];
  visits: Visit[];
  issues: IssueItem[];
}

/** The records inside a report's scope. */
export interface ScopedData {
  scope: ReportScope;
  /** The topic, for a topic report. */
  topic: Topic | null;
  visits: Visit[];
  issues: IssueItem[];
  /** Households the scope's visits reached (走访联系户). */
  households: Household[];
  /** e.g. "课题“党建引领城乡基层治理”" or "2023年6月1日至2023年6月30日". */
  label: string;
}

const live = <T extends { deletedAt: string | null }>(rows: T[]) => rows.filter((r) => !r.deletedAt);
const byDate = (a: Visit, b: Visit) => a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt);

/** Picks the records of a scope; soft-deleted records never count. */
export function selectScope(data: ReportData, scope: ReportScope): ScopedData {
  const topics = live(data.topics);
  let topic: Topic | null = null;
  let inScope: (v: Visit) => boolean;
  let issueInScope: (i: IssueItem) => boolean;
  let label: string;
  if (scope.kind === 'topic') {
    topic = topics.find((t) => t.id === scope.topicId) ?? null;
    if (!topic) throw new Error('找不到该调研课题，可能已被删除');
    inScope = (v) => v.topicIds.includes(scope.topicId);
    issueInScope = (i) => i.topicIds.includes(scope.topicId);
    label = `课题“${topic.title}”`;
  } else {
    inScope = (v) => v.date >= scope.from && v.date <= scope.to;
    issueInScope = (i) => i.createdAt.slice(0, 10) >= scope.from && i.createdAt.slice(0, 10) <= scope.to;
    label = `${chineseDate(scope.from)}至${chineseDate(scope.to)}`;
  }
  const visits = live(data.visits).filter(inScope).sort(byDate);
  const visitIds = new Set(visits.map((v) => v.id));
  const issues = live(data.issues).filter((i) => issueInScope(i) || (i.visitId !== null && visitIds.has(i.visitId)));
  const reached = new Set(visits.flatMap((v) => v.householdIds));
  const households = live(data.households).filter((h) => reached.has(h.id));
  return { scope, topic, visits, issues, households, label };
}
