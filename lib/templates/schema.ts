import { z } from 'zod';
import { Timestamp } from '../schema';
import { requiredText } from '../schema/common';
import { FIELD_KEYS, FieldSelector } from '../autofill';

const FieldKeySchema = z.enum(FIELD_KEYS, { error: (issue) => `未知的字段键“${String(issue.input)}”` });
const FieldValue = z.union([z.string(), z.array(z.string())], { error: '固定值应为文字或文字列表' });

/** A correction: this field takes that key; null means "never fill this field". */
export const FieldRule = z.object({
  selector: FieldSelector.refine((s) => s.label || s.name || s.css, { error: '字段规则至少要有标签、字段名或位置之一' }),
  key: FieldKeySchema.nullable(),
});
export type FieldRule = z.infer<typeof FieldRule>;

/** 表单模板: the corrections and fixed values for one government system's form pages. */
export const FormTemplate = z.object({
  id: z.string().min(1, { error: '模板缺少编号' }),
  name: requiredText('模板名称', 100),
  /** host[:port], e.g. wgh.example.gov.cn */
  site: z.string({ error: '请填写站点' }).trim().toLowerCase().regex(/^[a-z0-9.-]+(:\d{1,5})?$/, { error: '站点应为域名（可带端口），如 wgh.example.gov.cn' }),
  /** A path with * for any text, e.g. /visit/*.html */
  pathPattern: z.string({ error: '请填写路径规则' }).trim().startsWith('/', { error: '路径规则应以 / 开头，如 /visit/*' }),
  rules: z.array(FieldRule, { error: '字段规则应为列表' }).default([]),
  /** Values that are always the same on this system ("走访方式 is always 入户走访"). */
  fixed: z.partialRecord(FieldKeySchema, FieldValue, { error: '固定值格式不正确' }).default({}),
  updatedAt: Timestamp,
});
export type FormTemplate = z.infer<typeof FormTemplate>;
export type FormTemplateInput = z.input<typeof FormTemplate>;

export const TEMPLATE_FILE_FORMAT = 'footsteps-form-templates';

/** The file an office shares: one or more templates. */
export const TemplateFile = z.object({
  format: z.literal(TEMPLATE_FILE_FORMAT, { error: '这不是脚步的表单模板文件' }),
  version: z.literal(1, { error: '模板文件的版本不受支持，请升级脚步' }),
  exportedAt: Timestamp.optional(),
  templates: z.array(FormTemplate, { error: '模板文件中缺少模板列表' }).min(1, { error: '模板文件中没有模板' }),
});
