import { useEffect, useSyncExternalStore } from 'react';
import type { Store } from '@/lib/db';
import { createIndexSync, type WorkspaceIndex } from '@/lib/search';
import { useStore } from '../app/AppProvider';

interface Shared {
  sync: ReturnType<typeof createIndexSync>;
  /** Starts loading every record (once); until then the page's own small queries have the database. */
  start: () => void;
  /** -1 until the first load, then bumped on every change. */
  version: number;
  listeners: Set<() => void>;
}

const shared = new WeakMap<Store, Shared>();
const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * One in-memory copy of the workspace's records per page, kept in step with every write (only
 * what changed is read again). After loads the search indexes are built in small steps.
 */
function sharedIndex(store: Store): Shared {
  let s = shared.get(store);
  if (s) return s;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let started = false;
  const created: Shared = {
    sync: createIndexSync(store), version: -1, listeners: new Set(),
    start: () => {
      if (started) return;
      started = true;
      // A macrotask later, so the first rows are painted before 100,000 records hold the page.
      setTimeout(() => created.sync.watch(() => {
        clearTimeout(timer);
        timer = setTimeout(() => void created.sync.index.prepare(pause), 500);
        created.version++;
        for (const listener of created.listeners) listener();
      }, (e) => console.error('工作台记录载入失败', e)), 50);
    },
  };
  shared.set(store, created);
  return (s = created);
}

/**
 * The workspace's live records and search; `version` changes whenever a record does. A page that
 * shows something of its own first (the newest visits) passes `load = false` until that is on
 * screen: reading every record would otherwise hold the database and the page for seconds.
 */
export function useWorkspaceIndex(load = true): { index: WorkspaceIndex; version: number; loaded: boolean } {
  const s = sharedIndex(useStore());
  useEffect(() => { if (load) s.start(); }, [s, load]);
  const version = useSyncExternalStore(
    (listener) => { s.listeners.add(listener); return () => s.listeners.delete(listener); },
    () => s.version,
  );
  return { index: s.sync.index, version, loaded: version >= 0 };
}
