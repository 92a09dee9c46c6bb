import { afterEach, describe, expect, it } from 'vitest';
import { ValidationError } from '@/lib/schema';
import { buildDemoData } from '@/lib/demo';
import { openTestStore } from './fakeDb';

describe('lib/db store', () => {
  let store = openTestStore();
  afterEach(() => { store.close(); store = openTestStore(); });

  it('creates records with UUIDs, timestamps and origin, validated by the schema', async () => {
    const topic = await store.topics.create({ title: '党建引领城乡基层治理', year: 2023 });
    expect(topic.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(topic).toMatchObject({ status: '计划中', deletedAt: null, origin: { deviceId: 'test-device' } });
    expect(topic.createdAt).toBe(topic.updatedAt);
    expect(await store.topics.get(topic.id)).toEqual(topic);
  });

  it('refuses bad input with a Chinese error and writes nothing', async () => {
    await expect(store.households.create({ name: '张三', idNumber: '110105194912310021' })).rejects.toThrow(ValidationError);
    expect(await store.households.list()).toEqual([]);
  });

  it('updates by merging and revalidating, keeping id and createdAt', async () => {
    const h = await store.households.create({ name: '张三', phone: '13800001234' });
    const updated = await store.households.update(h.id, { community: '解放社区' });
    expect(updated).toMatchObject({ id: h.id, createdAt: h.createdAt, name: '张三', community: '解放社区' });
    expect(updated.updatedAt > h.updatedAt).toBe(true);
    await expect(store.households.update(h.id, { phone: 'abc' })).rejects.toThrow(/电话号码格式不正确/);
    expect((await store.households.get(h.id))?.phone).toBe('13800001234');
  });

  it('deletes softly and restores', async () => {
    const v = await store.visits.create({ date: '2023-06-08', content: '楼道灯坏了' });
    await store.visits.remove(v.id);
    expect(await store.visits.get(v.id)).toBeUndefined();
    expect(await store.visits.list()).toEqual([]);
    expect((await store.visits.list({ includeDeleted: true }))[0].deletedAt).not.toBeNull();
    await store.visits.restore(v.id);
    expect((await store.visits.get(v.id))?.content).toBe('楼道灯坏了');
  });

  it('queries by index, including multi-entry topic links', async () => {
    const t = await store.topics.create({ title: '课题', year: 2023 });
    await store.visits.create({ date: '2023-06-08', topicIds: [t.id] });
    await store.visits.create({ date: '2023-06-09' });
    expect(await store.visits.where('topicIds', t.id)).toHaveLength(1);
  });

  it('keeps the profile and settings as single rows', async () => {
    expect(await store.getProfile()).toBeNull();
    await store.saveProfile({ name: '王小明', unit: '建国街道办事处' });
    expect(await store.getProfile()).toMatchObject({ id: 'me', name: '王小明', grid: '' });
    expect((await store.saveSettings({ dailyReminder: false })).dailyReminder).toBe(false);
    expect((await store.getSettings()).reportFonts.body).toBe('仿宋_GB2312');
  });

  it('imports the demo data in one transaction, and refuses a bad batch whole', async () => {
    const demo = buildDemoData('2023-06-01T00:00:00.000Z');
    expect(demo.topics).toHaveLength(6);
    await store.bulkImport(demo);
    expect(await store.topics.count()).toBe(6);
    expect(await store.visits.count()).toBe(demo.visits.length);

    const fresh = openTestStore();
    const bad = { ...demo, issues: [...demo.issues, { ...demo.issues[0], id: 'not-a-uuid' }] };
    await expect(fresh.bulkImport(bad)).rejects.toThrow(ValidationError);
    expect(await fresh.isEmpty()).toBe(true);
    fresh.close();
  });
});
