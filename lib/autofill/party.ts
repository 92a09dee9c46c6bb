/**
 * Whose details a field holds (当事方): the user (填报人), the resident (诉求人, 户主), or somebody else
 * (家庭成员, 代领人, 监护人, 被反映人 …), decided from the field's label, its section heading and its table row.
 * Fields of somebody else are never filled, whatever their label says (姓名, 电话, 身份证号).
 */
import {
  CARE_ACTS, EITHER_SIDE_ACTS, EVENT_PLACE_WORDS, FILING_ACTS, LEADING_OFFICER_ROLES, OFFICER_ACTS, OFFICER_PERSONS, OFFICER_POSTS, OFFICER_REQUEST,
  OFFICER_REQUEST_MATTERS, OFFICER_SECTION_ACT, OFFICER_SECTION_WORDS, ORGANISATION_SECTION, PAIRING_ACTS, PARTY_NOUNS, PASSING_ACTS, PARTY_SECTION, PERSON_ATTRS, RESIDENT_ACTS, RESIDENT_SECTION_WORDS, REVIEW_SECTION, VISIT_ACTS, type Party,
} from './lexicon';
import { normalizeLabel, textOf, withoutRemarks } from './text';

export type { Party };

/** One party word found in a text, e.g. 走访人 (officer) at 0 in "走访人电话". */
export interface PartyMention {
  word: string;
  party: Party;
  at: number;
}

/** Every party word of the vocabulary, with whose it is: the nouns, then the words the acts make. */
const partyByWord = new Map<string, Party>();
for (const act of OFFICER_ACTS) for (const person of OFFICER_PERSONS) partyByWord.set(act + person, 'officer');
for (const act of PAIRING_ACTS) for (const head of ['责任人', '负责人']) partyByWord.set(act + head, 'officer');
// Who leads an inspection or a visit said in one character (主检人, 主查人员, 主访人): the user; who assists or
// accompanies it (辅查人, 陪检人员) went along (classify.ts).
for (const act of ['检', '查', '访', '巡']) for (const person of ['人', '人员']) partyByWord.set(`主${act}${person}`, 'officer');
// The doer of the resident's act (诉求人), and who brings it up (需求提出人, 诉求反映人); not who finds a problem (问题发现人).
// The side that does it too (申请方, 投诉方: a section of a mediation or a complaint), the people who do it (来访群众).
for (const act of RESIDENT_ACTS) {
  for (const doer of ['人', '提出人', '反映人', '方', '群众', '居民', '市民', '村民']) partyByWord.set(act + doer, 'resident');
}
// Who puts an item to a council the user holds with residents (议题提出人, 提出人电话 after it, 提议人), tells their
// matter at a residents' talk point (居民说事点: 说事人) or makes a suggestion (人民建议征集: 建议人): a resident.
for (const word of ['议题提出人', '议事提出人', '提出人', '提议人', '议题提议人', '说事人', '建议人', '建议提出人']) partyByWord.set(word, 'resident');
// Who is visited, said from their side (受访人, 受访群众, 被访对象, 受访户主).
for (const act of ['受访', '被访']) for (const who of ['人', '者', '群众', '居民', '村民', '市民', '对象', '户', '户主']) partyByWord.set(act + who, 'resident');
for (const act of [...OFFICER_ACTS, ...CARE_ACTS]) {
  // The object of the user's act is the resident: 走访对象, 被走访人, 被走访户.
  for (const word of [`${act}对象`, `被${act}`, `被${act}人`]) partyByWord.set(word, 'resident');
}
// A household the user visits or is paired with (走访户, 帮扶户, 走访农户) is the resident's, and so is whom the user's
// act is for (所走访, 所联系群众, 所帮扶对象).
for (const act of OFFICER_ACTS) for (const household of ['户', '户主', '农户', '牧户']) partyByWord.set(act + household, 'resident');
for (const act of [...OFFICER_ACTS, '联系']) partyByWord.set(`所${act}`, 'resident');
for (const act of FILING_ACTS) partyByWord.set(`${act}联系人`, 'officer');
// Who asks to close or extend a matter the user handles (销号申请人, 延期申请人) is the user.
for (const matter of OFFICER_REQUEST_MATTERS) partyByWord.set(`${matter}申请人`, 'officer');
for (const [party, words] of Object.entries(PARTY_NOUNS) as [Party, readonly string[]][]) for (const word of words) partyByWord.set(word, party);
const partyWords = [...partyByWord.keys()].sort((a, b) => b.length - a.length);

/**
 * Acts whose object is the other side of a matter or somebody the resident stands for (被申请人, 被执行人, 被告, 被监护人,
 * 被考核人): "被<act>人" of these is never ours. Of any other act (被宣传人, 被帮教人) it is whom the user's work is for.
 */
const OTHER_SIDE_ACTS = [
  ...RESIDENT_ACTS, '执行', '告', '诉', '控告', '起诉', '申诉', '检举', '揭发', '告发', '指控', '侵权', '侵害', '害', '监护', '赡养', '抚养',
  '扶养', '继承', '代理', '委托', '担保', '保证', '保险', '征收', '拆迁', '处罚', '处分', '查处', '约谈', '询问', '考核', '考察', '评价',
  '推荐', '表彰', '授权', '通知', '审计',
];
/**
 * Whom a matter is against, anywhere in the words (约谈被投诉单位负责人, 被反映单位) or as the other side (对方单位): their
 * fields and their address are not ours. Not 被检查单位: a check is the user's act, on a business the user visits.
 */
const AGAINST = new RegExp(`被(${[...RESIDENT_ACTS, '诉'].join('|')})|对方`);
export const namesSideAgainst = (text: string) => AGAINST.test(text);

/** "被…方" (被申请方, 被反映方) and "被<act of the other side>人" (OTHER_SIDE_ACTS) are the other side of a matter. */
const OTHER_PASSIVE = new RegExp(`^被([^人方]{1,5}方|(${OTHER_SIDE_ACTS.join('|')})人)`);
/**
 * A second or joint party (共同申请人, 其他当事人, 当事人(二)), or a second of anybody's people named first (第二走访人: a
 * label says it is the user's companion, classify.ts): only the first one named is ours.
 */
const FURTHER_PARTY = /(共同|其他|另一|第[二三四五六2-9])(申请|当事|诉求|来访|反映|投诉|举报|求助|信访)|^第[二三四五六2-9][^人]{1,4}人|(人|方)(\([二三四五六2-9]\)|[二三四五六2-9])(信息|情况)?$/;

/** Labels and headings repeat across a page and each detection: their mentions, found once (read-only). */
const mentionsMemo = new Map<string, readonly PartyMention[]>();

/** The party words in a normalised text, left to right, the longest word at each place ("被走访人" is not "走访人"). */
export function partyMentions(text: string): readonly PartyMention[] {
  let found = mentionsMemo.get(text);
  if (!found) {
    if (mentionsMemo.size > 5000) mentionsMemo.clear();
    mentionsMemo.set(text, (found = findMentions(text)));
  }
  return found;
}

function findMentions(text: string): PartyMention[] {
  const found: PartyMention[] = [];
  for (let at = 0; at < text.length; ) {
    const word = partyWords.find((w) => text.startsWith(w, at)) ?? (at === 0 ? leadingRole(text) : undefined);
    if (word) {
      found.push({ word, party: partyByWord.get(word) ?? 'officer', at });
      at += word.length;
      continue;
    }
    if (text[at] === '被' && isOtherPassive(text.slice(at), at === 0)) found.push({ word: '被', party: 'other', at });
    at++;
  }
  return found;
}

/**
 * A "被…" naming the other side (OTHER_PASSIVE). Opening a label, any 被 but the passive of the user's work
 * (被宣传人, a person: see personShape) is somebody else's too (被投诉对象, 被执行单位).
 */
function isOtherPassive(text: string, opening: boolean): boolean {
  return OTHER_PASSIVE.test(text) || (opening && !/^被[^人方]{1,4}人/.test(text));
}

/** 代表, 委员 opening a text, not as the start of a body (委员会). */
function leadingRole(text: string): string | undefined {
  return LEADING_OFFICER_ROLES.find((role) => text.startsWith(role) && text[role.length] !== '会');
}

/**
 * The second side of an agreement or a dispute (乙方, 当事人（乙方）, 丙方姓名): the first (甲方, 申请方) is the resident the
 * record is about. Not a side whose role a remark names (乙方（帮扶对象）): the remark says whose.
 */
const LATER_SIDE = /[乙丙丁]方(?!\()/;

/** Text naming a party that is neither the user nor the resident (被申请人, 监护人, 共同申请人, 乙方 …). */
export function namesOtherParty(text: string): boolean {
  return FURTHER_PARTY.test(text) || LATER_SIDE.test(text) || partyMentions(text).some((m) => m.party === 'other');
}

/** The user's acts one after another (回复填报, 入户调查): all of them the user's. */
const OFFICER_ACT_CHAIN = new RegExp(`^(${[...OFFICER_ACTS, '入户', '上门', '现场'].join('|')})+$`);

/**
 * The party a label starts with ("填报人电话" → officer, "户主" → resident), or null. Its role may come
 * after further acts of the user ("回复填报人", "入户调查员") or be a care category before a head ("老人姓名").
 * The doer of an act either side does (申请人, 申请单位) is the user in the user's own section (销号申请).
 */
export function leadingParty(label: string, section: Party | null = null): PartyMention | null {
  const lead = roleAtStart(label);
  const act = EITHER_SIDE_ACTS.find((word) => label.startsWith(word));
  // The act alone names its doer only before a unit (申请单位); 申请日期, 申请事项 name no one.
  if (!act || (lead ? !lead.word.startsWith(act) : !PERSON_ATTRS.unit.includes(label.slice(act.length)))) return lead;
  return { word: lead?.word ?? act, party: section === 'officer' ? 'officer' : 'resident', at: 0 };
}

function roleAtStart(label: string): PartyMention | null {
  const first = partyMentions(label)[0];
  if (first?.at === 0 && first.party !== 'other') return first;
  if (first?.party === 'officer' && OFFICER_ACT_CHAIN.test(label.slice(0, first.at))) {
    return { word: label.slice(0, first.at + first.word.length), party: 'officer', at: 0 };
  }
  return qualifiedRole(label, first);
}

/**
 * A role after a few words saying which (就业专干, 转移对象) or a care category before a head (高龄老人姓名): the
 * qualifier must name no party itself.
 */
function qualifiedRole(label: string, first: PartyMention | undefined): PartyMention | null {
  const post = OFFICER_POSTS.map((word) => ({ word, at: label.indexOf(word) })).find(({ at }) => at > 0 && at <= 4);
  if (post && (!first || first.at >= post.at)) return { word: label.slice(0, post.at + post.word.length), party: 'officer', at: 0 };
  // Whom an act is for (救助对象, 安置对象): the resident, like 走访对象. Not whom a report goes to (报告对象, 移交对象),
  // nor what a hazard threatens (威胁对象: households counted).
  if (first?.word === '对象' && first.at === 2) {
    return REPORTED_TO.test(label.slice(0, 2)) ? null : { word: label.slice(0, 4), party: 'resident', at: 0 };
  }
  if (first && (first.at <= 4 || OWN_BODY_QUALIFIER.test(label.slice(0, first.at))) && keepsRole(label.slice(0, first.at), first.party)) {
    return { word: label.slice(0, first.at + first.word.length), party: first.party, at: 0 };
  }
  // The category may be qualified (高龄老人, 农村留守儿童), but not be joined by another party word: 老人子女 and
  // 老人联系人 are somebody else.
  const category = RESIDENT_SECTION_WORDS.map((word) => ({ at: label.indexOf(word), end: label.indexOf(word) + word.length }))
    .filter(({ at, end }) => at >= 0 && end <= 6 && end < label.length)
    .sort((a, b) => b.end - a.end)[0];
  if (!category) return null;
  // The category's household head is that person (农户户主, 五保户户主).
  const outside = partyMentions(label).filter((m) => m.at < category.at || m.at >= category.end);
  const head = outside.find((m) => m.word === '户主' && m.at === category.end);
  if (outside.some((m) => m !== head)) return null;
  return { word: label.slice(0, head ? category.end + head.word.length : category.end), party: 'resident', at: 0 };
}

/**
 * Passing word of a matter up or on (报告, 上报, 移交): its 对象 is whom it goes to, an office, not the resident; a hazard's
 * 威胁对象 are the households it threatens, counted. Not 反馈 or 通知: they go to the resident too (反馈对象 on a callback).
 */
const REPORTED_TO = new RegExp(`^(报告|汇报|上报|通报|抄送|威胁|${PASSING_ACTS.join('|')})$`);

/** A longer qualifier naming the body a role serves in (微型消防站队员, 社区服务中心干部). */
const OWN_BODY_QUALIFIER = /^(?=.{5,6}$).+(站|队|中心)$/;

/**
 * Words before a role that make it somebody else's or a body's (其他网格员, 原网格员, 上级审核人员, 物业工作人员),
 * somebody who served once (退休干部, 离休党员: whom the user visits), or the one a matter is about (涉及村干部, 被反映
 * 干部: whom the people complain of), or a count of them (其中党员: how many of the workers are).
 */
const FOREIGN_QUALIFIER = /其他|其它|另|原|前任|上级|第[二三四五六2-9]|企业|公司|物业|单位|商户|学校|幼儿园|银行|工地|酒店|退休|离休|涉及|涉事|所涉|被反映|被举报|被投诉|其中/;
/** Acts the user does for the resident (走访群众, 联系群众), and the matter a person is a party of (案件当事人, 事件当事人). */
const USER_AND_CARE_ACTS = [...OFFICER_ACTS, ...CARE_ACTS, '联系', '案件', '事件', '违法', '违章', '涉案'];

/**
 * Whether a few words before a role keep it whose it is: which one of the user's roles (专职网格员, 本次走访人,
 * 报到党员, 第一作者), two words at least (合作者 is no 作者), never after an act of the resident (留言作者); a
 * resident's role only after an act the user does for them (服务群众, 走访居民): 学校联系人 says nothing of whose.
 */
function keepsRole(qualifier: string, party: Party): boolean {
  if (qualifier.length < 2 || party === 'other' || FOREIGN_QUALIFIER.test(qualifier) || RESIDENT_ACTS.some((act) => qualifier.includes(act))) return false;
  return party === 'officer' || USER_AND_CARE_ACTS.includes(qualifier);
}

/** A step or a part of a form numbered before its heading (第二步：人才信息, 第三部分): not a second person. */
const STEP_NUMBER = /^第[一二三四五六七八九十\d]+(步|部分|节|章|篇)[:.、]?/;

/** The party one section heading names, or null when it names none (走访信息, 基本情况). */
/** The part of a heading after a system's name and a dot or bar (龙江网格通·个人信息 → 个人信息). */
const lastPart = (text: string) => text.split(/[·•|]/).filter(Boolean).pop() ?? text;

/**
 * "需关注人员（独居老人、孕产妇、行动不便者等）": people named by examples of the care groups the user looks after are
 * the residents the record is about, whatever the noun before them.
 */
function peopleOfCareGroups(full: string, text: string): boolean {
  const examples = /\(([^)]*)等\)$/.exec(full)?.[1]?.split(/[、，,]/) ?? [];
  const care = examples.filter((item) => RESIDENT_SECTION_WORDS.some((word) => item.includes(word)));
  return care.length >= 2 && /(人员|对象|群体|人群|群众)$/.test(text);
}

/** Whom a section heading is about, its 信息/情况/资料 aside (务工人员 of 务工人员基本信息). */
export const sectionNoun = (heading: string) => heading.replace(/(的)?(基本)?(信息|情况|资料|身份信息)$/, '');

function headingParty(heading: string): Party | null {
  // A remark in brackets does not change whose the section is: 代领人（老人行动不便时填写）, 家庭成员（不含户主）.
  // Not a number in brackets, though: 当事人(二) is a second party; nor a side in brackets: 当事人（对方）, 当事人（被申请方）.
  // A system's name before the page's (龙江网格通 · 个人信息) is no party: the part after the dot is the heading.
  const full = lastPart(normalizeLabel(heading).replace(STEP_NUMBER, ''));
  const text = lastPart(withoutRemarks(heading).replace(STEP_NUMBER, '')) || full;
  if (peopleOfCareGroups(full, text)) return 'resident';
  if (FURTHER_PARTY.test(full) || namesOtherParty(text) || bracketedSides(full).some(namesOtherParty) || EVENT_PLACE_WORDS.some((word) => text.includes(word)) || ORGANISATION_SECTION.test(text)) return 'other';
  // A remark naming the user as the person of the section (计生专干联系人（填报人）) says it is the user's; not beside a
  // resident named outside it (户主（申报人）: the householder declares). A 联系人 is anybody's contact.
  const userInRemark = bracketedSides(full).some((side) => partyMentions(side).some((m) => m.word === side && m.party === 'officer'));
  if (userInRemark && !partyMentions(text).some((m) => m.party === 'resident' && m.word !== '联系人')) return 'officer';
  const mentions = partyMentions(text).filter((m) => !namesRecordedAct(text, m));
  const officer = mentions.some((m) => m.party === 'officer') || OFFICER_SECTION_WORDS.some((word) => text.includes(word)) || OFFICER_SECTION_ACT.test(text) || OFFICER_REQUEST.test(text);
  // A household registration (户籍信息, 户口登记) is a resident's: its 所属派出所 is theirs, not the user's station.
  const resident = mentions.some((m) => m.party === 'resident') || RESIDENT_SECTION_WORDS.some((word) => text.includes(word)) || /户籍|户口/.test(text);
  if (officer !== resident) return officer ? 'officer' : 'resident';
  if (!officer && REVIEW_SECTION.test(text)) return 'other';
  // A person the vocabulary lacks, by their noun's shape (安检员信息, 受益人基本情况, 业主一方: the side they are);
  // people alone (用户信息) say nothing.
  // People said as many (务工人员) over one person's details (务工人员信息) are that person; not a system's 用户信息.
  const noun = sectionNoun(text).replace(/(?<=.)一方$/, '');
  const details = noun !== text && COLLECTIVE.test(noun) && RESIDENT_PEOPLE.test(noun) && !/用户|客户/.test(noun);
  const shape = officer ? null : details ? 'resident' : personShape(noun, true);
  if (shape === 'officer' || shape === 'resident') return shape;
  // A heading naming a party nobody recognises (见证人, 鉴定人信息, 乙方情况): positive evidence is missing.
  return !officer && PARTY_SECTION.test(text) ? 'other' : null;
}

/**
 * "网格员走访登记", "民警入户宣传": the user's role followed by a call on people names what the form records (the visit
 * the role makes), a title over the whole form, not a section of that person's details (网格员信息). Not the role
 * followed by filing (执委填报, 网格员登记): that names who fills the form in.
 */
function namesRecordedAct(text: string, mention: PartyMention): boolean {
  const after = text.slice(mention.at + mention.word.length);
  return mention.party === 'officer' && CALLS_ON_PEOPLE.some((act) => after.startsWith(act));
}

/** The user's acts of calling on people (走访, 入户, 核查 …), as opposed to filing or handling. */
const CALLS_ON_PEOPLE = ['走访', '入户', '上门', '核查', '慰问', '探访', '看望', '探望', '家访', '回访', '随访', '约访', '排查', '摸排', '巡访', '巡查', '宣传'];

/** The short remarks in brackets that name a side (对方, 被申请方, 申请人), not a sentence (老人行动不便时填写). */
function bracketedSides(text: string): string[] {
  return [...text.matchAll(/\(([^)]{1,5})\)/g)].map((m) => m[1]).filter((inner) => /[人方]$/.test(inner));
}

/**
 * The nearest heading over a matter's handling (办理信息, 反馈信息, 评价信息) naming nobody: its 姓名/电话 are the handler's or the
 * rater's, not the resident's. Only the nearest: a page titled so (问题办结销号申请, 红白事办理登记表) is the user's own form. A callback
 * (回访) is the user's contact with the resident, and a status in brackets (工单：电梯故障（已办结）) heads no handling.
 */
function handlingParty(heading: string): Party | null {
  const text = withoutRemarks(heading);
  return /办理|办结|反馈|评价/.test(text) && !/回访|受理/.test(text) && !FORM_TITLE.test(text) ? 'other' : null;
}

/** The title of a whole form (红白事办理登记表: 办理 is holding the occasion), not a heading over a handling. */
const FORM_TITLE = /(表|登记|台账)$/;

/** The party named by the nearest section heading that names one (headings nearest first). */
export function sectionParty(sections: string[]): Party | null {
  const memoKey = sections.join('\u0000');
  if (!bySections.has(memoKey)) {
    if (bySections.size > 2000) bySections.clear();
    bySections.set(memoKey, sections.map((heading, i) => headingParty(heading) ?? (i === 0 ? handlingParty(heading) : null)).find((party) => party) ?? null);
  }
  return bySections.get(memoKey)!;
}

const bySections = new Map<string, Party | null>();

const CONTROL = 'input:not([type=hidden]), select, textarea';

/**
 * A row's shape: per cell, whether it holds a control, and what that control says it is (title, aria-label,
 * placeholder). Rows of one grid share it; a form laid out in rows with an icon cell before each box
 * (党员姓名 | 所在党支部, then 所在网格 | 联系日期) names each box differently, so it is no grid.
 */
function rowShape(row: HTMLTableRowElement): string {
  return [...row.cells].map((cell) => {
    const control = cell.querySelector(CONTROL);
    if (!control) return '-';
    return `c${['title', 'aria-label', 'placeholder'].map((name) => control.getAttribute(name) ?? '').join('|')};`;
  }).join('');
}

/**
 * A table row repeated with the same controls (家庭成员: 姓名/关系/身份证号 in a row per person) holds a
 * person each: somebody else's, unless it is the first row and marks itself 户主/本人. Null when the row
 * is not one of such a grid (a form laid out in a table).
 */
export function rowParty(el: Element): Party | null {
  const row = el.closest('tr');
  const body = row?.parentElement;
  if (!row || !body) return null;
  const shape = rowShape(row);
  if ([...row.cells].filter((cell) => cell.querySelector(CONTROL)).length < 2) return null;
  const rows = [...body.children].filter((r): r is HTMLTableRowElement => r.tagName === 'TR' && rowShape(r as HTMLTableRowElement) === shape);
  if (rows.length < 2 || !rows.every(isGridRow)) return null;
  return rows[0] === row && /户主|本人/.test(textOf(row)) ? 'resident' : 'other';
}

/**
 * A grid row's text cells hold only a number or whose the row is (1, 户主, 配偶), never the labels of a form row;
 * nor does a cell label its own box (回访对象：<input>), as a form laid out in a table does.
 */
function isGridRow(row: HTMLTableRowElement): boolean {
  return [...row.cells].every((cell) => {
    if (cell.querySelector(CONTROL)) return !INLINE_LABEL.test(cell.textContent ?? '');
    const text = normalizeLabel(textOf(cell));
    return ROW_MARK.test(text) || namesOtherParty(text);
  });
}

/** Words and a colon inside a cell with a box: the box's own label. */
const INLINE_LABEL = /[\p{Script=Han}][:：]/u;

const ROW_MARK = /^(\d*|[一二三四五六七八九十]+|户主|本人|成员\d*)$/;

/** A section about the body one works for (组织信息, 单位信息, 任职信息): on the user's own page, the user's. */
const OWN_BODY_SECTION = /^(组织|单位|工作单位|所在单位|机构|部门|任职|岗位)(基本)?(信息|情况|资料)$/;

/**
 * Whose the fields at `el` are: its grid row if it is in one, else its sections' headings. On the user's own page
 * (个人信息) a section about a body (组织信息) holds the unit and post the user works in, not an organisation's.
 */
export function partyOf(el: Element, sections: string[], selfPage = false): Party | null {
  if (selfPage && OWN_BODY_SECTION.test(withoutRemarks(sections[0] ?? ''))) return 'officer';
  return rowParty(el) ?? sectionParty(sections);
}

/**
 * Whose a person named by a noun the vocabulary lacks is, by the noun's shape: the user, the resident, 'either' for
 * a person of an act that says neither (承租人, 对接人, 用地当事人: the form's other people decide, see
 * passes/unnamed-parties.ts), or null (a known word, somebody else, no person at all).
 */
export type PersonShape = Exclude<Party, 'other'> | 'either';

export function personShape(person: string, alone = false): PersonShape | null {
  // Several roles offered (团干部/志愿者): whose they all are.
  const roles = person.split('/');
  if (roles.length > 1) {
    const shapes = new Set(roles.map((role) => knownShape(role) ?? personShape(role, alone)));
    return shapes.size === 1 ? [...shapes][0] : null;
  }
  const first = partyMentions(person)[0];
  if (namesOtherParty(person) || (first?.at === 0 && first.word === person)) return null;
  // People alone (惠及群众, 燃气用户) are a count or a kind; their 姓名 or 电话 is one person's. Those who raised
  // something (提出诉求的群众) are the one who did.
  if (RAISED_BY.test(person)) return 'resident';
  if (alone && COLLECTIVE.test(person)) return null;
  if (USER_ACT_OBJECT.test(person)) return 'resident';
  if ((USER_ACT_DOER.test(person) || ACT_PROFESSION.test(person) || POST.test(person)) && !FOREIGN_QUALIFIER.test(person)) return 'officer';
  if (RESIDENT_PEOPLE.test(person) || RESIDENT_ACT_CHAIN.test(person) || RESIDENT_ACT_SIDE.test(person) || RECEIVER.test(person) || /^被[^人方]{1,4}人$/.test(person)) return 'resident';
  // Not a member of a body (小组成员): one of a team, not a party.
  return person.length <= 10 && /(人|者|人员)$/.test(person) && !SOMEBODY_ELSES_ROLE.test(person) ? 'either' : null;
}

/** A person noun naming the resident: a resident's word (群众, 来电), a care category (老人) or by shape (渔民, 消费者). */
export function namesResident(person: string): boolean {
  return knownShape(person) === 'resident' || RESIDENT_SECTION_WORDS.includes(person) || personShape(person) === 'resident';
}

/** A role word of the vocabulary as a whole (志愿者, 户主): whose it is; null for somebody else's or no such word. */
function knownShape(role: string): PersonShape | null {
  const [mention] = partyMentions(role);
  return mention?.word === role && mention.party !== 'other' ? mention.party : null;
}

/** Who did the user's act, said so (走访的监委会成员, 检查的人员). */
const USER_ACT_DOER = new RegExp(`^(${[...OFFICER_ACTS, '检查'].join('|')})+的.*(人|员|干部|同志|警)$`);
/**
 * A profession or a post doing the user's act (家访教师, 驻村书记): the user. A secretary alone (村党支部书记) is as often
 * the one a visit is paid to.
 */
const ACT_PROFESSION = new RegExp(`^(${[...OFFICER_ACTS, ...VISIT_ACTS].join('|')})+(教师|老师|医生|律师|民警|辅警|干警|法官|检察官|书记)$`);
/** "家访教师", "走访民警": a profession named by the user's own act is the user, whatever the section around it. */
export const namesProfessionOfUsersAct = (label: string) => ACT_PROFESSION.test(label);
/** Whom the user's act is for, said so (帮扶的孩子, 结对亲戚, 走访的老人): the resident. */
const USER_ACT_OBJECT = new RegExp(`^(${[...OFFICER_ACTS, ...CARE_ACTS, '结亲', '认亲', '联系'].join('|')})+的?.{0,3}(孩子|儿童|少年|学生|老人|群众|居民|村民|市民|对象|户|家庭|亲戚|妇女|患者)$`);
/**
 * Posts of the people who serve (安检员, 党建指导员, 民警, 辅警, 禁毒专干, 团干部, 所长, 河长, a 双联户's 联户长): not a member or staff of
 * anything (成员, 人员, 会员, 学员, 团员, 职员) nor the staff of a shop, a firm or a site (服务员, 驾驶员, 安全管理员, 办税员).
 */
const POST = /(?<!成|人|会|学|社|职|雇|店|演|议|团|服务|营业|收银|售货|快递|外卖|驾驶|保安|保洁|业务|销售|乘务|运动|公务|安全|安全管理|保管|仓管|库管|出纳|会计|财务|办税|报税|采购|收费|售票|配送|理货|导购)员$|(民|辅|交|特|巡|刑|片|网|铁)警$|专干$|(?<!退休|离休|老)干部$|(站|所|队|网格|河|湖|林|田|路|街|巷|警|联户)长$/;
/**
 * The people a public service or the user's work is for (客户, 燃气用户, 转移群众, 纳税人, 家长, 户代表, the 人才 a talent
 * service looks after, the 劳动者 or 求职者 an employment service visits, the 流动人员 a migrant register records, the
 * growers and breeders a farm service calls on: 种植户, 茶农, the people in community rehabilitation or correction: 康复人员,
 * 社区矫正人员, the new kinds of workers a station serves: 骑手, 快递员), and who owns what the user checks (车主, 店主).
 */
const RESIDENT_PEOPLE = /(客户|用户|群众|村民|居民|市民|农民|牧民|渔民|家长|业主|房主|住户|农户|牧户|纳税人|缴费人|消费者|病人|旅客|乘客|游客|顾客|农民工|务工人员|流动人员|流动人口|劳动者|求职者|就业者|失业人员|人才|车主|船主|店主|摊主|种植户|养殖户|种养户|果农|茶农|菜农|康复人员|戒毒人员|矫正人员|社区矫正人员|骑手|外卖骑手|快递员|网约车司机)(代表)?$|户代表$/;
/** The people of RESIDENT_PEOPLE said as many (群众, 用户), not one (家长, 纳税人). */
const COLLECTIVE = /(群众|村民|居民|市民|农民|牧民|渔民|用户|客户|住户|农户|牧户|种植户|养殖户|种养户|旅客|乘客|游客|顾客|务工人员|流动人口)$/;
/** Who did several of the resident's acts (投诉举报人, 来信来访人). */
/** The people who raised what the record is about (提出诉求的群众, 反映问题的居民, 来访群众). */
const RAISED_BY = new RegExp(`^(提出|有)?(${RESIDENT_ACTS.join('|')})[^的]{0,3}的?(群众|居民|村民|市民)$`);
const RESIDENT_ACT_CHAIN = new RegExp(`^(${RESIDENT_ACTS.join('|')}){2,}(人|者)$`);
/** The side doing the resident's act for a thing it names (申请加装方, 投诉退款方), as 申请方 is; not 双方 nor 对方. */
const RESIDENT_ACT_SIDE = new RegExp(`^(${RESIDENT_ACTS.join('|')})[^人方]{0,2}[^人方双对]方$`);
/** Who receives what is done (受益人, 受害者, 受种者); not who takes something on (受托人, 受让人, 受理人). */
const RECEIVER = /^受(?!托|让|理|权|贿|委托)[^人者]{1,3}(人|者)$/;
/**
 * People of a matter's handling, a meeting or a paper who are neither the user nor the resident as such (整改责任人,
 * 证明人, 主持人, 参会人员, 开户人): never taken for the form's missing party.
 */
const SOMEBODY_ELSES_ROLE = /(负责|责任|证明|经手|担保|保证|见证|鉴定|翻译|报告|代理|委托|受托|介绍|推荐|领导|主管|分管|牵头|签发|签收|批准|验收|审核|审批|复核|督办|值班|带班|主持|发言|汇报|主讲|授课|讲课|发现|举证|公证|收件|寄件|开户|收款|领款|继承|共有|抵押|债务|债权|代表|联系|发起|移交|交接|接收|转交|包案|承办|办理|处理|处置|整改|协办|主办|经办|管理|技术|安全|专业|工作|服务|医护|相关|有关|其他|参会|参加|参与|出席|列席|随行|陪同)(人|人员|者)$/;
