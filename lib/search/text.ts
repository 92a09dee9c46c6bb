import { pinyin } from 'pinyin-pro';

/** What search compares: NFKC (full-width → half-width), lower case, no spaces. */
export function normalizeText(text: string): string {
  // NFKC is slow and most text has nothing it would change: only full-width forms need it here.
  const folded = /[\u3000\uff01-\uff5e]/.test(text) ? text.normalize('NFKC') : text;
  return (/[A-Z]/.test(folded) ? folded.toLowerCase() : folded).replace(/\s+/g, '');
}

const initialsCache = new Map<string, string>();

/** 拼音首字母 of a name: 王桂兰 → wgl (surname readings: 曾 → z). Cached: names repeat a lot. */
export function pinyinInitials(name: string): string {
  let initials = initialsCache.get(name);
  if (initials === undefined) {
    initials = /[\u4e00-\u9fff]/.test(name)
      ? pinyin(name, { pattern: 'first', toneType: 'none', type: 'array', surname: 'head' }).join('').toLowerCase()
      : '';
    initialsCache.set(name, initials);
  }
  return initials;
}

/** 全拼 of a name without spaces: 王桂兰 → wangguilan. */
export function pinyinFull(name: string): string {
  return /[\u4e00-\u9fff]/.test(name)
    ? pinyin(name, { toneType: 'none', type: 'array', surname: 'head' }).join('').toLowerCase()
    : '';
}

/** The search terms of what the user typed: every term must match (AND). */
export function queryTerms(query: string): string[] {
  return query.normalize('NFKC').toLowerCase().split(/\s+/).filter(Boolean);
}

/** A piece of `text` around the first place `term` occurs, for showing why a record matched. */
export function snippet(text: string, term: string, width = 40): string {
  const at = text.toLowerCase().indexOf(term);
  if (at < 0 || text.length <= width) return text.slice(0, width) + (text.length > width ? '…' : '');
  const start = Math.max(0, Math.min(at - Math.floor(width / 3), text.length - width));
  return `${start > 0 ? '…' : ''}${text.slice(start, start + width)}${start + width < text.length ? '…' : ''}`;
}
