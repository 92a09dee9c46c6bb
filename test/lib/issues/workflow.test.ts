import { describe, expect, it } from 'vitest';
import {
  allowedActions, closeIssue, explainUnsolvable, finishHandling, reopenIssue, startHandling,
} from '@/lib/issues';
import { ValidationError } from '@/lib/schema';
import { actor, makeIssue } from './fixtures';

const assignment = { owner: '网格员 孙丽', ownerUnit: '解放社区居委会', deadline: '2023-06-30', measures: '联系物业更换楼道灯' };
const feedback = { date: '2023-06-20', way: '电话', content: '已告知楼道灯已更换，居民表示满意' };

function handled() {
  return finishHandling(startHandling(makeIssue(), assignment, actor), { result: '已更换两盏楼道灯' }, actor);
}

describe('the closure workflow (销号管理)', () => {
  it('walks 待办 → 办理中 → 已办结 → 已销号, recording who, when and what at every step', () => {
    const issue = makeIssue();
    const started = startHandling(issue, assignment, actor);
    expect(started.status).toBe('办理中');
    expect(started).toMatchObject(assignment);
    const finished = finishHandling(started, { result: '已更换两盏楼道灯' }, { ...actor, at: '2023-06-19T08:00:00.000Z' });
    expect(finished.status).toBe('已办结');
    const closed = closeIssue(finished, { feedback }, { ...actor, at: '2023-06-20T08:00:00.000Z' });
    expect(closed.status).toBe('已销号');
    expect(closed.feedback).toEqual(feedback);
    expect(closed.closedDate).toBe('2023-06-20');
    expect(closed.statusHistory.map((s) => [s.from, s.to])).toEqual([['待办', '办理中'], ['办理中', '已办结'], ['已办结', '已销号']]);
    expect(closed.statusHistory.every((s) => s.by === '王小明')).toBe(true);
    expect(closed.statusHistory[1]).toMatchObject({ at: '2023-06-19T08:00:00.000Z', note: '办理结果：已更换两盏楼道灯' });
    expect(closed.statusHistory[2].note).toContain('电话');
    expect(issue.status).toBe('待办'); // pure: the input is untouched
  });

  it('refuses to start handling without owner, deadline and measures (定人定事定时定责)', () => {
    expect(() => startHandling(makeIssue(), {}, actor)).toThrow('请先明确责任人、完成时限、整改措施再开始办理（定人定事定时定责）');
    expect(() => startHandling(makeIssue(), { owner: '孙丽', deadline: '2023-06-30' }, actor)).toThrow('请先明确整改措施再开始办理');
    expect(() => startHandling(makeIssue(), { ...assignment, owner: '  ' }, actor)).toThrow('请先明确责任人再开始办理');
    expect(() => startHandling(makeIssue(), { ...assignment, deadline: '2023-02-30' }, actor)).toThrow('日期不存在');
  });

  it('uses owner, deadline and measures already on the issue', () => {
    const started = startHandling(makeIssue(assignment), {}, actor);
    expect(started.status).toBe('办理中');
  });

  it('refuses to finish without a result', () => {
    const started = startHandling(makeIssue(), assignment, actor);
    expect(() => finishHandling(started, { result: ' ' }, actor)).toThrow('请填写办理结果');
  });

  it('refuses to close without feedback to the resident, or with incomplete feedback', () => {
    const issue = handled();
    expect(() => closeIssue(issue, {}, actor)).toThrow('销号前须向当事人反馈办理结果：请填写反馈日期、反馈方式和反馈内容');
    expect(() => closeIssue(issue, { feedback: { date: '2023-06-20', way: ' ', content: '' } }, actor)).toThrow('销号前须向当事人反馈办理结果');
    expect(() => closeIssue(issue, { feedback: { ...feedback, way: '' } }, actor)).toThrow('请填写反馈方式');
    expect(() => closeIssue(issue, { feedback: { ...feedback, content: '' } }, actor)).toThrow('请填写反馈内容');
    expect(() => closeIssue(issue, { feedback: { ...feedback, date: '' } }, actor)).toThrow(ValidationError);
  });

  it('refuses steps out of order, naming the current status', () => {
    expect(() => closeIssue(makeIssue(), { feedback }, actor)).toThrow('当前状态为“待办”，不能销号（只有“已办结”的问题可以销号）');
    expect(() => finishHandling(makeIssue(), { result: '完成' }, actor)).toThrow('当前状态为“待办”，不能办结');
    expect(() => startHandling(handled(), assignment, actor)).toThrow('当前状态为“已办结”，不能开始办理');
    expect(() => reopenIssue(makeIssue(), { reason: '复查' }, actor)).toThrow('不能重新办理');
  });

  it('closes an unsolvable issue only with the explanation given to the resident', () => {
    const issue = startHandling(makeIssue(), assignment, actor);
    expect(() => explainUnsolvable(issue, { explanation: '', date: '2023-06-20', way: '当面' }, actor)).toThrow('请填写向当事人所作的解释说明');
    expect(() => explainUnsolvable(issue, { explanation: '涉及规划调整', date: '2023-06-20', way: '' }, actor)).toThrow('请填写解释方式');
    const explained = explainUnsolvable(issue, { explanation: '该路段属于市政规划范围，已向居民说明', date: '2023-06-20', way: '当面' }, actor);
    expect(explained.status).toBe('无法解决-已解释');
    expect(explained.explanation).toBe('该路段属于市政规划范围，已向居民说明');
    expect(explained.feedback).toEqual({ date: '2023-06-20', way: '当面', content: '该路段属于市政规划范围，已向居民说明' });
    expect(explained.closedDate).toBe('2023-06-20');
    expect(explained.statusHistory.at(-1)).toMatchObject({ from: '办理中', to: '无法解决-已解释' });
  });

  it('reopens a closed issue with a reason, recorded; the old feedback stays only in the history', () => {
    const closed = closeIssue(handled(), { feedback }, actor);
    expect(() => reopenIssue(closed, { reason: '' }, actor)).toThrow('请填写重新办理的原因');
    const reopened = reopenIssue(closed, { reason: '居民反映楼道灯又坏了' }, actor);
    expect(reopened.status).toBe('办理中');
    expect(reopened.feedback).toBeNull();
    expect(reopened.closedDate).toBeNull();
    expect(reopened.statusHistory.at(-1)).toMatchObject({ from: '已销号', to: '办理中', note: '重新办理：居民反映楼道灯又坏了' });
    expect(reopened.statusHistory.some((s) => s.note.includes('居民表示满意'))).toBe(true);
    expect(() => closeIssue(finishHandling(reopened, { result: '再次更换' }, actor), {}, actor)).toThrow('销号前须向当事人反馈');
  });

  it('reopens an issue never assigned back to 待办', () => {
    const explained = explainUnsolvable(makeIssue(), { explanation: '不属于本辖区', date: '2023-06-20', way: '电话' }, actor);
    const reopened = reopenIssue(explained, { reason: '核实后属于本辖区' }, actor);
    expect(reopened.status).toBe('待办');
    expect(reopened.explanation).toBe('');
  });

  it('offers the actions allowed from each status', () => {
    expect(allowedActions({ status: '待办' })).toEqual(['startHandling', 'explainUnsolvable']);
    expect(allowedActions({ status: '办理中' })).toEqual(['finishHandling', 'explainUnsolvable']);
    expect(allowedActions({ status: '已办结' })).toEqual(['closeIssue', 'explainUnsolvable', 'reopenIssue']);
    expect(allowedActions({ status: '已销号' })).toEqual(['reopenIssue']);
    expect(allowedActions({ status: '无法解决-已解释' })).toEqual(['reopenIssue']);
  });
});
