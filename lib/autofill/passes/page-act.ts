import { LONG_TEXT_KINDS, type FoundField, type PageFacts } from '../field';
import type { FieldKey } from '../keys';
import { EITHER_SIDE_ACTS, FILING_ACTS, FOUND_DEFECTS, NEGATIVE_WORDS, OFFICER_ACTS, OFFICER_PERSONS, RESIDENT_ACTS, RESIDENT_PARTIES, REVIEW_SECTION, VISIT_ACTS, VISIT_COMPANION_ACTS } from '../lexicon';
import { bareAttr, classifyLabel, personKey, secondOfPair } from '../classify';
import { leadingParty, partyMentions } from '../party';
import { normalizeLabel, withoutRemarks } from '../text';

/**
 * The page's own act (这张表记的是什么事): a form names what the user does by a word the lexicon may lack (蹲点, 恳谈,
 * 调处, 巡护 …) and asks that act's date, place, doer and companions with it (调处日期, 调处人, 参与调处人员). The page
 * says the word is the user's act in its headline (蹲点调研日志, 宣传入户登记, 恳谈会记录, 巡护日志) or by naming both
 * its day and its doer (调处日期 + 调处人), or by asking its session's day, place, way and account under its name
 * (调处情况: 调处日期, 调处地点, 调处经过). Neither a resident's act (申请日期 + 申请人) nor an act done to residents
 * (转移台账: 转移时间 is when they were moved, not a visit) qualifies.
 */
const KNOWN_ACTS = [...new Set([...VISIT_ACTS, ...OFFICER_ACTS, ...VISIT_COMPANION_ACTS])].sort((a, b) => b.length - a.length);
/** An act's word: two to four characters (蹲点, 回头看, 走心谈心). */
const WORD = '[\\u4e00-\\u9fa5]{2,4}';
/**
 * Records the user keeps of an act (登记, 记录, 台账, 日志, a phone app's 随手记), after the acts of a visit (蹲点调研日志,
 * 宣传入户登记, 议事随手记).
 */
const RECORD = '(日志|日记|记录|登记|台账|纪要|随手记|表|单)';
/** Acts of going to the people (调研, 入户, 走访), not of filing (课题申报表: 课题 is what is filed, not an act). */
const GOING_ACTS = [...new Set([...VISIT_ACTS, ...VISIT_COMPANION_ACTS, '入户', '上门'])].sort((a, b) => b.length - a.length);
/** A callback names before it what it follows up (就业回访, 报警器安装回访), not an act of the user's. */
const CALLBACK = '回访';
const BEFORE_KNOWN_ACTS = new RegExp(`(?=(${WORD})(${GOING_ACTS.join('|')})+${RECORD})`, 'g');
/** A meeting the user holds and records (恳谈会记录, 联席会议记录, 民情日记（屋场恳谈会）): the user hosts it. */
const MEETING = new RegExp(`(?=(${WORD})会议?(记录|纪要|登记|台账|\\)|$))`, 'g');
/**
 * Sessions the user holds with several residents at once, recorded without 会 (加装电梯协商记录, 院落议事登记, 加装电梯
 * 协调记录), or named alone as the page's business (平台 · 议事协商).
 */
const COUNCIL_RECORD = new RegExp(`(协商|议事|座谈|恳谈|协调)(${RECORD}|$)`);
/** A section holding the meeting's own facts (会议基本信息, 会议情况): the page records a meeting. */
const MEETING_SECTION = /^会议(基本)?(信息|情况)/;
/** A body named with 会 (协会, 工会, 社会, 学会, 商会): no meeting. */
const BODY_BEFORE_HUI = /[协工社学商农]$/;
/** The people a meeting with residents names (到会群众, 参会村民). */
const RESIDENTS = /群众|村民|居民|市民|农户|户主|业主|老人|家长/;
/**
 * An act done at the resident's home, said so in the headline (入户评估表, 上门评估录入, 入户征询 - 某某系统): the user's
 * call on them, though the act elsewhere is a step of a matter's handling (评估).
 */
const AT_HOME = new RegExp(`(?:入户|上门)(?=(${WORD}?)(${RECORD}|录入|[^\\u4e00-\\u9fa5]|$))`, 'g');
/** A heading naming this record's act (本次服务, 此次帮扶). */
const THIS_ACT = new RegExp(`^(本次|此次)(${WORD})$`);
/** Going to the home before the act, in a label (上门评估日期 is the 评估's day). */
const GOING = /^(入户|上门)/;
/** The user's own log of an act (巡护日志, 走心日记). */
const OWN_LOG = new RegExp(`(?=(${WORD})(日志|日记))`, 'g');
/**
 * Acts that are not the user's call on people: the resident's (申请), someone checking the matter (审核), a date's event
 * (出生, 发证), or a step of a matter's paperwork and handling (办结日期 + 办结人, 验收, 移交, 签订).
 */
const notOwnAct = (act: string) =>
  KNOWN_ACTS.includes(act) || RESIDENT_ACTS.includes(act) || EITHER_SIDE_ACTS.includes(act) || REVIEW_SECTION.test(act)
  || PAPERWORK.test(act) || NEGATIVE_WORDS.some((word) => act.includes(word)) || namesAField(act);
const PAPERWORK = /办|处理|处置|整改|化解|解决|答复|回复|完成|整治|受理|立案|结案|验收|鉴定|评估|检测|移交|交接|接收|签|批|审|核发|发放|缴|收费|报名/;
/** A word that is itself a field's name (课题, 网格, 民情) is a thing, not an act. */
const namesAField = (word: string) => classifyLabel(word, { party: null, selfPage: false })?.key != null;

const DAY_OF_ACT = new RegExp(`^(${WORD})(日期|时间)$`);

/** What a page asks of a session it records besides its day: where, how, and what went on (调处地点, 接谈方式, 协调过程). */
const SESSION_HEADS = ['地点', '方式', '情况', '经过', '过程'];
/**
 * Two of them with the day make the act a session the page records (调处日期 + 调处地点 + 调处经过); one is a dated
 * event's detail (转移时间 + 转移地点: when and where residents were moved).
 */
const SESSION_HEADS_ASKED = 2;
/** Acts of writing the record itself (登记, 填报, 经办, 执笔): their day and way are the paperwork's, never a visit's. */
const RECORDING_ACTS = [...FILING_ACTS, '登记', '记录', '经办', '撰稿', '起草', '执笔'];
/**
 * An act the lexicon knows by its doer only (接谈人, 执法人员, 下沉干部), not by its heads as a visit: a page asking its
 * session's heads (接谈日期, 接谈地点, 接谈方式) records it as the user's.
 */
const knownByDoerOnly = (act: string) => OFFICER_ACTS.includes(act) && !VISIT_ACTS.includes(act)
  && !VISIT_COMPANION_ACTS.includes(act) && !RECORDING_ACTS.includes(act) && !PAPERWORK.test(act);

/**
 * A visit the lexicon knows by its heads but not by its doer (服务: 服务人员 may be anybody's staff): done at the home by
 * the page's headline (入户服务记录), its doer is the user.
 */
const doerUnnamed = (act: string) => VISIT_ACTS.includes(act) && !OFFICER_ACTS.includes(act);

/** An act the page does at the home that no other pass reads: not a known visit, the record's writing, nor a resident's act. */
const doneAtHome = (act: string) => !KNOWN_ACTS.includes(act) && !RECORDING_ACTS.includes(act) && !RESIDENT_ACTS.includes(act)
  && !NEGATIVE_WORDS.some((word) => act.includes(word)) && !namesAField(act);

/**
 * Acts whose session the page asks (调处日期, 调处地点, 调处经过) and names as what it records, in its headline
 * (调处登记) or over the session's fields (本次接谈, 调处情况); not a person's event the page merely dates
 * (老人信息: 入住日期, 入住地点, 入住情况).
 */
function sessionActs(fields: FoundField[], labels: string[], title: string): string[] {
  return fields.flatMap((f, i) => {
    const act = DAY_OF_ACT.exec(labels[i])?.[1];
    if (!act || !(title.includes(act) || normalizeLabel(f.section).includes(act))) return [];
    const heads = SESSION_HEADS.filter((head) => labels.includes(act + head)).length;
    return heads >= SESSION_HEADS_ASKED && (knownByDoerOnly(act) || !notOwnAct(act)) ? [act] : [];
  });
}

/** A label as the pass reads it: no remark in brackets, no 本次 (本次调处日期). */
const bareLabel = (f: FoundField) => withoutRemarks(f.label).replace(/^(本次|此次|当次)/, '');

interface PageActs {
  /** The user's own acts on this page. */
  own: Set<string>;
  /** A meeting the user hosts: its 主持人 is the user. */
  meeting: boolean;
}

function pageActs(fields: FoundField[], headline: string): PageActs {
  const title = normalizeLabel(headline);
  const own = new Set<string>();
  for (const pattern of [BEFORE_KNOWN_ACTS, MEETING, OWN_LOG]) {
    for (const { 1: act, index } of title.matchAll(pattern)) if (!title.startsWith(CALLBACK, index + act.length)) own.add(act);
  }
  // A meeting with residents (座谈会, 恳谈会 with 到会群众, 群众提出的意见, 居民议事会): an office's own meeting (推进会) is no visit.
  const held = [...title.matchAll(MEETING)].some(([, act]) => (KNOWN_ACTS.includes(act) || !notOwnAct(act)) && !BODY_BEFORE_HUI.test(act));
  const meeting = (held || COUNCIL_RECORD.test(title) || fields.some((f) => MEETING_SECTION.test(normalizeLabel(f.section))))
    && (RESIDENTS.test(title) || fields.some((f) => RESIDENTS.test(normalizeLabel(f.label)) || f.key?.startsWith('resident.') || f.key === 'issue.description'));
  // Its day and its doer both asked (调处日期, 调处人), of the act the headline names (调处登记).
  const labels = fields.map(bareLabel);
  for (const label of labels) {
    const act = DAY_OF_ACT.exec(label)?.[1];
    if (act && title.includes(act) && labels.some((l) => l.startsWith(act) && OFFICER_PERSONS.includes(l.slice(act.length)))) own.add(act);
  }
  for (const act of own) if (notOwnAct(act) && !(REVIEW_SECTION.test(act) && byTeamOfTwo(fields, act))) own.delete(act);
  // Said in the headline (入户评估表) or over the act's own fields (三、入户评估).
  const headings = new Set([title, ...fields.map((f) => normalizeLabel(f.section))]);
  for (const heading of headings) for (const [, act] of heading.matchAll(AT_HOME)) if (doneAtHome(act) || doerUnnamed(act)) own.add(act);
  // Named as this record's own (本次服务 over 服务日期, 服务人员): its doer is the user.
  for (const heading of headings) {
    const act = THIS_ACT.exec(heading)?.[2];
    if (act && doerUnnamed(act)) own.add(act);
  }
  for (const act of sessionActs(fields, labels, title)) own.add(act);
  return { own, meeting };
}

/**
 * A check the headline names (年度复核 · 复核登记) done by a pair, its second asked too (复核人（一）, 复核人（二）): the
 * user's call on the household with a colleague, though the word elsewhere is a reviewer's (复核人, 复核意见).
 */
function byTeamOfTwo(fields: FoundField[], act: string): boolean {
  return fields.some((f) => secondOfPair(f.label)?.startsWith(act));
}

/** What follows the act in a label, and the key it asks (蹲点日期, 调处地点, 蹲点村（社区）, 恳谈内容, 蹲点课题). */
const HEADS: [heads: readonly string[], key: FieldKey][] = [
  [['日期', '时间', '日'], 'visit.date'],
  // Where a patrol of the act went (夜巡路线, 巡逻区域, 护路路段).
  [['地点', '地址', '点位', '场所', '路线', '区域', '路段'], 'visit.location'],
  [['村', '社区', '村社区', '村居'], 'place.community'],
  [['网格'], 'place.grid'],
  [['内容', '情况', '记录', '小结', '纪要', '见闻', '所见所闻', '过程记录'], 'visit.content'],
  // How it went, told in order (调处经过, 协调过程); how it was held (接谈方式); how it ended (协调结果).
  [['经过', '过程'], 'visit.content'],
  [['方式', '形式'], 'visit.type'],
  [['结果'], 'issue.result'],
  [['课题'], 'topic.title'],
  [OFFICER_PERSONS, 'officer.name'],
  // The body doing it (评估机构, 调处单位): the user's.
  [['单位', '机构'], 'officer.unit'],
];
/** Going along on the act (参与调处人员, 一同蹲点的人, 陪同恳谈干部). */
const ALONG = /^(参与|参加|同行|一同|一起|陪同|随同|协同|协助|共同)的?/;
const ALONG_PERSONS = ['人', '人员', '的人', '干部', '的干部', '成员', '同志'];
/** The team of an act (帮教小组其他成员, 矫正小组成员): the user's colleagues. */
const TEAM_MEMBERS = /^小?组(其他|其它)?(成员|组员)$/;

/** The doers of an act counted (第一评估员, 第二评估员): the first is the user, the others went along. */
const NTH = /^第([一二三1-3])/;

/** The key a label asks of the act: its head, the doer's attribute (调处人电话), or who went along. */
function actKey(label: string, act: string): FieldKey | null {
  const [nth, number] = NTH.exec(label) ?? [];
  if (nth) {
    const doer = actKey(label.slice(nth.length), act) === 'officer.name';
    return doer ? (/[一1]/.test(number) ? 'officer.name' : 'visit.companions') : null;
  }
  const along = ALONG.exec(label)?.[0];
  if (along) return label.startsWith(along + act) && ALONG_PERSONS.includes(label.slice(along.length + act.length)) ? 'visit.companions' : null;
  if (!label.startsWith(act)) return null;
  const rest = label.slice(act.length);
  if (TEAM_MEMBERS.test(rest)) return 'visit.companions';
  const head = HEADS.find(([heads]) => heads.includes(rest));
  if (head) return head[1];
  const doer = OFFICER_PERSONS.filter((person) => rest.startsWith(person)).sort((a, b) => b.length - a.length)[0];
  const attr = doer ? bareAttr(rest.slice(doer.length)) : undefined;
  return attr ? personKey(attr, 'officer') : null;
}

/** The host of a meeting (主持人, 主持人所在单位): the user. */
const HOST = /^(会议)?主持人/;
/**
 * The cadres at a meeting (参加的村干部、驻村队员, 出席干部): each one of the user's side. Not those who sit in without a
 * say (列席人员: leaders or guests observing), who came with nobody.
 */
const AT_MEETING = /^(参加|参会|出席|与会)的?/;

/** When, where and how the meeting was held (召开日期, 会议地点, 会议形式: 现场/视频), and what went on (会议内容). */
const HELD = /^(召开|会议|开会|举行)(日期|时间|地点|形式|方式|内容|情况|纪要)$/;
const HELD_HEADS: Record<string, FieldKey> = {
  日期: 'visit.date', 时间: 'visit.date', 地点: 'visit.location', 形式: 'visit.type', 方式: 'visit.type',
  内容: 'visit.content', 情况: 'visit.content', 纪要: 'visit.content',
};
/** What the meeting agreed (议定事项, 会议决定, 形成决议): how the matter ends. */
const AGREED = /^(议定|商定|会议决定|决定|形成决议|会议决议|决议)(事项|意见|内容)?$/;
/** Bodies of the user's side that send people to a meeting (街道、社区参会人员). */
const USERS_BODIES = /^(街道|社区|村|村委|居委|乡镇|镇|乡|部门|单位|连队)$/;
/** Those at the meeting, named after the bodies that sent them (街道、社区参会人员) or bare (参会人员). */
const SENT_TO_MEETING = /^(.*?)(参会|出席|与会)(人员|干部)$/;

function meetingKey(label: string): FieldKey | null {
  const held = HELD.exec(label)?.[2];
  if (held) return HELD_HEADS[held];
  if (AGREED.test(label)) return 'issue.result';
  const [, bodies, , persons] = SENT_TO_MEETING.exec(label) ?? [];
  if (persons && (!bodies || bodies.split(/[、,，/和及]/).every((body) => USERS_BODIES.test(body)))) return 'visit.companions';
  const host = HOST.exec(label)?.[0];
  if (host) {
    const rest = label.slice(host.length);
    if (!rest) return 'officer.name';
    const attr = bareAttr(rest);
    return attr ? personKey(attr, 'officer') : null;
  }
  const at = AT_MEETING.exec(label)?.[0];
  const roles = at ? label.slice(at.length).split(/[、,，/和及]/) : [];
  return roles.length && roles.every(isUsersSide) ? 'visit.companions' : null;
}

/** A role of the user's side: a cadre of any kind (村干部), or a role the party words know (驻村队员). */
function isUsersSide(role: string): boolean {
  if (/.干部$/.test(role)) return true;
  const lead = leadingParty(role);
  return lead?.word === role && lead.party === 'officer';
}

/** Whom an act is for (帮教对象, 矫正对象): the act is the user's care, its team the user's, its measures the matter's. */
const OBJECT_OF = /^([\u4e00-\u9fa5]{2})对象/;
const CARE_HEADS: [RegExp, FieldKey][] = [
  [TEAM_MEMBERS, 'visit.companions'],
  [/^(措施|举措)$/, 'issue.measures'],
];
/** Words before an act's measures that change nothing (落实的帮教措施, 采取的矫正措施). */
const MEASURES_LEAD = /^(落实|采取|已采取|已落实)的?/;

function careKey(label: string, act: string): FieldKey | null {
  const plain = label.replace(MEASURES_LEAD, '');
  if (!plain.startsWith(act)) return null;
  return CARE_HEADS.find(([head]) => head.test(plain.slice(act.length)))?.[1] ?? null;
}

/**
 * Names unkeyed fields after the page's own act: its day, place, area, account and topic, its doer and theirs, who
 * went along; a meeting's host and the cadres at it; the team and measures of a care whose object the page names.
 */
export function resolvePageActs(fields: FoundField[], { headline }: PageFacts): void {
  resolveReachedResident(fields);
  resolvePairedRelative(fields, headline);
  resolveHazardSite(fields);
  resolveSigner(fields, headline);
  resolveShortenedActs(fields, headline);
  const { own, meeting } = pageActs(fields, headline);
  const cares = new Set(own);
  for (const f of fields) {
    const act = OBJECT_OF.exec(bareLabel(f))?.[1];
    // A known visit's object too (帮教对象: its 帮教小组其他成员 went along).
    if (act && (KNOWN_ACTS.includes(act) || !notOwnAct(act))) cares.add(act);
  }
  if (!cares.size && !meeting) return;
  for (const f of fields) {
    if (f.key || f.fromTemplate) continue;
    const label = bareLabel(f);
    // Somebody the vocabulary knows by that very word as another party (a hearing's 听证员) is no doer of the page's act.
    if (partyMentions(label).some((m) => m.word === label && m.party === 'other')) continue;
    const doer = [...own].map((act) => actKey(label.replace(GOING, ''), act)).find(Boolean);
    // The second of the pair doing it (复核人（二）: the remark is gone from the bare label) went along.
    const key = (doer === 'officer.name' && secondOfPair(f.label) ? 'visit.companions' : doer)
      ?? (meeting ? meetingKey(label) : null)
      ?? [...cares].map((act) => careKey(label, act)).find(Boolean);
    // A choice answers only how the act was done (接谈方式: 当面接谈/视频接谈); names and accounts are written. A
    // meeting's day, place, way and account are the visit's only where the page records no visit of its own beside it.
    const taken = ['visit.date', 'visit.location', 'visit.type', 'visit.content'].includes(key ?? '') && fields.some((g) => g.key === key);
    if (key && !taken && (f.openText || key === 'visit.type')) f.assign(key);
  }
}

/** A visit's day or place asked by the last word of its act (办公日期 for 现场办公). */
const SHORT_ACT_HEAD = /^([\u4e00-\u9fa5]{2})(日期|时间|地点)$/;

/**
 * "现场办公记录: 办公日期, 办公地点": a label may shorten the visit the headline names to its last word; its day and place
 * are that visit's, where nothing else on the page asks them.
 */
function resolveShortenedActs(fields: FoundField[], headline: string): void {
  const text = normalizeLabel(headline);
  for (const f of fields) {
    const [, word, head] = f.openText ? SHORT_ACT_HEAD.exec(bareLabel(f)) ?? [] : [];
    const act = word ? VISIT_ACTS.find((known) => known !== word && known.endsWith(word) && text.includes(known)) : undefined;
    const key = act ? classifyLabel(act + head, { party: null, selfPage: false })?.key : null;
    if ((key === 'visit.date' || key === 'visit.location') && !fields.some((g) => g.key === key)) f.assign(key);
  }
}

/**
 * On a page for signing for a ticket passed down (工单签收办理), the one who signs for it (签收人) is the user who takes
 * it on; elsewhere a 签收人 receives a paper somebody sends (送达回证), nobody of ours.
 */
function resolveSigner(fields: FoundField[], headline: string): void {
  if (!/签收/.test(normalizeLabel(headline))) return;
  for (const f of fields) if (f.openText && bareLabel(f) === '签收人') f.assign('officer.name');
}

/** A record of a cadre paired with a household as kin (结对认亲, 结亲活动, 结对帮扶): the household is the cadre's 亲戚. */
const PAIRING = /结对|认亲|结亲|走亲/;
/** The paired household named as kin (亲戚姓名, 亲戚（户主）姓名, 亲戚电话). */
const RELATIVE = /^(结对)?亲戚(户主)?/;

/**
 * On a pairing record the 亲戚 is the resident the user calls on: their name and phone are the resident's, where the
 * page asks no other resident's. Elsewhere 亲戚 are a resident's relatives, nobody of ours.
 */
function resolvePairedRelative(fields: FoundField[], headline: string): void {
  if (!PAIRING.test(normalizeLabel(headline))) return;
  for (const f of fields) {
    const [lead] = RELATIVE.exec(bareLabel(f)) ?? [];
    const attr = lead && f.openText && !f.key ? bareAttr(bareLabel(f).slice(lead.length)) : undefined;
    const key = attr ? personKey(attr, 'resident') : null;
    if (key && !fields.some((g) => g.key === key)) f.assign(key);
  }
}

/**
 * A visit's act done to a person, then its day (联系诉求人时间, 走访群众日期, 回访当事人时间); the first contact with the
 * person a ticket handles (首次联系诉求人时间), which is the handling's first step, not a past event as 首次走访日期 is.
 */
const DAY_OF_REACHING = new RegExp(`^(${[...VISIT_ACTS].sort((a, b) => b.length - a.length).join('|')}|首次联系)(.{1,5})(日期|时间)$`);
/** The first contact asked without whom (首次联系时间): on a page that asks no visit's day, the person the page handles. */
const FIRST_CONTACT_DAY = /^首次联系(日期|时间)$/;

/**
 * The day the user reached the resident (联系诉求人时间 on a ticket's reply): the visit's day, where the page asks no
 * other. Only of a person the page's words name as the resident (诉求人, 群众, 市民), not of a unit or anyone else.
 */
function resolveReachedResident(fields: FoundField[]): void {
  if (fields.some((f) => f.key === 'visit.date')) return;
  const day = fields.find((f) => {
    if (f.openText && !f.key && FIRST_CONTACT_DAY.test(bareLabel(f))) return true;
    const whom = f.openText ? DAY_OF_REACHING.exec(bareLabel(f))?.[2] : undefined;
    const lead = whom ? leadingParty(whom) : null;
    return (lead?.word === whom && lead?.party === 'resident') || RESIDENT_PARTIES.includes(whom!);
  });
  day?.assign('visit.date');
}

/**
 * A box asking an account of what was seen or done (房屋使用情况, 宣传内容及群众反应, 思想、生活及表现情况, 孩子近况, 居家环境
 * 现状), or what changed since the last visit (户情变化, 思想变化), or a summary of it (检查情况综述), or a note on what an
 * act found (勘察情况说明; a bare 情况说明 may be of anything).
 */
const ACCOUNT = /(情况|近况|现状|反应|表现|见闻|所见所闻|变化)(综述|概述|简述)?$|.情况说明$/;
/** A note named by nothing but itself (情况说明, 说明). */
const BARE_NOTE = /^(情况)?说明$/;
/**
 * Not what the resident asks (诉求, 困难, 意见), the matter's handling (措施, 结果, 整改), a check on it (审核), a callback
 * (回访情况 is the feedback), a remark (备注, 其他情况), the household's means or its standing facts (收支情况, 基本情况),
 * nor what happened before this record (以往信访情况, 上次走访情况).
 */
const NOT_ACCOUNT = new RegExp(['以往|既往|历次|过往|往年|此前|上次|历史|诉求|困难|意见|建议|需求|问题|隐患|风险|措施|举措|结果|成效|整改|处理|处置|办理|化解|调解|调处|反馈|答复|回复|回访|审核|审批|评价|备注|其他|其它|收入|收支|资产|财产|补助|补贴|资金|经费|基本',
  // A road's or a device's defects found (路面病害及处置情况): the matter, not what the visit saw.
  ...FOUND_DEFECTS].join('|'));

/**
 * The visit's account under the page's own words: on a form recording a visit (its date, way or place asked) that asks
 * no 走访情况, the first long box after the visit's first field asking an account of what was seen or done is it (not
 * a household's 经济状况, a state rather than what the visit found). One record gives one account: a
 * second such box stays empty.
 */
export function resolveNarratives(fields: FoundField[]): void {
  const visit = fields.findIndex((f) => f.key === 'visit.date' || f.key === 'visit.type' || f.key === 'visit.location');
  if (visit < 0 || fields.some((f) => f.key === 'visit.content')) return;
  // Among the visit's own fields: a box before them describes the household or the matter (详细情况 of a problem).
  // A bare 情况说明 says what it is about by its heading: one naming the visit, over its first field (入户认证情况).
  const ofVisit = (f: FoundField) => BARE_NOTE.test(normalizeLabel(f.label)) && f.sectionKey === fields[visit].sectionKey
    && VISIT_ACTS.some((act) => normalizeLabel(f.section).includes(act));
  const box = fields.slice(visit).find((f) => f.openText && LONG_TEXT_KINDS.has(f.kind) && (isAccount(normalizeLabel(f.label)) || ofVisit(f)));
  if (!box) return;
  // A long box of its own for the hazard found (发现的主要隐患) is the matter; the account beside it (检查情况) is the visit's.
  const hazard = fields.some((f) => f.key === 'issue.description') ? undefined
    : fields.find((f) => f !== box && f.openText && LONG_TEXT_KINDS.has(f.kind) && FOUND_HAZARD.test(normalizeLabel(f.label)));
  hazard?.assign('issue.description');
  box.assign(!hazard && describesMatter(fields) ? 'issue.description' : 'visit.content');
}

/** Going back to a matter later (回访, 复查, 跟踪回访): a follow-up's day (回访日期). */
const FOLLOW_UP_DAY = /^(回访|复查|复访|复核|跟踪回访|跟踪)(日期|时间)$/;
const LATER_DAY_REASON = '是之后回访、复查的日子，不是这次记录的日期，不自动填写';

/** What a page asks of a follow-up it records as a session of its own (回访方式, 回访地点); 回访情况 is the feedback. */
const FOLLOW_UP_HEADS = SESSION_HEADS.filter((head) => head !== '情况');

/**
 * On the record of a session the page asks in full (调解日期, 调解地点, 调解经过), a follow-up's day (回访日期) is a later
 * day, not the visit's, with or without the feedback it brought (回访情况); unless the page records the follow-up as a
 * session too (回访方式: a callback's own page). STYLE.md.
 */
export function resolveLaterFollowUps(fields: FoundField[]): void {
  const labels = fields.map(bareLabel);
  const heads = (act: string) => SESSION_HEADS.filter((head) => labels.includes(act + head)).length;
  resolveEarlierDays(fields, labels, heads);
  const sessionDay = (i: number) => !FOLLOW_UP_DAY.test(labels[i]) && heads(DAY_OF_ACT.exec(labels[i])?.[1] ?? '') >= SESSION_HEADS_ASKED;
  if (!fields.some((f, i) => f.key === 'visit.date' && sessionDay(i))) return;
  fields.forEach((f, i) => {
    const followUp = FOLLOW_UP_DAY.exec(labels[i])?.[1];
    const recorded = followUp && FOLLOW_UP_HEADS.some((head) => labels.includes(followUp + head));
    if (followUp && f.key === 'visit.date' && !f.fromTemplate && !recorded) f.clear(LATER_DAY_REASON);
  });
}

/**
 * A section its heading's remark says is filled at a later step (复查（复查时填写）, 回访情况（办结后填写）). Narrower than a
 * box's own words (detect.ts FILLED_LATER) on purpose: a heading's （放最后填） is the order to fill in, and on a callback's
 * page its 回访 section is this visit; reading headings by the box's words cost four fields of the corpus.
 */
const LATER_SECTION = /[(（][^)）]*(复查|回访|验收|整改|办结|完成)[^)）]{0,4}(时|后)[^)）]{0,4}填写?[)）]/;
const LATER_SECTION_REASON = '这一部分要等以后复查、回访时再填，不自动填写';

/** The fields of a section filled at a later step: that step's own record, not this visit's. */
export function resolveLaterSections(fields: FoundField[]): void {
  for (const f of fields) if (f.key && !f.fromTemplate && LATER_SECTION.test(f.section)) f.clear(LATER_SECTION_REASON);
}

const EARLIER_DAY_REASON = '是回访所跟进的那件事（如调解）的日子，不是这次回访的日期，不自动填写';

/**
 * The inverse, on a callback's own page (回访日期 with 回访方式 and 回访地点): the day of what it follows up (调解日期), asked
 * without that session's own heads, is an earlier day, not the visit's.
 */
function resolveEarlierDays(fields: FoundField[], labels: string[], heads: (act: string) => number): void {
  const recorded = (act: string | undefined) => !!act && FOLLOW_UP_HEADS.filter((head) => labels.includes(act + head)).length >= SESSION_HEADS_ASKED;
  if (!fields.some((f, i) => f.key === 'visit.date' && recorded(FOLLOW_UP_DAY.exec(labels[i])?.[1]))) return;
  fields.forEach((f, i) => {
    const act = FOLLOW_UP_DAY.test(labels[i]) ? undefined : DAY_OF_ACT.exec(labels[i])?.[1];
    if (act && f.key === 'visit.date' && !f.fromTemplate && heads(act) < SESSION_HEADS_ASKED) f.clear(EARLIER_DAY_REASON);
  });
}

/** A box asking the hazard found itself (发现的主要隐患, 存在的险情), not what to do about it. */
const FOUND_HAZARD = /^(?!.*(措施|整改|处置|处理|建议|等级|级别|类型|类别)).*(隐患|险情)$/;

/** A hazard found on a patrol (隐患, 险情), named by a field or a section. */
const HAZARD = /隐患|险情/;
/** Where a hazard lies (隐患点位置, 险情地点, 隐患点具体位置). */
const HAZARD_SITE = /(隐患|险情).{0,2}(具体)?(位置|地点)$/;

/** On a check of a hazard the page records as a visit, where the hazard lies is where the user went, if asked nowhere else. */
function resolveHazardSite(fields: FoundField[]): void {
  const visit = fields.some((f) => f.key === 'visit.date' || f.key === 'visit.type');
  if (!visit || fields.some((f) => f.key === 'visit.location')) return;
  fields.find((f) => !f.key && f.openText && HAZARD_SITE.test(bareLabel(f)))?.assign('visit.location');
}

/**
 * A patrol that asks the kind of the matter it found (隐患类型) or about a hazard (有没有隐患, 巡查隐患点) and no
 * account of it: its one account box (看到的情况, 宏观变化情况) says what was found, the matter's description.
 */
function describesMatter(fields: FoundField[]): boolean {
  if (fields.some((f) => f.key === 'issue.description')) return false;
  return fields.some((f) => f.key === 'issue.category' || HAZARD.test(f.label) || HAZARD.test(f.section));
}

function isAccount(label: string): boolean {
  return ACCOUNT.test(label) && !NOT_ACCOUNT.test(label);
}

/** The leader of the user's team (检查组长, 督导组组长: the user, see lexicon TEAM_ACTS). */
const TEAM_LEADER = /组长$/;
/** Its members named bare (组员, 组成员); not 其他成员 or 成员, who may be the household's. */
const BARE_MEMBERS = /^小?(组员|组成员)$/;

/** Where the user leads the team on the form, its members named bare went along with the user. */
export function resolveTeamMembers(fields: FoundField[]): void {
  if (!fields.some((f) => f.key === 'officer.name' && TEAM_LEADER.test(normalizeLabel(f.label)))) return;
  for (const f of fields) if (f.openText && BARE_MEMBERS.test(bareLabel(f))) f.assign('visit.companions');
}

/** Another of a role named again (其他检查员, 另一走访人, 其余网格员): one more of the same people. */
const ANOTHER = /^(其他|其它|其余|另一?[名位个]?)/;

/**
 * "检查员 … 其他检查员": where the user is named by a role, another of that role went along with them. Last, once
 * the user's role is known by its shape (unnamed-parties.ts). So did the person of a section naming a second of the
 * user's people (调查人（二）, 第二核查人: 姓名): their bare name is a companion's.
 */
export function resolveFellowRoles(fields: FoundField[]): void {
  const userRoles = new Set(fields.filter((f) => f.key === 'officer.name' && !f.fromTemplate).map(bareLabel));
  for (const f of fields) {
    const role = bareLabel(f).replace(ANOTHER, '');
    const another = role !== bareLabel(f) && userRoles.has(role);
    if (f.openText && (another || (bareAttr(f.label) === 'name' && namesCompanions(f.section)))) f.assign('visit.companions');
  }
}

const namesCompanions = (section: string) => classifyLabel(section, { party: null, selfPage: false })?.key === 'visit.companions';
