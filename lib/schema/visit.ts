import { z } from 'zod';
import { Id, IsoDate, RecordMeta, optionalText } from './common';

export const VISIT_TYPES = ['入户走访', '座谈会', '个别谈心', '实地查看', '电话回访', '下访接访', '现场办公'] as const;
export const VisitType = z.enum(VISIT_TYPES, { error: '走访方式无效' });

/** 走访记录 / 民情日记 */
export const VisitInput = z.object({
  date: IsoDate,
  type: VisitType.default('入户走访'),
  topicIds: z.array(Id).default([]),
  householdIds: z.array(Id).default([]),
  place: optionalText('走访地点', 200),
  street: optionalText('街道', 50),
  community: optionalText('社区', 50),
  grid: optionalText('网格', 50),
  companions: z.array(z.string().trim().min(1)).default([]),
  content: optionalText('走访内容', 20000),
  actions: optionalText('现场处置', 20000),
  followUpDate: IsoDate.nullable().default(null),
  /** A quick note from the popup, to be completed later. */
  draft: z.boolean().default(false),
});
export const Visit = z.intersection(RecordMeta, VisitInput);
export type VisitInput = z.input<typeof VisitInput>;
export type Visit = z.infer<typeof Visit>;
