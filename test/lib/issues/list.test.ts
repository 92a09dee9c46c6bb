import { describe, expect, it } from 'vitest';
import {
  badgeText, countReminders, filterIssues, groupIssues, isDueSoon, isOverdue, issueViewById,
  reminderMessage, sortByDeadline,
} from '@/lib/issues';
import { makeIssue } from './fixtures';

const today = '2023-06-10';
const issues = [
  makeIssue({ title: '楼道灯', category: '基础设施', owner: '孙丽', source: '走访', status: '办理中', deadline: '2023-06-05', measures: '报修' }),
  makeIssue({ title: '垃圾清运', category: '环境卫生', owner: '李强', source: '信访', status: '待办', deadline: '2023-06-17' }),
  makeIssue({ title: '文体活动', category: '民生服务', owner: '孙丽', source: '座谈', status: '待办', deadline: '2023-06-18' }),
  makeIssue({ title: '路面破损', category: '基础设施', owner: '', source: '上级交办', status: '已销号', deadline: '2023-06-01', measures: '修路' }),
  makeIssue({ title: '低保材料', category: '', owner: '李强', source: '走访', status: '已办结', deadline: '2023-06-02', measures: '讲解' }),
  makeIssue({ title: '无时限', category: '政策咨询', owner: '孙丽', status: '待办', deadline: null }),
];
const titles = (list: { title: string }[]) => list.map((i) => i.title);

describe('overdue and due soon', () => {
  it('counts only issues still in progress', () => {
    expect(isOverdue(issues[0], today)).toBe(true);
    expect(isOverdue(issues[3], today)).toBe(false); // 已销号
    expect(isOverdue(issues[4], today)).toBe(false); // 已办结: the work was done
    expect(isOverdue(issues[5], today)).toBe(false); // no deadline
  });
  it('counts today through seven days ahead as due soon', () => {
    expect(isDueSoon(issues[1], today)).toBe(true);
    expect(isDueSoon(issues[2], today)).toBe(false); // eight days ahead
    expect(isDueSoon(makeIssue({ deadline: today }), today)).toBe(true);
  });
});

describe('filterIssues', () => {
  it('filters by status, category, owner and source', () => {
    expect(titles(filterIssues(issues, { status: ['待办'] }, today))).toEqual(['垃圾清运', '文体活动', '无时限']);
    expect(titles(filterIssues(issues, { category: ['基础设施'] }, today))).toEqual(['楼道灯', '路面破损']);
    expect(titles(filterIssues(issues, { owner: ['李强'], source: ['信访'] }, today))).toEqual(['垃圾清运']);
  });
  it('filters overdue, due within 7 days, open, and by words', () => {
    expect(titles(filterIssues(issues, { overdue: true }, today))).toEqual(['楼道灯']);
    expect(titles(filterIssues(issues, { dueSoon: true }, today))).toEqual(['垃圾清运']);
    expect(filterIssues(issues, { open: true }, today)).toHaveLength(5);
    expect(titles(filterIssues(issues, { text: '清运' }, today))).toEqual(['垃圾清运']);
  });
});

describe('sorting and grouping', () => {
  it('sorts by deadline, earliest first, no deadline last', () => {
    expect(titles(sortByDeadline(issues))).toEqual(['路面破损', '低保材料', '楼道灯', '垃圾清运', '文体活动', '无时限']);
  });
  it('groups by category or owner, naming the empty group', () => {
    const byOwner = groupIssues(sortByDeadline(issues), 'owner');
    expect(byOwner.map((g) => [g.key, g.issues.length])).toEqual([['未明确责任人', 1], ['李强', 2], ['孙丽', 3]]);
    expect(groupIssues(issues, 'category').map((g) => g.key)).toContain('未分类');
  });
});

describe('list kinds are views of the same items', () => {
  it('需求清单 holds what residents raised, grouped by category', () => {
    const view = issueViewById('demands');
    expect(view.label).toBe('需求清单');
    expect(view.groupBy).toBe('category');
    expect(titles(filterIssues(issues, view.filter, today))).not.toContain('路面破损');
  });
  it('责任清单 groups open items by owner; 整改台账 lists items with measures under way or done', () => {
    expect(issueViewById('responsibility').groupBy).toBe('owner');
    expect(titles(filterIssues(issues, issueViewById('rectification').filter, today))).toEqual(['楼道灯', '路面破损', '低保材料']);
  });
  it('falls back to the whole list for an unknown view', () => {
    expect(issueViewById('nonsense').id).toBe('all');
    expect(issueViewById(null).label).toBe('问题清单');
  });
});

describe('reminders (toolbar badge and daily notification)', () => {
  it('counts overdue and due-soon issues, ignoring deleted ones', () => {
    const counts = countReminders([...issues, makeIssue({ deadline: '2023-06-01', deletedAt: '2023-06-09T00:00:00.000Z' })], today);
    expect(counts).toEqual({ overdue: 1, dueSoon: 1 });
    expect(badgeText(counts)).toBe('2');
    expect(reminderMessage(counts)).toBe('1个问题已超期，1个问题7天内到期，请及时办理。');
  });
  it('says nothing when nothing is due', () => {
    expect(badgeText({ overdue: 0, dueSoon: 0 })).toBe('');
    expect(reminderMessage({ overdue: 0, dueSoon: 0 })).toBeNull();
    expect(badgeText({ overdue: 120, dueSoon: 3 })).toBe('99+');
    expect(reminderMessage({ overdue: 0, dueSoon: 2 })).toBe('2个问题7天内到期，请及时办理。');
  });
});
