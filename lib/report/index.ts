// lib/report: 调研报告 drafts from the records, and Word exports in the GB/T 9704 layout.
// The docx library is loaded only when a document is built (import() below), so the popup and the
// composer open fast; in Node (npm run report) the same functions work unchanged.
import type { Household, IssueItem, ReportDraft, Topic, Visit } from '../schema';
import type { ExportOptions, LedgerCaption } from './docx/build';
import type { ReportFonts } from './fonts';

export {
  buildReportDraft, regenerateDraft, editSection, resetSection, staleFigures, reportTitle, SECTION_KEYS,
  type DraftOptions, type StaleFigure, type SectionKey,
} from './draft';
export {
  computeFigures, figureList, isSolved, isOpen, isOverdue, SOLVED_STATUSES, OPEN_STATUSES,
  type ReportFigures, type PlaceFigures, type CategoryGroup,
} from './figures';
export { selectScope, type ReportData, type ScopedData } from './scope';
export { chineseDate, chineseNumber, docxFileName, localIsoDate, percent } from './format';
export { parseBlocks, levelOf, type TextBlock } from './text';
export { LEDGER_COLUMNS, issueLedgerRows, visitLedgerRows, topicPlanRows, householdLedger, type LedgerColumn } from './ledgers';
export { loadReportData, parseReportData } from './data';
export { DEFAULT_FONTS } from './fonts';
export type { ExportOptions, LedgerCaption, ReportFonts };
export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const docx = () => import('./docx/build');

/** 调研报告 as .docx bytes. */
export async function buildReportDocx(draft: ReportDraft, fonts?: ReportFonts, options?: ExportOptions): Promise<Uint8Array> {
  return (await docx()).buildReportDocx(draft, fonts, options);
}

/** 问题清单台账 (landscape). */
export async function buildIssueLedgerDocx(
  issues: readonly IssueItem[], about: LedgerCaption & { title?: string }, fonts?: ReportFonts, options?: ExportOptions,
): Promise<Uint8Array> {
  return (await docx()).buildIssueLedgerDocx(issues, about, fonts, options);
}

/** 走访台账 (landscape). */
export async function buildVisitLedgerDocx(
  visits: readonly Visit[], households: readonly Household[], about: LedgerCaption & { title?: string },
  fonts?: ReportFonts, options?: ExportOptions,
): Promise<Uint8Array> {
  return (await docx()).buildVisitLedgerDocx(visits, households, about, fonts, options);
}

/** 年度调研计划表 (landscape). */
export async function buildTopicPlanDocx(
  topics: readonly Topic[], about: LedgerCaption & { year: number }, fonts?: ReportFonts, options?: ExportOptions,
): Promise<Uint8Array> {
  return (await docx()).buildTopicPlanDocx(topics, about, fonts, options);
}

/** A household's 民情台账. */
export async function buildHouseholdLedgerDocx(
  household: Household, records: { visits: readonly Visit[]; issues: readonly IssueItem[] }, about: LedgerCaption,
  fonts?: ReportFonts, options?: ExportOptions,
): Promise<Uint8Array> {
  return (await docx()).buildHouseholdLedgerDocx(household, records, about, fonts, options);
}
