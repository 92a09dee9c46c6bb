import type { Household, Visit } from '../schema';

/** 走访记录的筛选条件: every set condition must hold. */
export interface VisitFilter {
  from?: string;
  to?: string;
  type?: string;
  topicId?: string;
  community?: string;
  grid?: string;
  /** A household tag (需关爱对象类别): any household of the visit has it. */
  careTag?: string;
  householdId?: string;
  /** Only drafts (快速记一笔, to complete) or only finished visits. */
  draft?: boolean;
  /** Ids of visits a text search found. */
  ids?: ReadonlySet<string>;
}

/** The visits that match, newest first. */
export function filterVisits(visits: readonly Visit[], filter: VisitFilter, households: (id: string) => Household | undefined): Visit[] {
  const out = visits.filter((v) =>
    !v.deletedAt
    && (!filter.from || v.date >= filter.from)
    && (!filter.to || v.date <= filter.to)
    && (!filter.type || v.type === filter.type)
    && (!filter.topicId || v.topicIds.includes(filter.topicId))
    && (!filter.community || v.community === filter.community)
    && (!filter.grid || v.grid === filter.grid)
    && (!filter.householdId || v.householdIds.includes(filter.householdId))
    && (filter.draft === undefined || v.draft === filter.draft)
    && (!filter.ids || filter.ids.has(v.id))
    && (!filter.careTag || v.householdIds.some((id) => households(id)?.careTags.includes(filter.careTag as never))));
  return out.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : b.createdAt.localeCompare(a.createdAt)));
}

/** The distinct non-empty values of a field, sorted, for a filter's choices. */
export function distinctOf<T>(records: readonly T[], value: (r: T) => string): string[] {
  return [...new Set(records.map(value).filter(Boolean))].sort((a, b) => a.localeCompare(b, 'zh-CN'));
}

/** Splits what was heard into sentences, each one a candidate for 转为问题. */
export function sentencesOf(content: string): string[] {
  return content.split(/(?<=[。！？；!?;])|\n+/).map((s) => s.trim()).filter((s) => s.replace(/[。！？；!?;]/g, '').length > 0);
}
