import Dexie from 'dexie';
import type { Store } from '../db';
import type { RecordMeta } from '../schema';
import type { SearchKind } from './documents';
import { SEARCH_KINDS, WorkspaceIndex } from './workspaceIndex';

const TABLE = { topic: 'topics', household: 'households', visit: 'visits', issue: 'issues' } as const;

/**
 * Keeps a WorkspaceIndex in step with the store: each pull reads only the rows written since the
 * last one (by their indexed updatedAt), and reloads a table whose row count shows a write that
 * did not move updatedAt forward (an import of older records). Pulls may overlap (a live query
 * re-runs on every write): a row is taken only when newer than the version already held.
 */
export function createIndexSync(store: Store, index = new WorkspaceIndex()) {
  const cursor: Record<SearchKind, string> = { topic: '', household: '', visit: '', issue: '' };
  /** id → updatedAt of every row taken in, deleted ones too. */
  const seen: Record<SearchKind, Map<string, string>> = { topic: new Map(), household: new Map(), visit: new Map(), issue: new Map() };

  function take(kind: SearchKind, rows: readonly RecordMeta[]): number {
    const held = seen[kind];
    const fresh = rows.filter((r) => { const had = held.get(r.id); return had === undefined || r.updatedAt > had; });
    for (const r of fresh) {
      held.set(r.id, r.updatedAt);
      if (r.updatedAt > cursor[kind]) cursor[kind] = r.updatedAt;
    }
    index.apply(kind, fresh as never);
    return fresh.length;
  }

  async function pullKind(kind: SearchKind): Promise<number> {
    const repository = store[TABLE[kind]];
    const [rows, total] = await Promise.all([repository.changedSince(cursor[kind]), repository.countAll()]);
    const changed = take(kind, rows);
    if (total === seen[kind].size) return changed;
    // Missed rows: take this table again from nothing.
    const all = await repository.changedSince('');
    cursor[kind] = '';
    seen[kind].clear();
    index.clear(kind);
    return take(kind, all);
  }

  /** Applies every write since the last pull; resolves to how many records changed. */
  async function pull(kinds: readonly SearchKind[] = SEARCH_KINDS): Promise<number> {
    const changed = await Promise.all(kinds.map(pullKind));
    return changed.reduce((a, b) => a + b, 0);
  }

  let pulling: Promise<void> | null = null;
  let again = false;

  return {
    index,
    /**
     * Pulls now and after every write to the store's database (from this page or another tab of
     * the extension), one pull at a time; `onChange` runs after each pull that changed something
     * (and after the first). Returns the function that stops watching.
     */
    watch(onChange: () => void, onError: (e: unknown) => void = console.error): () => void {
      const prefix = `idb://${store.database.name}/`;
      let first = true;
      const run = () => {
        if (pulling) { again = true; return; }
        const loop = async (): Promise<void> => {
          // The lists need households, topics and visits; issues (the most after visits) come next.
          if (first) { await pull(['household', 'topic', 'visit']); onChange(); }
          do {
            again = false;
            const changed = await pull();
            if (changed) onChange();
            first = false;
          } while (again);
        };
        pulling = loop().catch(onError).finally(() => { pulling = null; });
      };
      const onMutated = (parts: Record<string, unknown>) => { if (Object.keys(parts).some((k) => k.startsWith(prefix))) run(); };
      Dexie.on('storagemutated', onMutated);
      run();
      return () => Dexie.on.storagemutated.unsubscribe(onMutated);
    },
    pull,
  };
}
