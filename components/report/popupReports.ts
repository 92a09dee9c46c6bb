// Loaded by the popup after its first paint: the recent topics and report drafts to export.
import { openStore } from '@/lib/db';

export interface PopupExportItem {
  /** Workspace route that exports it. */
  route: string;
  title: string;
  kind: 'topic' | 'draft';
}

const RECENT = 5;

export async function loadPopupExports(): Promise<PopupExportItem[]> {
  const store = openStore();
  try {
    const [topics, drafts] = await Promise.all([store.topics.list(), store.listReportDrafts()]);
    const recentTopics = topics
      .filter((t) => !t.archived)
      .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || (b.startDate ?? '').localeCompare(a.startDate ?? ''))
      .slice(0, RECENT);
    return [
      ...drafts.slice(0, RECENT).map((d) => ({ kind: 'draft' as const, title: d.title, route: `/reports?exportDraft=${d.id}` })),
      ...recentTopics.map((t) => ({ kind: 'topic' as const, title: t.title, route: `/reports?export=${t.id}` })),
    ];
  } finally {
    store.close();
  }
}
