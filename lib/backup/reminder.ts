import type { Store } from '../db';

const RECORD_TABLES = ['topics', 'households', 'visits', 'issues'] as const;
const DAY = 86_400_000;

export interface BackupReminder {
  due: boolean;
  /** Why, in words for the user; '' when not due. */
  reason: string;
  /** Records changed since the last backup, counted up to the reminder threshold. */
  changes: number;
  lastBackupAt: string | null;
}

/** 备份提醒: due after `backupReminderDays` days or `backupReminderChanges` changes since the last backup. */
export async function backupReminder(store: Store, now = new Date()): Promise<BackupReminder> {
  const settings = await store.getSettings();
  const since = settings.lastBackupAt;
  const db = store.database;
  // Counted only up to the threshold: past it the reminder is due whatever the exact number, and
  // counting 150,000 records on every page open would hold up what the page opened for.
  const cap = settings.backupReminderChanges;
  const counts = await Promise.all(RECORD_TABLES.map(async (t) => {
    const changed = since ? db.table(t).where('updatedAt').above(since) : db.table(t).toCollection();
    return (await changed.limit(cap).primaryKeys()).length;
  }));
  const changes = Math.min(cap, counts.reduce((a, b) => a + b, 0));
  if (changes === 0) return { due: false, reason: '', changes, lastBackupAt: since };
  const started = since ?? (await oldestRecord(store));
  const days = started ? Math.floor((now.getTime() - Date.parse(started)) / DAY) : 0;
  let reason = '';
  if (changes >= cap) reason = `上次备份以来的改动已达 ${cap} 处以上`;
  else if (days >= settings.backupReminderDays) reason = since ? `已经 ${days} 天没有备份了` : `记录已保存 ${days} 天，还从未备份`;
  return { due: !!reason, reason, changes, lastBackupAt: since };
}

async function oldestRecord(store: Store): Promise<string | null> {
  const firsts = await Promise.all(RECORD_TABLES.map((t) => store.database.table(t).orderBy('updatedAt').first()));
  const times = firsts.map((r) => r?.createdAt as string | undefined).filter((t): t is string => !!t).sort();
  return times[0] ?? null;
}

/** Called after the user saved a full backup file. */
export async function markBackedUp(store: Store, at = new Date().toISOString()): Promise<void> {
  await store.saveSettings({ lastBackupAt: at });
}
