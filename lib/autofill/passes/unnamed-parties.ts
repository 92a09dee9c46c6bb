import { bareAttr, personKey, wentAlong } from '../classify';
import type { FoundField, PageFacts } from '../field';
import type { FieldKey } from '../keys';
import { MEETING_ATTENDEES, type PersonAttr } from '../lexicon';
import { partyMentions, partyOf, personShape, type Party, type PersonShape } from '../party';
import { normalizeLabel } from '../text';

/** A person the vocabulary does not name and their fields on the form (客户姓名, 客户联系电话). */
interface Person {
  noun: string;
  shape: PersonShape;
  fields: { field: FoundField; attr: PersonAttr }[];
  /** A remark naming whose they are (提出人（群众）). */
  remark: Party | null;
  /** Fields already keyed that name the same person (承租人证件号 beside a bare 承租人): whose they are decides. */
  known: FoundField[];
}

/**
 * "客户姓名", "安检员", "对接人手机": a label that is a person noun, alone (their name) or before one of their
 * attributes (PERSON_ATTRS, 的 between allowed); a remark in brackets (对接人（出资人/负责人）) says no more.
 */
function personOf(label: string): { noun: string; attr: PersonAttr; alone: boolean; remark: string } | null {
  const full = normalizeLabel(label);
  const text = full.replace(/\([^)]*\)$/, '');
  for (let cut = 2; cut <= text.length; cut++) {
    // Joined by 的 or said of their home (亲戚家住址).
    const rest = text.slice(cut);
    const attr = rest ? bareAttr(rest) ?? bareAttr(rest.replace(/^(的|家)/, '')) : 'name';
    if (attr) return { noun: text.slice(0, cut), attr, alone: !rest, remark: full.slice(text.length + 1, -1) };
  }
  return null;
}

/** The party a remark names as a whole (群众, 网格员), or null. */
function remarkParty(remark: string): Party | null {
  const [mention] = partyMentions(remark);
  return mention?.word === remark ? mention.party : null;
}

/** The person said again, whole or in short (当事人 of 用地当事人), but not the doer of their passive (宣传人 of 被宣传人). */
function namesSame(noun: string, again: string | undefined): boolean {
  return !!again && noun.endsWith(again) && !noun.slice(0, -again.length).endsWith('被');
}

/**
 * The persons of unkeyed fields: a noun of a known shape opens one; a later label naming the same person, whole or
 * in short (当事人电话 after 用地当事人, 村民电话 after 受访村民), is one more of its fields.
 */
function unnamedPersons(fields: FoundField[]): Person[] {
  const persons: Person[] = [];
  for (const field of fields) {
    const found = !field.key && !field.fromTemplate ? personOf(field.label) : null;
    // A choice is one of a person's only as their sex (客户性别: 男/女). Who went along (陪同村干部电话) is the companions,
    // their details nobody's of ours; residents at a meeting (参会居民代表) are several people.
    if (!found || (!field.openText && found.attr !== 'gender') || wentAlong(found.noun) || MEETING_ATTENDEES.test(found.noun)) continue;
    const same = persons.findLast((p) => namesSame(p.noun, found.noun));
    const shape = same ? null : personShape(found.noun, found.alone);
    if (same) same.fields.push({ field, attr: found.attr });
    else if (shape) persons.push({ noun: found.noun, shape, fields: [{ field, attr: found.attr }], remark: remarkParty(found.remark), known: [] });
  }
  for (const person of persons) {
    person.known = fields.filter((f) => /^(officer|resident)\./.test(f.key ?? '') && !f.fromTemplate && namesSame(person.noun, personOf(f.label)?.noun));
  }
  return persons;
}

/**
 * One who looks after a thing (管护员 of a water works or a forest): the user on their own log, which says so in its
 * headline or over their fields (生态管护员巡护管理系统); elsewhere the facility's keeper (供水工程 … 管护员).
 */
const CARETAKER = /(管护|养护|看护)员$/;

const ACCOUNT_HOLDER = /^(系统|当前|登录|平台)?用户$/;

/** A form about somebody the user meets or serves: a visit, a matter, or a resident's details. */
function aboutResident(fields: FoundField[]): boolean {
  return fields.some((f) => /^(visit|issue|resident)\./.test(f.key ?? ''));
}

/**
 * Whose a person is: that of their fields already keyed, if they agree, or of a remark (提出人（群众）); else their
 * noun's shape, as a known role word's would be, unless their section is somebody else's. A person of an act that
 * says neither (承租人, 对接人) takes a resident's section, else the resident when the form names the user only. Not the
 * user when it names the resident only: such a person is then more often a kind of people (返乡人员, 社区矫正人员)
 * or another party than the user, whom forms name by a role.
 */
function partyFor(person: Person, fields: FoundField[], headline: string): 'officer' | 'resident' | null {
  const [{ field: first }] = person.fields;
  const section = partyOf(first.element, first.section ? [first.section] : []);
  if (section === 'other') return null;
  const known = new Set(person.known.map((f) => f.key!.split('.')[0] as 'officer' | 'resident'));
  if (known.size) return known.size === 1 ? [...known][0] : null;
  if (person.remark) return person.remark === 'other' ? null : person.remark;
  if (CARETAKER.test(person.noun) && !headline.includes(person.noun) && !first.section.includes(person.noun)) return null;
  if (person.shape !== 'either') return person.shape;
  const named = (key: FieldKey) => fields.some((f) => f.key === key);
  // Asked only a name, a person may be anyone (接听人 of a call, 承租人 beside a 房东), unless the form asks the
  // resident's details without saying whose (退役军人 [ ] 身份证 [ ] 联系手机 [ ]): they are this person's.
  const unnamedResident = fields.some((f) => f.key?.startsWith('resident.') && bareAttr(f.label));
  if (person.fields.length < 2 && !unnamedResident) return null;
  // Under the user's heading, as often the page's title (护林员巡山日志) as a section of the user's details: no evidence.
  if (section) return section === 'resident' ? 'resident' : null;
  // The user is there on a record naming them or who went along with them (同巡人员).
  const userThere = named('officer.name') || named('visit.companions');
  return userThere && !named('resident.name') ? 'resident' : null;
}

/**
 * Persons the vocabulary does not name (客户姓名, 安检员, 民警, 被宣传人, 承租人, 对接人手机): each takes the party of
 * their fields already keyed or of their noun's shape, or the one the form lacks, and all their fields agree. A
 * party's name or detail another person's field already holds is never given to a second person: a third person
 * on the form stays empty. Those of a known shape go first, so a person of either side takes what is left after them.
 */
export function resolveUnnamedPersons(fields: FoundField[], { headline }: PageFacts): void {
  const persons = unnamedPersons(fields);
  for (const person of [...persons.filter((p) => p.shape !== 'either'), ...persons.filter((p) => p.shape === 'either')]) {
    let party = partyFor(person, fields, normalizeLabel(headline));
    // A system's 用户 on a page about nobody the user meets (个人中心: 用户姓名) is the account's holder: the user.
    if (party === 'resident' && !aboutResident(fields)) party = ACCOUNT_HOLDER.test(person.noun) ? 'officer' : null;
    if (!party) continue;
    const keys = person.fields.map(({ attr }) => personKey(attr, party));
    if (keys.some((key) => key && fields.some((f) => f.key === key && !person.known.includes(f)))) continue;
    person.fields.forEach(({ field }, i) => keys[i] && field.assign(keys[i]));
  }
}
