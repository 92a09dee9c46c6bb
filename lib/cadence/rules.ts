import type { Household, Visit } from '../schema';
import type { VISIT_TYPES } from '../schema';
import { addDays, addMonths, daysBetween, festivalsOf, weekStart } from './dates';

/** 走访: visit types where someone was met in person (a phone call or a meeting is a contact only). */
export const IN_PERSON_TYPES: readonly (typeof VISIT_TYPES)[number][] = ['入户走访', '个别谈心', '实地查看', '下访接访', '现场办公'];
/** 每周联系: days between contacts with a 需关爱对象. */
export const CONTACT_EVERY_DAYS = 7;
/** 每名党员至少联系10户. */
export const MIN_HOUSEHOLDS_PER_MEMBER = 10;
/** 节日走访: how many days before a festival the visit counts and the reminder starts. */
export const FESTIVAL_LEAD_DAYS = 14;

/** 需关爱对象: a household with any care tag (独居老人, 低保户, 残疾人, 困难家庭 …). */
export const needsCare = (h: Household): boolean => h.careTags.length > 0;

export interface HouseholdContact {
  /** Last visit of any kind (a phone call counts), or null. */
  lastContact: string | null;
  /** Last in-person visit, or null. */
  lastVisit: string | null;
  contacts: number;
}

/** 最近联系: each household's last contact and last in-person visit up to `today`. */
export function lastContacts(visits: readonly Visit[], today: string): Map<string, HouseholdContact> {
  const out = new Map<string, HouseholdContact>();
  for (const v of visits) {
    if (v.deletedAt || v.date > today) continue;
    for (const id of v.householdIds) {
      const c = out.get(id) ?? { lastContact: null, lastVisit: null, contacts: 0 };
      c.contacts++;
      if (!c.lastContact || v.date > c.lastContact) c.lastContact = v.date;
      if (IN_PERSON_TYPES.includes(v.type) && (!c.lastVisit || v.date > c.lastVisit)) c.lastVisit = v.date;
      out.set(id, c);
    }
  }
  return out;
}

export type CadenceRule = '每周联系' | '每月走访' | '节日走访' | '联系10户';

export interface DueReason {
  rule: CadenceRule;
  /** When it is (or was) due. */
  dueDate: string;
  /** For the user: e.g. "已8天未联系" or "中秋节（9月25日）前走访". */
  text: string;
}

export interface DueHousehold extends HouseholdContact {
  household: Household;
  reasons: DueReason[];
  /** The earliest of the reasons' due dates: the list is ordered by it. */
  dueDate: string;
  /** Days past due (0 when due today, negative when due later). */
  overdueDays: number;
}

const sinceText = (last: string | null, today: string, what: string) =>
  last ? `已${daysBetween(last, today)}天未${what}` : `从未${what}`;

/** What the 五个一 routine asks of one 需关爱对象 by `today`, due within `withinDays`. */
export function careReasons(contact: HouseholdContact, today: string, withinDays: number): DueReason[] {
  const horizon = addDays(today, withinDays);
  const reasons: DueReason[] = [];
  const contactDue = contact.lastContact ? addDays(contact.lastContact, CONTACT_EVERY_DAYS) : today;
  if (contactDue <= horizon) reasons.push({ rule: '每周联系', dueDate: contactDue, text: `每周联系：${sinceText(contact.lastContact, today, '联系')}` });
  const visitDue = contact.lastVisit ? addMonths(contact.lastVisit, 1) : today;
  if (visitDue <= horizon) reasons.push({ rule: '每月走访', dueDate: visitDue, text: `每月走访：${sinceText(contact.lastVisit, today, '上门走访')}` });
  const year = Number(today.slice(0, 4));
  for (const f of [...festivalsOf(year), ...festivalsOf(year + 1)]) {
    const opens = addDays(f.date, -FESTIVAL_LEAD_DAYS);
    const visited = contact.lastVisit !== null && contact.lastVisit >= opens;
    if (opens <= today && today <= f.date && !visited) {
      reasons.push({ rule: '节日走访', dueDate: f.date, text: `节日走访：${f.name}（${Number(f.date.slice(5, 7))}月${Number(f.date.slice(8))}日）前上门看望` });
    }
  }
  return reasons;
}

export interface CoverageGap {
  member: string;
  contacted: number;
  shortfall: number;
}

/**
 * 每名党员至少联系10户: distinct households each member reached in `year`. A visit counts for
 * whoever recorded it (its origin, or `self` for the user's own records) and for its companions.
 */
export function memberCoverage(visits: readonly Visit[], year: number, self: string): CoverageGap[] {
  const reached = new Map<string, Set<string>>();
  for (const v of visits) {
    if (v.deletedAt || !v.date.startsWith(`${year}-`)) continue;
    for (const member of [v.origin?.name || self, ...v.companions]) {
      const set = reached.get(member) ?? new Set<string>();
      for (const id of v.householdIds) set.add(id);
      reached.set(member, set);
    }
  }
  if (!reached.has(self)) reached.set(self, new Set());
  return [...reached].map(([member, set]) => ({
    member, contacted: set.size, shortfall: Math.max(0, MIN_HOUSEHOLDS_PER_MEMBER - set.size),
  })).sort((a, b) => b.shortfall - a.shortfall || a.member.localeCompare(b.member, 'zh-CN'));
}

export interface MemberRoutine {
  /** 每周至少入户走访一次 */
  householdVisitsThisWeek: number;
  /** 每月至少召开一次网格会议 (座谈会) */
  gridMeetingsThisMonth: number;
}

/** The member's own routine (`002`): a household visit each week, a grid meeting each month. */
export function memberRoutine(visits: readonly Visit[], today: string): MemberRoutine {
  const monday = weekStart(today);
  const month = today.slice(0, 7);
  let householdVisitsThisWeek = 0, gridMeetingsThisMonth = 0;
  for (const v of visits) {
    if (v.deletedAt || v.date > today) continue;
    if (v.type === '入户走访' && v.date >= monday) householdVisitsThisWeek++;
    if (v.type === '座谈会' && v.date.startsWith(month)) gridMeetingsThisMonth++;
  }
  return { householdVisitsThisWeek, gridMeetingsThisMonth };
}

export interface NextVisitsOptions {
  today: string;
  /** Include what falls due within this many days (default 3). */
  withinDays?: number;
  /** The user's name, for the ≥ 10 households rule. */
  self?: string;
}

/**
 * 下一步走访谁: every 需关爱对象 the 五个一 routine says is due (most overdue first), then — while
 * the user has reached fewer than 10 households this year — households not yet contacted.
 */
export function nextVisits(households: readonly Household[], visits: readonly Visit[], options: NextVisitsOptions): DueHousehold[] {
  const { today, withinDays = 3, self = '本人' } = options;
  const contacts = lastContacts(visits, today);
  const none: HouseholdContact = { lastContact: null, lastVisit: null, contacts: 0 };
  const live = households.filter((h) => !h.deletedAt);
  const due: DueHousehold[] = [];
  for (const household of live.filter(needsCare)) {
    const contact = contacts.get(household.id) ?? none;
    const reasons = careReasons(contact, today, withinDays);
    if (reasons.length) due.push(entry(household, contact, reasons, today));
  }
  due.sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : a.household.name.localeCompare(b.household.name, 'zh-CN')));

  const year = Number(today.slice(0, 4));
  const mine = memberCoverage(visits, year, self).find((c) => c.member === self)!;
  if (mine.shortfall > 0) {
    const reachedThisYear = new Set(visits.filter((v) => !v.deletedAt && v.date.startsWith(`${year}-`)).flatMap((v) => v.householdIds));
    const listed = new Set(due.map((d) => d.household.id));
    const text = `联系10户：今年已联系${mine.contacted}户，还差${mine.shortfall}户`;
    for (const household of live.filter((h) => !reachedThisYear.has(h.id) && !listed.has(h.id)).slice(0, mine.shortfall)) {
      due.push(entry(household, contacts.get(household.id) ?? none, [{ rule: '联系10户', dueDate: `${year}-12-31`, text }], today));
    }
  }
  return due;
}

function entry(household: Household, contact: HouseholdContact, reasons: DueReason[], today: string): DueHousehold {
  const dueDate = reasons.map((r) => r.dueDate).sort()[0];
  return { household, ...contact, reasons, dueDate, overdueDays: daysBetween(dueDate, today) };
}
