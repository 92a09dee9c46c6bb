import { describe, expect, it } from 'vitest';
import { buildDashboard, countIssuesByTopic, formatRate, issueFigures, loadDashboard, loadIssueFigures } from '@/lib/stats';
import { Topic, Visit } from '@/lib/schema';
import { makeIssue } from '../issues/fixtures';
import { openTestStore } from '../db/fakeDb';

const meta = (n: number) => ({
  id: `00000000-0000-4000-9000-${n.toString(16).padStart(12, '0')}`,
  createdAt: '2023-06-01T08:00:00.000Z', updatedAt: '2023-06-01T08:00:00.000Z',
});
const topicA = Topic.parse({ ...meta(1), title: '老旧小区改造', year: 2023 });
const topicB = Topic.parse({ ...meta(2), title: '网格化治理', year: 2023 });
const archived = Topic.parse({ ...meta(3), title: '已归档课题', year: 2022, archived: true });
const h = (n: number) => meta(100 + n).id;
const visit = (n: number, date: string, topicIds: string[], householdIds: string[], deletedAt: string | null = null) =>
  Visit.parse({ ...meta(200 + n), date, topicIds, householdIds, deletedAt });

const today = '2023-06-15';
const visits = [
  visit(1, '2023-06-01', [topicA.id], [h(1), h(2)]),
  visit(2, '2023-06-30', [topicA.id, topicB.id], [h(2)]),
  visit(3, '2023-05-31', [topicA.id], [h(3)]), // last month
  visit(4, '2023-07-01', [topicB.id], [h(4)]), // next month
  visit(5, '2023-06-10', [topicB.id], [h(5)], '2023-06-11T00:00:00.000Z'), // deleted
];
const issues = [
  makeIssue({ topicIds: [topicA.id], status: '办理中', deadline: '2023-06-01', owner: '孙丽', measures: '报修' }), // overdue
  makeIssue({ topicIds: [topicA.id], status: '待办', deadline: '2023-06-20' }), // due soon
  makeIssue({ topicIds: [topicB.id], status: '已销号', closedDate: '2023-06-12' }),
  makeIssue({ topicIds: [topicB.id], status: '无法解决-已解释', closedDate: '2023-05-20', createdAt: '2023-05-01T08:00:00.000Z' }),
  makeIssue({ status: '已办结' }),
  makeIssue({ status: '待办', deletedAt: '2023-06-02T00:00:00.000Z' }), // deleted
  makeIssue({ topicIds: [topicA.id], status: '办理中', deadline: '2023-06-02', deletedAt: '2023-06-03T00:00:00.000Z' }), // deleted, would be overdue
];

describe('buildDashboard (首页统计)', () => {
  const dashboard = buildDashboard({ topics: [topicA, topicB, archived], visits, issues, today });

  it("counts this month's visits and distinct households reached, skipping deleted records", () => {
    expect(dashboard.month).toBe('2023-06');
    expect(dashboard.visitsThisMonth).toBe(2);
    expect(dashboard.householdsThisMonth).toBe(2);
  });

  it('counts issues open, overdue, due soon and closed, and the closure rate', () => {
    expect(dashboard.issues).toEqual({ total: 5, open: 3, overdue: 1, dueSoon: 1, closed: 2, closureRate: 0.4 });
    expect(formatRate(dashboard.issues.closureRate)).toBe('40%');
    expect(dashboard.issuesRaisedThisMonth).toBe(4);
    expect(dashboard.issuesClosedThisMonth).toBe(1);
  });

  it('gives the figures per topic, leaving out archived topics', () => {
    expect(dashboard.topics).toEqual([
      { topicId: topicA.id, title: '老旧小区改造', visitsThisMonth: 2, householdsThisMonth: 2, issues: 2 },
      { topicId: topicB.id, title: '网格化治理', visitsThisMonth: 1, householdsThisMonth: 1, issues: 2 },
    ]);
  });

  it('is all zeros for an empty workspace, with no division by zero', () => {
    const empty = buildDashboard({ topics: [], visits: [], issues: [], today });
    expect(empty.issues.closureRate).toBe(0);
    expect(empty.visitsThisMonth).toBe(0);
  });
});

describe('loadDashboard', () => {
  it('reads the month of visits and the issues from the store', async () => {
    const store = openTestStore();
    await store.bulkImport({ topics: [topicA, topicB], visits, issues });
    const dashboard = await loadDashboard(store, today);
    expect(dashboard).toEqual(buildDashboard({ topics: [topicA, topicB], visits, issues, today }));
    expect(dashboard.visitsThisMonth).toBe(2);
  });

  it('leaves the topics\' issues to countIssuesByTopic when asked, which counts what buildDashboard does', async () => {
    const store = openTestStore();
    await store.bulkImport({ topics: [topicA, topicB], visits, issues });
    const full = buildDashboard({ topics: [topicA, topicB], visits, issues, today });
    const headline = await loadDashboard(store, today, { topicIssues: false });
    expect(headline.topics.map((t) => t.issues)).toEqual([0, 0]);
    expect({ ...headline, topics: [] }).toEqual({ ...full, topics: [] });
    const byTopic = await countIssuesByTopic(store, [topicA.id, topicB.id]);
    expect(full.topics.map((t) => byTopic.get(t.topicId))).toEqual(full.topics.map((t) => t.issues));
    expect(full.topics.some((t) => t.issues > 0)).toBe(true);
  });
});

describe('loadIssueFigures', () => {
  it('counts from the indexes what issueFigures counts from the records', async () => {
    const store = openTestStore();
    await store.bulkImport({ issues });
    expect(await loadIssueFigures(store, today)).toEqual(issueFigures(issues, today));
  });
});
