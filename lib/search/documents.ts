import type { Household, IssueItem, Topic, Visit } from '../schema';
import { maskPhone } from '../privacy';
import { normalizeText, pinyinFull, pinyinInitials } from './text';

export type SearchKind = 'topic' | 'household' | 'visit' | 'issue';

export interface SearchRecords {
  topics?: readonly Topic[];
  households?: readonly Household[];
  visits?: readonly Visit[];
  issues?: readonly IssueItem[];
}

/** What one record contributes to the index, and how a hit on it is shown. */
export interface SearchDocument {
  kind: SearchKind;
  id: string;
  title: string;
  detail: string;
  /** The date shown and used to order hits (newest first). */
  date: string;
  /** Long text a snippet is cut from. */
  body: string;
  /** Normalised searchable text: fields joined by a separator no query contains. */
  text: string;
  /** Normalised title, for ranking exact and prefix matches first. */
  key: string;
}

const SEPARATOR = '\u0001';
/** One normalisation of the joined fields (per field would cost ten times as much). */
const join = (parts: readonly (string | null | undefined)[]) => normalizeText(parts.filter(Boolean).join(SEPARATOR));
const nameKeys = (name: string) => [name, pinyinInitials(name)];

/** Names of the households a visit is about, so a visit is found by whom it was with. */
export type HouseholdNames = (id: string) => string | undefined;

export function householdDocument(h: Household): SearchDocument {
  return {
    kind: 'household', id: h.id, title: h.name, date: h.updatedAt.slice(0, 10), body: h.notes,
    detail: [h.community, h.grid, h.address, maskPhone(h.phone), h.careTags.join('、')].filter(Boolean).join(' · '),
    key: normalizeText(h.name),
    text: join([...nameKeys(h.name), pinyinFull(h.name), h.phone, h.idNumber, h.address, h.street, h.community, h.grid, ...h.careTags, h.notes]),
  };
}

export function visitDocument(v: Visit, householdName: HouseholdNames = () => undefined): SearchDocument {
  const names = v.householdIds.map(householdName).filter((n): n is string => !!n);
  return {
    kind: 'visit', id: v.id, title: `${v.type}${names.length ? ` · ${names.join('、')}` : ''}${v.draft ? '（草稿）' : ''}`,
    detail: [v.community, v.grid, v.place].filter(Boolean).join(' · '), date: v.date, body: v.content, key: '',
    text: join([v.date, v.type, ...names.flatMap(nameKeys), v.place, v.street, v.community, v.grid, ...v.companions, v.content, v.actions]),
  };
}

export function issueDocument(i: IssueItem): SearchDocument {
  return {
    kind: 'issue', id: i.id, title: i.title, detail: [i.status, i.category, i.raisedBy.name, i.community].filter(Boolean).join(' · '),
    date: i.createdAt.slice(0, 10), body: i.description, key: normalizeText(i.title),
    text: join([i.title, i.description, i.category, i.status, ...nameKeys(i.raisedBy.name), i.raisedBy.phone, i.place,
      i.street, i.community, i.grid, i.ownerUnit, i.owner, i.measures]),
  };
}

export function topicDocument(t: Topic): SearchDocument {
  return {
    kind: 'topic', id: t.id, title: t.title, detail: [`${t.year}年`, t.lead.name, t.status].filter(Boolean).join(' · '),
    date: t.startDate ?? `${t.year}-01-01`, body: t.keyPoints.join('；'), key: normalizeText(t.title),
    text: join([t.title, ...t.keyPoints, ...nameKeys(t.lead.name), t.lead.position, ...t.methods, ...t.places, String(t.year)]),
  };
}
