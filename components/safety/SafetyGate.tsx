import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import { applyLockOnOpen, lock, lockStatus, type LockStatus } from '@/lib/crypto';
import { deviceOrigin } from '@/lib/merge';
import { useStore } from '../app/AppProvider';
import { LockScreen } from './LockScreen';
import { deviceOriginHolder } from './origin';

interface LockControl {
  status: LockStatus;
  /** Re-reads the lock state after it was switched on or off. */
  refresh(): Promise<void>;
  lockNow(): void;
}
const LockContext = createContext<LockControl | null>(null);
export const useLockControl = () => useContext(LockContext)!;

const ACTIVITY = ['pointerdown', 'keydown', 'wheel', 'mousemove'] as const;

/**
 * Every surface renders through this: the lock screen while the app lock is locked (nothing
 * else is mounted, so nothing is read), and a lock after the idle time. The key lives only in
 * this page, so closing the browser (or the page) locks too.
 */
export function SafetyGate({ children }: { children: ReactNode }) {
  const store = useStore();
  const [status, setStatus] = useState<LockStatus | null>(null);
  const refresh = useCallback(async () => setStatus(await lockStatus(store)), [store]);
  const lockNow = useCallback(() => { lock(store); setStatus('locked'); }, [store]);

  useEffect(() => { void applyLockOnOpen(store).then(setStatus); }, [store]);
  useEffect(() => {
    if (status === 'off' || status === 'unlocked') void deviceOrigin(store).then((o) => { deviceOriginHolder.value = o; });
  }, [store, status]);
  useIdleLock(status === 'unlocked', lockNow);

  if (status === null) return null;
  if (status === 'locked') return <LockScreen onUnlocked={() => setStatus('unlocked')} />;
  return <LockContext.Provider value={{ status, refresh, lockNow }}>{children}</LockContext.Provider>;
}

/** Locks after `lockIdleMinutes` (settings, default 15) without a key press or a pointer move. */
function useIdleLock(active: boolean, onIdle: () => void) {
  const store = useStore();
  useEffect(() => {
    if (!active) return;
    let last = Date.now();
    let limit = 15 * 60_000;
    void store.getSettings().then((s) => { limit = s.lockIdleMinutes * 60_000; });
    const touch = () => { last = Date.now(); };
    for (const e of ACTIVITY) window.addEventListener(e, touch, { passive: true });
    const timer = setInterval(() => { if (Date.now() - last > limit) onIdle(); }, 15_000);
    return () => {
      clearInterval(timer);
      for (const e of ACTIVITY) window.removeEventListener(e, touch);
    };
  }, [active, onIdle, store]);
}
