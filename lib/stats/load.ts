// Reading what the dashboard counts: this month's visits by their date index, all issues, topics.
import type { Store } from '../db';
import { buildDashboard, monthRange, type Dashboard } from './dashboard';

export async function loadDashboard(store: Store, today: string): Promise<Dashboard> {
  const { from, to } = monthRange(today);
  const [topics, visits, issues] = await Promise.all([
    store.topics.list(),
    store.visits.between('date', from, to),
    store.issues.list(),
  ]);
  return buildDashboard({ topics, visits, issues, today });
}
