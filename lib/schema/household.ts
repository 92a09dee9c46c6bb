import { z } from 'zod';
import { Phone, RecordMeta, optionalText, requiredText } from './common';
import { idNumberProblem } from './idNumber';

/** 需关爱对象 tags. */
export const CARE_TAGS = ['独居老人', '低保户', '残疾人', '困难家庭', '其他'] as const;
export const CareTag = z.enum(CARE_TAGS, { error: '人员类别无效' });

export const IdNumber = z
  .string()
  .trim()
  .transform((s) => s.toUpperCase())
  .superRefine((s, ctx) => {
    const problem = idNumberProblem(s);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

/** 联系户 / 走访对象 */
export const HouseholdInput = z.object({
  name: requiredText('姓名', 50),
  gender: z.enum(['男', '女', ''], { error: '性别只能是男或女' }).default(''),
  idNumber: z.union([z.literal(''), IdNumber]).default(''),
  phone: z.union([z.literal(''), Phone]).default(''),
  address: optionalText('住址', 200),
  street: optionalText('街道', 50),
  community: optionalText('社区', 50),
  grid: optionalText('网格', 50),
  building: optionalText('楼栋', 20),
  unit: optionalText('单元', 20),
  room: optionalText('户号', 20),
  careTags: z.array(CareTag).default([]),
  notes: optionalText('备注'),
});
export const Household = z.intersection(RecordMeta, HouseholdInput);
export type HouseholdInput = z.input<typeof HouseholdInput>;
export type Household = z.infer<typeof Household>;
