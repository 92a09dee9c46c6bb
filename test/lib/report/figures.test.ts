import { describe, expect, it } from 'vitest';
import { computeFigures, selectScope, chineseDate, chineseNumber, docxFileName, percent } from '@/lib/report';
import { issue, smallData } from './fixtures';

describe('report figures (基本情况) are counted from the records', () => {
  const data = smallData();
  const scoped = selectScope(data, { kind: 'topic', topicId: data.topic.id });
  const f = computeFigures(scoped, '2023-06-20');

  it('counts visits, forums, households reached and care households of the topic only', () => {
    expect(f.visits).toBe(5); // the deleted visit and the other topic's visit do not count
    expect(f.forums).toBe(1);
    expect(f.visitsByType).toEqual([['入户走访', 3], ['座谈会', 1], ['个别谈心', 1]]);
    expect(f.householdsReached).toBe(3);
    expect(f.careHouseholds).toBe(2);
    expect(Object.fromEntries(f.careByTag)).toEqual({ 独居老人: 1, 低保户: 1, 残疾人: 1 });
    expect(f.visitsWithActions).toBe(3);
    expect([f.firstVisitDate, f.lastVisitDate]).toEqual(['2023-06-02', '2023-06-09']);
  });

  it('counts issues collected, solved, explained, open, overdue and the closure rate', () => {
    expect(f.issuesCollected).toBe(6);
    expect(f.issuesSolved).toBe(2);
    expect(f.issuesExplained).toBe(1);
    expect(f.issuesOpen).toBe(3);
    expect(f.overdue).toBe(2); // deadlines 6-10 and 6-15 are before 6-20; 7-01 is not
    expect(f.closureRate).toBe(33.3);
  });

  it('breaks the figures down by community with their grids, most visited first', () => {
    expect(f.communities).toEqual([
      { community: '建国社区', grids: ['建国第一网格'], visits: 3, households: 1, issues: 3, solved: 0 },
      { community: '解放社区', grids: ['解放第一网格', '解放第二网格'], visits: 2, households: 2, issues: 3, solved: 2 },
    ]);
  });

  it('groups issues by category, most open first', () => {
    expect(f.categories.map((g) => [g.category, g.open.length, g.solved.length])).toEqual([
      ['基础设施', 2, 1], ['民生服务', 1, 0], ['环境卫生', 0, 1],
    ]);
  });

  it('scopes a date range by visit date and by the day an issue was recorded', () => {
    const late = issue({ title: '六月中旬登记的问题' }, '2023-06-16T02:00:00.000Z');
    const range = selectScope({ ...data, issues: [...data.issues, late] }, { kind: 'range', from: '2023-06-03', to: '2023-06-16' });
    expect(range.visits.map((v) => v.date)).toEqual(['2023-06-03', '2023-06-04', '2023-06-05', '2023-06-07', '2023-06-09']);
    expect(range.issues.map((i) => i.title)).toContain('六月中旬登记的问题');
    expect(range.label).toBe('2023年6月3日至2023年6月16日');
  });

  it('refuses a topic that does not exist, in Chinese', () => {
    expect(() => selectScope(data, { kind: 'topic', topicId: '00000000-0000-4000-8000-0000000fffff' })).toThrow('找不到该调研课题');
  });

  it('formats dates, numbers and file names the way documents write them', () => {
    expect(chineseDate('2023-06-08')).toBe('2023年6月8日');
    expect(chineseDate('2023-12-31T10:00:00Z')).toBe('2023年12月31日');
    expect([1, 10, 12, 20, 23].map(chineseNumber)).toEqual(['一', '十', '十二', '二十', '二十三']);
    expect(percent(0, 0)).toBe(0);
    expect(docxFileName('关于老旧小区改造的调研报告', '2023-06-09')).toBe('关于老旧小区改造的调研报告-2023-06-09.docx');
    expect(docxFileName('关于a/b:c*的调研报告', '2023-06-09')).toBe('关于abc的调研报告-2023-06-09.docx');
  });
});
