import { z } from 'zod';

// zod's own messages in Chinese for everything we do not word ourselves.
z.config(z.locales.zhCN());

export const Id = z.uuid({ error: '编号格式不正确' });

/** A calendar date as the user means it (no time zone): YYYY-MM-DD. */
export const IsoDate = z
  .string({ error: '请填写日期' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: '日期格式应为 YYYY-MM-DD' })
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), {
    error: '日期不存在',
  });

/** A moment, stored as an ISO 8601 UTC timestamp. */
export const Timestamp = z.iso.datetime({ error: '时间格式不正确' });

export const Phone = z
  .string()
  .trim()
  .regex(/^(1\d{10}|0\d{2,3}-?\d{7,8}(-\d{1,6})?|\d{7,8})$/, {
    error: '电话号码格式不正确（手机号11位，座机如 0451-12345678）',
  });

/** A required short text, with the field's name in the message. */
export const requiredText = (label: string, max = 200) =>
  z
    .string({ error: `请填写${label}` })
    .trim()
    .min(1, { error: `请填写${label}` })
    .max(max, { error: `${label}不能超过${max}个字` });

export const optionalText = (label: string, max = 2000) =>
  z.string().trim().max(max, { error: `${label}不能超过${max}个字` }).default('');

/** Who recorded a record: kept through team consolidation (汇总). */
export const Origin = z.object({
  deviceId: z.string().min(1),
  name: z.string().default(''),
});

/** Fields every stored record carries (ids are UUIDs so records of many people can merge). */
export const RecordMeta = z.object({
  id: Id,
  createdAt: Timestamp,
  updatedAt: Timestamp,
  deletedAt: Timestamp.nullable().default(null),
  origin: Origin.optional(),
  /** Who changed it last (when not the recorder): team consolidation tells real conflicts by it. */
  editedBy: Origin.optional(),
});
export type RecordMeta = z.infer<typeof RecordMeta>;

export const META_KEYS = ['id', 'createdAt', 'updatedAt', 'deletedAt', 'origin', 'editedBy'] as const;
