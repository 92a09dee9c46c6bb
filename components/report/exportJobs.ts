// What an export builds, as plain data that can be posted to a Web Worker. Imported statically by
// the worker and lazily by the page (its fallback), so docx never loads with the page itself.
import type { Household, IssueItem, ReportDraft, Topic, Visit } from '@/lib/schema';
import type { ReportFonts } from '@/lib/report/fonts';
import {
  buildHouseholdLedgerDocx, buildIssueLedgerDocx, buildReportDocx, buildTopicPlanDocx, buildVisitLedgerDocx,
  type LedgerCaption,
} from '@/lib/report/docx/build';

export type ExportJob = { fonts: ReportFonts } & (
  | { kind: 'report'; draft: ReportDraft }
  | { kind: 'issueLedger'; issues: IssueItem[]; about: LedgerCaption & { title?: string } }
  | { kind: 'visitLedger'; visits: Visit[]; households: Household[]; about: LedgerCaption & { title?: string } }
  | { kind: 'topicPlan'; topics: Topic[]; about: LedgerCaption & { year: number } }
  | { kind: 'householdLedger'; household: Household; visits: Visit[]; issues: IssueItem[]; about: LedgerCaption }
);

/** Messages from the export worker to the page. */
export type ExportReply =
  | { type: 'progress'; fraction: number }
  | { type: 'done'; bytes: Uint8Array }
  | { type: 'error'; message: string };

export function buildJob(job: ExportJob, onProgress: (fraction: number) => void): Promise<Uint8Array> {
  const options = { onProgress };
  switch (job.kind) {
    case 'report': return buildReportDocx(job.draft, job.fonts, options);
    case 'issueLedger': return buildIssueLedgerDocx(job.issues, job.about, job.fonts, options);
    case 'visitLedger': return buildVisitLedgerDocx(job.visits, job.households, job.about, job.fonts, options);
    case 'topicPlan': return buildTopicPlanDocx(job.topics, job.about, job.fonts, options);
    case 'householdLedger':
      return buildHouseholdLedgerDocx(job.household, { visits: job.visits, issues: job.issues }, job.about, job.fonts, options);
  }
}
