import { useSyncExternalStore } from 'react';
import type { Store } from '@/lib/db';
import { createIndexSync, type WorkspaceIndex } from '@/lib/search';
import { useStore } from '../app/AppProvider';

interface Shared {
  sync: ReturnType<typeof createIndexSync>;
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
  const created: Shared = { sync: createIndexSync(store), version: -1, listeners: new Set() };
  shared.set(store, created);
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Reading 100,000 records holds the page for a while: the page's own small queries (the newest
  // visits, the profile) go first, then the full load starts.
  setTimeout(() => created.sync.watch(() => {
    clearTimeout(timer);
    timer = setTimeout(() => void created.sync.index.prepare(pause), 500);
    created.version++;
    for (const listener of created.listeners) listener();
  }, (e) => console.error('工作台记录载入失败', e)), 300);
  return (s = created);
}

/** The workspace's live records and search; `version` changes whenever a record does. */
export function useWorkspaceIndex(): { index: WorkspaceIndex; version: number; loaded: boolean } {
  const s = sharedIndex(useStore());
  const version = useSyncExternalStore(
    (listener) => { s.listeners.add(listener); return () => s.listeners.delete(listener); },
    () => s.version,
  );
  return { index: s.sync.index, version, loaded: version >= 0 };
}
