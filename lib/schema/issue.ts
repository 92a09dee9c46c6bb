import { z } from 'zod';
import { Id, IsoDate, Phone, RecordMeta, Timestamp, optionalText, requiredText } from './common';

export const ISSUE_SOURCES = ['走访', '座谈', '信访', '上级交办', '其他'] as const;
export const HANDLING_LEVELS = ['现场解决', '网格员登记', '社区党委会议题', '上报上级部门'] as const;
export const ISSUE_STATUSES = ['待办', '办理中', '已办结', '已销号', '无法解决-已解释'] as const;
export const IssueStatus = z.enum(ISSUE_STATUSES, { error: '办理状态无效' });

/** One step of the status history: who changed what, when. */
export const StatusChange = z.object({
  at: Timestamp,
  by: z.string().default(''),
  from: IssueStatus.nullable(),
  to: IssueStatus,
  note: z.string().default(''),
});
export type StatusChange = z.infer<typeof StatusChange>;

/** 反馈当事人: how the person who raised it was told. */
export const Feedback = z.object({
  date: IsoDate,
  way: requiredText('反馈方式', 50),
  content: requiredText('反馈内容', 2000),
});
export type Feedback = z.infer<typeof Feedback>;

/** 问题清单条目 */
export const IssueItemInput = z.object({
  title: requiredText('问题标题'),
  description: optionalText('问题描述', 20000),
  category: optionalText('问题类别', 50),
  source: z.enum(ISSUE_SOURCES, { error: '问题来源无效' }).default('走访'),
  raisedBy: z
    .object({
      householdId: Id.nullable().default(null),
      name: optionalText('反映人', 50),
      phone: z.union([z.literal(''), Phone]).default(''),
    })
    .default({ householdId: null, name: '', phone: '' }),
  place: optionalText('地点', 200),
  street: optionalText('街道', 50),
  community: optionalText('社区', 50),
  grid: optionalText('网格', 50),
  visitId: Id.nullable().default(null),
  topicIds: z.array(Id).default([]),
  handlingLevel: z.enum(HANDLING_LEVELS, { error: '办理层级无效' }).nullable().default(null),
  ownerUnit: optionalText('责任单位', 100),
  owner: optionalText('责任人', 50),
  deadline: IsoDate.nullable().default(null),
  measures: optionalText('整改措施', 20000),
  status: IssueStatus.default('待办'),
  statusHistory: z.array(StatusChange).default([]),
  feedback: Feedback.nullable().default(null),
  /** 解释说明: why it cannot be solved, when it cannot. */
  explanation: optionalText('解释说明', 2000),
  closedDate: IsoDate.nullable().default(null),
});
export const IssueItem = z.intersection(RecordMeta, IssueItemInput);
export type IssueItemInput = z.input<typeof IssueItemInput>;
export type IssueItem = z.infer<typeof IssueItem>;
