import { describe, expect, it } from 'vitest';
import { buildDemoData } from '@/lib/demo';
import { filterVisits, sentencesOf } from '@/lib/visits';

const demo = buildDemoData('2023-06-08T08:00:00.000Z');
const byId = new Map(demo.households.map((h) => [h.id, h]));

describe('filterVisits', () => {
  it('applies every condition together, newest first', () => {
    const visits = filterVisits(demo.visits, { from: '2023-07-01', to: '2023-08-31', community: '解放社区' }, (id) => byId.get(id));
    expect(visits.length).toBeGreaterThan(0);
    expect(visits.every((v) => v.date >= '2023-07-01' && v.date <= '2023-08-31' && v.community === '解放社区')).toBe(true);
    expect([...visits].map((v) => v.date)).toEqual(visits.map((v) => v.date).sort().reverse());
  });

  it('filters by the tag of the households visited, by topic, and by draft', () => {
    const visits = filterVisits(demo.visits, { careTag: '独居老人' }, (id) => byId.get(id));
    expect(visits.length).toBeGreaterThan(0);
    expect(visits.every((v) => v.householdIds.some((id) => byId.get(id)!.careTags.includes('独居老人')))).toBe(true);
    const topic = demo.topics[2].id;
    expect(filterVisits(demo.visits, { topicId: topic }, () => undefined).every((v) => v.topicIds.includes(topic))).toBe(true);
    expect(filterVisits(demo.visits, { draft: true }, () => undefined)).toEqual([]);
  });
});

describe('sentencesOf', () => {
  it('splits on Chinese sentence ends and lines', () => {
    expect(sentencesOf('楼道灯坏了。垃圾清运不及时！\n希望多组织活动')).toEqual(['楼道灯坏了。', '垃圾清运不及时！', '希望多组织活动']);
    expect(sentencesOf('')).toEqual([]);
  });
});
