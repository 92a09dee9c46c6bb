import { useEffect } from 'react';
import type { IssueReminder } from '@/lib/issues';
import { sendMessage } from './sendMessage';

/** Asks the service worker to recount the toolbar badge whenever these figures change. */
export function useReminderBadge(counts: IssueReminder | undefined): void {
  const key = counts ? `${counts.overdue}/${counts.dueSoon}` : '';
  useEffect(() => {
    if (key) sendMessage({ type: 'refreshReminders' }).catch(() => undefined);
  }, [key]);
}
