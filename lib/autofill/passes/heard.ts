import type { FoundField } from '../field';
import type { FieldKey } from '../keys';
import { RESIDENT_VOICE } from '../lexicon';
import { leadingParty, namesOtherParty } from '../party';
import { normalizeLabel } from '../text';

/** What residents said, by their own name (群众意见建议, 居民的意见和建议, 村民意见). */
const RESIDENT_OPINIONS = /^(群众|居民|村民|市民)的?(意见建议|意见和建议|意见及建议|意见|建议)$/;
/** A callback's own fields (回访人, 回访日期, 回访方式). */
const CALLBACK = /^回访/;

/**
 * "群众意见建议": what residents said is their word on how a matter was handled on a callback (回访人, 回访日期 …), the
 * feedback; elsewhere it is the matter they raised, when no other field describes it (one record gives one
 * description). Left alone by itself: a survey's 意见建议 may be about anything. Never written into a choice.
 */
export function resolveResidentOpinions(fields: FoundField[]): void {
  const opinions = fields.filter((f) => f.openText && RESIDENT_OPINIONS.test(normalizeLabel(f.label)));
  if (!opinions.length) return;
  const key: FieldKey = fields.some((f) => CALLBACK.test(normalizeLabel(f.label))) ? 'issue.feedback' : 'issue.description';
  if (fields.some((f) => f.key === key)) return;
  opinions[0].assign(key);
}

const VOICES = `(${[...RESIDENT_VOICE].sort((a, b) => b.length - a.length).join('|')})`;
/**
 * What somebody brought up, by who and how (参保人反映的困难或意见, 纳税人提出的涉税诉求, 商户提出的问题): a few words
 * naming who, an act of raising, a word or two saying about what, then what the resident brings up, one or several.
 */
const RAISED = new RegExp(`^(.{1,6}?)(反映|提出|提|诉说|表达)的(.{0,3}?)${VOICES}((或|和|及|与|、)${VOICES})*$`);
/** Who raises it is a body of ours (监委会, 工作组, 街道办) or one of our people (代表提出的意见 is a deputy's proposal). */
const OUR_BODY = /(会|委|组|部|部门|局|办|所|站|中心|科|室)$/;
const LONG_TEXT_KINDS = new Set(['textarea', 'richtext']);

/**
 * A long box of what somebody not of ours raised (纳税人提出的涉税诉求) is the matter the resident brought up, when no
 * other field describes it (one record gives one description). A label naming the user's side or a third party is not.
 */
export function resolveRaisedMatters(fields: FoundField[]): void {
  if (fields.some((f) => f.key === 'issue.description')) return;
  const raised = fields.find((f) => {
    if (!f.openText || !LONG_TEXT_KINDS.has(f.kind)) return false;
    const who = RAISED.exec(normalizeLabel(f.label))?.[1];
    return who !== undefined && !OUR_BODY.test(who) && leadingParty(who)?.party !== 'officer' && !namesOtherParty(who);
  });
  raised?.assign('issue.description');
}
