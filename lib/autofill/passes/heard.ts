import { LONG_TEXT_KINDS, type FoundField, type PageFacts } from '../field';
import type { FieldKey } from '../keys';
import { ASK_SUBJECTS, NEEDS_SOLVING, RESIDENT_ASKS, RESIDENT_VOICE, RESIDENT_WISHES } from '../lexicon';
import { leadingParty, namesOtherParty, namesResident, partyOf, type Party } from '../party';
import { normalizeLabel, withoutRemarks } from '../text';
import { VISIT_SECTION } from './generic-labels';

/**
 * What residents said, by their own name (群众意见建议, 居民的意见和建议, 村民意见, 群众主要意见), a remark aside
 * (群众意见（回访记录）).
 */
const RESIDENT_OPINIONS = /^(群众|居民|村民|市民)的?(主要)?(意见建议|意见和建议|意见及建议|意见|建议)$/;
/** A heading over what residents were asked for their views (征询意见, 意见征询: 意见建议 is what they said). */
const CONSULTED = /^(征询|征求)(意见|情况)$|^意见(征询|征求)$/;
/** A callback's own fields (回访人, 回访日期, 回访方式). */
const CALLBACK = /^回访/;

/**
 * "群众意见建议": what residents said is their word on how a matter was handled on a callback (回访人, 回访日期 …), the
 * feedback; elsewhere it is the matter they raised, when no other field describes it (one record gives one
 * description). Left alone by itself: a survey's 意见建议 may be about anything. Never written into a choice.
 */
export function resolveResidentOpinions(fields: FoundField[]): void {
  const opinions = fields.filter((f) => f.openText && RESIDENT_OPINIONS.test(withoutRemarks(normalizeLabel(f.label))));
  if (!opinions.length) return;
  const key: FieldKey = fields.some((f) => CALLBACK.test(normalizeLabel(f.label))) ? 'issue.feedback' : 'issue.description';
  if (fields.some((f) => f.key === key)) return;
  opinions[0].assign(key);
}

/** What people told the user, written down as a ledger keeps it (民情内容, 民情情况). */
const PEOPLES_WORD = /^民情(内容|情况|描述)$/;

/**
 * "民情内容": beside another box for the matter raised (反映问题, 群众诉求) it is the visit's account of what people
 * said; alone it is the matter itself. Left alone where the record already has that key.
 */
export function resolvePeoplesWord(fields: FoundField[]): void {
  for (const f of fields.filter((f) => f.openText && LONG_TEXT_KINDS.has(f.kind) && PEOPLES_WORD.test(normalizeLabel(f.label)))) {
    const key: FieldKey = fields.some((g) => g.key === 'issue.description') ? 'visit.content' : 'issue.description';
    if (!fields.some((g) => g.key === key)) f.assign(key);
  }
}

/**
 * "处理意见" on a callback (回访人, 回访时间 …): what to do next about a ticket the caller is not content with, asked
 * after the feedback, not the measures already taken. A new ask raised on the callback (市民新增诉求) is a new matter,
 * not the one the callback is about.
 */
export function resolveCallbackOpinions(fields: FoundField[]): void {
  if (!fields.some((f) => CALLBACK.test(normalizeLabel(f.label)))) return;
  for (const f of fields) {
    if (f.fromTemplate) continue;
    if (f.key === 'issue.measures' && /意见$/.test(normalizeLabel(f.label))) f.clear('回访时的处理意见是下一步怎么办，不是已采取的措施，不自动填写');
    if (f.key === 'issue.description' && /新增|新的|新提/.test(normalizeLabel(f.label))) f.clear('回访时新提的诉求是另一件事，不自动填写');
  }
}

/** What the resident needs solved, as one of several things raised (住户意见及需协调解决的问题). */
const NEEDS = NEEDS_SOLVING.source.slice(1, -1);
const VOICES = `(${[...RESIDENT_VOICE].sort((a, b) => b.length - a.length).join('|')}|${NEEDS})`;
/**
 * What somebody brought up, by who and how (参保人反映的困难或意见, 纳税人提出的涉税诉求, 商户提出的问题): a few words
 * naming who, an act of raising, a word or two saying about what, then what the resident brings up, one or several.
 */
const RAISED = new RegExp(`^(.{1,6}?)(反映|提出|提|诉说|表达)的?(.{0,3}?)${VOICES}((或|和|及|与|、)${VOICES})*$`);
/** Who raises it is a body of ours (监委会, 工作组, 街道办) or one of our people (代表提出的意见 is a deputy's proposal). */
const OUR_BODY = /(会|委|组|部|部门|局|办|所|站|中心|科|室)$/;

/**
 * What people raise besides their asks (RESIDENT_VOICE): what they report (反映), worry about (顾虑, 担忧), call for
 * (呼声, 心声), hope for (RESIDENT_WISHES), or the same asked plainly (盼啥, 缺啥, 愁啥).
 */
const VOICE_HEADS = [...RESIDENT_VOICE, ...RESIDENT_WISHES, '反映', '顾虑', '担忧', '呼声', '心声', '盼啥', '要啥', '缺啥', '愁啥', '想啥', '盼什么', '缺什么', '愁什么'];
const HEADS = `(${[...new Set(VOICE_HEADS)].sort((a, b) => b.length - a.length).join('|')}|${NEEDS})`;
/** What a person raises, by the person's noun and the head alone (渔民诉求, 群众顾虑, 经营者的困难和诉求, 老人所需所盼). */
const VOICED = new RegExp(`^(.{1,6}?)的?${HEADS}((或|和|及|与|、)${HEADS})*$`);

/** A head alone, at most said to be the main or the particular one (意见, 主要意见, 具体诉求). */
const OWN_VOICE = new RegExp(`^(主要|具体)?${HEADS}$`);

/** The household's own people, who speak for it (家属反映困难: a patient's family telling the household's needs). */
const HOUSEHOLD_KIN = /^(家属|家人|亲属|监护人|家庭成员)$/;

/** Who raised it (纳税人提出的…) is not of ours nor a third party; the household's kin speak for the household. */
function raisedByOthers(who: string): boolean {
  return HOUSEHOLD_KIN.test(who) || (!OUR_BODY.test(who) && leadingParty(who)?.party !== 'officer' && !namesOtherParty(who));
}

/** An ask named by the side of life it is about (健康需求, 养老诉求, 就医需求), not by whose it is nor how it is (特殊需求, 新的诉求). */
const ASK_ABOUT = new RegExp(`^(${ASK_SUBJECTS.join('|')})(${RESIDENT_ASKS.join('|')})$`);

/**
 * Who voices it (渔民诉求) is the resident: by their noun's shape (渔民, 消费者, 老人), or as a person the form asks
 * about as the resident, keyed so or in the resident's section (走访对象：经营者 [ ] … 经营者的困难和诉求: the operator).
 */
function voicedByResident(who: string, voice: FoundField, fields: FoundField[]): boolean {
  // Several named together (老人及家属意见建议): the resident and the household's kin.
  const several = who.split(/及|和|与|、/);
  if (several.length > 1 && several.some(namesResident) && several.every((one) => namesResident(one) || HOUSEHOLD_KIN.test(one))) return true;
  if (namesResident(who)) return true;
  return fields.some((f) => f !== voice && normalizeLabel(f.label).startsWith(who) && (f.key?.startsWith('resident.') || partyIn(f) === 'resident'));
}

function partyIn(field: FoundField): Party | null {
  return partyOf(field.element, field.section ? [field.section] : []);
}

/**
 * A long box of what somebody not of ours raised (纳税人提出的涉税诉求), or of what the resident voices (渔民诉求, 群众顾虑),
 * is the matter the resident brought up, when no other field describes it (one record gives one description); their
 * 意见 on a callback is the feedback. A label naming the user's side or a third party is not, nor one in somebody else's
 * section (被投诉方: 经营者诉求).
 */
export function resolveRaisedMatters(fields: FoundField[], { headline }: PageFacts): void {
  if (fields.some((f) => f.key === 'issue.description')) return;
  const serviceCalled = serviceCallback(fields, headline);
  const raised = fields.find((f) => {
    if (!f.openText || !LONG_TEXT_KINDS.has(f.kind)) return false;
    const label = normalizeLabel(f.label);
    const who = RAISED.exec(label)?.[1];
    if (who !== undefined) return raisedByOthers(who);
    // Said with no noun (主要意见) in the resident's own section (申请加装方（业主代表）) or under the record of what
    // people said on the visit (民情记录: 意见建议; a service's callback, 回访情况: 意见建议; a consultation, 征询意见): the
    // section says who.
    const section = normalizeLabel(f.section);
    if (OWN_VOICE.test(label)) {
      return partyIn(f) === 'resident' || VISIT_SECTION.test(section) || CONSULTED.test(section) || (serviceCalled && CALLBACK.test(section));
    }
    if (ASK_ABOUT.test(label)) return partyIn(f) !== 'other';
    const voicer = VOICED.exec(label)?.[1];
    return voicer !== undefined && voicedByResident(voicer, f, fields) && partyIn(f) !== 'other';
  });
  if (!raised) return;
  // On a callback (回访日期, 回访人 …) what the resident says of the handling (信访人意见, 群众评价) is the feedback.
  const callback = fields.some((f) => CALLBACK.test(normalizeLabel(f.label))) && !fields.some((f) => f.key === 'issue.feedback');
  raised.assign(callback && /(意见|评价)$/.test(normalizeLabel(raised.label)) ? 'issue.feedback' : 'issue.description');
}

/** What a callback may follow up: a matter handled (a ticket, a petition, a rectification, a dispute). */
// Not the 调解 inside 协调解决 (需协调解决的问题 is what the resident asks help with), nor the 工单 inside 务工单位.
const HANDLED_MATTER = /工单(?!位)|投诉|信访|办结|销号|热线|12345|整改|(?<!协)调解|纠纷|处理|办理|处置/;
/** The keys of a matter's handling; not the help given (帮扶措施), which a service's callback records too. */
const HANDLING_KEYS = /^issue\.(title|result|status|owner|ownerUnit)$/;
/** A callback's own account (回访记录, 回访内容); its 回访情况 stays the feedback (STYLE.md). */
const CALLBACK_ACCOUNT = /^回访(记录|内容)$/;

/** A callback to the people a service is for (助餐回访, 报警器安装回访), on a page naming no matter handled. */
function serviceCallback(fields: FoundField[], headline: string): boolean {
  return headline.includes('回访') && !HANDLED_MATTER.test(headline)
    && !fields.some((f) => HANDLING_KEYS.test(f.key ?? '') || HANDLED_MATTER.test(f.label));
}

/**
 * A callback to the people a service is for (助餐回访, 搬迁户回访), on a page naming no matter handled: the call is the
 * visit, and its 回访记录 what the visit found, when no other box asks the visit's account. On a ticket's or a
 * petition's callback it stays the feedback on the handling.
 */
export function resolveServiceCallbacks(fields: FoundField[], { headline }: PageFacts): void {
  if (!serviceCallback(fields, headline) || fields.some((f) => f.key === 'visit.content')) return;
  const accounts = fields.filter((f) => f.key === 'issue.feedback' && !f.fromTemplate && CALLBACK_ACCOUNT.test(withoutRemarks(normalizeLabel(f.label))));
  if (accounts.length === 1) accounts[0].assign('visit.content');
}
