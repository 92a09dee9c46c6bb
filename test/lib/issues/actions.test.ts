import { describe, expect, it } from 'vitest';
import { runIssueAction } from '@/lib/issues';
import { ValidationError } from '@/lib/schema';
import { openTestStore } from '../db/fakeDb';

describe('runIssueAction: the workflow against the store', () => {
  const store = openTestStore();

  it('writes each step with the profile name, and writes nothing when a step is refused', async () => {
    await store.saveProfile({ name: '王小明', unit: '建国街道办事处' });
    const issue = await store.issues.create({ title: '楼道灯坏了' });
    await expect(runIssueAction(store, issue.id, 'startHandling', {})).rejects.toThrow(ValidationError);
    expect((await store.issues.get(issue.id))?.status).toBe('待办');

    await runIssueAction(store, issue.id, 'startHandling', { owner: '孙丽', deadline: '2023-06-30', measures: '报修' });
    await runIssueAction(store, issue.id, 'finishHandling', { result: '已更换' });
    await expect(runIssueAction(store, issue.id, 'closeIssue', {})).rejects.toThrow('销号前须向当事人反馈');
    const closed = await runIssueAction(store, issue.id, 'closeIssue', { feedback: { date: '2023-06-20', way: '电话', content: '已告知' } });

    const stored = await store.issues.get(issue.id);
    expect(stored).toEqual(closed);
    expect(stored?.status).toBe('已销号');
    expect(stored?.statusHistory.map((s) => s.by)).toEqual(['王小明', '王小明', '王小明']);
  });
});
