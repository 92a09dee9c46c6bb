import { useEffect } from 'react';
import type { IssueReminder } from '@/lib/issues';
import { sendMessage } from './sendMessage';

/** Hands these freshly counted figures to the service worker's toolbar badge whenever they change. */
export function useReminderBadge(counts: IssueReminder | undefined): void {
  const overdue = counts?.overdue;
  const dueSoon = counts?.dueSoon;
  useEffect(() => {
    if (overdue === undefined || dueSoon === undefined) return;
    sendMessage({ type: 'refreshReminders', counts: { overdue, dueSoon } }).catch(() => undefined);
  }, [overdue, dueSoon]);
}
