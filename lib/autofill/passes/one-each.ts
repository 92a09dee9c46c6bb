import { bareAttr, ownAttr, personKey } from '../classify';
import { CHOICE_KINDS, type FoundField, type PageFacts } from '../field';
import { LIST_KEYS, type FieldKey } from '../keys';
import { EITHER_SIDE_ACTS, FILER, OFFICER_ACTS, RESIDENT_ACTS } from '../lexicon';
import { personShape, sectionParty } from '../party';
import { normalizeLabel, withoutRemarks } from '../text';
import { attrOfShortenedRole } from './neighbours';

/**
 * Who did one of the user's acts, named by it (走访人, 经办人, 本次核实人员, 走访干部, 走访网格员, 检查队员), or the member
 * of the work team a log is kept by (队员, 驻村工作队员): the one filling it in, not a household's 帮扶责任人 it names.
 */
const DOER = new RegExp(`^(本次)?(${OFFICER_ACTS.join('|')})(人|人员|干部|网格员|队员)$|^(驻村)?(工作)?队员$`);
/** The role a name field asks by, its 姓名 aside (入户人员 of 入户人员姓名), or its section's for a bare 姓名 (巡查人: 姓名). */
const nameRole = (f: FoundField) => withoutRemarks(normalizeLabel(f.label)).replace(/姓名$/, '') || withoutRemarks(normalizeLabel(f.section));
/**
 * Facts asked once per record: the resident's, and the visit's account. Not the user's (a form names them as
 * 走访人 and again as 填表人), nor a matter's, which a choice and a text may both hold (调处结果 ○成功 and 协议内容).
 */
const ONCE = /^resident\.|^visit\.content$/;
/** Whose or what a key is about: resident, officer, visit, issue, topic, report, place. */
const kindOf = (key: FieldKey) => key.slice(0, key.indexOf('.'));

/**
 * Each fact of the resident, and the visit's account, in one field. A record has one resident and one visit: where
 * several fields still take the same such key once every other pass is done, all but one ask it of somebody else
 * (the household head's 姓名 and the newly-weds' 当事人, an agent's 电话 in the applicant's column, the visit's
 * 走访记录 and a later check's 核实情况) or ask it again. The one kept is the one whose section asks most facts of the
 * same kind (the resident's phone and id beside their name), then the surest, then the first; the others stay
 * empty, since the resident's facts given to a second person are a wrong fill. Lists (care categories) are not.
 */
export function resolveOneEach(fields: FoundField[]): void {
  const single = fields.filter((f) => f.key && !f.fromTemplate && ONCE.test(f.key) && !LIST_KEYS.has(f.key));
  // How many keyed fields of each kind each section holds, counted once (a page may repeat a block hundreds of times).
  const held = new Map<string, number>();
  const place = (f: FoundField) => `${f.sectionKey}|${kindOf(f.key!)}`;
  for (const f of fields) if (f.key) held.set(place(f), (held.get(place(f)) ?? 0) + 1);
  const facts = (field: FoundField) => held.get(place(field))! - 1;
  const byKey = new Map<FieldKey, FoundField[]>();
  for (const f of single) {
    if (!byKey.has(f.key!)) byKey.set(f.key!, []);
    byKey.get(f.key!)!.push(f);
  }
  for (const asked of byKey.values()) {
    if (asked.length < 2) continue;
    const kept = asked.reduce((best, f) => (outranks(f, best, facts) ? f : best));
    for (const f of asked) {
      if (f !== kept && !userAfterAll(f, fields[fields.indexOf(f) - 1])) f.clear('表上已有一处填这项信息，这一栏问的可能是别人或别的事，不自动填写');
    }
  }
}

const WRITTEN_OUT: ReadonlySet<string> = new Set(['resident.address', 'visit.content']);

/** A check's account of the matter (核查情况, 核实情况): beside the account of meeting the people, a second one (STYLE.md). */
const CHECK_ACCOUNT = /^(核查|核实)/;

/** Kept before `other`: its section asks more facts of the kind; then an account not of a check; then the surer. */
function outranks(f: FoundField, other: FoundField, facts: (f: FoundField) => number): boolean {
  // An address or an account is written out: a box one types in (详细地址, 探访情况) over a list of places (现居住地
  // [镇▾][村▾]) or of services ticked (服务内容（可多选）).
  const typed = (field: FoundField) => !CHOICE_KINDS.has(field.kind);
  if (WRITTEN_OUT.has(f.key!) && typed(f) !== typed(other)) return typed(f);
  if (facts(f) !== facts(other)) return facts(f) > facts(other);
  const checks = (field: FoundField) => field.key === 'visit.content' && CHECK_ACCOUNT.test(normalizeLabel(field.label));
  if (checks(f) !== checks(other)) return checks(other);
  return f.confidence > other.confidence;
}

/**
 * "填报人 [ ] 联系电话 [ ]" on a form that asks the resident's number elsewhere (群众电话): a bare number only guessed the
 * resident's, right after the user's name, is the user's.
 */
function userAfterAll(f: FoundField, before: FoundField | undefined): boolean {
  if (!f.guessedResident || before?.key !== 'officer.name' || !/^resident\.(phone|unit|position)$/.test(f.key!)) return false;
  f.assign(f.key!.replace('resident.', 'officer.') as FieldKey);
  return true;
}

/**
 * One user per record. Where fields of different sections still take the user's name by different roles (核实人 …
 * 经办人, 楼栋信息员 … 网格员 under 记录人, 接待人 of the body visited … 经办人), the form names somebody else by a role
 * like the user's. The user is the doer of the user's own act if one is named so (走访人, 经办人, 上报人: not a role
 * such as 帮扶责任人 or 联络员), and among those the one under a heading naming the user's side (记录人, 经办), else
 * the one named surest (督查组长 by its word over a 挂点责任人 a pass guessed), the last of equals: forms end with the
 * block of whoever fills them in. The others, and the user's facts beside them in their section (接待人电话), are that other
 * person's and stay empty.
 */
export function resolveOneUser(fields: FoundField[]): void {
  const names = fields.filter((f) => f.key === 'officer.name' && !f.fromTemplate);
  if (names.length < 2) return;
  const doers = names.filter((f) => DOER.test(nameRole(f)));
  const pool = doers.length ? doers : names;
  const surest = pool.reduce<FoundField | undefined>((best, f) => (!best || f.confidence >= best.confidence ? f : best), undefined);
  const user = pool.findLast((f) => sectionParty([f.section]) === 'officer') ?? surest;
  // Beside the doer of the act in the doer's own section (入户人员, 走访人), another role (村（居）委会核实人, 服务站专干)
  // is somebody else; the filer (填表人) is the user again. A filer as the doer (登记人) may be a 探访员 too.
  const acted = doers.length > 0 && !FILER.test(nameRole(user!));
  const beside = (f: FoundField) => acted && f.sectionKey === user!.sectionKey && !DOER.test(nameRole(f)) && !FILER.test(nameRole(f));
  const losers = names.filter((f) => f.sectionKey !== user!.sectionKey || beside(f));
  for (const f of losers.filter(beside)) f.clear('表上另有填表人本人，这一位是另一位工作人员，不自动填写');
  const others = new Set(losers.filter((f) => !beside(f)).map((f) => f.sectionKey));
  // The bare 电话/单位/职务 right after one of them (楼栋信息员 [ ] 电话 [ ]) is theirs too, whoever it was taken for, and
  // so is one asked by their role (帮扶责任人 [ ] 帮扶责任人电话 [ ]), in short too (村（组）干部 [ ] 干部电话 [ ]).
  const next = (loser: FoundField) => fields[fields.indexOf(loser) + 1];
  const besides = new Set(losers.filter((loser) => {
    const f = next(loser);
    return f && !f.fromTemplate && (ownAttr(f.label) || attrOfShortenedRole(loser, f));
  }).map(next));
  for (const f of fields) if (f.key && !f.fromTemplate && losers.some((loser) => askedByRole(f, nameRole(loser)))) besides.add(f);
  const cleared = new Map<FoundField, FieldKey>();
  for (const f of fields) {
    if ((f.key?.startsWith('officer.') && !f.fromTemplate && others.has(f.sectionKey)) || (f.key && besides.has(f))) {
      cleared.set(f, f.key!);
      f.clear('表上另有填表人本人，这一部分是另一位工作人员的，不自动填写');
    }
  }
  metResident(fields, losers, cleared);
}

/**
 * A session's two people in one section, the one holding it and the one writing it down: of a mediation (调解员 …
 * 记录人) the holder is the user and the recorder a clerk; of a meeting (座谈会: 主持人 … 记录人) the host is a leader and
 * the recorder the user (STYLE.md). The one who is not the user keeps their facts asked by their role (主持人单位).
 */
export function resolveSessionRoles(fields: FoundField[]): void {
  for (const f of sessionRecorders(fields)) f.clear('记录人是为主持的人做记录的另一位工作人员，不自动填写');
  for (const host of hostsBesideRecorders(fields)) {
    for (const f of fields) if (f === host || (f.key && !f.fromTemplate && askedByRole(f, nameRole(host)))) f.clear('主持人是会议的主持领导，本表由记录人填写，不自动填写');
  }
}

/** Who writes a session down (记录人, 记录员). */
const RECORDER = /^记录(人|员|人员)$/;
/** The one holding a session by its act (调解员, 人民调解员, 接谈人), and the act. */
const HOLDER = /^(?:人民|专职|兼职)?(.{2})(员|人)$/;
/** What a page asks of a session it records besides its day (调解地点, 调解经过). */
const SESSION_FACTS = ['地点', '经过', '过程', '情况'];

/**
 * "调解员 [ ] 记录人 [ ]" in one section of the record of a session (调解日期, 调解经过): the user holds the session,
 * and whoever writes it down beside them is a clerk, somebody else, as in any 笔录. A recorder with nobody holding a
 * session beside them (接访领导 … 记录人, 民情日记's 记录人) is the user.
 */
function sessionRecorders(fields: FoundField[]): FoundField[] {
  const names = fields.filter((f) => f.key === 'officer.name' && !f.fromTemplate);
  const labels = new Set(fields.map((f) => withoutRemarks(f.label)));
  const holder = names.find((f) => {
    const act = HOLDER.exec(nameRole(f))?.[1];
    return !!act && act !== '记录' && (labels.has(`${act}日期`) || labels.has(`${act}时间`)) && SESSION_FACTS.some((fact) => labels.has(act + fact));
  });
  return holder ? names.filter((f) => f.sectionKey === holder.sectionKey && RECORDER.test(nameRole(f))) : [];
}

/** The host of a meeting (主持人, 会议主持人). */
const HOST = /^(会议)?主持人$/;

/**
 * "主持人 [ ] … 记录人 [ ]" in one section of a meeting's record (座谈会): the host is a leader beside the user, who
 * records it (STYLE.md); the host's facts (主持人单位) are theirs. A host named alone (主持人 of a 议事协商) is the user.
 */
function hostsBesideRecorders(fields: FoundField[]): FoundField[] {
  const names = fields.filter((f) => f.key === 'officer.name' && !f.fromTemplate);
  const recorded = new Set(names.filter((f) => RECORDER.test(nameRole(f))).map((f) => f.sectionKey));
  return names.filter((f) => HOST.test(nameRole(f)) && recorded.has(f.sectionKey));
}

/**
 * "联络对象: 接待人 [ ] 接待人电话 [ ]": one of those others named in the section of the people the user calls on, on a
 * form naming no resident otherwise, is whom the user met there (the chamber's receptionist): their name and number
 * are the resident's. Their post has no key of the resident's.
 */
function metResident(fields: FoundField[], losers: FoundField[], cleared: Map<FoundField, FieldKey>): void {
  const met = losers.filter((f) => sectionParty([f.section]) === 'resident');
  if (met.length !== 1 || fields.some((f) => f.key?.startsWith('resident.'))) return;
  for (const [f, key] of cleared) {
    if (f.sectionKey === met[0].sectionKey && (key === 'officer.name' || key === 'officer.phone')) f.assign(key.replace('officer.', 'resident.') as FieldKey);
  }
}

/** A fact asked by a role named before it (帮扶责任人电话 of 帮扶责任人). */
function askedByRole(f: FoundField, role: string): boolean {
  // The role as written, remarks aside (村（居）干部电话 of 村（居）干部).
  const label = withoutRemarks(f.label);
  return role.length >= 2 && label.startsWith(role) && !!ownAttr(label.slice(role.length));
}

/** The role a user's fact is asked by (监测员 of 监测员电话), if it opens with one. */
function factRole(label: string): string | undefined {
  for (let cut = 2; cut < label.length; cut++) {
    if (ownAttr(label.slice(cut)) && personShape(label.slice(0, cut)) === 'officer') return label.slice(0, cut);
  }
  return undefined;
}

/**
 * "群测群防员 [ ] 监测员电话 [ ]" on a page whose user is the doer of its act (排查人): a fact of the user's asked by
 * another role (neither the doer's nor the filer's, and naming nobody the page asks the user's name by), outside the
 * user's section, is that other person's.
 */
export function resolveOtherRoles(fields: FoundField[]): void {
  const names = fields.filter((f) => f.key === 'officer.name' && !f.fromTemplate);
  const user = names.find((f) => DOER.test(withoutRemarks(normalizeLabel(f.label))));
  if (!user) return;
  const named = names.map((f) => normalizeLabel(f.label));
  for (const f of fields) {
    if (!f.key?.startsWith('officer.') || f.key === 'officer.name' || f.fromTemplate || f.sectionKey === user.sectionKey) continue;
    const role = factRole(normalizeLabel(f.label));
    if (!role || DOER.test(role) || FILER.test(role) || named.some((name) => name.startsWith(role))) continue;
    f.clear('这一栏问的是另一位工作人员（不是本次填表的人），不自动填写');
  }
}

/** The levels of the record's place: asked once per record. */
const PLACE_LEVEL = /^place\.(street|community|grid)$/;
/** Keys that say the section holds the record's own facts: who was met, the visit, the matter. */
const RECORD_FACT = /^(resident|visit|issue)\./;

/**
 * "迁出地: 乡（镇） 村 … 安置地: 街道 社区 安置房地址", "邻近采空区: 所在乡镇 … 被排查房屋: 乡镇 行政村 户主": a place
 * level asked under two headings is the record's under the one holding the record's own facts (the household, the
 * visit), somebody else's under the other (where they moved from, a site nearby). Left alone where that is not clear.
 */
export function resolveOnePlace(fields: FoundField[]): void {
  const holdsRecord = new Set(fields.filter((f) => RECORD_FACT.test(f.key ?? '')).map((f) => f.sectionKey));
  const levels = new Map<FieldKey, FoundField[]>();
  for (const f of fields) if (f.key && PLACE_LEVEL.test(f.key) && !f.fromTemplate) levels.set(f.key, [...(levels.get(f.key) ?? []), f]);
  for (const asked of levels.values()) {
    const own = asked.filter((f) => holdsRecord.has(f.sectionKey));
    if (asked.length < 2 || own.length !== 1) continue;
    for (const f of asked) if (f !== own[0]) f.clear('表上另有这条记录本身的地点栏，这一栏是别处（迁出地、附近场所等）的，不自动填写');
  }
}

/** A day asked by its act (服务日期, 回访时间). */
const DAY_BY_ACT = /^(.+?)(日期|时间)$/;

/**
 * "助残服务回访: 服务日期 [ ] 回访日期 [ ]": a record has one visit. Where several boxes take its day by acts the headline
 * names, the visit is the act it names last (a service's 回访), the others earlier events of it; a day by an act the
 * headline does not name is left as it is.
 */
export function resolveOneVisitDay(fields: FoundField[], { headline }: PageFacts): void {
  const days = fields.filter((f) => f.key === 'visit.date' && !f.fromTemplate);
  if (days.length < 2) return;
  const title = normalizeLabel(headline);
  const at = (f: FoundField) => {
    const act = DAY_BY_ACT.exec(withoutRemarks(normalizeLabel(f.label)))?.[1];
    return act ? title.lastIndexOf(act) : -1;
  };
  const last = Math.max(...days.map(at));
  const kept = days.filter((f) => at(f) === last);
  if (last < 0 || kept.length !== 1) return;
  for (const f of days) if (f !== kept[0] && at(f) >= 0) f.clear('这是这次回访之前那件事的日期，不是这次记录的日期，不自动填写');
}

/** A section named for the doer of an act (宣传人, 帮扶责任人). */
const DOER_SECTION = /^(\p{Script=Han}{2})(责任人|人员|人|员|干部)$/u;
/** Acts whose doer is not the user: the resident's (申请人, 反映人), or anybody's contact (联系人). */
const NOT_USERS_ACT = new Set([...RESIDENT_ACTS, ...EITHER_SIDE_ACTS, '联系']);

/**
 * "防灭火宣传入户登记 … 护林（草）员: 姓名 电话 … 宣传人: 姓名 电话 单位": a section named for the doer of the act the
 * headline records is the user's, though a serving role's section beside it (护林员, 村级电站管护员) was taken for the
 * user's first; that role is somebody else, whose facts stay empty. Nothing changes where the doer's section already holds
 * the user's name.
 */
export function resolveHeadlineDoer(fields: FoundField[], { headline }: PageFacts): void {
  const title = normalizeLabel(headline);
  const doerOf = (f: FoundField) => {
    const act = DOER_SECTION.exec(withoutRemarks(normalizeLabel(f.section)))?.[1];
    return !!act && title.includes(act) && !NOT_USERS_ACT.has(act);
  };
  const sections = new Set(fields.filter(doerOf).map((f) => f.sectionKey));
  if (sections.size !== 1) return;
  const [own] = sections;
  if (fields.some((f) => f.sectionKey === own && f.key === 'officer.name')) return;
  const heading = (f: FoundField) => withoutRemarks(normalizeLabel(f.section));
  const others = fields.filter((f) => f.sectionKey !== own && f.key?.startsWith('officer.') && !f.fromTemplate && bareAttr(f.label)
    && sectionParty([f.section]) === 'officer' && !DOER.test(heading(f)) && !FILER.test(heading(f)));
  const mine = fields.filter((f) => f.sectionKey === own && f.openText).map((f) => ({ f, attr: bareAttr(f.label) }));
  if (!others.length || !mine.some(({ attr }) => attr)) return;
  for (const { f, attr } of mine) {
    const key = attr ? personKey(attr, 'officer') : null;
    if (key) f.assign(key);
  }
  for (const f of others) f.clear('表上另有做这件事的人（本人），这一部分是另一位工作人员的，不自动填写');
}
