import type { Progress } from '@/lib/backup';

/** Saves text as a file through the browser's own download (nothing leaves the computer). */
export function saveTextFile(text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = Object.assign(document.createElement('a'), { href: url, download: fileName });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export const percentOf = (p: Progress | null) => (p && p.total ? Math.round((p.done / p.total) * 100) : 0);
export const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** 2023年6月8日 14:05 */
export function formatMoment(iso: string): string {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日 ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
