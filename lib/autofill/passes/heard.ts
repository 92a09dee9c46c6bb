import type { FoundField } from '../field';
import type { FieldKey } from '../keys';
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
