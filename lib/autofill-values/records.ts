import type { Store } from '../db';
import type { Settings } from '../schema';
import { formatDateZh } from './dates';
import { recordTitle, type ChosenRecord } from './values';

/** Which record the user picked: kind and id (kept in Settings.autofillRecord). */
export type RecordRef = NonNullable<Settings['autofillRecord']>;
export type RecordKind = RecordRef['kind'];

/** One line in the side panel's record picker. */
export interface RecordOption {
  ref: RecordRef;
  title: string;
  detail: string;
  /** For ordering: the record's own date, else when it was last changed. */
  sortKey: string;
}

/** The chosen record and the records it points to (a visit's household and topic, …). */
export async function loadChosenRecord(store: Store, ref: RecordRef): Promise<ChosenRecord | null> {
  const household = (id: string | null | undefined) => (id ? store.households.get(id) : undefined);
  const topic = (id: string | undefined) => (id ? store.topics.get(id) : undefined);
  switch (ref.kind) {
    case 'visit': {
      const visit = await store.visits.get(ref.id);
      if (!visit) return null;
      return { visit, household: await household(visit.householdIds[0]), topic: await topic(visit.topicIds[0]) };
    }
    case 'issue': {
      const issue = await store.issues.get(ref.id);
      if (!issue) return null;
      const visit = issue.visitId ? await store.visits.get(issue.visitId) : undefined;
      return {
        issue, visit,
        household: await household(issue.raisedBy.householdId ?? visit?.householdIds[0]),
        topic: await topic(issue.topicIds[0] ?? visit?.topicIds[0]),
      };
    }
    case 'household': {
      const found = await store.households.get(ref.id);
      return found ? { household: found } : null;
    }
    case 'topic': {
      const found = await store.topics.get(ref.id);
      return found ? { topic: found } : null;
    }
  }
}

/**
 * The records a user can fill from, newest first, whose text contains every word of the query
 * (a name, a place, a date like 2023-06 or 6月8日, a title).
 */
export async function searchRecords(store: Store, query: string, limit = 30): Promise<RecordOption[]> {
  const [visits, issues, households, topics] = await Promise.all([
    store.visits.list(), store.issues.list(), store.households.list(), store.topics.list(),
  ]);
  const names = new Map(households.map((h) => [h.id, h.name]));
  const options: (RecordOption & { text: string })[] = [
    ...visits.map((v) => {
      const who = v.householdIds.map((id) => names.get(id)).filter(Boolean).join('、');
      const detail = [v.type, who, v.community].filter(Boolean).join(' · ');
      return { ref: { kind: 'visit' as const, id: v.id }, title: recordTitle({ visit: v }), detail, sortKey: v.date, text: `${v.date} ${formatDateZh(v.date)} ${detail} ${v.content}` };
    }),
    ...issues.map((i) => {
      const detail = [i.status, i.raisedBy.name, i.community].filter(Boolean).join(' · ');
      return { ref: { kind: 'issue' as const, id: i.id }, title: `问题 ${i.title}`, detail, sortKey: i.createdAt.slice(0, 10), text: `${i.title} ${detail} ${i.category}` };
    }),
    ...households.map((h) => {
      const detail = [h.community, h.grid, ...h.careTags].filter(Boolean).join(' · ');
      return { ref: { kind: 'household' as const, id: h.id }, title: recordTitle({ household: h }), detail, sortKey: h.updatedAt.slice(0, 10), text: `${h.name} ${detail} ${h.address}` };
    }),
    ...topics.map((t) => {
      const detail = [t.lead.name, String(t.year)].filter(Boolean).join(' · ');
      return { ref: { kind: 'topic' as const, id: t.id }, title: `课题 ${t.title}`, detail, sortKey: t.startDate ?? t.updatedAt.slice(0, 10), text: `${t.title} ${detail}` };
    }),
  ];
  const words = query.trim().split(/\s+/).filter(Boolean);
  return options
    .filter((o) => words.every((w) => `${o.title} ${o.text}`.includes(w)))
    .sort((a, b) => b.sortKey.localeCompare(a.sortKey))
    .slice(0, limit)
    .map(({ text: _text, ...option }) => option);
}
