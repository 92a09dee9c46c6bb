import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { FootstepsDatabase, SCHEMA_VERSIONS, openStore, type SchemaVersion } from '@/lib/db';
import { Household, IssueItem, Profile, Settings, Topic, Visit } from '@/lib/schema';
import { fixedClock, freshIndexedDb } from './fakeDb';

// The migration harness: every past schema version has a fixture of rows as that version wrote
// them; each is written with that version's schema and opened with today's code, losing nothing.

const FIXTURE_DIR = join(__dirname, '../../fixtures/db');
const fixtures = readdirSync(FIXTURE_DIR).filter((f) => /^v\d+\.json$/.test(f));
const CURRENT_SCHEMAS: Record<string, { parse(v: unknown): unknown }> = {
  topics: Topic, households: Household, visits: Visit, issues: IssueItem, profile: Profile, settings: Settings,
};

interface Fixture { version: number; tables: Record<string, Record<string, unknown>[]> }

async function writeAsVersion(fixture: Fixture, versions: readonly SchemaVersion[], dexie = freshIndexedDb()) {
  const old = new FootstepsDatabase('migrate', dexie, versions.filter((v) => v.version <= fixture.version));
  await old.transaction('rw', old.tables, async () => {
    for (const [table, rows] of Object.entries(fixture.tables)) await old.table(table).bulkAdd(rows);
  });
  old.close();
  return dexie;
}

describe('migration harness', () => {
  it('has a fixture for every schema version', () => {
    const versions = fixtures.map((f) => Number(f.match(/\d+/)![0])).sort((a, b) => a - b);
    expect(versions).toEqual(SCHEMA_VERSIONS.map((v) => v.version));
  });

  for (const file of fixtures) {
    it(`upgrades ${file} to the current version with nothing lost`, async () => {
      const fixture: Fixture = JSON.parse(readFileSync(join(FIXTURE_DIR, file), 'utf8'));
      const dexie = await writeAsVersion(fixture, SCHEMA_VERSIONS);
      const store = openStore({ name: 'migrate', dexie, clock: fixedClock() });
      const db = store.database;
      await db.open();
      expect(db.verno).toBe(SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1].version);
      for (const [table, rows] of Object.entries(fixture.tables)) {
        const stored = await db.table(table).toArray();
        expect(stored.map((r) => r.id).sort()).toEqual(rows.map((r) => r.id).sort());
        for (const row of rows) {
          const now = stored.find((r) => r.id === row.id);
          expect(now).toMatchObject(row); // every old field still there, unchanged
          CURRENT_SCHEMAS[table]?.parse(now); // and valid for today's code
        }
      }
      // The repositories read the upgraded rows.
      expect(await store.topics.count()).toBe(fixture.tables.topics.length);
      expect((await store.getProfile())?.name).toBe(fixture.tables.profile[0]?.name);
      store.close();
    });
  }

  it('leaves the old data intact when an upgrade throws half-way', async () => {
    const last = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1];
    const fixture: Fixture = JSON.parse(readFileSync(join(FIXTURE_DIR, `v${last.version}.json`), 'utf8'));
    const dexie = await writeAsVersion(fixture, SCHEMA_VERSIONS);
    const broken: SchemaVersion = {
      version: last.version + 1,
      stores: {},
      upgrade: async (tx) => {
        await tx.table('topics').toCollection().modify({ title: 'half-way' });
        throw new Error('upgrade failed');
      },
    };
    const failing = new FootstepsDatabase('migrate', dexie, [...SCHEMA_VERSIONS, broken]);
    await expect(failing.open()).rejects.toThrow();
    failing.close();

    const reopened = new Dexie('migrate', dexie);
    await reopened.open();
    expect(reopened.verno).toBe(last.version);
    const topics = await reopened.table('topics').toArray();
    expect(topics.map((t) => t.title)).toEqual(fixture.tables.topics.map((t) => t.title));
    reopened.close();
  });
});
