// 销号管理: the closure workflow of an issue, as pure functions over IssueItem.
// 待办 → 办理中 → 已办结 → 已销号, or → 无法解决-已解释; reopen goes back to handling.
import { z } from 'zod';
import {
  Feedback, HANDLING_LEVELS, IsoDate, ValidationError, formatZodError,
  type IssueItem, type StatusChange,
} from '../schema';

type IssueStatus = IssueItem['status'];

/** '2023-06-08' → '2023年6月8日', as dates read in the history. */
const chineseDate = (iso: string) => iso.replace(/^(\d{4})-0?(\d{1,2})-0?(\d{1,2})$/, '$1年$2月$3日');

/** Who makes a change and when (an ISO timestamp): recorded in the status history. */
export interface Actor {
  by: string;
  at: string;
}

/** The actions a user can take on an issue, in users' terms, with the statuses they apply to. */
export const ISSUE_ACTIONS = {
  /** 开始办理 (定人定事定时定责) */
  startHandling: { label: '开始办理', from: ['待办'], to: '办理中' },
  /** 办结 */
  finishHandling: { label: '办结', from: ['办理中'], to: '已办结' },
  /** 销号 (after feedback to the resident) */
  closeIssue: { label: '销号', from: ['已办结'], to: '已销号' },
  /** 无法解决，已向当事人解释说明 */
  explainUnsolvable: { label: '无法解决并解释', from: ['待办', '办理中', '已办结'], to: '无法解决-已解释' },
  /** 重新办理 */
  reopenIssue: { label: '重新办理', from: ['已办结', '已销号', '无法解决-已解释'], to: '办理中' },
} as const satisfies Record<string, { label: string; from: readonly IssueStatus[]; to: IssueStatus }>;
export type IssueAction = keyof typeof ISSUE_ACTIONS;

/** The actions allowed from an issue's current status (the buttons its page shows). */
export function allowedActions(issue: Pick<IssueItem, 'status'>): IssueAction[] {
  return (Object.keys(ISSUE_ACTIONS) as IssueAction[]).filter((action) =>
    (ISSUE_ACTIONS[action].from as readonly IssueStatus[]).includes(issue.status),
  );
}

/** 定人定事定时定责: what is still missing before an issue may be handled. */
export function missingAssignment(issue: Pick<IssueItem, 'owner' | 'deadline' | 'measures'>): string[] {
  const missing: string[] = [];
  if (!issue.owner.trim()) missing.push('责任人');
  if (!issue.deadline) missing.push('完成时限');
  if (!issue.measures.trim()) missing.push('整改措施');
  return missing;
}

function refuseUnlessFrom(issue: IssueItem, action: IssueAction): void {
  const { label, from } = ISSUE_ACTIONS[action];
  if (!(from as readonly IssueStatus[]).includes(issue.status)) {
    throw new ValidationError(`当前状态为“${issue.status}”，不能${label}（只有“${from.join('”“')}”的问题可以${label}）`);
  }
}

function transition(issue: IssueItem, to: IssueStatus, actor: Actor, note: string, changes: Partial<IssueItem> = {}): IssueItem {
  const change: StatusChange = { at: actor.at, by: actor.by, from: issue.status, to, note };
  return { ...issue, ...changes, status: to, statusHistory: [...issue.statusHistory, change], updatedAt: actor.at };
}

function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw new ValidationError(formatZodError(result.error), result.error.issues);
  return result.data;
}

export const Assignment = z.object({
  ownerUnit: z.string().trim().max(100, { error: '责任单位不能超过100个字' }).optional(),
  owner: z.string().trim().max(50, { error: '责任人不能超过50个字' }).optional(),
  deadline: IsoDate.nullable().optional(),
  measures: z.string().trim().max(20000, { error: '整改措施不能超过20000个字' }).optional(),
  handlingLevel: z.enum(HANDLING_LEVELS, { error: '办理层级无效' }).nullable().optional(),
});
export type Assignment = z.input<typeof Assignment>;

/** 开始办理: requires an owner, a deadline and measures (given here or already on the issue). */
export function startHandling(issue: IssueItem, assignment: Assignment, actor: Actor): IssueItem {
  refuseUnlessFrom(issue, 'startHandling');
  const given = Object.fromEntries(Object.entries(parseInput(Assignment, assignment)).filter(([, v]) => v !== undefined));
  const next = { ...issue, ...given } as IssueItem;
  const missing = missingAssignment(next);
  if (missing.length) {
    throw new ValidationError(`请先明确${missing.join('、')}再开始办理（定人定事定时定责）`);
  }
  return transition(next, '办理中', actor, `责任人：${next.owner}；完成时限：${chineseDate(next.deadline!)}；整改措施：${next.measures}`);
}

const Result = z.object({
  result: z.string({ error: '请填写办理结果' }).trim().min(1, { error: '请填写办理结果' }).max(2000, { error: '办理结果不能超过2000个字' }),
});

/** 办结: the work is done; what was done goes into the history. */
export function finishHandling(issue: IssueItem, input: { result: string }, actor: Actor): IssueItem {
  refuseUnlessFrom(issue, 'finishHandling');
  const { result } = parseInput(Result, input);
  return transition(issue, '已办结', actor, `办理结果：${result}`);
}

const describeFeedback = (f: Feedback) => `${chineseDate(f.date)}通过${f.way}反馈：${f.content}`;

/** 销号: only with the feedback given to the person who raised it (date, way, content). */
export function closeIssue(issue: IssueItem, input: { feedback?: Partial<Feedback> | null }, actor: Actor): IssueItem {
  refuseUnlessFrom(issue, 'closeIssue');
  const given = input.feedback;
  if (!given || (!given.way?.trim() && !given.content?.trim())) throw new ValidationError('销号前须向当事人反馈办理结果：请填写反馈日期、反馈方式和反馈内容');
  const feedback = parseInput(Feedback, given);
  return transition(issue, '已销号', actor, describeFeedback(feedback), { feedback, closedDate: feedback.date });
}

const Explanation = z.object({
  explanation: z.string({ error: '请填写解释说明' }).trim().min(1, { error: '请填写向当事人所作的解释说明' }).max(2000, { error: '解释说明不能超过2000个字' }),
  date: IsoDate,
  way: z.string({ error: '请填写解释方式' }).trim().min(1, { error: '请填写解释方式（如当面、电话）' }).max(50, { error: '解释方式不能超过50个字' }),
});

/** 无法解决-已解释: closes an issue that cannot be solved, with the explanation given to the resident. */
export function explainUnsolvable(issue: IssueItem, input: z.input<typeof Explanation>, actor: Actor): IssueItem {
  refuseUnlessFrom(issue, 'explainUnsolvable');
  const { explanation, date, way } = parseInput(Explanation, input);
  const feedback: Feedback = { date, way, content: explanation };
  return transition(issue, '无法解决-已解释', actor, `${chineseDate(date)}通过${way}解释说明：${explanation}`, {
    explanation, feedback, closedDate: date,
  });
}

const Reason = z.object({
  reason: z.string({ error: '请填写重新办理的原因' }).trim().min(1, { error: '请填写重新办理的原因' }).max(2000, { error: '原因不能超过2000个字' }),
});

/**
 * 重新办理: back to 办理中 (or 待办 when nobody was ever assigned). The earlier feedback stays in
 * the history only, so a new closing needs new feedback.
 */
export function reopenIssue(issue: IssueItem, input: { reason: string }, actor: Actor): IssueItem {
  refuseUnlessFrom(issue, 'reopenIssue');
  const { reason } = parseInput(Reason, input);
  const to: IssueStatus = missingAssignment(issue).length ? '待办' : '办理中';
  return transition(issue, to, actor, `重新办理：${reason}`, { feedback: null, explanation: '', closedDate: null });
}

/** Runs one action by name (the issue page's buttons). */
export function applyIssueAction(issue: IssueItem, action: IssueAction, input: unknown, actor: Actor): IssueItem {
  const run = { startHandling, finishHandling, closeIssue, explainUnsolvable, reopenIssue }[action] as (
    i: IssueItem, input: unknown, a: Actor,
  ) => IssueItem;
  return run(issue, input ?? {}, actor);
}
