import type { Dexie, Transaction } from 'dexie';

// 安全快照: a copy of every table, taken inside the transaction of a restore or a schema upgrade,
// so a bad restore or upgrade can be undone from settings. Rows are kept as stored (already
// encrypted when the app lock encrypts), so a snapshot never holds plaintext the tables do not.
// This file imports nothing from lib/db at run time: lib/db's upgrade path calls it.

export interface Snapshot {
  id: string;
  takenAt: string;
  reason: string;
  counts: Record<string, number>;
  tables: Record<string, unknown[]>;
}
export type SnapshotSummary = Omit<Snapshot, 'tables'>;

/** Tables a snapshot neither copies nor overwrites. */
export const NOT_SNAPSHOTTED = new Set(['snapshots', 'keyring']);
export const SNAPSHOTS_KEPT = 3;

/** Copies every table into a new snapshot row, inside the caller's transaction. */
export async function takeSnapshotIn(tx: Transaction, reason: string, takenAt = new Date().toISOString()): Promise<Snapshot> {
  const names = [...tx.storeNames].filter((n) => !NOT_SNAPSHOTTED.has(n)).sort();
  const tables: Record<string, unknown[]> = {};
  for (const name of names) tables[name] = await tx.table(name).toArray();
  const counts = Object.fromEntries(names.map((n) => [n, tables[n].length]));
  const snapshot: Snapshot = { id: crypto.randomUUID(), takenAt, reason, counts, tables };
  const store = tx.table('snapshots');
  await store.add(snapshot);
  const old = await store.orderBy('takenAt').primaryKeys();
  await store.bulkDelete(old.slice(0, Math.max(0, old.length - SNAPSHOTS_KEPT)));
  return snapshot;
}

/** Newest first, without the (large) rows. */
export async function listSnapshots(db: Dexie): Promise<SnapshotSummary[]> {
  const all: Snapshot[] = await db.table('snapshots').orderBy('takenAt').reverse().toArray();
  return all.map(({ tables: _t, ...summary }) => summary);
}

/** Puts a snapshot's rows back (after taking a snapshot of the present state): all or nothing. */
export async function restoreSnapshot(db: Dexie, id: string): Promise<void> {
  const tables = db.tables.filter((t) => !NOT_SNAPSHOTTED.has(t.name));
  await db.transaction('rw', [...tables, db.table('snapshots')], async (tx) => {
    const snapshot: Snapshot | undefined = await db.table('snapshots').get(id);
    if (!snapshot) throw new Error('找不到这个安全快照，可能已被更新的快照替换。');
    await takeSnapshotIn(tx, '恢复安全快照之前');
    for (const table of tables) {
      await table.clear();
      await table.bulkAdd(snapshot.tables[table.name] ?? []);
    }
  });
}
