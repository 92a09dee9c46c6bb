import { FIELD_KEYS, type FieldKey } from './keys';
import {
  ADDRESS_MODIFIERS, COMMUNITY_COMMITTEE, FILLER_BEFORE_HEAD, HANDLING_BODIES, HANDLING_PERSONS, HANDLING_SIDE_ACTS, KEY_LABELS, PASSING_ACTS, TAKING_ACTS, TAKING_ALONE, MATTER_COMPOSITIONS, MEETING_ATTENDEES, NAME_TOKENS, NEEDS_SOLVING, NEGATIVE_LABELS, NEIGHBOURHOOD_HELPERS, NEGATIVE_WORDS, OFFICER_ACTS,
  ORGANISATION_HEADS, OWN_ORGANISATION, PERSON_ATTRS, RESIDENT_ASKS, RESIDENT_VOICE, STAFF_BODY, VISIT_ACTS, VISIT_COMPANION_ACTS, VISIT_SUFFIXES, type PersonAttr,
} from './lexicon';
import { leadingParty, namesOtherParty, namesProfessionOfUsersAct, partyMentions, personShape, type Party } from './party';
import { plainLabel } from './questions';
import { normalizeLabel } from './text';

/** What a label says: a key (with how sure), or no key and why (Chinese, shown to the user). */
export interface Classification {
  key: FieldKey | null;
  confidence: number;
  reason?: string;
  /** The key holds only if the rest of the form agrees (a bare 工作单位 is the user's only on a form not about a resident). */
  unsure?: boolean;
  /** A resident's key only because nothing said whose (a bare 联系电话, 联系人): the form may show it is the user's. */
  guessedResident?: boolean;
}

/** What the surroundings say about whose fields these are. */
export interface LabelContext {
  /** Whose details the surroundings hold (party.ts): the section heading (填报人信息, 家庭成员…) or a grid row. */
  party: Party | null;
  /** The page is about the user themself (个人中心): person fields are officer.*. */
  selfPage: boolean;
}

export const UNKNOWN_REASON = '未识别的字段，不自动填写';
const NEGATIVE_REASON = '该字段不自动填写（验证码、密码、备注等）';
export const OTHER_PERSON_REASON = '属于他人（家属、监护人等）的信息，不自动填写';
const NO_SUCH_VALUE_REASON = '这一栏在本产品中没有对应的信息，不自动填写';

const byLabel = new Map<string, FieldKey>();
for (const key of FIELD_KEYS) for (const label of KEY_LABELS[key] ?? []) byLabel.set(label, key);
for (const act of VISIT_ACTS) {
  for (const [suffixes, key, except] of VISIT_SUFFIXES) {
    if (except.includes(act)) continue;
    for (const suffix of suffixes) if (!byLabel.has(act + suffix)) byLabel.set(act + suffix, key);
  }
}
for (const [matters, heads, key] of MATTER_COMPOSITIONS) {
  for (const matter of matters) for (const head of heads) if (!byLabel.has(matter + head)) byLabel.set(matter + head, key);
}
// The organisation of whoever did the user's act (随访机构, 填报工会, the mediator's 调解组织); not of a reply (答复单位 is
// the handling unit's), nor of accepting a matter (受理部门: a hotline centre's or the department an errand goes to).
for (const act of OFFICER_ACTS.filter((a) => !['回复', '答复', '受理'].includes(a))) {
  for (const head of ORGANISATION_HEADS) if (!byLabel.has(act + head)) byLabel.set(act + head, 'officer.unit');
}
const attrByWord = new Map<string, PersonAttr>();
for (const [attr, words] of Object.entries(PERSON_ATTRS) as [PersonAttr, readonly string[]][]) {
  for (const word of words) attrByWord.set(word, attr);
}
const ATTR_WORDS = [...attrByWord.keys()];
/** Phrases long enough to be trusted inside a longer label ("本次走访日期"). */
const tolerantPhrases = [
  ...[...byLabel].filter(([label]) => label.length >= 4).map(([label, key]) => ({ label, key: key as FieldKey | PersonAttr })),
  ...[...attrByWord].filter(([word]) => word.length >= 4).map(([label, attr]) => ({ label, key: attr as FieldKey | PersonAttr })),
].sort((a, b) => b.label.length - a.label.length);

/** Words before a person attribute that do not change whose it is ("本人联系电话", "现家庭住址"). */
const NEUTRAL_OWNER = /^(本人|个人|常用|有效|主要|目前|现在?|家庭|常住|详细)$/;

function isAttr(value: FieldKey | PersonAttr): value is PersonAttr {
  return !value.includes('.');
}

/** The key of a person attribute for a party; null where the product has no such value (the resident's 职务). */
export function personKey(attr: PersonAttr, party: Party | null, selfPage = false): FieldKey | null {
  const who = party ?? (selfPage || attr === 'unit' || attr === 'position' ? 'officer' : 'resident');
  if (who === 'officer') {
    return attr === 'name' || attr === 'phone' || attr === 'unit' || attr === 'position' ? `officer.${attr}` : null;
  }
  if (who === 'resident') return attr === 'unit' || attr === 'position' ? null : `resident.${attr}`;
  return null;
}

/** Party words that say only "a contact": under a section about somebody else, they are that party's contact. */
const WEAK_PARTY_WORDS = new Set(['联系人', '联系', '来电']);

/** "填报人电话" → officer phone; "户主" → resident name. Null when the label starts with no party word. */
function byPartyWord(label: string, section: Party | null): { party: Party; attr: PersonAttr | null; word: string } | null {
  const lead = leadingParty(label, section);
  if (!lead) return null;
  const { party } = lead;
  const after = label.slice(lead.word.length).replace(/^的/, '');
  // The resident named again as the people or household of the act, or its head (被走访群众, 所帮扶对象电话, 联系户户主).
  const again = party === 'resident' ? SAME_RESIDENT.exec(after)![0] : '';
  const word = lead.word + again;
  // A representative of residents (群众代表, 居民代表) is one of them.
  const rest = party === 'resident' ? after.slice(again.length).replace(/^代表/, '') : after;
  // A side named alone (申请方, 投诉方) asks its name, as its person does (申请人).
  if (rest === '') return /(人|户主|对象|干部|党员|员|者|专干|代表|委员|执委|医生|护士|社工|书记|主任|船长|方)$/.test(word) || PEOPLE_OF_AN_ACT.test(word) ? { party, attr: 'name', word } : null;
  // The user signs with their name (走访人签名, 随访医生签字).
  if (party === 'officer' && SIGNATURE.test(rest)) return { party, attr: 'name', word };
  // Which of the person's addresses (来访人常住地址, 户主现居住地址) is still their address.
  return { party, attr: attrByWord.get(rest) ?? attrByWord.get(rest.replace(ADDRESS_MODIFIERS, '')) ?? null, word };
}

const SIGNATURE = /^(签名|签字)$/;

/**
 * The people or household an act is for, named as such (被走访群众, 所联系居民, 联系群众, 被走访户): a name. Not the
 * people alone (群众), nor their representative (群众代表).
 */
const PEOPLE_OF_AN_ACT = /^.{2,}(群众|居民|村民|市民|户)$/;
/** Words naming the resident again after their role: the people, the household, its head (群众户主, 户户主, 对象). */
const SAME_RESIDENT = /^(群众|居民|村民|市民|对象|户(?!主))?(户主)?/;

/**
 * Who came along or helped (同行委员, 陪同检查人员, 协办执法人员, 陪同接待的街道工作人员, 参加接待的其他代表, 协助民警,
 * 辅助普查员, 陪查人员: the one who assists or accompanies an act said in one character, as 主查人 leads it):
 * a word of going along, then the user's role or act (an act may be joined by 的 to the role, the role be 其他 ones),
 * or the plain colleagues and officials who went (人员, 同志, 民警, 一同走访的成员).
 */
const COMPANION = /^(陪同|陪访|陪[检查巡]|辅助|辅[检查访巡]|同行|随行|随同|协同|同场|一同前往|一起前往|一同|一起|共同|结伴|同去|同往|同访|同巡|同检|同查|协办|协助|协查|配合|参加|参与|参会|与会|出席)(.+)$/;
const FELLOW_PERSONS = ['人', '人员', '同志', '同事', '民警', '干部', '成员'];
const ATTENDING = /^(参会|与会|出席)$/;

function companionKey(label: string): FieldKey | null {
  const [, along, rest] = COMPANION.exec(label) ?? [];
  if (!rest) return null;
  // At a meeting, only a post of the user's side named so (参会连队干部): 参会人员 may be any office's people.
  if (ATTENDING.test(along)) return !/[、,，和及]/.test(rest) && personShape(rest) === 'officer' ? 'visit.companions' : null;
  // A leader who went along (陪同领导, 陪同走访领导) too, though a leader of an act alone (接访领导) may not be the user.
  const act = rest.replace(/领导$/, '');
  // Those who helped deal with the matter on the spot (协助处置人) went along too.
  if (act === '' || OFFICER_ACTS.includes(act) || WENT_ALONG.test(rest) || /^(处置|处理|调处)(人|人员)$/.test(rest)) return 'visit.companions';
  const person = rest.replace(/^的/, '').replace(ACT_OF_ROLE, '').replace(/^其[他它]/, '');
  // A post of the user's side by its shape (同行辅警), one person: a list (居民、网格员) may name others; or the members of
  // a body only the user's side sits on (陪同红白理事会成员).
  const post = !/[、,，和及]/.test(person) && (personShape(person) === 'officer' || STAFF_BODY.test(person.replace(/(成员|人员)$/, '')));
  // Who assists (辅助) is a companion only as one of the user's roles (辅助调查员): 辅助人员 may be anybody's helper.
  const fellow = FELLOW_PERSONS.includes(person) && along !== '辅助';
  return fellow || isOfficerRole(person) || post ? 'visit.companions' : null;
}

/** Those a label names went along with the user (陪同村干部, 同行人员): the visit's companions. */
export const wentAlong = (label: string): boolean => companionKey(label) === 'visit.companions';

/**
 * A detail of who went along (陪同村干部姓名, 陪同人员电话): their name is the companions; their phone, unit or post is
 * theirs, not the user's though their role is one of the user's side.
 */
function companionDetail(label: string): Classification | null {
  const word = ATTR_WORDS.find((w) => label.endsWith(w) && w.length < label.length);
  if (!word || !wentAlong(label.slice(0, -word.length))) return null;
  return attrByWord.get(word) === 'name' ? { key: 'visit.companions', confidence: 0.9 } : { key: null, confidence: 0.9, reason: ATTRIBUTE_OF_REASON };
}

/**
 * Those who went, said so (一起去的, 一起去的同志, 一同走访的, or the going alone: 一同前往, 随同前往, 一同参加): the companions. Not
 * who came (一起来的: with a visitor).
 */
const WENT_ALONG = new RegExp(`^(去|前往|上门|入户|${OFFICER_ACTS.join('|')})的(${FELLOW_PERSONS.join('|')})?$|^(前往|上门|入户|参加)$`);

/** "陪同接待的" before a role: the act the companion went along on. */
const ACT_OF_ROLE = new RegExp(`^(${OFFICER_ACTS.join('|')})的`);

/**
 * "巾帼志愿者（同去）", "核查人（二）", "第二核查人": one of the user's roles with a remark saying this one went along, or
 * is the second of them (the user is the first): a companion.
 */
function companionInRemark(label: string): FieldKey | null {
  // The second of them named first (第二核查人, 第二调查人员), as in a remark.
  const [, second] = /^第[二三2-3](.+)$/.exec(label) ?? [];
  if (second) return isOfficerRole(second) ? 'visit.companions' : null;
  const [, role, remark] = /^(.+)\(([^)]+)\)$/.exec(label) ?? [];
  // Who went along, with examples of whom (陪同人员（楼栋长、志愿者等）): those people went with the user.
  if (role && KEY_LABELS['visit.companions']!.includes(role) && /等$/.test(remark)) return 'visit.companions';
  if (!role || !isOfficerRole(role)) return null;
  return ALONG_REMARK.test(remark) || SECOND_REMARK.test(remark) ? 'visit.companions' : null;
}

const ALONG_REMARK = /^(陪同|同行|随行|随同|同去|同往|一同前往|协助|协办)$/;
/** A remark saying which of a pair this one is: the second (（二）, （第二人）). */
const SECOND_REMARK = /^第?[二三2-3][人名位]?$/;

/** The role a label asks the second of a pair for (复核人（二） → 复核人), whatever the role; undefined otherwise. */
export function secondOfPair(label: string): string | undefined {
  const [, role, remark] = /^(.+)\(([^)]+)\)$/.exec(normalizeLabel(label)) ?? [];
  return remark && SECOND_REMARK.test(remark) ? role : undefined;
}

/** "检查人员1", "检查人员2": the user's people numbered; the first is the user, the others went along. */
function numberedRole(label: string, context: LabelContext): Classification | null {
  const [, role, number] = /^(.+?)([1-3一二三])$/.exec(label) ?? [];
  if (!role || !isOfficerRole(role)) return null;
  return /[1一]/.test(number) ? exact(role, context) : { key: 'visit.companions', confidence: 0.9 };
}

/** "消防宣传员/网格员": the user by any of the roles offered. */
function eitherOfficerRole(label: string): FieldKey | null {
  const roles = label.split('/');
  return roles.length > 1 && roles.every(isOfficerRole) ? 'officer.name' : null;
}

/** The whole text is one role of the user (调查人, 接待代表, 巾帼志愿者). */
function isOfficerRole(text: string): boolean {
  const role = leadingParty(text);
  return role?.word === text && role.party === 'officer';
}

function exact(label: string, context: LabelContext): Classification | null {
  const key = matterKey(label) ?? companionKey(label) ?? eitherOfficerRole(label) ?? (namesProfessionOfUsersAct(label) ? 'officer.name' : null)
    ?? villageKey(label) ?? homePlace(label, context);
  if (key) return { key, confidence: 0.95 };
  const companion = companionDetail(label);
  if (companion) return companion;
  // Sides of life named together are an account by composition only: a label naming the account itself (走访情况) is surer.
  const life = lifeKey(label);
  if (life) return { key: life, confidence: 0.85 };
  const composite = byPartyWord(label, context.party);
  // A 联系人 under the user's heading (填报单位信息) is the filing side's contact, not the resident; a caller (来电) is.
  const sidesContact = context.party === 'other' ? WEAK_PARTY_WORDS.has(composite?.word ?? '') : context.party === 'officer' && composite?.word === '联系人';
  if (composite?.attr && sidesContact) {
    return { key: null, confidence: 0.9, reason: OTHER_PERSON_REASON };
  }
  if (composite?.attr) {
    const result = withKey(personKey(composite.attr, composite.party), 0.9, composite.party);
    return label.startsWith('联系人') && !context.party ? { ...result, guessedResident: true } : result;
  }
  const attr = attrOf(label) ?? attrByWord.get(label.replace(ADDRESS_MODIFIERS, ''));
  if (attr) {
    const result = withKey(personKey(attr, context.party, context.selfPage), context.party ? 0.9 : 0.85, context.party);
    // A party that may be a body (姓名/名称) is never the user; a unit's 名称 (服务站名称) is just its name.
    if (attr !== 'unit' && result.key?.startsWith('officer.') && /名称/.test(label)) return withKey(null, 0.8);
    if (!context.party && !context.selfPage && result.key?.startsWith('resident.')) return { ...result, guessedResident: true };
    // "工作单位" with nothing saying whose: the user's, unless the form turns out to be about a resident.
    const sure = STAFF_BODY.test(label) || context.party || context.selfPage;
    return (attr === 'unit' || attr === 'position') && !sure ? { ...result, unsure: true } : result;
  }
  return null;
}

/**
 * A village named by what it is to the record (受益村屯, 项目所在村, 征迁村, 红色名村): the village the record is in; not
 * one the household was in before or moves to (原居住村, 迁出村), a neighbour's, nor a hamlet below the village (自然村).
 */
const VILLAGE = /^(\p{Script=Han}{1,4})(村|村屯)$/u;
const NOT_THIS_VILLAGE = /^(原|曾|迁|户籍|户口|出生|自然|邻|外|他)/;

function villageKey(label: string): FieldKey | null {
  const qualifier = VILLAGE.exec(label)?.[1];
  const plain = qualifier && !NOT_THIS_VILLAGE.test(qualifier) && !NEGATIVE_WORDS.some((word) => qualifier.includes(word));
  return plain ? 'place.community' : null;
}

/** Where a person's home is, registered, resettled or now, before a level of the place (户籍所在街道, 安置地街道（乡镇）, 现居镇街). */
const HOME_PLACE = /^((户籍|户口)(?=所在|所属)|安置地|安置点|搬迁地|现居住地?|现住地?|现居|居住地)/;

/** The town or village of a person's registered or resettled home: the place the record is in. */
function homePlace(label: string, context: LabelContext): FieldKey | null {
  const [home] = HOME_PLACE.exec(label) ?? [];
  const key = home ? classifyLabel(label.slice(home.length), context)?.key : null;
  return key === 'place.street' || key === 'place.community' ? key : null;
}

/** The matter a whole label names: listed or composed ("信件标题"), with fillers dropped ("诉求具体内容"), acts joined, or lists. */
function matterKey(label: string): FieldKey | null {
  const plain = label.replace(FILLER_BEFORE_HEAD, '');
  const key = byLabel.get(label) ?? byLabel.get(plain) ?? jointVisitKey(plain) ?? plannedKey(label) ?? handlingSideKey(label)
    ?? alternativesKey(label) ?? sharedHeadKey(label);
  if (key) return key;
  if (NEEDS_SOLVING.test(label) || titledContent(label)) return 'issue.description';
  return voicesKey(label);
}

/** What a matter named by its title says (信访事项主要内容, 反映事项详情): its description, not its title. */
function titledContent(label: string): boolean {
  const plain = label.replace(FILLER_BEFORE_HEAD, '');
  const head = /(内容|详情|描述)$/.exec(plain)?.[0];
  return Boolean(head) && byLabel.get(plain.slice(0, -head!.length)) === 'issue.title';
}

/**
 * "症状及用药情况", "住房、财产及生活状况", "企业生产经营情况", "“两不愁三保障”情况": several sides of a visited household's
 * life named together ask for an account of what the visit found. One side alone (健康状况, 思想动态) is often a choice
 * or a checklist item, not the visit's record; an ask or advice listed beside it (思想动态及诉求) is part of what was heard.
 */
function lifeKey(label: string): FieldKey | null {
  // The sides checked, then the check's own word (住房及生活状况核查情况): the account of checking them.
  const text = label.replace(/["“”'‘’「」]/g, '').replace(LIFE_OWNER, '').replace(/(核查|核实|调查|走访|入户|了解)(情况|状况)$/, '');
  let sides = 0;
  let besides = 0;
  for (const part of text.split(/以及|及|和|与|、/).map((side) => side.replace(/(情况|状况)$/, ''))) {
    if (BESIDE_SIDES.includes(part)) {
      besides++;
      continue;
    }
    const words = runOf(part, LIFE_WORDS);
    if (!words) return null;
    sides += words.reduce((n, word) => n + LIFE_SIDES.get(word)!, 0);
  }
  return sides >= 2 || (sides === 1 && besides) ? 'visit.content' : null;
}

/** Whose life a label asks about, before its sides (家庭收入变化, 企业生产经营). */
const LIFE_OWNER = /^(家庭|本户|老人|儿童|对象|企业|群众|居民|患者|本人)/;
/** The sides of life a visit looks at, with how many each counts for (三保障 is three: schooling, medical care, housing). */
const LIFE_SIDES = new Map<string, number>([
  ...['生活', '学习', '生产', '经营', '住房', '就业', '就学', '就医', '健康', '身体', '思想', '思想动态', '心理',
    '症状', '用药', '服药', '体征', '饮食',
    // One side in two words (身体健康状况 is a single choice of 良好/一般/较差, as 健康状况 is).
    '身体健康', '心理健康', '健康饮食'].map((side): [string, number] => [side, 1]),
  ['三保障', 3], ['两不愁三保障', 5],
  // A household's means (收入, 财产) may be listed among the sides but count for none: alone (家庭收入及财产, asked on a
  // 低保 check) they are figures of the household, not what the visit found.
  ...['财产', '收入', '收入变化', '资产'].map((means): [string, number] => [means, 0]),
]);
/** Listed beside a side of life, what the resident asked or the visitor advised (思想动态及诉求, 症状及指导); not alone (健康指导). */
const BESIDE_SIDES = [...RESIDENT_ASKS, '指导'];
const LIFE_WORDS = [...LIFE_SIDES.keys()].sort((a, b) => b.length - a.length);

/**
 * The part as a run of the words, longest first ("生产经营" → 生产, 经营); null when something else is in it, or with
 * `leading`, the run it opens with (null when none).
 */
function runOf(part: string, words: readonly string[], leading = false): string[] | null {
  const run: string[] = [];
  for (let rest = part; rest; ) {
    const word = words.find((w) => rest.startsWith(w));
    if (!word) return leading && run.length ? run : null;
    run.push(word);
    rest = rest.slice(word.length);
  }
  return run.length ? run : null;
}

/**
 * Who is to handle a matter and how, before it is assigned or as a first step (拟交办单位, 拟承办人, 初步处理意见):
 * the same field as once assigned.
 */
const PLANNABLE: ReadonlySet<FieldKey> = new Set<FieldKey>(['issue.ownerUnit', 'issue.owner', 'issue.measures']);
const PLANNED = /^(拟|初步)/;

function plannedKey(label: string): FieldKey | null {
  const plan = PLANNED.exec(label)?.[0];
  const key = plan ? byLabel.get(label.slice(plan.length)) : undefined;
  return key && PLANNABLE.has(key) ? key : null;
}

const handlingSideWords = [...HANDLING_SIDE_ACTS].sort((a, b) => b.length - a.length);
/** Words before the handling side's acts: planned or needed (拟转送交办机关, 需交办), or the one person in charge (具体负责人). */
const HANDLING_SIDE_LEAD = /^(拟|需要?|具体)?/;

/**
 * "牵头整改单位", "派发承办单位", "报到部门责任人", "具体负责同志", "派单至": the acts of taking a matter on or passing it on,
 * then the body (the owning unit), a person (of that body: the owner) or 至 (the body it goes to). Not who passes it on
 * (交办人), nor what follows an act that names no handler alone (承担处室, 牵头人).
 */
function handlingSideKey(label: string): FieldKey | null {
  const lead = HANDLING_SIDE_LEAD.exec(label)![0];
  const acts = runOf(label.slice(lead.length), handlingSideWords, true);
  if (!acts) return null;
  const rest = label.slice(lead.length + acts.join('').length);
  const passed = PASSING_ACTS.includes(acts.at(-1)!);
  // "派单至", "需交办": the body it goes to.
  if (passed && (rest === '至' || (rest === '' && lead && lead !== '具体'))) return 'issue.ownerUnit';
  if (!acts.some((act) => TAKING_ACTS.includes(act) || PASSING_ACTS.includes(act))) return null;
  const body = HANDLING_BODIES.find((head) => rest.startsWith(head));
  const person = body ? rest.slice(body.length) : rest;
  const alone = acts.length === 1 && lead !== '具体' ? TAKING_ALONE[acts[0]] ?? (passed ? HANDLING_BODIES : []) : null;
  if (alone && !alone.includes(body ?? person)) return null;
  if (body && !person) return 'issue.ownerUnit';
  // Who takes it on (承办监察员, 具体负责同志), or the person of the body it goes to (转办部门经办人).
  return (body || !passed) && HANDLING_PERSONS.includes(person) ? 'issue.owner' : null;
}

/**
 * "要求到场/办结时间", "转送/交办单位": acts offered between one opening word and one head, each read with both. The
 * last act must name the key read so, and no act another key ("问题类别/名称" names two fields and is none).
 */
function sharedHeadKey(label: string): FieldKey | null {
  const parts = label.split('/');
  if (parts.length !== 2 || !parts[0] || !parts[1]) return null;
  const [first, last] = parts;
  const read = (texts: string[]) => new Set(texts.map((text) => byLabel.get(text) ?? handlingSideKey(text)).filter((key) => key));
  const cuts = (text: string) => [...text].map((_, cut) => cut).filter((cut) => cut > 0);
  const lastKeys = read([last, ...cuts(first).map((cut) => first.slice(0, cut) + last)]);
  const firstKeys = read([first, ...cuts(last).map((cut) => first + last.slice(cut))]);
  const keys = new Set([...lastKeys, ...firstKeys]);
  return lastKeys.size === 1 && keys.size === 1 ? [...keys][0] : null;
}

/**
 * "责任科室/单位": a label, then other heads of the same words (责任 + 单位) that mean the same field.
 * Every alternative must: "问题类别/名称" names two fields and is none.
 */
function alternativesKey(label: string): FieldKey | null {
  const [first, ...others] = label.split('/');
  const key = others.length ? byLabel.get(first) : undefined;
  if (!key) return null;
  const same = (head: string) => [...first].some((_, cut) => cut > 0 && byLabel.get(first.slice(0, cut) + head) === key);
  return others.every((head) => head && same(head)) ? key : null;
}

const visitActWords = [...VISIT_ACTS, ...VISIT_COMPANION_ACTS].sort((a, b) => b.length - a.length);

/**
 * Acts joined before one head ("走访调研日期", "入户核查情况"): the visit's, when one of them is a visit act.
 * The first act with a key for the head decides.
 */
function jointVisitKey(label: string): FieldKey | null {
  for (const [suffixes] of VISIT_SUFFIXES) {
    const suffix = suffixes.find((s) => label.endsWith(s));
    if (!suffix) continue;
    const acts: string[] = [];
    for (let rest = label.slice(0, -suffix.length); rest; ) {
      const act = visitActWords.find((word) => rest.startsWith(word));
      if (!act) return null;
      acts.push(act);
      rest = rest.slice(act.length);
    }
    if (acts.length < 2) return null;
    for (const act of acts) {
      const key = act === '调研' ? undefined : byLabel.get(act + suffix);
      // With a 调研 only the date is surely the visit's: 走访调研情况 may be the topic's findings.
      if (key?.startsWith('visit.') && (key === 'visit.date' || !acts.includes('调研'))) return key;
    }
  }
  return null;
}

/**
 * "群众诉求及意见建议", "居民诉求和建议": an issue description listed with what else the resident brings up.
 * Run together ("意见诉求"), what the resident asks for must be among them: 意见建议 alone may be a survey's.
 */
function voicesKey(label: string): FieldKey | null {
  const run = voiceWords(label);
  if (run) return run.some((word) => RESIDENT_ASKS.includes(word)) ? 'issue.description' : null;
  const parts = label.split(/以及|及|和|与|、/);
  if (parts.length < 2 || !parts[0]) return null;
  // Listed apart ("困难及诉求"), the same: what the resident asks for must be among them.
  if (parts.every((part) => RESIDENT_VOICE.includes(part))) return parts.some((part) => RESIDENT_ASKS.includes(part)) ? 'issue.description' : null;
  const described = (part: string) => byLabel.get(part) === 'issue.description' || titledContent(part) || NEEDS_SOLVING.test(part);
  // Somebody's wishes (侨眷意愿, 老人心愿) listed with what needs solving (侨眷意愿及需协调事项) are brought up alike.
  const voiced = (part: string) => RESIDENT_VOICE.includes(part) || WISHES.test(part);
  return parts.some(described) && (described(parts[0]) || voiced(parts[0])) && parts.every((part) => described(part) || voiced(part)) ? 'issue.description' : null;
}

/** Somebody's wishes, by a few words of who (侨眷意愿, 群众心愿, 老人的愿望). */
const WISHES = /^[\u4e00-\u9fa5]{0,4}?的?(意愿|心愿|愿望)$/;

const voiceWordsLongestFirst = [...RESIDENT_VOICE].sort((a, b) => b.length - a.length);

/** A run of RESIDENT_VOICE words ("意见诉求" → 意见, 诉求); null when the part is something else. */
function voiceWords(part: string): string[] | null {
  const words = runOf(part, voiceWordsLongestFirst);
  return words && words.length > 1 ? words : null;
}

/** The attribute a label names with nothing saying whose ("单位", "联系电话", "岗位/职务"). */
export function bareAttr(raw: string): PersonAttr | undefined {
  return attrOf(normalizeLabel(raw));
}

/** What a person has beside their name that a bare label may ask (电话, 单位, 职务): whose it is, the person beside tells. */
export type OwnAttr = 'phone' | 'unit' | 'position';
export function ownAttr(raw: string): OwnAttr | undefined {
  const attr = bareAttr(raw);
  return attr === 'phone' || attr === 'unit' || attr === 'position' ? attr : undefined;
}

/** A person attribute by one of its words, or by several of them offered together ("岗位/职务", "手机或电话"). */
function attrOf(label: string): PersonAttr | undefined {
  const parts = label.split(/[/、]|或/);
  // 名称 beside 姓名 (姓名/名称) leaves open whether the party is a person or a body: its name either way.
  const attrs = new Set(parts.map((part) => attrByWord.get(part) ?? (part === '名称' ? 'name' : undefined)));
  if (parts.length > 1) return attrs.size === 1 && parts.some((part) => attrByWord.has(part)) ? [...attrs][0] : undefined;
  return attrByWord.get(label) ?? joinedAttr(label) ?? (OWN_ORGANISATION.test(label) || STAFF_BODY.test(label) ? 'unit' : undefined);
}

/** Two words of one attribute run together (岗位职务, 职务职位). */
function joinedAttr(label: string): PersonAttr | undefined {
  for (let cut = 2; cut <= label.length - 2; cut++) {
    const attr = attrByWord.get(label.slice(0, cut));
    if (attr && attr === attrByWord.get(label.slice(cut))) return attr;
  }
  return undefined;
}

function withKey(key: FieldKey | null, confidence: number, party: Party | null = null): Classification {
  if (key) return { key, confidence };
  return { key: null, confidence, reason: party === 'other' ? OTHER_PERSON_REASON : NO_SUCH_VALUE_REASON };
}

/**
 * "电话号码类型", "手机号码归属地", "回访时间要求", "问题描述字数", "办理结果满意度", "办理结果告知时间": a word after
 * the phrase asks a kind, a place, a rule, a measure, a rating, a state or a when of it, not it.
 */
const ASPECT_TAIL = /^(类型|类别|种类|归属|运营商|要求|标准|规定|安排|频次|长度|字数|格式|模板|范例|示例|有效期|满意|评价|公开|告知|状态|方式|时间|日期|区号|校验)/;
const ASPECT_REASON = '问的是这一项的类型、归属或要求，不是它本身，不自动填写';
/** "预约走访时间", "拟走访时间", "要求回访时间", "申请调解日期": a meeting booked, planned, due or applied for has not happened. */
const NOT_YET_MET = /预约|拟|计划|应|要求|申请|下一?次|预计|约定/;
const NOT_YET_MET_REASON = '是约定或计划的日子，不是这次走访的日期，不自动填写';

/** The longest trusted phrase inside the label, if exactly one key has it. */
/**
 * What a label asks after a key it names (牵头领导职务, 陪同人员电话, 责任单位地址): an attribute of that person or body
 * (its phone, post, unit, address, id, sex), never the key itself. Not a name (责任单位名称 is the unit).
 */
function attributeAfter(tail: string): boolean {
  const word = ATTR_WORDS.find((w) => tail.startsWith(w));
  return !!word && attrByWord.get(word) !== 'name';
}
/** Keys that hold a body, not a person; and a tail naming some of its people (在岗人员, 成员, 负责人). */
const BODY_KEYS: ReadonlySet<string> = new Set(['officer.unit', 'issue.ownerUnit']);
const PEOPLE_OF_BODY = /^.{0,4}(人员|成员|队员|负责人|联系人|队长|组长|站长|主任|书记)$/;
/** Invited (邀请, 特邀, 受邀): guests of the user's act, not the user's side. */
const INVITED = /(邀请|特邀|受邀|约请)$/;
/** A person named as invited (邀请参加人员, 特邀调解员, 受邀单位人员). */
const INVITED_GUEST = /^(邀请|特邀|受邀|约请)(参加|参与|出席|列席)?.{0,6}(人|人员|员|代表|嘉宾)(姓名)?$/;
const ATTRIBUTE_OF_REASON = '这一栏问的是某人或某单位的电话、职务等其他信息，不自动填写';

function tolerant(label: string, context: LabelContext): Classification | null {
  const found = tolerantPhrases.find((phrase) => label.includes(phrase.label));
  if (!found) return null;
  const rivals = tolerantPhrases.filter((p) => p.label.length === found.label.length && p.key !== found.key && label.includes(p.label));
  if (rivals.length) return null;
  const at = label.indexOf(found.label);
  if (ASPECT_TAIL.test(label.slice(at + found.label.length))) return { key: null, confidence: 0.7, reason: ASPECT_REASON };
  if (found.key === 'visit.date' && NOT_YET_MET.test(label.slice(0, at))) return { key: null, confidence: 0.7, reason: NOT_YET_MET_REASON };
  if (!isAttr(found.key)) {
    const tail = label.slice(at + found.label.length);
    if (attributeAfter(tail)) return { key: null, confidence: 0.7, reason: ATTRIBUTE_OF_REASON };
    // The people of a body (驻村工作队在岗人员, 检查单位人员) are persons, not the body.
    if (BODY_KEYS.has(found.key) && PEOPLE_OF_BODY.test(tail)) return { key: null, confidence: 0.7, reason: OTHER_PERSON_REASON };
    // People the user invites (邀请参加人员, 特邀参会代表) take part as guests, not as the user's companions.
    if (found.key === 'visit.companions' && INVITED.test(label.slice(0, at))) return { key: null, confidence: 0.7, reason: OTHER_PERSON_REASON };
    return { key: found.key, confidence: 0.7 };
  }
  // "承办人联系电话", "企业联系电话": an attribute of somebody or something we do not know is not ours to fill.
  const owner = label.slice(0, at);
  const named = byPartyWord(label, context.party);
  if (/(人|员|者|干部|领导)$/.test(owner) && !named) return { key: null, confidence: 0.7, reason: OTHER_PERSON_REASON };
  if (owner && !named && !NEUTRAL_OWNER.test(owner)) return { key: null, confidence: 0.6, reason: UNKNOWN_REASON };
  const key = personKey(found.key, named?.party ?? context.party, context.selfPage);
  return key ? { key, confidence: 0.7 } : null;
}

/** A business or venue visited by the user (企业, 商户, a checked 场所, a 合作社): its contact stands for the resident there. */
export const VISITED_BUSINESS = /^(企业|公司|商户|店铺|门店|个体工商户|经营户(?!主)|厂|场所|民宿|农家乐|宾馆|旅馆|饭店|餐馆|工坊|合作社)|^被(检查|巡查|走访|服务|帮扶)(单位|企业|场所|商户)/;

/**
 * The contact person of a business section ("联系人", "企业联系人", "联系人手机") and which of their attributes
 * it holds; null for anything else there (企业名称, 企业地址, 联系人职务, a bare 联系电话 that may be the office's).
 */
export function businessContactAttr(raw: string): 'name' | 'phone' | null {
  const label = normalizeLabel(raw).replace(VISITED_BUSINESS, '');
  // Whoever answers for the business there (负责人, 现场负责人, 消防安全责任人, a co-operative's 理事长), keeps it (经营户主,
  // 经营者) or deals with the user (对接人) is its contact too.
  const contact = /^((现场|在场)?联系人|对接人|经营(户主|者|人)|理事长|(现场|在场|主要|(消防|生产|食品)?安全)?(负责人|责任人))/.exec(label)?.[0];
  if (!contact) return null;
  const rest = label.slice(contact.length);
  const attr = rest ? attrByWord.get(rest) : 'name';
  return attr === 'name' || attr === 'phone' ? attr : null;
}

/**
 * Classifies one label text. Returns null when the text is empty (no evidence either way),
 * otherwise a key or a reason why not.
 */
export function classifyLabel(raw: string, context: LabelContext): Classification | null {
  const memoKey = `${context.party}|${context.selfPage}|${raw}`;
  if (memo.has(memoKey)) return memo.get(memoKey)!;
  if (memo.size > 5000) memo.clear();
  const result = committeeOfUser(classifyUncached(raw, context), raw, context);
  memo.set(memoKey, result);
  return result;
}

/** 所在社区居委会 under the user's heading (走访人信息): not the resident's community but the body the user works in. */
function committeeOfUser(found: Classification | null, raw: string, context: LabelContext): Classification | null {
  const asked = found?.key === 'place.community' && context.party === 'officer' && COMMUNITY_COMMITTEE.test(normalizeLabel(raw));
  return asked ? { ...found, key: 'officer.unit' } : found;
}

/** "二次回访日期", "第二次走访情况": a later round of the act than the one this record is, filled when it happens. */
const LATER_ROUND = new RegExp(`^(二次|再次|第[二三四2-9]次)(${[...VISIT_ACTS].join('|')})`);
const LATER_ROUND_REASON = '是以后再一次的回访或走访，不是本次的，不自动填写';

/** "身份证号后六位", "手机尾号", "证件号码（前6位）": a part of a number, which the whole number would not fit. */
const PART_OF_NUMBER = /(前|后|末|尾)[0-9一二三四五六七八九十]{1,2}位|尾号/;
const PART_OF_NUMBER_REASON = '只要号码的一部分，不自动填写';

/** Pages repeat labels (and detection runs again after each fill): remember what each one meant. */
const memo = new Map<string, Classification | null>();

function classifyUncached(raw: string, context: LabelContext): Classification | null {
  const label = normalizeLabel(raw);
  if (!label) return null;
  if (NEGATIVE_LABELS.includes(label)) return { key: null, confidence: 0.9, reason: NEGATIVE_REASON };
  if (PART_OF_NUMBER.test(label)) return { key: null, confidence: 0.9, reason: PART_OF_NUMBER_REASON };
  if (LATER_ROUND.test(label)) return { key: null, confidence: 0.8, reason: LATER_ROUND_REASON };
  // A checklist's write-in for what its boxes miss (其他隐患（请注明）): "其他(请注明)", whatever the 其他 is.
  if (/^(其他|其它).*\((请|需)?(注明|说明|填写)\)$/.test(label)) return { key: null, confidence: 0.8, reason: NEGATIVE_REASON };
  // Before the other parties: 核查人（二） is a second of the user's people, not a second party as 当事人（二）.
  if (companionInRemark(label)) return { key: 'visit.companions', confidence: 0.9 };
  const numbered = numberedRole(label, context);
  if (numbered) return numbered;
  // A helper of the household who went along with the user (陪同楼门长, 同行村医): a companion, not somebody else.
  if (NEIGHBOURHOOD_HELPERS.includes(COMPANION.exec(label)?.[2] ?? '')) return { key: 'visit.companions', confidence: 0.9 };
  // Examples listed in brackets (访视情况及指导（母乳喂养、新生儿护理等）) say what to write about, not whose it is.
  if (namesOtherParty(label.replace(/\([^)]*等\)/g, ''))) return { key: null, confidence: 0.9, reason: OTHER_PERSON_REASON };
  // Residents at a meeting (参会居民代表): several people who came.
  if (MEETING_ATTENDEES.test(label)) return { key: null, confidence: 0.8, reason: OTHER_PERSON_REASON };
  // Guests invited to the user's act (邀请参加调解人员, 特邀调解员): whoever they are, not the user nor anyone who went along.
  if (INVITED_GUEST.test(label)) return { key: null, confidence: 0.8, reason: OTHER_PERSON_REASON };
  // "联系电话2", "住址(二)": a second one of something is somebody else's or a spare; not ours to fill.
  if (/([2-9二三四五六]|\(第?[2-9二三四五六][人名位]?\))$/.test(label) && !/\d{2,}$/.test(label)) return { key: null, confidence: 0.7, reason: UNKNOWN_REASON };
  // "联系电话（备用）", "住址（其他）": a remark asking a spare or another one, as 备用电话 would.
  if (/\((备用|备选|其他|其它|另一?个?)\)$/.test(label)) return { key: null, confidence: 0.7, reason: UNKNOWN_REASON };
  // "户主姓名（拼音）", "走访日期（农历）": the value written another way than ours.
  if (/\((拼音|英文|外文|农历|阴历|大写|繁体)\)$/.test(label)) return { key: null, confidence: 0.7, reason: NO_SUCH_VALUE_REASON };
  // "发现隐患数", "走访户数": a count, which none of our values is.
  if (/数$/.test(label)) return { key: null, confidence: 0.8, reason: NO_SUCH_VALUE_REASON };
  // "整改期限（天）", "补助（元）": a unit in the remark asks a number, which none of our values is.
  if (/\((天|个?工作日|小时|元|万元|户|人次?|件|次|个|%|％)\)$/.test(label)) return { key: null, confidence: 0.7, reason: NO_SUCH_VALUE_REASON };
  const fuller = fullerNameInRemark(label, context);
  if (fuller) return fuller;
  const bare = label.replace(/\([^)]*\)|\[[^\]]*\]|【[^】]*】/g, '');
  const whole = exact(label, context) ?? roleInRemark(label, context) ?? attrOfRoleInRemark(label) ?? phoneOrWechat(label, context) ?? actOnPerson(label, context);
  if (whole) return whole;
  const explained = explainedHead(label, context) ?? addressByFormat(label, bare, context) ?? addressByParts(label, context);
  if (explained) return explained;
  const found = (bare && bare !== label ? exact(bare, context) ?? headInBrackets(label, bare) ?? joinedInBrackets(label, context) : null)
    ?? looseMatch(label, bare, context);
  // A remark asking for a one-line summary ("反映的问题（一句话概括）") wants a title, not the long text its words name:
  // the matter's title when they name the matter.
  if (found?.key && LONG_TEXT_KEYS.has(found.key) && BRIEF.test(label)) {
    return found.key === 'issue.description' ? { key: 'issue.title', confidence: 0.8 } : { key: null, confidence: 0.6, reason: BRIEF_REASON };
  }
  if (found?.key || (found && found.reason !== UNKNOWN_REASON)) return found;
  // A label written as a question (户主叫啥名字？, 还有什么困难需要帮助？): the ordinary label it asks for.
  const plain = plainLabel(label);
  const asked = plain ? classifyLabel(plain, context) : null;
  return asked?.key ? asked : found ?? { key: null, confidence: 0.5, reason: UNKNOWN_REASON };
}

/**
 * "电话（网格员）", "姓名（业主）": a person's attribute whose person a remark names is that person's, by the role word
 * or the noun's shape; nobody's we know for somebody else or a person of either side (电话（对接人）). A remark
 * naming no person (电话（手机）) says nothing here.
 */
function attrOfRoleInRemark(label: string): Classification | null {
  const [, head, role] = /^(.+)\(([^)]+)\)$/.exec(label) ?? [];
  const attr = head ? attrOf(head) : undefined;
  if (!attr) return null;
  const lead = leadingParty(role);
  const shape = lead?.word === role ? lead.party : namesOtherParty(role) ? 'other' : personShape(role);
  if (!shape) return null;
  const party = shape === 'either' ? 'other' : shape;
  return withKey(personKey(attr, party), 0.9, party);
}

/**
 * "手机/微信", "联系电话（微信同号）": a phone asked with the WeChat it doubles as is the phone (a WeChat account goes by
 * its phone number). A WeChat alone (微信号) stays unfilled.
 */
function phoneOrWechat(label: string, context: LabelContext): Classification | null {
  const phone = /^(.*(手机|电话)(号码|号)?)[/、或]?\(?微信(号码|号)?(同号)?\)?$/.exec(label)?.[1];
  const found = phone ? exact(phone, context) : null;
  return found?.key?.endsWith('.phone') ? found : null;
}

/**
 * "联系人（双岗联系人）", "电话（户主电话）": a remark that is the label's own words made fuller says which one is asked;
 * the fuller words decide, and where they name nothing we know the label alone says too little to fill.
 */
function fullerNameInRemark(label: string, context: LabelContext): Classification | null {
  const [, head, remark] = /^([^(]+)\(([^)]+)\)$/.exec(label) ?? [];
  if (!remark || remark.length <= head.length || !remark.endsWith(head)) return null;
  const found = classifyLabel(remark, context);
  return found?.key ? found : { key: null, confidence: 0.7, reason: UNKNOWN_REASON };
}

/**
 * A visit named with whom it meets (约见信访人日期, 走访群众时间): the visit's day or place. 约谈 with a resident named
 * (约谈信访人日期) is meeting them as 约见 is; 约谈 alone may summon a business (约谈企业负责人), so it is no visit act.
 */
const ACT_ON_PERSON = new RegExp(`^(${[...VISIT_ACTS, '约谈'].join('|')})(群众|居民|村民|市民|信访人|来访人|申请人|当事人|老人|对象|农户|户主|住户)(日期|时间|地点)$`);

function actOnPerson(label: string, context: LabelContext): Classification | null {
  const [, act, , head] = ACT_ON_PERSON.exec(label) ?? [];
  return act ? exact((act === '约谈' ? '约见' : act) + head, context) : null;
}

/** "社区联系人（走访人）": a person whose role a remark names is that role's person. */
function roleInRemark(label: string, context: LabelContext): Classification | null {
  const [, person, role] = /^(.+)\(([^)]+)\)$/.exec(label) ?? [];
  const last = role ? partyMentions(person).at(-1) : undefined;
  if (!last || last.at + last.word.length !== person.length || last.party === 'other') return null;
  const [mention] = partyMentions(role);
  return mention?.word === role && mention.party !== 'other' ? exact(role, context) : null;
}

/** "走访内容：了解到的情况、…": a known label, then what to write in it. The label decides. */
function explainedHead(label: string, context: LabelContext): Classification | null {
  const colon = label.indexOf(':');
  const found = colon >= 2 ? exact(label.slice(0, colon), context) : null;
  return found?.key ? found : null;
}

/** The parts of a home's address a format remark spells out (小区-楼-室, 街路巷+门牌+楼栋单元户号, 详细到门牌号). */
const ADDRESS_PARTS = /街路巷|小区|楼栋|楼|单元|室|户号|门牌/g;
/** Addresses that are not of where a person lives: a body's, a workplace's, an event's, a registration's. */
const NOT_A_HOME = /单位|企业|公司|机构|工作|办公|经营|事发|发生|案发|户籍|通讯|邮寄|收件/;

/**
 * "门牌号（小区-楼-室）", "标准地址（街路巷+门牌+楼栋单元户号）", "产休地址（详细到门牌号）": a box for an address or a
 * door number whose remark spells out a home's address, down to its door, asks where the person lives.
 */
function addressByFormat(label: string, bare: string, context: LabelContext): Classification | null {
  const remark = label.slice(bare.length);
  if (!/^[^(]+\([^)]+\)$/.test(label) || !/(地址|住址|门牌号?)$/.test(bare) || NOT_A_HOME.test(bare)) return null;
  const parts = new Set(remark.match(ADDRESS_PARTS) ?? []);
  return parts.size >= 2 || /详细到.{0,2}(门牌|户|室)/.test(remark) ? exact('住址', context) : null;
}

/** A home's address by its parts, from its village group or estate down to its door (组/门牌, 小区-楼栋-单元-门牌, 小区及房号). */
const ADDRESS_BY_PARTS = /^(组别?|村组|小区)([/\-、及和+](楼栋|楼号|楼|栋|单元))*[/\-、及和+](门牌号?|室号?|房号|户号)$/;

/** "组/门牌", "小区-楼栋-单元-门牌": one box for every part of the address, down to the door, asks where the person lives. */
function addressByParts(label: string, context: LabelContext): Classification | null {
  return ADDRESS_BY_PARTS.test(label) ? exact('住址', context) : null;
}

/** "乡（镇）", "所在村（居）": one character in brackets is the other half of a word (乡镇, 所在村居), not a remark. */
function joinedInBrackets(label: string, context: LabelContext): Classification | null {
  const joined = label.replace(/(?<=[\u4e00-\u9fa5])\(([\u4e00-\u9fa5])\)/g, '$1');
  return joined === label ? null : exact(joined, context);
}

/**
 * "调研范围（地点）": the brackets name the head that the last word (a two-character head noun) stands for (调研 +
 * 地点). Only a matter's head (a key of its own with the same first words), never a person's.
 */
function headInBrackets(label: string, bare: string): Classification | null {
  const head = /^[^(]+\(([^)]{2,4})\)$/.exec(label)?.[1];
  const key = head && bare.length >= 4 ? byLabel.get(bare.slice(0, -2) + head) : undefined;
  return key ? { key, confidence: 0.85 } : null;
}

/**
 * People named by what they did (提出诉求的群众, 反映问题群众, 来访的人): a person, whom the form's passes may place,
 * never the matter the words inside name.
 */
const PEOPLE_BY_THEIR_ACT = /(的(群众|居民|村民|市民|人员?|对象)|群众|居民|村民|市民)$/;

/** A known phrase inside a label that no negative word rules out. */
function looseMatch(label: string, bare: string, context: LabelContext): Classification | null {
  if (NEGATIVE_WORDS.some((word) => label.includes(word))) return { key: null, confidence: 0.8, reason: NEGATIVE_REASON };
  if (PEOPLE_BY_THEIR_ACT.test(bare || label)) return null;
  // A long label is a sentence, not a name; a remark in brackets (（母乳喂养、产褥期保健、新生儿护理等）) does not make it one.
  if ((bare || label).length > 24) return { key: null, confidence: 0.5, reason: UNKNOWN_REASON };
  const text = bare || label;
  const plain = text.replace(FILLER_BEFORE_HEAD, '');
  return tolerant(text, context) ?? (plain !== text ? tolerant(plain, context) : null);
}

/** Keys whose value is a long text (描述, 内容, 措施). */
const LONG_TEXT_KEYS: ReadonlySet<FieldKey> = new Set<FieldKey>([
  'issue.description', 'visit.content', 'report.body', 'topic.summary', 'issue.measures', 'issue.result', 'issue.feedback',
]);
/** A remark asking for a one-line summary (一句话概括). */
const BRIEF = /一句话|概括|简述/;
const BRIEF_REASON = '这一栏要的是一句话概括，不是整段内容，不自动填写';

/** Ids and names that carry no meaning (input_1023, el-id-3-12, ctl00$txt1). */
const MEANINGLESS = /^(input|field|text|txt|el-id|el-input|ctl\d*|item|control|form|f|t|i|id|rc_select|ivu|mui|van|vxe)?[-_$]?\d+([-_]\d+)*$/i;

const GENERIC_NAME_TOKENS = new Set(['name', 'address', 'addr', 'phone', 'tel', 'mobile']);

/** Evidence from name/id attributes: pinyin abbreviations (xm, sfzh, lxdh …) or plain English words. */
export function classifyName(name: string, context: LabelContext): Classification | null {
  if (!name || MEANINGLESS.test(name)) return null;
  const whole = name.toLowerCase().replace(/[^a-z]/g, '');
  const tokens = name
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((token) => token.length >= 2);
  const token = [whole, ...tokens.reverse()].find((t) => NAME_TOKENS[t]);
  const hit = token && NAME_TOKENS[token];
  if (!hit) return null;
  // "name", "address" name anything (a topic, a unit): a person's only where a section says whose.
  if (GENERIC_NAME_TOKENS.has(token) && !context.party && !context.selfPage) return null;
  const key = isAttr(hit) ? personKey(hit, context.party, context.selfPage) : hit;
  return key ? { key, confidence: 0.6 } : null;
}
