import type { DexieOptions } from 'dexie';
import {
  Household, HouseholdInput, IssueItem, IssueItemInput, ProfileInput, Settings, Topic, TopicInput, Visit, VisitInput,
  parseOrThrow, ReportDraft, type Profile, type ReportDraftInput,
} from '../schema';
import { systemClock, type Clock } from './clock';
import { DEFAULT_DB_NAME, FootstepsDatabase } from './database';
import { createRepository } from './repository';

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

  return {
    /** 调研课题 */
    topics: createRepository<typeof TopicInput, Topic>(db.topics, TopicInput, clock),
    /** 联系户 */
    households: createRepository<typeof HouseholdInput, Household>(db.households, HouseholdInput, clock),
    /** 走访记录 */
    visits: createRepository<typeof VisitInput, Visit>(db.visits, VisitInput, clock),
    /** 问题清单 */
    issues: createRepository<typeof IssueItemInput, IssueItem>(db.issues, IssueItemInput, clock),

    /** null when the user has not filled it in yet (first run). */
    async getProfile(): Promise<Profile | null> {
      return (await db.profile.get('me')) ?? null;
    },
    async saveProfile(input: ProfileInput): Promise<Profile> {
      const profile: Profile = { ...parseOrThrow(ProfileInput, input), id: 'me', updatedAt: clock.now() };
      await db.profile.put(profile);
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
      await db.transaction('rw', [db.topics, db.households, db.visits, db.issues], async () => {
        await db.topics.bulkPut(valid.topics);
        await db.households.bulkPut(valid.households);
        await db.visits.bulkPut(valid.visits);
        await db.issues.bulkPut(valid.issues);
      });
    },

    /** 调研报告草稿, most recently changed first. A row that no longer fits the schema is left out, not lost. */
    async listReportDrafts(): Promise<ReportDraft[]> {
      const rows = await db.reportDrafts.orderBy('updatedAt').reverse().toArray();
      return rows.flatMap((row) => {
        const parsed = ReportDraft.safeParse(row);
        return parsed.success ? [parsed.data] : [];
      });
    },
    async getReportDraft(id: string): Promise<ReportDraft | null> {
      const row = await db.reportDrafts.get(id);
      return row ? parseOrThrow(ReportDraft, row) : null;
    },
    /** Validates and stores a draft (new or changed), stamping updatedAt. */
    async saveReportDraft(draft: ReportDraftInput): Promise<ReportDraft> {
      const saved = parseOrThrow(ReportDraft, { ...draft, updatedAt: clock.now() });
      await db.reportDrafts.put(saved);
      return saved;
    },
    async removeReportDraft(id: string): Promise<void> {
      await db.reportDrafts.delete(id);
    },

    async isEmpty(): Promise<boolean> {
      const counts = await Promise.all([db.topics.count(), db.households.count(), db.visits.count(), db.issues.count()]);
      return counts.every((n) => n === 0);
    },

    clock,
    close: () => db.close(),
    /** For lib/ modules that need raw access in one place (backup, merge); never for UI code. */
    database: db,
  };
}

export type Store = ReturnType<typeof openStore>;
