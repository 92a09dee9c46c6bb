import { describe, expect, it } from 'vitest';
import {
  addMonths, festivalsOf, lastContacts, memberCoverage, memberRoutine, nextVisits, weekStart,
} from '@/lib/cadence';
import { Household, Visit, type HouseholdInput, type VisitInput } from '@/lib/schema';

let n = 0;
const meta = () => ({ id: `00000000-0000-4000-8000-${(++n).toString(16).padStart(12, '0')}`, createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' });
const household = (input: Partial<HouseholdInput> = {}) => Household.parse({ ...meta(), name: `住户${n}`, ...input });
const visit = (h: Household | Household[], input: Partial<VisitInput> & { origin?: { deviceId: string; name: string } }) =>
  Visit.parse({ ...meta(), householdIds: [h].flat().map((x) => x.id), ...input });

describe('dates', () => {
  it('adds months without overflowing into the next month', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2026-11-15', 1)).toBe('2026-12-15');
    expect(addMonths('2026-12-15', 1)).toBe('2027-01-15');
  });
  it('starts weeks on Monday', () => {
    expect(weekStart('2026-11-23')).toBe('2026-11-23'); // Monday
    expect(weekStart('2026-11-29')).toBe('2026-11-23'); // Sunday
  });
  it('finds the lunar festivals with the Chinese calendar', () => {
    expect(festivalsOf(2026)).toEqual([
      { name: '春节', date: '2026-02-17' }, { name: '端午节', date: '2026-06-19' },
      { name: '中秋节', date: '2026-09-25' }, { name: '重阳节', date: '2026-10-18' },
    ]);
  });
});

describe('lastContacts', () => {
  it('keeps the last contact of any kind and the last in-person visit, ignoring future and deleted visits', () => {
    const h = household();
    const contacts = lastContacts([
      visit(h, { date: '2026-11-01', type: '入户走访' }),
      visit(h, { date: '2026-11-10', type: '电话回访' }),
      visit(h, { date: '2026-11-30', type: '入户走访' }),
      { ...visit(h, { date: '2026-11-12', type: '入户走访' }), deletedAt: '2026-11-13T00:00:00.000Z' },
    ], '2026-11-20');
    expect(contacts.get(h.id)).toEqual({ lastContact: '2026-11-10', lastVisit: '2026-11-01', contacts: 2 });
  });
});

describe('nextVisits: the 五个一 routine for 需关爱对象', () => {
  const today = '2026-11-20';
  const reasonsOf = (list: ReturnType<typeof nextVisits>, h: Household) => list.find((d) => d.household.id === h.id)?.reasons.map((r) => r.rule) ?? [];
  const enough = Array.from({ length: 10 }, () => household());
  const coverageVisits = enough.map((h) => visit(h, { date: '2026-03-01', type: '座谈会' }));

  it('lists a care household not contacted for 7 days, and not one contacted yesterday', () => {
    const lonely = household({ careTags: ['独居老人'] });
    const fine = household({ careTags: ['低保户'] });
    const list = nextVisits([lonely, fine, ...enough], [
      ...coverageVisits,
      visit(lonely, { date: '2026-11-10', type: '入户走访' }),
      visit(fine, { date: '2026-11-19', type: '入户走访' }),
    ], { today, withinDays: 0 });
    expect(reasonsOf(list, lonely)).toEqual(['每周联系']);
    expect(list[0].reasons[0].text).toBe('每周联系：已10天未联系');
    expect(list[0].overdueDays).toBe(3);
    expect(reasonsOf(list, fine)).toEqual([]);
  });

  it('asks for a monthly in-person visit even when phone calls keep up the weekly contact', () => {
    const h = household({ careTags: ['残疾人'] });
    const list = nextVisits([h, ...enough], [
      ...coverageVisits,
      visit(h, { date: '2026-10-15', type: '入户走访' }),
      visit(h, { date: '2026-11-18', type: '电话回访' }),
    ], { today, withinDays: 0 });
    expect(reasonsOf(list, h)).toEqual(['每月走访']);
  });

  it('lists a care household never contacted as due today, and ignores households without care tags', () => {
    const never = household({ careTags: ['困难家庭'] });
    const ordinary = household();
    const list = nextVisits([never, ordinary, ...enough], coverageVisits, { today, withinDays: 0 });
    expect(reasonsOf(list, never)).toEqual(['每周联系', '每月走访']);
    expect(list.find((d) => d.household.id === never.id)!.dueDate).toBe(today);
    expect(reasonsOf(list, ordinary)).toEqual([]);
  });

  it('includes what falls due within the next days, most overdue first', () => {
    const soon = household({ careTags: ['独居老人'] });
    const late = household({ careTags: ['独居老人'] });
    const list = nextVisits([soon, late, ...enough], [
      ...coverageVisits,
      visit(soon, { date: '2026-11-15', type: '入户走访' }),
      visit(late, { date: '2026-11-01', type: '入户走访' }),
    ], { today, withinDays: 3 });
    expect(list.map((d) => d.household.id)).toEqual([late.id, soon.id]);
    expect(list[1].overdueDays).toBe(-2);
  });

  it('reminds of a festival visit in the two weeks before it', () => {
    const h = household({ careTags: ['独居老人'] });
    const visits = [...coverageVisits, visit(h, { date: '2026-09-08', type: '电话回访' }), visit(h, { date: '2026-09-09', type: '入户走访' })];
    expect(reasonsOf(nextVisits([h, ...enough], visits, { today: '2026-09-14', withinDays: 0 }), h)).toEqual(['节日走访']);
    const visitedBefore = [...visits, visit(h, { date: '2026-09-12', type: '入户走访' })];
    expect(reasonsOf(nextVisits([h, ...enough], visitedBefore, { today: '2026-09-14', withinDays: 0 }), h)).toEqual([]);
  });
});

describe('每名党员至少联系10户', () => {
  it('counts distinct households per member, for the recorder and companions', () => {
    const hs = Array.from({ length: 4 }, () => household());
    const visits = [
      visit(hs.slice(0, 3), { date: '2026-05-01', companions: ['孙丽'] }),
      visit(hs[0], { date: '2026-06-01' }),
      visit(hs[3], { date: '2026-06-01', origin: { deviceId: 'x', name: '李明' } }),
      visit(hs[3], { date: '2025-06-01' }),
    ];
    expect(memberCoverage(visits, 2026, '王小明')).toEqual([
      { member: '李明', contacted: 1, shortfall: 9 },
      { member: '孙丽', contacted: 3, shortfall: 7 },
      { member: '王小明', contacted: 3, shortfall: 7 },
    ]);
  });

  it('suggests households not yet contacted this year while the user is short of 10', () => {
    const hs = Array.from({ length: 12 }, () => household());
    const visits = hs.slice(0, 8).map((h) => visit(h, { date: '2026-02-01' }));
    const list = nextVisits(hs, visits, { today: '2026-11-20', self: '王小明' });
    expect(list.map((d) => d.household.id)).toEqual(hs.slice(8, 10).map((h) => h.id));
    expect(list[0].reasons[0].text).toBe('联系10户：今年已联系8户，还差2户');
  });
});

describe('memberRoutine', () => {
  it('counts this week’s household visits and this month’s grid meetings', () => {
    const h = household();
    const routine = memberRoutine([
      visit(h, { date: '2026-11-16', type: '入户走访' }),
      visit(h, { date: '2026-11-23', type: '入户走访' }),
      visit(h, { date: '2026-11-02', type: '座谈会' }),
      visit(h, { date: '2026-10-30', type: '座谈会' }),
    ], '2026-11-24');
    expect(routine).toEqual({ householdVisitsThisWeek: 1, gridMeetingsThisMonth: 1 });
  });
});
