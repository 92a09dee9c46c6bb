import type { Table } from 'dexie';
import type { Store } from '../db';
import type { BackupTables } from '../backup/format';
import { progressCounter, type OnProgress } from '../backup/progress';
import { compareVersions, editorOf, newerOf, sameVersion, type Versioned } from './rules';

/** This device's own rows: never overwritten by someone else's package. */
const NOT_MERGED = new Set(['profile', 'settings']);
const PAGE = 2000;

export interface MergeSummary {
  added: number;
  updated: number;
  unchanged: number;
  /** Versions kept for a person to decide (冲突). */
  kept: number;
}

/**
 * A version seen for a record, the newest per device that wrote it. Kept once a record has been
 * seen in two different versions; the conflicts view shows the ones that really collide.
 */
export interface ConflictCandidate {
  key: string;
  table: string;
  recordId: string;
  editor: string;
  version: Versioned;
  /** A person decided (kept the current version or took this one). */
  resolved: boolean;
}

const candidateKey = (table: string, id: string, editor: string) => `${table}\u0000${id}\u0000${editor}`;

/**
 * Merges checked rows into the database by id, inside the caller's transaction (which must
 * include these tables and `conflicts`). Re-merging the same rows changes nothing.
 */
export async function mergeTablesIn(store: Store, tables: BackupTables, onProgress?: OnProgress): Promise<MergeSummary> {
  const summary: MergeSummary = { added: 0, updated: 0, unchanged: 0, kept: 0 };
  const names = Object.keys(tables).filter((n) => !NOT_MERGED.has(n)).sort();
  const tick = progressCounter('写入', names.reduce((sum, n) => sum + tables[n].length, 0), onProgress);
  for (const name of names) {
    await mergeTable(store, store.database.table(name), tables[name] as Versioned[], summary);
    tick(tables[name].length);
  }
  return summary;
}

async function mergeTable(store: Store, table: Table, rows: Versioned[], summary: MergeSummary) {
  const conflicts = store.database.conflicts as unknown as Table<ConflictCandidate, string>;
  const codec = store.codec();
  const withCandidates = new Set((await conflicts.where('table').equals(table.name).toArray()).map((c) => c.recordId));
  for (let i = 0; i < rows.length; i += PAGE) {
    const page = rows.slice(i, i + PAGE);
    const locals: (Versioned | undefined)[] = (await table.bulkGet(page.map((r) => r.id as string))).map((r) => r && codec.decode(table.name, r));
    const puts: Versioned[] = [];
    for (const [j, incoming] of page.entries()) {
      const local = locals[j];
      const id = incoming.id as string;
      if (!local) {
        puts.push(incoming);
        summary.added++;
        continue;
      }
      const same = sameVersion(local, incoming);
      if (same && !withCandidates.has(id)) {
        summary.unchanged++;
        continue;
      }
      summary.kept += await remember(store, table.name, id, [local, incoming]);
      withCandidates.add(id);
      if (!same && compareVersions(incoming, local) > 0) {
        puts.push(incoming);
        summary.updated++;
      } else summary.unchanged++;
    }
    await table.bulkPut(puts.map((r) => codec.encode(table.name, r)));
  }
}

/** Keeps, per device, the newest version seen; returns how many kept versions changed. */
async function remember(store: Store, table: string, recordId: string, versions: Versioned[]) {
  const conflicts = store.database.conflicts as unknown as Table<ConflictCandidate, string>;
  const codec = store.codec();
  let changed = 0;
  for (const version of versions) {
    const key = candidateKey(table, recordId, editorOf(version));
    const stored = await conflicts.get(key);
    const existing = stored && codec.decode('conflicts', stored);
    if (existing && newerOf(existing.version, version) === existing.version) continue;
    await conflicts.put(codec.encode('conflicts', { key, table, recordId, editor: editorOf(version), version, resolved: false }));
    changed++;
  }
  return changed;
}
