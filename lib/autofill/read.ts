import { classifyLabel } from './classify';
import { detect } from './detect';
import { DATE_KEYS, LIST_KEYS, type FieldKey } from './keys';
import { isSelfPage, newPageCache, ownText, sectionsOf } from './labels';
import { sectionParty } from './party';
import { textOf } from './text';

export type ReadValues = Partial<Record<FieldKey, string | string[]>>;

/** "2026年11月20日", "20261120" → "2026-11-20"; other text unchanged. */
function toIso(text: string): string {
  const m = /(\d{4})\D{1,2}(\d{1,2})\D{1,2}(\d{1,2})/.exec(text) ?? /^((?:19|20)\d{2})(\d{2})(\d{2})$/.exec(text.trim());
  return m ? `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}` : text;
}

function store(values: ReadValues, key: FieldKey, texts: string[], multiple: boolean): void {
  if (!texts.length || values[key] !== undefined) return;
  if (DATE_KEYS.has(key)) values[key] = toIso(texts[0]);
  else values[key] = LIST_KEYS.has(key) || multiple ? texts : texts.join('、');
}

/** Label/value pairs of a detail page: th|td → td, dt → dd, description lists of Element, antd, iView. */
const DETAIL_PAIRS: [label: string, value: (label: Element) => Element | null][] = [
  ['th, td', (label) => label.nextElementSibling],
  ['dt', (label) => label.nextElementSibling],
  ['.el-descriptions-item__label', (label) => label.nextElementSibling ?? label.parentElement?.querySelector('.el-descriptions-item__content') ?? null],
  ['.ant-descriptions-item-label', (label) => label.nextElementSibling],
];

function readDetails(doc: Document, values: ReadValues): void {
  const cache = newPageCache();
  const selfPage = isSelfPage(doc);
  for (const [selector, valueOf] of DETAIL_PAIRS) {
    for (const label of doc.querySelectorAll(selector)) {
      const value = valueOf(label);
      const text = ownText(label);
      if (!value || !text || text.length > 20 || value.querySelector('input, select, textarea') || value.matches(selector + ':has(+ *)') && value.children.length > 3) continue;
      const content = textOf(value);
      if (!content || content.length > 5000) continue;
      const c = classifyLabel(text, { party: sectionParty(sectionsOf(label, cache)), selfPage });
      if (c?.key) store(values, c.key, [content], false);
    }
  }
}

/**
 * Reads a page back by the same detection (采集): a filled form's fields, then a detail page's label/value
 * pairs, by key. Dates come back as YYYY-MM-DD, lists as arrays.
 */
export function readFields(root: Document): ReadValues {
  const values: ReadValues = {};
  for (const field of detect(root)) {
    if (!field.key) continue;
    const texts = field.widget.read();
    // A cascader's levels and a range's ends go to their own keys (a path read from its top).
    if (field.valueKeys.length > 1) field.valueKeys.forEach((key, i) => store(values, key, texts.slice(i, i + 1), false));
    else store(values, field.key, texts, field.widget.multiple);
  }
  readDetails(root, values);
  return values;
}
