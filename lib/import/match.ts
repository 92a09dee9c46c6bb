// Re-importing a 台账 must not create twins: each planned household is matched against the
// database and the rows above it, by 身份证号 when given, else by 姓名 + 联系电话.
import type { Household, IssueItem } from '../schema';
import { HOUSEHOLD_FIELDS } from './fields';
import type { ImportPlan } from './rows';

/** What importing one row does: 新增, 更新 (which fields change) or 重复 (of an earlier row of the same file). */
export type RowOutcome =
  | { kind: '新增' }
  | { kind: '更新'; existing: Household; changes: string[] }
  | { kind: '重复'; sameAsRow: number };

type Person = Pick<Household, 'name' | 'phone' | 'idNumber'>;

const byId = (p: Person) => (p.idNumber ? `id:${p.idNumber}` : null);
const byNamePhone = (p: Person) => (p.phone ? `np:${p.name.trim()}|${p.phone.trim()}` : null);

/** Finds people by 身份证号, else by 姓名 + 电话 (never across two different ID numbers). */
class PersonIndex<T extends Person> {
  private readonly keys = new Map<string, T>();
  add(person: T) {
    for (const key of [byId(person), byNamePhone(person)]) if (key && !this.keys.has(key)) this.keys.set(key, person);
  }
  find(person: Person): T | undefined {
    const sameId = byId(person) && this.keys.get(byId(person)!);
    if (sameId) return sameId;
    const samePerson = byNamePhone(person) && this.keys.get(byNamePhone(person)!);
    return samePerson && (!samePerson.idNumber || !person.idNumber) ? samePerson : undefined;
  }
}

const COMPARED = HOUSEHOLD_FIELDS.filter((f) => !f.key.includes('.'));

/** The labels of the fields an imported row would change; an empty cell never clears a stored value. */
function changedFields(existing: Household, incoming: Household): string[] {
  return COMPARED.filter(({ key }) => {
    const next = incoming[key as keyof Household];
    const empty = next === '' || (Array.isArray(next) && next.length === 0);
    return !empty && JSON.stringify(next) !== JSON.stringify(existing[key as keyof Household]);
  }).map((f) => f.label);
}

/** One outcome per planned household, in the plan's order. */
export function matchHouseholds(plan: ImportPlan, existing: readonly Household[]): RowOutcome[] {
  const stored = new PersonIndex<Household>();
  existing.filter((h) => !h.deletedAt).forEach((h) => stored.add(h));
  const earlier = new PersonIndex<Person & { rowNumber: number }>();
  return plan.households.map((household, i) => {
    const rowNumber = plan.rowNumbers[i];
    const twin = earlier.find(household);
    if (twin) return { kind: '重复', sameAsRow: twin.rowNumber };
    earlier.add({ ...household, rowNumber });
    const match = stored.find(household);
    return match ? { kind: '更新', existing: match, changes: changedFields(match, household) } : { kind: '新增' };
  });
}

/**
 * The plan to write: new households, and existing ones updated in place (same id, filled cells
 * only) when `updateExisting`, else left alone; rows repeating an earlier row are dropped.
 */
export function resolveHouseholds(plan: ImportPlan, outcomes: readonly RowOutcome[], updateExisting: boolean): ImportPlan {
  const kept = plan.households.flatMap((household, i): [Household, number][] => {
    const outcome = outcomes[i];
    if (outcome.kind === '新增') return [[household, plan.rowNumbers[i]]];
    if (outcome.kind === '重复' || !updateExisting || !outcome.changes.length) return [];
    const filled = Object.fromEntries(Object.entries(household).filter(([, v]) => v !== '' && !(Array.isArray(v) && !v.length)));
    const { id, createdAt, origin } = outcome.existing;
    return [[{ ...outcome.existing, ...filled, id, createdAt, origin }, plan.rowNumbers[i]]];
  });
  return { ...plan, households: kept.map(([h]) => h), rowNumbers: kept.map(([, n]) => n) };
}

/** Issues whose 诉求人 (name + phone) is a known household are linked to it. */
export function linkIssuesToHouseholds(plan: ImportPlan, households: readonly Household[]): ImportPlan {
  const index = new PersonIndex<Household>();
  households.filter((h) => !h.deletedAt).forEach((h) => index.add(h));
  const issues = plan.issues.map((issue): IssueItem => {
    const { name, phone } = issue.raisedBy;
    const household = !issue.raisedBy.householdId && name ? index.find({ name, phone, idNumber: '' }) : undefined;
    return household ? { ...issue, raisedBy: { ...issue.raisedBy, householdId: household.id } } : issue;
  });
  return { ...plan, issues };
}
