import { describe, expect, it } from 'vitest';
import { listTrash, restoreFromTrash } from '@/lib/trash';
import { openTestStore } from '../db/fakeDb';

describe('回收站', () => {
  it('lists deleted records of all four tables, newest first, and restores them', async () => {
    const store = openTestStore();
    const topic = await store.topics.create({ title: '老旧小区改造调研', year: 2023 });
    const household = await store.households.create({ name: '王桂兰', phone: '13800001234' });
    const visit = await store.visits.create({ date: '2023-06-08', content: '反映楼道灯坏了' });
    const issue = await store.issues.create({ title: '楼道灯坏了' });
    await store.issues.create({ title: '还在清单上' });
    for (const [repo, id] of [[store.topics, topic.id], [store.households, household.id], [store.visits, visit.id], [store.issues, issue.id]] as const) {
      await repo.remove(id);
    }
    const trash = await listTrash(store);
    expect(trash.map((t) => [t.table, t.title])).toEqual([
      ['issues', '楼道灯坏了'], ['visits', '2023-06-08 入户走访 反映楼道灯坏了'], ['households', '王桂兰 138****1234'], ['topics', '老旧小区改造调研'],
    ]);
    await restoreFromTrash(store, trash[0]);
    expect((await store.issues.get(issue.id))?.title).toBe('楼道灯坏了');
    expect(await listTrash(store)).toHaveLength(3);
  });
});
