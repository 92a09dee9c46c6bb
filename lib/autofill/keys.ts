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
  'topic.startDate', 'topic.endDate',
] as const;
export const FieldKey = z.enum(FIELD_KEYS, { error: '未知的字段' });
export type FieldKey = z.infer<typeof FieldKey>;

/** Keys whose value may be a list (checkbox groups, multi-selects). */
export const LIST_KEYS: ReadonlySet<FieldKey> = new Set<FieldKey>(['resident.tags', 'visit.companions', 'topic.method']);
/** Keys whose value is an ISO date, written in each control's own format. */
export const DATE_KEYS: ReadonlySet<FieldKey> = new Set<FieldKey>(['visit.date', 'issue.deadline', 'topic.startDate', 'topic.endDate']);
/** Keys whose values are written in digits: the only ones a box that takes a number can hold. */
export const DIGIT_KEYS: ReadonlySet<FieldKey> = new Set<FieldKey>(['officer.phone', 'resident.phone', 'resident.idNumber']);

/** A cascader's path (所属区域: 街道/社区/网格), top level first: the keys whose values it takes in turn. */
export const PLACE_PATH: readonly FieldKey[] = ['place.street', 'place.community', 'place.grid'];

/**
 * A date range's two keys, by the key its label names: 调研时间 → the topic's start and end;
 * 走访起止日期 → the visit's one day, from and to. A range whose key is not here is not filled.
 */
export const RANGE_KEYS: Partial<Record<FieldKey, readonly [FieldKey, FieldKey]>> = {
  'topic.startDate': ['topic.startDate', 'topic.endDate'],
  'topic.endDate': ['topic.startDate', 'topic.endDate'],
  'visit.date': ['visit.date', 'visit.date'],
};

/** Values to put into a page, by key: a string, or a list for lists (dates as YYYY-MM-DD, choices as visible text). */
export const FillValues = z.partialRecord(FieldKey, z.union([z.string(), z.array(z.string())]));
export type FillValues = z.infer<typeof FillValues>;
