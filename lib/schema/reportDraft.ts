import { z } from 'zod';
import { Id, IsoDate, Timestamp } from './common';

/** What a report covers: one topic's records, or every record in a date range. */
export const ReportScope = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('topic'), topicId: Id }),
  z.object({ kind: z.literal('range'), from: IsoDate, to: IsoDate }),
]);
export type ReportScope = z.infer<typeof ReportScope>;

/** A number in the report and where it came from (数据来源), so no figure is ever invented. */
export const ReportFigure = z.object({
  key: z.string().min(1),
  label: z.string(),
  value: z.number(),
  unit: z.string().default(''),
  /** The rule that counted it, in the user's words, e.g. "问题清单中状态为已办结或已销号的问题". */
  source: z.string().default(''),
});
export type ReportFigure = z.infer<typeof ReportFigure>;

/** One part of the report: generated from the records until the user edits it. */
export const ReportSection = z.object({
  key: z.string().min(1),
  /** e.g. "一、基本情况"; empty for the opening paragraph. */
  heading: z.string().default(''),
  /** One paragraph a line; lines starting （一） / 1. / （1） are sub-headings. */
  text: z.string().max(200000, { error: '章节内容过长' }).default(''),
  /** The user changed it: regenerating keeps it as it is. */
  edited: z.boolean().default(false),
  /** Keys of the figures the generated text states, with the values it stated. */
  figures: z.record(z.string(), z.number()).default({}),
  /** A hint shown beside the editor (对策建议: the problems to answer). */
  prompt: z.string().default(''),
});
export type ReportSection = z.infer<typeof ReportSection>;

/** An appendix table (附件): which ledger, whether to print it, and its rows as text. */
export const ReportAppendix = z.object({
  key: z.enum(['issueLedger', 'visitLedger']),
  title: z.string(),
  include: z.boolean().default(true),
  rows: z.array(z.array(z.string())).default([]),
});
export type ReportAppendix = z.infer<typeof ReportAppendix>;

/** 调研报告草稿 */
export const ReportDraft = z.object({
  id: Id,
  /** Indexed, for "drafts of this topic"; null for a date-range report. */
  topicId: Id.nullable().default(null),
  scope: ReportScope,
  title: z.string().trim().min(1, { error: '请填写报告标题' }).max(200, { error: '报告标题不能超过200个字' }),
  titleEdited: z.boolean().default(false),
  /** 落款: unit and date under the text. */
  signatureUnit: z.string().default(''),
  signatureDate: IsoDate.nullable().default(null),
  sections: z.array(ReportSection).default([]),
  figures: z.array(ReportFigure).default([]),
  /** 附件: the ledgers printed after the text, as generated from the records. */
  appendices: z.array(ReportAppendix).default([]),
  /** The day the figures were counted (超期 is judged against it). */
  dataAsOf: IsoDate,
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type ReportDraft = z.infer<typeof ReportDraft>;
export type ReportDraftInput = z.input<typeof ReportDraft>;
