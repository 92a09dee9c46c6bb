import { z } from 'zod';
import { IsoDate, RecordMeta, optionalText, requiredText } from './common';

/** Research methods named in the seeds (plus free text, allowed by the schema). */
export const TOPIC_METHODS = [
  '深入实地采取对策调研', '跟踪调研', '蹲点式调研', '精准式调研', '沉浸式调研', '直插式调研',
  '座谈访谈', '随机走访', '问卷调查', '抽样调查', '统计分析',
] as const;

export const TOPIC_STATUSES = ['计划中', '调研中', '报告撰写', '已完成', '成果转化'] as const;
export const TopicStatus = z.enum(TOPIC_STATUSES, { error: '课题状态无效' });

/** 调研课题 */
export const TopicInput = z.object({
  title: requiredText('课题名称'),
  keyPoints: z.array(z.string().trim().min(1, { error: '要点不能为空' })).default([]),
  lead: z
    .object({ name: optionalText('负责人姓名', 50), position: optionalText('负责人职务', 100) })
    .default({ name: '', position: '' }),
  methods: z.array(z.string().trim().min(1)).default([]),
  startDate: IsoDate.nullable().default(null),
  endDate: IsoDate.nullable().default(null),
  places: z.array(z.string().trim().min(1)).default([]),
  status: TopicStatus.default('计划中'),
  year: z.number({ error: '请填写年度' }).int().min(2000, { error: '年度无效' }).max(2100, { error: '年度无效' }),
  researchDays: z.number().int().min(0, { error: '调研天数不能为负数' }).default(0),
  archived: z.boolean().default(false),
}).refine((t) => !t.startDate || !t.endDate || t.startDate <= t.endDate, {
  error: '结束日期不能早于开始日期', path: ['endDate'],
});
export const Topic = z.intersection(RecordMeta, TopicInput);
export type TopicInput = z.input<typeof TopicInput>;
export type Topic = z.infer<typeof Topic>;
