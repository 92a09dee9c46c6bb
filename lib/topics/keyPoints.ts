// 要点 are written 一是…二是…三是…: shown that way, and pasted text of that shape is split back.

const DIGITS = '零一二三四五六七八九';

/** 1 → 一, 10 → 十, 12 → 十二, 21 → 二十一 (key points never reach 100). */
export function chineseNumber(n: number): string {
  if (n < 10) return DIGITS[n];
  const tens = Math.floor(n / 10), ones = n % 10;
  return `${tens > 1 ? DIGITS[tens] : ''}十${ones ? DIGITS[ones] : ''}`;
}

/** ['甲', '乙'] → '一是甲；二是乙。' */
export function formatKeyPoints(points: readonly string[]): string {
  if (!points.length) return '';
  return `${points.map((p, i) => `${chineseNumber(i + 1)}是${p.replace(/[；;。，,\s]+$/, '')}`).join('；')}。`;
}

const MARKER = /(?:^|[；;。，,\s])(?:[一二三四五六七八九十]+是|[一二三四五六七八九十]+、|\d+[.、．])/g;

/** '一是甲；二是乙。' (or 1. 甲 2. 乙, or one per line) → ['甲', '乙']. */
export function parseKeyPoints(text: string): string[] {
  const marked = text.replace(MARKER, '\n');
  return marked.split(/\n+/).map((p) => p.trim().replace(/^[：:]/, '').replace(/[；;。，,]+$/, '').trim()).filter(Boolean);
}
