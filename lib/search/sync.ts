import type { Store } from '../db';
import type { SearchKind } from './documents';
import { SEARCH_KINDS, WorkspaceIndex } from './workspaceIndex';

const TABLE = { topic: 'topics', household: 'households', visit: 'visits', issue: 'issues' } as const;

/**
 * Keeps a WorkspaceIndex in step with the store: each call reads only the rows written since the
 * last one (by their indexed updatedAt), and reloads a table whose row count shows a write that
 * did not move updatedAt forward (an import of older records). Calls are serialised.
 */
export function createIndexSync(store: Store, index = new WorkspaceIndex()) {
  const cursor: Record<SearchKind, string> = { topic: '', household: '', visit: '', issue: '' };
  /** id → updatedAt of every row taken in, deleted ones too. */
  const seen: Record<SearchKind, Map<string, string>> = { topic: new Map(), household: new Map(), visit: new Map(), issue: new Map() };
  let running: Promise<number> = Promise.resolve(0);

  async function pullKind(kind: SearchKind, reloaded = false): Promise<number> {
    const repository = store[TABLE[kind]];
    const rows = await repository.changedSince(cursor[kind]);
    const fresh = rows.filter((r) => seen[kind].get(r.id) !== r.updatedAt);
    for (const r of rows) if (r.updatedAt > cursor[kind]) cursor[kind] = r.updatedAt;
    index.apply(kind, fresh as never);
    for (const r of fresh) seen[kind].set(r.id, r.updatedAt);
    if (reloaded || (await repository.countAll()) === seen[kind].size) return fresh.length;
    // Missed rows: start this table again from nothing.
    cursor[kind] = '';
    seen[kind].clear();
    index.clear(kind);
    return pullKind(kind, true);
  }

  return {
    index,
    /** Applies every write since the last call; resolves to how many records changed. */
    pull(): Promise<number> {
      running = running.then(async () => {
        let changed = 0;
        for (const kind of SEARCH_KINDS) changed += await pullKind(kind);
        return changed;
      });
      return running;
    },
  };
}
