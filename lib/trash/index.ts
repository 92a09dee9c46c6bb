// 回收站: soft-deleted records of the four tables, newest deletion first, and putting them back.
import type { Store } from '../db';
import { maskPhone } from '../privacy';

export const TRASH_TABLES = { topics: '调研课题', households: '联系户', visits: '走访记录', issues: '问题' } as const;
export type TrashTable = keyof typeof TRASH_TABLES;

export interface TrashItem {
  table: TrashTable;
  id: string;
  /** What the user recognises the record by (phones masked). */
  title: string;
  deletedAt: string;
}

const excerpt = (text: string, length = 30) => (text.length > length ? `${text.slice(0, length)}…` : text);

export async function listTrash(store: Store): Promise<TrashItem[]> {
  const deleted = <T extends { deletedAt: string | null }>(rows: T[]) => rows.filter((r) => r.deletedAt);
  const [topics, households, visits, issues] = await Promise.all([
    store.topics.list({ includeDeleted: true }), store.households.list({ includeDeleted: true }),
    store.visits.list({ includeDeleted: true }), store.issues.list({ includeDeleted: true }),
  ]);
  const items: TrashItem[] = [
    ...deleted(topics).map((t) => ({ table: 'topics' as const, id: t.id, title: t.title, deletedAt: t.deletedAt! })),
    ...deleted(households).map((h) => ({
      table: 'households' as const, id: h.id, title: [h.name, h.phone && maskPhone(h.phone), h.address].filter(Boolean).join(' '), deletedAt: h.deletedAt!,
    })),
    ...deleted(visits).map((v) => ({ table: 'visits' as const, id: v.id, title: `${v.date} ${v.type} ${excerpt(v.content)}`.trim(), deletedAt: v.deletedAt! })),
    ...deleted(issues).map((i) => ({ table: 'issues' as const, id: i.id, title: i.title, deletedAt: i.deletedAt! })),
  ];
  return items.sort((a, b) => b.deletedAt.localeCompare(a.deletedAt));
}

export const restoreFromTrash = (store: Store, item: Pick<TrashItem, 'table' | 'id'>) => store[item.table].restore(item.id);
