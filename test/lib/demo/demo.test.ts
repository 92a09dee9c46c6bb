import { describe, expect, it } from 'vitest';
import { buildDemoData } from '@/lib/demo';
import { Household, IssueItem, Topic, Visit, isValidIdNumber } from '@/lib/schema';
import { createBackup, parseBackup } from '@/lib/backup';
import { openTestStore } from '../db/fakeDb';

describe('demo workspace', () => {
  const demo = buildDemoData('2023-06-01T00:00:00.000Z');

  it('holds the six topics of seed 000 with their leads', () => {
    expect(demo.topics.map((t) => t.lead.name)).toEqual(['刘东', '曹世荣', '赵瑞楠', '周晶', '于洋', '齐刚']);
    expect(demo.topics[0].title).toBe('党建引领城乡基层治理');
  });

  it('is valid for the schemas, and links only to records it holds', () => {
    demo.topics.forEach((r) => Topic.parse(r));
    demo.households.forEach((r) => Household.parse(r));
    demo.visits.forEach((r) => Visit.parse(r));
    demo.issues.forEach((r) => IssueItem.parse(r));
    const ids = new Set([...demo.topics, ...demo.households, ...demo.visits].map((r) => r.id));
    for (const v of demo.visits) for (const id of [...v.topicIds, ...v.householdIds]) expect(ids.has(id)).toBe(true);
    for (const i of demo.issues) expect(ids.has(i.visitId!)).toBe(true);
  });

  it('uses obviously fictional people: region code 990101, valid checksums, 1380000 phones', () => {
    for (const h of demo.households) {
      expect(h.idNumber.startsWith('990101')).toBe(true);
      expect(isValidIdNumber(h.idNumber)).toBe(true);
      expect(h.phone).toMatch(/^1380000\d{4}$/);
    }
  });

  it('is the same every time, and survives a backup file (npm run demo-data)', async () => {
    expect(buildDemoData('2023-06-01T00:00:00.000Z')).toEqual(demo);
    const store = openTestStore();
    await store.bulkImport(demo);
    const backup = await createBackup(store);
    store.close();
    const parsed = await parseBackup(backup.text);
    expect(parsed.tables.topics).toHaveLength(6);
    expect(parsed.tables.visits).toHaveLength(demo.visits.length);
  });
});
