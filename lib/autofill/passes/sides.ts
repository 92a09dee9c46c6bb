import { bareAttr, classifyLabel } from '../classify';
import type { FoundField } from '../field';
import type { FieldKey } from '../keys';
import type { Party } from '../party';
import { normalizeLabel, withoutRemarks } from '../text';

/** A heading naming one side of an agreement or a check (甲方（管理方）, 乙方, 我方, 对方). */
const SIDE = /^([甲乙丙]方|我方|对方)(\([^)]*\))?(信息|情况)?$/;
/** A remark naming a person (出租人, 承租人, 经营者, 业主). */
const PERSON_REMARK = /\([^)]*(人|者|户|主)\)/;
/** A side's person named by a role alone (责任人, 负责人, 经营者, 户主). */
const PERSON_ALONE = /^[\u4e00-\u9fa5]{1,6}(人|者|户主|业主)$/;
/** Keys that say whose a person's fact is: the ones a side may change. */
const PERSON_KEY = /^(officer|resident)\.|^(issue\.owner|topic\.lead|visit\.companions)$/;

/**
 * "甲方（管理方） | 乙方（责任方）", "我方 | 对方": a form in two sides, each a column or a block under its heading. The side
 * where the user is named (经办人, 我方) is the user's: its bare 单位/电话/街道 are the user's. The other side is the
 * resident's when the form names no resident elsewhere: its person (责任人, 负责人) and their 电话/身份证号 are the
 * resident's. A side's person is never the handler of a matter (责任人 there is the side's, not issue.owner).
 */
export function resolveSides(fields: FoundField[]): void {
  const sides = [...new Set(fields.map((f) => normalizeLabel(f.section)).filter((s) => SIDE.test(s)))];
  // A side whose remark names its person (甲方（出租人）, 乙方（承租人）) is that person's: a lease or a deal between two
  // people the user only registers, not a form of the user's side against another.
  if (sides.length !== 2 || sides.some((side) => PERSON_REMARK.test(side))) return;
  const of = (side: string) => fields.filter((f) => normalizeLabel(f.section) === side && !f.fromTemplate);
  // The user's side names its person by a role (经办人, 执法人员), never by a bare 姓名 as a party's side does: a
  // 登记人 after the last side's fields is the form's, not that side's.
  const namesUser = (side: string) => of(side).some((f) => f.key?.startsWith('officer.')) && !of(side).some((f) => bareAttr(f.label) === 'name');
  const user = sides.find((side) => side.startsWith('我方')) ?? sides.find(namesUser);
  if (!user) return;
  const other = sides.find((side) => side !== user)!;
  const residentElsewhere = fields.some((f) => f.key?.startsWith('resident.') && !sides.includes(normalizeLabel(f.section)));
  rekeySide(of(user), 'officer');
  if (!residentElsewhere) rekeySide(of(other), 'resident');
}

/** Each field of a side read again as that party's; its first person named alone is the party's own name. */
function rekeySide(fields: FoundField[], party: Party): void {
  let named = false;
  for (const f of fields) {
    if (f.key && !PERSON_KEY.test(f.key) && !f.key.startsWith('place.')) continue;
    const alone: boolean = !named && PERSON_ALONE.test(withoutRemarks(normalizeLabel(f.label)));
    const key = alone ? (`${party}.name` as FieldKey) : classifyLabel(f.label, { party, selfPage: false })?.key ?? null;
    named ||= alone;
    if (key && (key.startsWith(`${party}.`) || key.startsWith('place.'))) f.assign(key);
    else if (f.key && PERSON_KEY.test(f.key)) f.clear('这一栏属于表上另一方的其他人员，不自动填写');
  }
}
