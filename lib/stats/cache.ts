// 首页 at once: the last dashboard counted is kept (numbers and topic ids only, never a title or
// any other field the app lock encrypts) and shown while the database counts again.
import { z } from 'zod';
import type { Dashboard } from './dashboard';

/** Where the page keeps it (localStorage in the workspace; a Map in tests). */
export interface DashboardCacheStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

const count = z.number().int().nonnegative();
const CachedDashboard = z.object({
  today: z.string(),
  dashboard: z.object({
    month: z.string(),
    visitsThisMonth: count, householdsThisMonth: count, issuesRaisedThisMonth: count, issuesClosedThisMonth: count,
    issues: z.object({ total: count, open: count, overdue: count, dueSoon: count, closed: count, closureRate: z.number() }),
    topics: z.array(z.object({ topicId: z.string(), title: z.literal(''), visitsThisMonth: count, householdsThisMonth: count, issues: count })),
  }),
});

const keyOf = (dbName: string) => `footsteps:dashboard:${dbName}`;

/** Keeps the figures of `today` (topic titles left out: they may be secret). */
export function saveCachedDashboard(storage: DashboardCacheStorage, dbName: string, today: string, dashboard: Dashboard): void {
  const kept = { ...dashboard, topics: dashboard.topics.map((t) => ({ ...t, title: '' })) };
  try {
    storage.setItem(keyOf(dbName), JSON.stringify({ today, dashboard: kept }));
  } catch {
    // Storage full or refused: the dashboard is only counted on every open, as without a cache.
  }
}

/** The figures last counted for `today`, or null (another day, none yet, or unreadable). */
export function readCachedDashboard(storage: DashboardCacheStorage, dbName: string, today: string): Dashboard | null {
  try {
    const parsed = CachedDashboard.safeParse(JSON.parse(storage.getItem(keyOf(dbName)) ?? 'null'));
    return parsed.success && parsed.data.today === today ? parsed.data.dashboard : null;
  } catch {
    return null;
  }
}
