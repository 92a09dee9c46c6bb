import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listSnapshots, restoreSnapshot } from '@/lib/backup';
import { FootstepsDatabase, SCHEMA_VERSIONS, openStore } from '@/lib/db';
import { fixedClock, freshIndexedDb } from '../db/fakeDb';

describe('safety snapshot before a schema upgrade', () => {
  it('keeps the rows as they were before the upgrade, and can put them back', async () => {
    const fixture = JSON.parse(readFileSync(join(__dirname, '../../fixtures/db/v1.json'), 'utf8'));
    const dexie = freshIndexedDb();
    const old = new FootstepsDatabase('upgrade', dexie, SCHEMA_VERSIONS.filter((v) => v.version === 1));
    await old.transaction('rw', old.tables, async () => {
      for (const [table, rows] of Object.entries(fixture.tables)) await old.table(table).bulkAdd(rows as object[]);
    });
    old.close();

    const store = openStore({ name: 'upgrade', dexie, clock: fixedClock() });
    const snapshots = await listSnapshots(store.database);
    expect(snapshots.map((s) => s.reason)).toContain('升级到数据结构第2版之前');
    const first = snapshots.find((s) => s.reason === '升级到数据结构第2版之前')!;
    expect(first.counts.topics).toBe(fixture.tables.topics.length);

    await store.topics.remove(fixture.tables.topics[0].id);
    await restoreSnapshot(store.database, first.id);
    expect(await store.topics.count()).toBe(fixture.tables.topics.length);
    store.close();
  });
});
