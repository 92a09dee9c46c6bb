import type { Store } from '../db';
import type { ReportData } from './scope';

/** Every live record a report may draw on, read in one go from the store. */
export async function loadReportData(store: Store): Promise<ReportData> {
  const [topics, households, visits, issues] = await Promise.all([
    store.topics.list(), store.households.list(), store.visits.list(), store.issues.list(),
  ]);
  return { topics, households, visits, issues };
}
