import { z } from 'zod';

/** The field keys of autofill (填写字段), exactly those of shared/design/FIELDS.md. Never rename one: templates store them. */
export const FIELD_KEYS = [
  'officer.name', 'officer.unit', 'officer.position', 'officer.phone',
  'resident.name', 'resident.gender', 'resident.idNumber', 'resident.phone', 'resident.address', 'resident.tags',
  'place.street', 'place.community', 'place.grid',
  'visit.date', 'visit.type', 'visit.location', 'visit.companions', 'visit.content',
  'issue.title', 'issue.description', 'issue.category', 'issue.source', 'issue.ownerUnit', 'issue.owner',
  'issue.deadline', 'issue.measures', 'issue.result', 'issue.feedback', 'issue.status',
  'topic.title', 'topic.lead', 'topic.method', 'topic.location', 'topic.summary',
  'report.title', 'report.body',
] as const;
export const FieldKey = z.enum(FIELD_KEYS, { error: '未知的字段' });
export type FieldKey = z.infer<typeof FieldKey>;

/** Keys whose value may be a list (checkbox groups, multi-selects). */
export const LIST_KEYS: ReadonlySet<FieldKey> = new Set<FieldKey>(['resident.tags', 'visit.companions', 'topic.method']);
/** Keys whose value is an ISO date, written in each control's own format. */
export const DATE_KEYS: ReadonlySet<FieldKey> = new Set<FieldKey>(['visit.date', 'issue.deadline']);

/** Values to put into a page, by key: a string, or a list for lists (dates as YYYY-MM-DD, choices as visible text). */
export const FillValues = z.partialRecord(FieldKey, z.union([z.string(), z.array(z.string())]));
export type FillValues = z.infer<typeof FillValues>;
