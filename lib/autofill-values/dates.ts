/** 2023-06-08 → 2023年6月8日, the way dates are shown to users. */
export function formatDateZh(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/**
 * Reads the dates government pages show (2023-06-08, 2023/6/8, 2023.06.08, 2023年6月8日, with or
 * without a time after) as ISO YYYY-MM-DD; null when the text holds no real date.
 */
export function parseLooseDate(text: string): string | null {
  const match = /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})/.exec(text) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(text.trim());
  if (!match) return null;
  const [, y, m, d] = match.map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}
