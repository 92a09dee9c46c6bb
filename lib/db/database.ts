import Dexie, { type DexieOptions, type Table } from 'dexie';
import type { Household, IssueItem, Profile, Settings, Topic, Visit } from '../schema';
import { takeSnapshotIn } from '../backup/snapshot';
import { SCHEMA_VERSIONS, type SchemaVersion } from './versions';

export const DEFAULT_DB_NAME = 'footsteps';

/** The IndexedDB database. Only lib/db touches its tables. */
export class FootstepsDatabase extends Dexie {
  topics!: Table<Topic, string>;
  households!: Table<Household, string>;
  visits!: Table<Visit, string>;
  issues!: Table<IssueItem, string>;
  profile!: Table<Profile, string>;
  settings!: Table<Settings, string>;
  formTemplates!: Table<{ id: string } & Record<string, unknown>, string>;
  reportDrafts!: Table<{ id: string } & Record<string, unknown>, string>;
  /** 数据安全 (lib/backup, lib/merge, lib/crypto): see versions.ts, version 2. */
  conflicts!: Table<{ key: string; recordId: string; table: string } & Record<string, unknown>, string>;
  snapshots!: Table<{ id: string; takenAt: string } & Record<string, unknown>, string>;
  keyring!: Table<{ id: string } & Record<string, unknown>, string>;

  /** `versions` is for the migration harness, which writes a database as an older version did. */
  constructor(name = DEFAULT_DB_NAME, options?: DexieOptions, versions: readonly SchemaVersion[] = SCHEMA_VERSIONS) {
    super(name, options);
    for (const v of versions) {
      const declared = this.version(v.version).stores(v.stores);
      // Every upgrade first takes a safety snapshot (安全快照) of the old rows, once the table exists.
      declared.upgrade(async (tx) => {
        if (tx.storeNames.includes('snapshots')) await takeSnapshotIn(tx, `升级到数据结构第${v.version}版之前`);
        await v.upgrade?.(tx);
      });
    }
  }
}
