import { describe, expect, it } from 'vitest';
import { buildDemoData } from '@/lib/demo';
import {
  chineseNumber, formatKeyPoints, linkedRecords, parseKeyPoints, progressByTopic, researchDaysByLead, topicProgress,
} from '@/lib/topics';
import type { Visit } from '@/lib/schema';

const demo = buildDemoData('2023-06-08T08:00:00.000Z');

describe('key points', () => {
  it('numbers in Chinese', () => {
    expect([1, 9, 10, 12, 20, 21].map(chineseNumber)).toEqual(['一', '九', '十', '十二', '二十', '二十一']);
  });
  it('formats 一是…二是… and parses it back, whatever the pasted shape', () => {
    const points = ['加强组织建设', '优化精神文明建设'];
    expect(formatKeyPoints(points)).toBe('一是加强组织建设；二是优化精神文明建设。');
    expect(parseKeyPoints(formatKeyPoints(points))).toEqual(points);
    expect(parseKeyPoints('1. 加强组织建设\n2. 优化精神文明建设')).toEqual(points);
    expect(parseKeyPoints('加强组织建设\n优化精神文明建设\n')).toEqual(points);
    expect(parseKeyPoints('一、加强组织建设；二、优化精神文明建设')).toEqual(points);
  });
});

describe('topic progress', () => {
  it('counts visits, households, issues raised and closed, and research days', () => {
    const topic = demo.topics[0];
    const records = linkedRecords(topic.id, demo.visits, demo.issues);
    expect(records.visits.every((v) => v.topicIds.includes(topic.id))).toBe(true);
    const progress = topicProgress(topic, records);
    expect(progress.visits).toBe(7);
    expect(progress.households).toBe(new Set(records.visits.flatMap((v) => v.householdIds)).size);
    expect(progress.issuesRaised).toBe(records.issues.length);
    expect(progress.issuesClosed).toBe(records.issues.filter((i) => i.status === '已销号' || i.status === '无法解决-已解释').length);
    expect(progress.researchDays).toBe(Math.max(topic.researchDays, progress.visitDays));
  });

  it('finds issues raised on a topic’s visit even when the issue names no topic', () => {
    const topic = demo.topics[1];
    const visit = demo.visits.find((v) => v.topicIds.includes(topic.id))!;
    const issue = { ...demo.issues[0], id: crypto.randomUUID(), topicIds: [], visitId: visit.id };
    expect(linkedRecords(topic.id, demo.visits, [issue]).issues).toHaveLength(1);
    expect(progressByTopic([topic], demo.visits, [issue]).get(topic.id)!.issuesRaised).toBe(1);
  });

  it('computes the same figures in one pass as topic by topic, skipping deleted records', () => {
    const visits = demo.visits.map((v, i) => (i === 0 ? { ...v, deletedAt: '2023-07-01T00:00:00.000Z' } : v));
    const all = progressByTopic(demo.topics, visits, demo.issues);
    for (const t of demo.topics) expect(all.get(t.id)).toEqual(topicProgress(t, linkedRecords(t.id, visits, demo.issues)));
  });
});

describe('每年调研不少于60天', () => {
  it('counts distinct visit dates per lead across their topics of the year', () => {
    const [a, b] = demo.topics;
    const topics = [a, { ...b, lead: a.lead, researchDays: 0 }, { ...demo.topics[2], year: 2022 }];
    const visit = (topicId: string, date: string) => ({ ...demo.visits[0], id: crypto.randomUUID(), topicIds: [topicId], date }) as Visit;
    const visits = [visit(a.id, '2023-06-01'), visit(b.id, '2023-06-01'), ...Array.from({ length: 70 }, (_, i) => visit(b.id, `2023-0${7 + Math.floor(i / 28)}-${String(1 + (i % 28)).padStart(2, '0')}`))];
    const [lead] = researchDaysByLead(topics, visits, 2023);
    expect(lead).toEqual({ lead: a.lead.name, position: a.lead.position, topics: 2, days: 71, shortfall: 0 });
    const short = researchDaysByLead(topics, visits.slice(0, 2), 2023)[0];
    expect(short.days).toBe(Math.max(1, a.researchDays));
    expect(short.shortfall).toBe(60 - short.days);
  });
});
