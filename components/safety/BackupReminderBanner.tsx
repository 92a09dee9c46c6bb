import { Alert } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { backupReminder } from '@/lib/backup';
import { useStore } from '../app/AppProvider';

/** 备份提醒 above every workspace page, once 7 days or 200 changes passed since the last backup. */
export function BackupReminderBanner() {
  const store = useStore();
  const reminder = useLiveQuery(() => backupReminder(store), [store]);
  if (!reminder?.due) return null;
  return (
    <Alert
      type="warning" showIcon banner data-testid="backup-reminder-banner" style={{ marginBottom: 16 }}
      message={<>建议备份：{reminder.reason}。<a href="#/safety">去备份</a></>}
    />
  );
}
