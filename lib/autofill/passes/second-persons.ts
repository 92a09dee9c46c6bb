import type { FieldKey } from '../keys';
import { bareAttr } from '../classify';
import type { FoundField } from '../field';
import { partyMentions } from '../party';
import { normalizeLabel, withoutRemarks } from '../text';

/** A label naming nobody itself (姓名, 联系电话, 身份证号): whose it is, its section's heading said. */
const bare = (f: FoundField) => partyMentions(normalizeLabel(f.label)).length === 0;
const residentField = (f: FoundField) => !!f.key?.startsWith('resident.') && !f.fromTemplate;

/**
 * "户主信息: 姓名 电话 … 承租人信息: 姓名 电话", "老人信息 … 联系人信息": two sections each read as the resident's by their
 * heading. A record has one resident, the first section's; a later section whose bare labels ask again what the
 * first one took is another person (a tenant, a contact): its resident fields are left empty.
 */
export function resolveSecondResidents(fields: FoundField[]): void {
  const takenIn = new Map<FieldKey, string>();
  const others = new Set<string>();
  for (const f of fields) {
    // A resident's field only guessed, under a heading naming nobody (网格信息: 电话), makes no section the first one's.
    if (!residentField(f) || !f.section || f.guessedResident) continue;
    const taken = takenIn.get(f.key!);
    if (taken === undefined) takenIn.set(f.key!, f.sectionKey);
    else if (taken !== f.sectionKey && bare(f)) others.add(f.sectionKey);
  }
  for (const f of fields) {
    if (residentField(f) && bare(f) && others.has(f.sectionKey)) f.clear('表上前面已有一位群众的信息，这一部分是另一个人的，不自动填写');
  }
}

/** How a person is related to the resident (与户主关系, 与对象关系, 关系). */
const RELATION = /^(与.{1,6})?关系$/;

/**
 * "接待人（对象本人不在时） [ ] 与对象关系 [ ]": a person taken for the user (接待人 receives petitioners at an office) who is
 * asked next how they are related to the resident is one of the household, who received the user at home. The person
 * visited asked so (受访者 [ ] 与户主关系 [ ]) is still the resident.
 */
export function resolveHouseholdMembers(fields: FoundField[]): void {
  fields.forEach((f, i) => {
    const next = fields[i + 1];
    if (f.key === 'officer.name' && !f.fromTemplate && next?.sectionKey === f.sectionKey && RELATION.test(normalizeLabel(next.label))) {
      f.clear('是群众的家人或同住的人，不自动填写');
    }
  });
}

/** A member of the Party by name, a role the user may hold and so may the member visited (困难党员, 老党员). */
const MEMBER_NAME = /^(困难|生活困难|老|老年|退休|流动|离退休)?党员(姓名)?$/;
/** The facts of the person a form is about that only they are asked (性别, 身份证号, 家庭住址). */
const OWN_FACTS = /^resident\.(gender|idNumber|address)$/;

/**
 * "慰问对象: 党员姓名 [ ] 性别 [ ] 身份证号 [ ] 家庭住址 [ ]": a member asked beside a person's own facts, on a form naming
 * no resident otherwise, is the member the user visits (走访慰问困难党员), not the user; so is the number asked there
 * and taken for the user's.
 */
export function resolveVisitedMembers(fields: FoundField[]): void {
  if (fields.some((f) => f.key === 'resident.name')) return;
  for (const member of fields.filter((f) => f.key === 'officer.name' && !f.fromTemplate && MEMBER_NAME.test(withoutRemarks(f.label)))) {
    const section = fields.filter((f) => f.sectionKey === member.sectionKey);
    if (section.filter((f) => OWN_FACTS.test(f.key ?? '')).length < 2) continue;
    member.assign('resident.name');
    for (const f of section) if (f.key === 'officer.phone' && !f.fromTemplate) f.assign('resident.phone');
  }
}

/** People asked only if there are any (现场涉及村民（如有）, 涉事人员（如有）). */
const IF_ANY = /\((如有|若有|有则填写?)\)/;
/** Words before the person saying how they come in (现场涉及牧户 is a 牧户). */
const INVOLVED = /^(现场)?(涉及|涉事)?/;
/** The party of a matter (当事人, 当事群众): the resident, whether or not the record has one. */
const PARTY_OF_MATTER = /当事/;

/**
 * "草原防火巡查 … 涉及牧户（如有）: 姓名, 电话", "不规范投放居民（如有）: 姓名, 门牌号": people the user's round of a place met
 * if any are somebody besides what the record is about, and so is that person asked again by their noun (牧户电话 after
 * 涉及牧户（如有）); not the party of a matter found (当事群众（如有）, 当事人信息（如有）), who is the resident.
 */
export function resolveMetIfAny(fields: FoundField[]): void {
  const ifAny = (text: string) => IF_ANY.test(text) && !PARTY_OF_MATTER.test(text);
  const marked = fields.filter((f) => !f.fromTemplate && ifAny(normalizeLabel(f.label)));
  const nouns = marked.map((f) => normalizeLabel(f.label).split('(')[0].replace(INVOLVED, '')).filter((noun) => noun.length >= 2);
  const again = (f: FoundField) => nouns.some((noun) => normalizeLabel(f.label).replace(INVOLVED, '').startsWith(noun));
  // Their bare number right after them (现场涉及蔗农（如有） [ ] 联系电话 [ ]).
  const after = (f: FoundField, i: number) => i > 0 && marked.includes(fields[i - 1]) && !!bareAttr(f.label);
  for (const [i, f] of fields.entries()) {
    if (residentField(f) && (ifAny(normalizeLabel(f.section)) || marked.includes(f) || again(f) || after(f, i))) {
      f.clear('巡查、督导中遇到的人（如有）不是这份记录的对象，不自动填写');
    }
  }
}
