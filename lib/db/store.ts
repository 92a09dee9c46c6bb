import type { DexieOptions } from 'dexie';
import {
  Household, HouseholdInput, IssueItem, IssueItemInput, ProfileInput, Settings, Topic, TopicInput, Visit, VisitInput,
  parseOrThrow, ReportDraft, type Profile, type ReportDraftInput,
} from '../schema';
import { systemClock, type Clock } from './clock';
import { DEFAULT_DB_NAME, FootstepsDatabase } from './database';
import { formTemplatesRepository } from './formTemplates';
import { createRepository } from './repository';
import { identityCodec, type RecordCodec } from '../crypto/codec';

export interface StoreOptions {
  name?: string;
  /** fake-indexeddb in tests: { indexedDB, IDBKeyRange } */
  dexie?: DexieOptions;
  clock?: Clock;
}

/** Opens the database and returns the functions the rest of the product uses to reach it. */
export function openStore(options: StoreOptions = {}) {
  const db = new FootstepsDatabase(options.name ?? DEFAULT_DB_NAME, options.dexie);
  const clock = options.clock ?? systemClock();
  // 应用锁: how records are stored (identity, or encryption once unlocked), shared by every store
  // a page opens on this database; set by lib/crypto.
  const codecs = codecScope(options);
  const dbName = options.name ?? DEFAULT_DB_NAME;
  const currentCodec = () => codecs.get(dbName) ?? identityCodec;

  return {
    /** 调研课题 */
    topics: createRepository<typeof TopicInput, Topic>(db.topics, TopicInput, clock, currentCodec),
    /** 联系户 */
    households: createRepository<typeof HouseholdInput, Household>(db.households, HouseholdInput, clock, currentCodec),
    /** 走访记录 */
    visits: createRepository<typeof VisitInput, Visit>(db.visits, VisitInput, clock, currentCodec),
    /** 问题清单 */
    issues: createRepository<typeof IssueItemInput, IssueItem>(db.issues, IssueItemInput, clock, currentCodec),

    /** null when the user has not filled it in yet (first run). */
    async getProfile(): Promise<Profile | null> {
      const row = await db.profile.get('me');
      return row ? currentCodec().decode('profile', row) : null;
    },
    async saveProfile(input: ProfileInput): Promise<Profile> {
      const profile: Profile = { ...parseOrThrow(ProfileInput, input), id: 'me', updatedAt: clock.now() };
      await db.profile.put(currentCodec().encode('profile', profile));
      return profile;
    },
    async getSettings(): Promise<Settings> {
      return Settings.parse((await db.settings.get('settings')) ?? {});
    },
    async saveSettings(patch: Partial<Settings>): Promise<Settings> {
      return db.transaction('rw', db.settings, async () => {
        const current = Settings.parse((await db.settings.get('settings')) ?? {});
        const next = parseOrThrow(Settings, { ...current, ...patch, id: 'settings' });
        await db.settings.put(next);
        return next;
      });
    },

    /** Writes many records of several tables at once: all or nothing. */
    async bulkImport(records: { topics?: Topic[]; households?: Household[]; visits?: Visit[]; issues?: IssueItem[] }) {
      const valid = {
        topics: (records.topics ?? []).map((r) => parseOrThrow(Topic, r)),
        households: (records.households ?? []).map((r) => parseOrThrow(Household, r)),
        visits: (records.visits ?? []).map((r) => parseOrThrow(Visit, r)),
        issues: (records.issues ?? []).map((r) => parseOrThrow(IssueItem, r)),
      };
      const codec = currentCodec();
      await db.transaction('rw', [db.topics, db.households, db.visits, db.issues], async () => {
        await db.topics.bulkPut(valid.topics.map((r) => codec.encode('topics', r)));
        await db.households.bulkPut(valid.households.map((r) => codec.encode('households', r)));
        await db.visits.bulkPut(valid.visits.map((r) => codec.encode('visits', r)));
        await db.issues.bulkPut(valid.issues.map((r) => codec.encode('issues', r)));
      });
    },

    /** 调研报告草稿, most recently changed first. A row that no longer fits the schema is left out, not lost. */
    async listReportDrafts(): Promise<ReportDraft[]> {
      const rows = await db.reportDrafts.orderBy('updatedAt').reverse().toArray();
      return rows.flatMap((row) => {
        const parsed = ReportDraft.safeParse(currentCodec().decode('reportDrafts', row));
        return parsed.success ? [parsed.data] : [];
      });
    },
    async getReportDraft(id: string): Promise<ReportDraft | null> {
      const row = await db.reportDrafts.get(id);
      return row ? parseOrThrow(ReportDraft, currentCodec().decode('reportDrafts', row)) : null;
    },
    /** Validates and stores a draft (new or changed), stamping updatedAt. */
    async saveReportDraft(draft: ReportDraftInput): Promise<ReportDraft> {
      const saved = parseOrThrow(ReportDraft, { ...draft, updatedAt: clock.now() });
      await db.reportDrafts.put(currentCodec().encode('reportDrafts', saved));
      return saved;
    },
    async removeReportDraft(id: string): Promise<void> {
      await db.reportDrafts.delete(id);
    },

    /** 表单模板 of autofill, one per government system's form pages. */
    formTemplates: formTemplatesRepository(db),

    /** One key looked at per table: counting 150,000 rows to learn "not empty" took seconds. */
    async isEmpty(): Promise<boolean> {
      const firsts = await Promise.all([db.topics, db.households, db.visits, db.issues].map((t) => t.limit(1).primaryKeys()));
      return firsts.every((keys) => keys.length === 0);
    },

    clock,
    /** The codec records are stored with now (lib/backup and lib/merge read and write through it). */
    codec: currentCodec,
    /** lib/crypto only: on unlock (the encrypting codec), on lock and when encryption is switched off. */
    setCodec(next: RecordCodec) {
      codecs.set(dbName, next);
    },
    close: () => db.close(),
    /** For lib/ modules that need raw access in one place (backup, merge); never for UI code. */
    database: db,
  };
}

export type Store = ReturnType<typeof openStore>;

const PAGE_CODECS = new WeakMap<object, Map<string, RecordCodec>>();
const NO_FACTORY = {};

/** One codec per database in a page (per IndexedDB factory): the page holds the key, not one store. */
function codecScope(options: StoreOptions): Map<string, RecordCodec> {
  const factory = (options.dexie?.indexedDB as object | undefined) ?? (globalThis.indexedDB as object | undefined) ?? NO_FACTORY;
  let scope = PAGE_CODECS.get(factory);
  if (!scope) PAGE_CODECS.set(factory, (scope = new Map()));
  return scope;
}
