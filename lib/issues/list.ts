// 问题清单: filtering, sorting and grouping issues; the seeds' list kinds are views of the same items.
import type { IssueItem } from '../schema';

type IssueStatus = IssueItem['status'];
type IssueSource = IssueItem['source'];

/** Statuses of an issue that is still being worked on (its deadline matters). */
export const IN_PROGRESS: readonly IssueStatus[] = ['待办', '办理中'];
/** Statuses of a finished issue (销号, or closed with an explanation). */
export const CLOSED: readonly IssueStatus[] = ['已销号', '无法解决-已解释'];

/** Days ahead that count as 即将到期. */
export const DUE_SOON_DAYS = 7;

export const addDays = (iso: string, days: number): string =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

export const isClosed = (issue: Pick<IssueItem, 'status'>) => CLOSED.includes(issue.status);

/** 已超期: still in progress and past its deadline. */
export const isOverdue = (issue: Pick<IssueItem, 'status' | 'deadline'>, today: string) =>
  IN_PROGRESS.includes(issue.status) && !!issue.deadline && issue.deadline < today;

/** 即将到期: still in progress and due today or within the next seven days. */
export const isDueSoon = (issue: Pick<IssueItem, 'status' | 'deadline'>, today: string) =>
  IN_PROGRESS.includes(issue.status) && !!issue.deadline && issue.deadline >= today && issue.deadline <= addDays(today, DUE_SOON_DAYS);

export interface IssueFilter {
  status?: IssueStatus[];
  category?: string[];
  owner?: string[];
  source?: IssueSource[];
  /** true: only issues still open (not 已销号 / 无法解决-已解释). */
  open?: boolean;
  overdue?: boolean;
  dueSoon?: boolean;
  topicId?: string;
  /** Words in the title, description, raiser, owner or place. */
  text?: string;
}

const matchesAny = <T,>(wanted: readonly T[] | undefined, value: T) => !wanted?.length || wanted.includes(value);

export function matchesFilter(issue: IssueItem, filter: IssueFilter, today: string): boolean {
  if (!matchesAny(filter.status, issue.status)) return false;
  if (!matchesAny(filter.category, issue.category)) return false;
  if (!matchesAny(filter.owner, issue.owner)) return false;
  if (!matchesAny(filter.source, issue.source)) return false;
  if (filter.open && isClosed(issue)) return false;
  if (filter.overdue && !isOverdue(issue, today)) return false;
  if (filter.dueSoon && !isDueSoon(issue, today)) return false;
  if (filter.topicId && !issue.topicIds.includes(filter.topicId)) return false;
  const text = filter.text?.trim();
  if (text) {
    const haystack = [issue.title, issue.description, issue.raisedBy.name, issue.owner, issue.ownerUnit, issue.place, issue.community].join(' ');
    if (!text.split(/\s+/).every((word) => haystack.includes(word))) return false;
  }
  return true;
}

export const filterIssues = (issues: readonly IssueItem[], filter: IssueFilter, today: string) =>
  issues.filter((issue) => matchesFilter(issue, filter, today));

/** Earliest deadline first; issues without a deadline last; then the newest first. */
export function sortByDeadline(issues: readonly IssueItem[]): IssueItem[] {
  return [...issues].sort((a, b) => {
    if (a.deadline !== b.deadline) {
      if (!a.deadline) return 1;
      if (!b.deadline) return -1;
      return a.deadline < b.deadline ? -1 : 1;
    }
    return b.createdAt.localeCompare(a.createdAt);
  });
}

export type IssueGrouping = 'category' | 'owner';
export const GROUPINGS: Record<IssueGrouping, { label: string; empty: string }> = {
  category: { label: '按类别', empty: '未分类' },
  owner: { label: '按责任人', empty: '未明确责任人' },
};

export interface IssueGroup {
  key: string;
  issues: IssueItem[];
}

/** Groups in order of first appearance (so a sorted list stays sorted inside each group). */
export function groupIssues(issues: readonly IssueItem[], by: IssueGrouping): IssueGroup[] {
  const groups = new Map<string, IssueItem[]>();
  for (const issue of issues) {
    const key = issue[by].trim() || GROUPINGS[by].empty;
    const group = groups.get(key);
    if (group) group.push(issue);
    else groups.set(key, [issue]);
  }
  return [...groups].map(([key, items]) => ({ key, issues: items }));
}

/** The values present in a field, for the filter dropdowns. */
export function distinctValues(issues: readonly IssueItem[], field: 'category' | 'owner'): string[] {
  return [...new Set(issues.map((i) => i[field].trim()).filter(Boolean))].sort((a, b) => a.localeCompare(b, 'zh-CN'));
}
