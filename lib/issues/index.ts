// lib/issues: the issue list (问题清单) and its closure workflow (销号管理).
export {
  ISSUE_ACTIONS, allowedActions, missingAssignment, applyIssueAction,
  startHandling, finishHandling, closeIssue, explainUnsolvable, reopenIssue,
  type Actor, type Assignment, type IssueAction,
} from './workflow';
export {
  IN_PROGRESS, CLOSED, DUE_SOON_DAYS, addDays, isClosed, isOverdue, isDueSoon,
  matchesFilter, filterIssues, sortByDeadline, groupIssues, distinctValues, GROUPINGS,
  type IssueFilter, type IssueGrouping, type IssueGroup,
} from './list';
export { ISSUE_VIEWS, issueViewById, type IssueListView, type IssueColumn } from './views';
export { countReminders, badgeText, reminderMessage, type IssueReminder } from './reminders';
export { runIssueAction, restoreIssueState, currentActorName } from './actions';
