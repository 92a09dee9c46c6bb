import type { Table } from 'dexie';
import type { Store } from '../db';
import type { ConflictCandidate } from './apply';
import { isConflict, type Versioned } from './rules';

/** 冲突: a record two people changed, its current version and the versions that lost. */
export interface Conflict {
  table: string;
  recordId: string;
  current: Versioned;
  others: ConflictCandidate[];
}

const candidates = (store: Store) => store.database.conflicts as unknown as Table<ConflictCandidate, string>;

/** Open conflicts, the newest changes first. */
export async function listConflicts(store: Store): Promise<Conflict[]> {
  const codec = store.codec();
  const open = (await candidates(store).toArray()).filter((c) => !c.resolved).map((c) => codec.decode('conflicts', c));
  const byRecord = new Map<string, ConflictCandidate[]>();
  for (const c of open) byRecord.set(`${c.table}\u0000${c.recordId}`, [...(byRecord.get(`${c.table}\u0000${c.recordId}`) ?? []), c]);
  const conflicts: Conflict[] = [];
  for (const group of byRecord.values()) {
    const { table, recordId } = group[0];
    const stored = await store.database.table(table).get(recordId);
    if (!stored) continue;
    const current = codec.decode(table, stored) as Versioned;
    const others = group.filter((c) => isConflict(c.version, current));
    if (others.length) conflicts.push({ table, recordId, current, others });
  }
  return conflicts.sort((a, b) => String(b.current.updatedAt).localeCompare(String(a.current.updatedAt)));
}

/** 保留当前版本: the other version stays kept but is no longer shown. */
export async function keepCurrent(store: Store, key: string): Promise<void> {
  await candidates(store).update(key, { resolved: true });
}

/**
 * 采用此版本: the kept version's content becomes a new change by this device (so it wins
 * everywhere it travels next), and the record's other versions are settled.
 */
export async function adoptVersion(store: Store, key: string): Promise<void> {
  const db = store.database;
  await db.transaction('rw', db.conflicts, db.topics, db.households, db.visits, db.issues, async () => {
    const codec = store.codec();
    const stored = await candidates(store).get(key);
    if (!stored) throw new Error('这个版本已不存在，请刷新后重试。');
    const chosen = codec.decode('conflicts', stored);
    const table = db.table(chosen.table);
    const current = (await table.get(chosen.recordId)) as Versioned | undefined;
    const { editedBy: _e, ...content } = chosen.version;
    const record = { ...content, deletedAt: current?.deletedAt ?? null, updatedAt: store.clock.now(), editedBy: store.clock.origin() };
    await table.put(codec.encode(chosen.table, record));
    await candidates(store).where('recordId').equals(chosen.recordId).modify({ resolved: true });
  });
}
