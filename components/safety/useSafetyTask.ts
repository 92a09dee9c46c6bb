import { useState } from 'react';
import type { Progress } from '@/lib/backup';
import { errorText } from './files';

/**
 * A long safety task (backup, restore, merge, lock, unlock) run from a button: busy while it runs,
 * its progress, and its failure as a Chinese sentence for the panel to show.
 */
export function useSafetyTask() {
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState('');
  const [progress, setProgress] = useState<Progress | null>(null);

  async function run(task: () => Promise<void>) {
    setBusy(true);
    setFailure('');
    try {
      await task();
    } catch (e) {
      setFailure(errorText(e));
    } finally {
      setBusy(false);
      setProgress(null);
    }
  }

  return { busy, failure, setFailure, progress, setProgress, run };
}
