// The seeds' list kinds (问题清单, 需求清单, 责任清单, 整改台账) and the dashboard's drill-downs:
// saved filters and groupings of the same issues, never separate data.
import type { IssueFilter, IssueGrouping } from './list';

/** Columns a list view shows, in order. */
export type IssueColumn =
  | 'title' | 'category' | 'source' | 'raisedBy' | 'community' | 'ownerUnit' | 'owner'
  | 'deadline' | 'measures' | 'status' | 'closedDate';

export interface IssueListView {
  id: string;
  label: string;
  description: string;
  filter: IssueFilter;
  groupBy?: IssueGrouping;
  columns: IssueColumn[];
}

const STANDARD: IssueColumn[] = ['title', 'category', 'source', 'raisedBy', 'owner', 'deadline', 'status'];

export const ISSUE_VIEWS: readonly IssueListView[] = [
  { id: 'all', label: '问题清单', description: '全部问题，按完成时限排序', filter: {}, columns: STANDARD },
  {
    id: 'demands', label: '需求清单', description: '群众在走访、座谈、信访中反映的诉求，按类别归集',
    filter: { source: ['走访', '座谈', '信访'] }, groupBy: 'category',
    columns: ['raisedBy', 'title', 'category', 'community', 'source', 'status'],
  },
  {
    id: 'responsibility', label: '责任清单', description: '未销号事项按责任人归集：定人定事定时定责',
    filter: { open: true }, groupBy: 'owner',
    columns: ['owner', 'ownerUnit', 'title', 'deadline', 'measures', 'status'],
  },
  {
    id: 'rectification', label: '整改台账', description: '已明确整改措施的事项：措施、时限、责任人和完成情况',
    filter: { status: ['办理中', '已办结', '已销号'] },
    columns: ['title', 'measures', 'deadline', 'ownerUnit', 'owner', 'status', 'closedDate'],
  },
  { id: 'open', label: '未销号', description: '尚未销号的问题', filter: { open: true }, columns: STANDARD },
  { id: 'overdue', label: '已超期', description: '超过完成时限仍未办结的问题', filter: { overdue: true }, columns: STANDARD },
  { id: 'dueSoon', label: '7天内到期', description: '7天内到期、尚未办结的问题', filter: { dueSoon: true }, columns: STANDARD },
  {
    id: 'closed', label: '已销号', description: '已销号或无法解决已解释的问题',
    filter: { status: ['已销号', '无法解决-已解释'] }, columns: [...STANDARD.slice(0, -1), 'closedDate', 'status'],
  },
];

/** The view named in a route (`#/issues?view=overdue`), or the whole list. */
export const issueViewById = (id: string | null | undefined): IssueListView =>
  ISSUE_VIEWS.find((v) => v.id === id) ?? ISSUE_VIEWS[0];
