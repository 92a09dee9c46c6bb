import { Progress as Bar, Typography } from 'antd';
import type { Progress } from '@/lib/backup';
import { percentOf } from './files';

/** The step being done and how far it got, for long backups, restores and merges. */
export function ProgressLine({ progress }: { progress: Progress | null }) {
  if (!progress) return null;
  return (
    <div data-testid="safety-progress">
      <Typography.Text type="secondary">{progress.phase}：{progress.done} / {progress.total}</Typography.Text>
      <Bar percent={percentOf(progress)} size="small" />
    </div>
  );
}
