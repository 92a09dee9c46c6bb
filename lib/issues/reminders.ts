// 到期提醒: what the toolbar badge and the daily notification say.
import type { IssueItem } from '../schema';
import { isDueSoon, isOverdue, DUE_SOON_DAYS } from './list';

export interface IssueReminder {
  overdue: number;
  dueSoon: number;
}

export function countReminders(issues: readonly IssueItem[], today: string): IssueReminder {
  let overdue = 0, dueSoon = 0;
  for (const issue of issues) {
    if (issue.deletedAt) continue;
    if (isOverdue(issue, today)) overdue++;
    else if (isDueSoon(issue, today)) dueSoon++;
  }
  return { overdue, dueSoon };
}

/** The badge: the number needing attention ('' hides it); "99+" beyond two digits. */
export function badgeText({ overdue, dueSoon }: IssueReminder): string {
  const n = overdue + dueSoon;
  return n === 0 ? '' : n > 99 ? '99+' : String(n);
}

/** The notification's message, or null when there is nothing to say. */
export function reminderMessage({ overdue, dueSoon }: IssueReminder): string | null {
  if (overdue + dueSoon === 0) return null;
  const parts = [overdue && `${overdue}个问题已超期`, dueSoon && `${dueSoon}个问题${DUE_SOON_DAYS}天内到期`].filter(Boolean);
  return `${parts.join('，')}，请及时办理。`;
}
