import { describe, expect, it } from 'vitest';
import { loadDashboard, readCachedDashboard, saveCachedDashboard, type DashboardCacheStorage } from '@/lib/stats';
import { openTestStore } from '../db/fakeDb';

const today = '2023-06-15';
const memory = (): DashboardCacheStorage & { items: Map<string, string> } => {
  const items = new Map<string, string>();
  return { items, getItem: (k) => items.get(k) ?? null, setItem: (k, v) => void items.set(k, v) };
};

describe('the dashboard kept for the next open (首页)', () => {
  it('gives back every figure of the same day, without topic titles', async () => {
    const store = openTestStore();
    const topic = await store.topics.create({ title: '老旧小区改造（保密）', year: 2023 });
    await store.visits.create({ date: '2023-06-10', topicIds: [topic.id], householdIds: [] });
    await store.issues.create({ title: '楼道灯不亮', topicIds: [topic.id] });
    const counted = await loadDashboard(store, today);
    const storage = memory();
    saveCachedDashboard(storage, 'footsteps', today, counted);

    expect([...storage.items.values()].join()).not.toContain('老旧小区');
    const kept = readCachedDashboard(storage, 'footsteps', today)!;
    expect(kept).toEqual({ ...counted, topics: counted.topics.map((t) => ({ ...t, title: '' })) });
    expect(kept.visitsThisMonth).toBe(1);
    expect(kept.issues.open).toBe(1);
  });

  it('keeps nothing for another day, another database, or unreadable text', async () => {
    const store = openTestStore();
    const storage = memory();
    saveCachedDashboard(storage, 'footsteps', today, await loadDashboard(store, today));
    expect(readCachedDashboard(storage, 'footsteps', '2023-06-16')).toBeNull();
    expect(readCachedDashboard(storage, 'other', today)).toBeNull();
    storage.items.set('footsteps:dashboard:footsteps', '{"today":"2023-06-15","dashboard":{"visitsThisMonth":-1}}');
    expect(readCachedDashboard(storage, 'footsteps', today)).toBeNull();
    storage.items.set('footsteps:dashboard:footsteps', 'not json');
    expect(readCachedDashboard(storage, 'footsteps', today)).toBeNull();
  });
});
