import { IssueItem, type IssueItemInput } from '@/lib/schema';

let n = 0;
/** A stored-shape issue with defaults, for pure-function tests. */
export function makeIssue(input: Partial<IssueItemInput> & Partial<Pick<IssueItem, 'id' | 'createdAt' | 'deletedAt'>> = {}): IssueItem {
  n++;
  return IssueItem.parse({
    id: `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`,
    createdAt: '2023-06-01T08:00:00.000Z',
    updatedAt: '2023-06-01T08:00:00.000Z',
    title: `问题${n}`,
    ...input,
  });
}

export const actor = { by: '王小明', at: '2023-06-08T08:00:00.000Z' };
