import { z } from 'zod';
import { Phone, optionalText, requiredText } from './common';

/** The user: the facts they type most often. Stored once, under the id 'me'. */
export const ProfileInput = z.object({
  name: requiredText('姓名', 50),
  unit: requiredText('单位', 100),
  position: optionalText('职务', 100),
  phone: z.union([z.literal(''), Phone]).default(''),
  street: optionalText('所属街道', 50),
  community: optionalText('所属社区', 50),
  grid: optionalText('所属网格', 50),
});
export const Profile = ProfileInput.extend({ id: z.literal('me'), updatedAt: z.iso.datetime() });
export type ProfileInput = z.input<typeof ProfileInput>;
export type Profile = z.infer<typeof Profile>;

/** User settings. Later issues add keys here with defaults, so older rows stay valid. */
export const Settings = z.object({
  id: z.literal('settings').default('settings'),
  deviceId: z.string().default(''),
  locale: z.enum(['zh-CN', 'en']).default('zh-CN'),
  dailyReminder: z.boolean().default(true),
  reportFonts: z
    .object({
      body: z.string().default('仿宋_GB2312'),
      title: z.string().default('方正小标宋简体'),
    })
    .default({ body: '仿宋_GB2312', title: '方正小标宋简体' }),
  /** 数据安全: remind to back up after this many days or changes since the last backup. */
  backupReminderDays: z.number().int().min(1).max(365).default(7),
  backupReminderChanges: z.number().int().min(1).max(100_000).default(200),
  lastBackupAt: z.iso.datetime().nullable().default(null),
  /** 应用锁: lock the workspace after this many idle minutes. */
  lockIdleMinutes: z.number().int().min(1).max(480).default(15),
  /** 自动填写: the record last chosen in the side panel, used by 填写本页, the menu and the shortcut. */
  autofillRecord: z
    .object({ kind: z.enum(['visit', 'issue', 'household', 'topic']), id: z.string().min(1) })
    .nullable()
    .default(null),
});
export type Settings = z.infer<typeof Settings>;
