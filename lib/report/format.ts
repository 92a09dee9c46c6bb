// Chinese document conventions for dates, numbers and file names.

/** '2023-06-08' → '2023年6月8日' (公文 writes dates without leading zeros). */
export function chineseDate(iso: string): string {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

const DIGITS = '零一二三四五六七八九';

/** 1 → 一, 12 → 十二, 23 → 二十三 (heading numbers; reports never need more than 99). */
export function chineseNumber(n: number): string {
  if (n < 10) return DIGITS[n];
  const tens = Math.floor(n / 10), ones = n % 10;
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones ? DIGITS[ones] : ''}`;
}

/** A percentage with at most one decimal: 2/3 → 66.7. */
export const percent = (part: number, whole: number): number =>
  whole === 0 ? 0 : Math.round((part / whole) * 1000) / 10;

/** Characters Windows and macOS refuse in file names. */
const UNSAFE = /[\\/:*?"<>|\u0000-\u001f]/g;

/** 关于……的调研报告-2023-06-09.docx */
export function docxFileName(title: string, isoDate: string): string {
  const base = title.replace(UNSAFE, '').trim().slice(0, 120) || '调研报告';
  return `${base}-${isoDate.slice(0, 10)}.docx`;
}

/** Today's date where the user is (not UTC), as YYYY-MM-DD. */
export function localIsoDate(date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
