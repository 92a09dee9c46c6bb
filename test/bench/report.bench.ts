// 调研报告 exports: a report over 1,000 visits and 500 issues (target 1 s) and a 5,000-row issue
// ledger (target 5 s), each with the peak heap it reached. Run: npx vite-node test/bench/report.bench.ts
import { buildIssueLedgerDocx, buildReportDocx, buildReportDraft } from '../../lib/report';
import { generateRecords } from './generate';
import { medianOf, reportBench, timeMs } from './measure';

/** Samples heapUsed while `fn` runs (between the export's chunks, where it yields) and returns the peak. */
async function peakHeapMb(fn: () => Promise<unknown>): Promise<number> {
  let peak = process.memoryUsage().heapUsed;
  const sample = () => { peak = Math.max(peak, process.memoryUsage().heapUsed); };
  const timer = setInterval(sample, 2);
  try {
    await fn();
  } finally {
    clearInterval(timer);
    sample();
  }
  return peak / 1024 / 1024;
}

const asOf = '2026-11-20';
const range = { kind: 'range', from: '2000-01-01', to: '2100-12-31' } as const;

const report = generateRecords({ topics: 3, households: 400, visits: 1_000, issues: 500 });
const reportMs = await medianOf(5, () => timeMs(async () => {
  const draft = buildReportDraft(report, range, { asOf });
  await buildReportDocx(draft, undefined, { onProgress: () => {} });
}));
reportBench('report-docx-1000-visits-500-issues', reportMs, 'ms', 1000);
reportBench('report-docx-1000-visits-500-issues-peak-heap', await peakHeapMb(async () => {
  await buildReportDocx(buildReportDraft(report, range, { asOf }));
}), 'MB');

const ledger = generateRecords({ topics: 3, households: 1_000, visits: 5_000, issues: 5_000 });
const ledgerMs = await medianOf(3, () => timeMs(() => buildIssueLedgerDocx(ledger.issues, { date: asOf })));
reportBench('issue-ledger-docx-5000-rows', ledgerMs, 'ms', 5000);
reportBench('issue-ledger-docx-5000-rows-peak-heap', await peakHeapMb(() => buildIssueLedgerDocx(ledger.issues, { date: asOf })), 'MB');
