import { describe, expect, it } from 'vitest';
import { buildDemoData } from '@/lib/demo';
import { SEARCH_KINDS, SearchIndex, WorkspaceIndex, createIndexSync, householdDocument, pinyinInitials } from '@/lib/search';
import { Household } from '@/lib/schema';
import { openTestStore } from '../db/fakeDb';

const demo = buildDemoData('2023-06-08T08:00:00.000Z');
const household = (name: string, fields: Partial<Household> = {}): Household => Household.parse({
  id: crypto.randomUUID(), createdAt: '2023-06-08T08:00:00.000Z', updatedAt: '2023-06-08T08:00:00.000Z', name, ...fields,
});

describe('pinyin initials', () => {
  it('gives the initials of a name, with surname readings', () => {
    expect(pinyinInitials('王桂兰')).toBe('wgl');
    expect(pinyinInitials('曾长海')).toBe('zch');
    expect(pinyinInitials('Tom')).toBe('');
  });
});

describe('SearchIndex', () => {
  const people = [
    household('王桂兰', { phone: '13800005678', address: '解放社区3号楼2单元101室', careTags: ['独居老人'] }),
    household('王建国', { phone: '13900001234', address: '建国社区1号楼' }),
    household('李秀英', { phone: '13700009999', address: '台兴村5组' }),
  ];
  const index = new SearchIndex(people.map(householdDocument));
  const names = (q: string) => index.search(q).hits.map((h) => h.title);

  it('finds a name by Chinese text, pinyin initials, full pinyin, phone tail and address', () => {
    expect(names('王桂兰')).toEqual(['王桂兰']);
    expect(names('wgl')).toEqual(['王桂兰']);
    expect(names('WGL')).toEqual(['王桂兰']);
    expect(names('wangguilan')).toEqual(['王桂兰']);
    expect(names('5678')).toEqual(['王桂兰']);
    expect(names('3号楼')).toEqual(['王桂兰']);
    expect(names('独居')).toEqual(['王桂兰']);
  });

  it('matches single characters and requires every term', () => {
    expect(names('王').sort()).toEqual(['王建国', '王桂兰']);
    expect(names('王 建国')).toEqual(['王建国']);
    expect(names('王 台兴')).toEqual([]);
    expect(index.search('  ').total).toBe(0);
  });

  it('ranks an exact name before records that only mention it', () => {
    const idx = new SearchIndex([household('张三', { notes: '邻居王建国介绍' }), household('王建国')].map(householdDocument));
    expect(idx.search('王建国').hits.map((h) => h.title)).toEqual(['王建国', '张三']);
  });

  it('lists matches newest first, built or added later, and builds the same in steps', async () => {
    const docs = ['2023-05-01', '2023-07-01', '2023-06-01'].map((date, i) => ({ ...householdDocument(household(`张${i}`)), date }));
    const idx = new SearchIndex(docs);
    idx.upsert({ ...householdDocument(household('张新')), date: '2023-06-15' });
    expect(idx.search('张').hits.map((h) => h.date)).toEqual(['2023-07-01', '2023-06-15', '2023-06-01', '2023-05-01']);
    const stepped = await SearchIndex.buildInSteps(docs, (d) => d, async () => {}, 1);
    expect(stepped.search('张').hits.map((h) => h.date)).toEqual(['2023-07-01', '2023-06-01', '2023-05-01']);
  });

  it('updates and removes documents incrementally', () => {
    const idx = new SearchIndex(people.map(householdDocument));
    idx.upsert(householdDocument({ ...people[2], name: '李淑芬', updatedAt: '2023-06-09T08:00:00.000Z' }));
    expect(idx.search('秀英').total).toBe(0);
    expect(idx.search('lsf').hits[0].title).toBe('李淑芬');
    idx.remove(people[0].id);
    expect(idx.search('wgl').total).toBe(0);
    expect(idx.size).toBe(2);
  });

  it('stays correct through compaction after many updates', () => {
    const many = Array.from({ length: 1200 }, (_, i) => household(`测试${i}`, { updatedAt: '2023-06-08T08:00:00.000Z' }));
    const idx = new SearchIndex(many.map(householdDocument));
    for (const h of many.slice(0, 400)) idx.upsert(householdDocument({ ...h, name: `更新${h.name}` }));
    expect(idx.search('更新').total).toBe(400);
    expect(idx.search('测试').total).toBe(1200);
    expect(idx.size).toBe(1200);
  });
});

describe('WorkspaceIndex', () => {
  it('searches every kind of record in one call, with snippets from long text', () => {
    const index = new WorkspaceIndex(demo);
    const name = demo.households[0].name;
    const result = index.search(name);
    expect(result.household.hits[0].title).toBe(name);
    expect(result.visit.total).toBeGreaterThan(0);
    expect(index.search('楼道灯').visit.hits[0].snippet).toContain('楼道灯');
    expect(index.search('刘东').topic.hits[0].title).toBe('党建引领城乡基层治理');
    expect(index.search('楼道灯').issue.total).toBeGreaterThan(0);
  });

  it('finds visits by the pinyin initials of the household visited', () => {
    const index = new WorkspaceIndex(demo);
    const visit = demo.visits[0];
    const name = demo.households.find((h) => h.id === visit.householdIds[0])!.name;
    const ids = index.search(pinyinInitials(name), { kinds: ['visit'], limit: 100 }).visit.hits.map((h) => h.id);
    expect(ids).toContain(visit.id);
  });

  it('drops deleted records and reflects renamed households in visits', () => {
    const index = new WorkspaceIndex(demo);
    const h = demo.households[0];
    expect(index.search(h.name, { kinds: ['visit'] }).visit.total).toBeGreaterThan(0);
    index.apply('household', [{ ...h, name: '改名字' }]);
    expect(index.search('改名字', { kinds: ['visit'] }).visit.total).toBeGreaterThan(0);
    index.apply('household', [{ ...h, deletedAt: '2023-06-09T08:00:00.000Z' }]);
    expect(index.get('household', h.id)).toBeUndefined();
    expect(index.list('household')).toHaveLength(demo.households.length - 1);
  });
});

describe('createIndexSync', () => {
  it('loads the store, then takes in only what changed, including soft deletes and imports', async () => {
    const store = openTestStore();
    await store.bulkImport(demo);
    const sync = createIndexSync(store);
    expect(await sync.pull()).toBe(demo.topics.length + demo.households.length + demo.visits.length + demo.issues.length);
    expect(await sync.pull()).toBe(0);

    const created = await store.households.create({ name: '欧阳修文', phone: '13812345678' });
    expect(await sync.pull()).toBe(1);
    expect(sync.index.search('oyxw').household.hits[0].id).toBe(created.id);

    await store.households.remove(created.id);
    await sync.pull();
    expect(sync.index.search('oyxw').household.total).toBe(0);

    // An import of a record whose updatedAt is older than anything seen is caught by the row count.
    await store.bulkImport({ households: [household('诸葛亮', { updatedAt: '2001-01-01T00:00:00.000Z' })] });
    await sync.pull();
    expect(sync.index.search('诸葛亮').household.total).toBe(1);
    store.close();
  });
});

describe('WorkspaceIndex.prepare', () => {
  it('takes in a large batch after the indexes are built (rebuilt rather than added one by one)', async () => {
    const index = new WorkspaceIndex(demo);
    await index.prepare(async () => {});
    index.apply('household', Array.from({ length: 600 }, (_, i) => household(`批量${i}`)));
    expect(index.isPrepared('household')).toBe(false);
    expect(index.search('批量599').household.total).toBe(1);
    await index.prepare(async () => {});
    expect(index.isPrepared('household')).toBe(true);
  });

  it('builds every index in steps, and rebuilds one whose records changed meanwhile', async () => {
    const index = new WorkspaceIndex(demo);
    let pauses = 0;
    const h = demo.households[1];
    await index.prepare(async () => {
      if (++pauses === 2) index.apply('household', [{ ...h, name: '司马光' }]);
    });
    expect(SEARCH_KINDS.every((k) => index.isPrepared(k))).toBe(true);
    expect(index.search('smg', { kinds: ['visit'] }).visit.total).toBeGreaterThan(0);
    expect(index.search('smg').household.hits[0].title).toBe('司马光');
  });
});

describe('createIndexSync.watch', () => {
  it('takes in every write without being asked, and stops when told', async () => {
    const store = openTestStore();
    const sync = createIndexSync(store);
    let changes = 0;
    const stop = sync.watch(() => { changes++; });
    await expect.poll(() => changes).toBe(1);
    await store.households.create({ name: '上官婉儿' });
    await expect.poll(() => sync.index.search('sgwe').household.total).toBe(1);
    stop();
    await store.households.create({ name: '上官仪' });
    await new Promise((r) => setTimeout(r, 100));
    expect(sync.index.search('上官').household.total).toBe(1);
    store.close();
  });
});
