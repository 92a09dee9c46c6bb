import { describe, expect, it } from 'vitest';
import { captureIssueDraft, captureVisitDraft, parseLooseDate, type CapturedField } from '@/lib/autofill-values';
import { IssueItemInput, VisitInput } from '@/lib/schema';

const context = { pageTitle: '12345 工单详情', url: 'http://12345.example/ticket/9', today: '2026-11-23' };

describe('capture: a page read back into a new record', () => {
  const ticket: CapturedField[] = [
    { key: 'issue.title', label: '工单标题', value: '小区路灯不亮' },
    { key: 'issue.description', label: '诉求内容', value: '解放社区3号楼前路灯坏了一个月。' },
    { key: 'issue.category', label: '诉求类型', value: '基础设施' },
    { key: 'resident.name', label: '来电人', value: '赵某某' },
    { key: 'resident.phone', label: '来电号码', value: '138-0000-1111' },
    { key: 'issue.deadline', label: '办结时限', value: '2026年12月1日' },
    { key: 'issue.status', label: '办理状态', value: '已派发' },
    { key: null, label: '工单编号', value: 'GD20261123001' },
    { key: 'place.community', label: '所属社区', value: '解放社区' },
  ];

  it('makes an issue that the schema accepts, keeping every value somewhere', () => {
    const draft = captureIssueDraft(ticket, context);
    const parsed = IssueItemInput.parse(draft);
    expect(parsed).toMatchObject({ title: '小区路灯不亮', category: '基础设施', deadline: '2026-12-01', status: '待办', community: '解放社区' });
    expect(parsed.raisedBy).toEqual({ householdId: null, name: '赵某某', phone: '' });
    // What did not fit a field is kept in the description, with the page it came from.
    expect(parsed.description).toContain('联系电话：138-0000-1111');
    expect(parsed.description).toContain('办理状态：已派发');
    expect(parsed.description).toContain('工单编号：GD20261123001');
    expect(parsed.description).toContain('采集自：12345 工单详情');
  });

  it('titles an issue from its description when the page has no title', () => {
    const draft = captureIssueDraft([{ key: 'issue.description', label: '问题描述', value: '垃圾清运不及时。夏天气味大' }], context);
    expect(draft.title).toBe('垃圾清运不及时');
    expect(captureIssueDraft([], context).title).toBe('12345 工单详情');
  });

  it('makes a visit draft, dated today when the page has no date', () => {
    const draft = captureVisitDraft([
      { key: 'resident.name', label: '户主姓名', value: '钱某' },
      { key: 'visit.type', label: '走访方式', value: '入户走访' },
      { key: 'visit.content', label: '走访情况', value: '了解独居老人生活情况' },
      { key: 'visit.companions', label: '陪同人员', value: '孙丽、李强' },
    ], context);
    const parsed = VisitInput.parse(draft);
    expect(parsed).toMatchObject({ date: '2026-11-23', type: '入户走访', companions: ['孙丽', '李强'], draft: true });
    expect(parsed.content).toMatch(/^走访对象：钱某\n了解独居老人生活情况/);
    expect(captureVisitDraft([{ key: 'visit.date', label: '走访日期', value: '2023/6/8 10:30' }], context).date).toBe('2023-06-08');
  });

  it('reads the date formats government pages show', () => {
    expect(parseLooseDate('2023-06-08')).toBe('2023-06-08');
    expect(parseLooseDate('2023年6月8日')).toBe('2023-06-08');
    expect(parseLooseDate('2023.6.8')).toBe('2023-06-08');
    expect(parseLooseDate('20230608')).toBe('2023-06-08');
    expect(parseLooseDate('2023-02-30')).toBeNull();
    expect(parseLooseDate('明天')).toBeNull();
  });
});
