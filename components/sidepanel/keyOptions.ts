// The field keys (FIELDS.md) as the side panel offers them: grouped by whose data they are, found by
// typing part of the Chinese name (电话, 住址) or of the group (居民, 填报人).
import { FIELD_KEYS, FIELD_KEY_NAMES, type FieldKey } from '@/lib/autofill-values';

/** Typed text compared loosely: width, case and spaces ignored. */
const loose = (text: string) => text.normalize('NFKC').replace(/\s+/g, '').toLowerCase();

const GROUPS: Record<string, string> = {
  officer: '填报人（我）', resident: '居民', place: '地点', visit: '走访', issue: '问题', topic: '调研课题', report: '调研报告',
};

export interface KeyOption { value: FieldKey; label: string; search: string }

/** Options for an antd Select, one group per kind of data. */
export const KEY_GROUPS = Object.entries(GROUPS).map(([prefix, title]) => ({
  label: title,
  title,
  options: FIELD_KEYS.filter((key) => key.startsWith(`${prefix}.`))
    .map((key): KeyOption => ({ value: key, label: FIELD_KEY_NAMES[key], search: loose(`${FIELD_KEY_NAMES[key]} ${title} ${key}`) })),
}));

/** antd's filterOption: the typed text anywhere in the key's name, its group or the key itself. */
export const searchKeys = (input: string, option?: object): boolean =>
  Boolean(option && 'search' in option && String(option.search).includes(loose(input)));
