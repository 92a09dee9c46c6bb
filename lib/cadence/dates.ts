// Calendar dates as the user means them (YYYY-MM-DD, no time zone), computed in UTC.

const DAY = 86_400_000;
const toTime = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const fromTime = (t: number) => new Date(t).toISOString().slice(0, 10);

export const addDays = (iso: string, days: number): string => fromTime(toTime(iso) + days * DAY);

/** Days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: string, to: string): number => Math.round((toTime(to) - toTime(from)) / DAY);

/** The same day a month later, or the month's last day (01-31 → 02-28). */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  const last = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate();
  return fromTime(Date.UTC(y, m - 1 + months, Math.min(d, last)));
}

/** Monday of the week `iso` falls in (weeks run Monday to Sunday in China). */
export function weekStart(iso: string): string {
  const weekday = (new Date(toTime(iso)).getUTCDay() + 6) % 7;
  return addDays(iso, -weekday);
}

const lunar = new Intl.DateTimeFormat('zh-CN-u-ca-chinese', { month: 'numeric', day: 'numeric', timeZone: 'UTC' });
const LUNAR_FESTIVALS: Record<string, string> = { '1-1': '春节', '5-5': '端午节', '8-15': '中秋节', '9-9': '重阳节' };
const festivalCache = new Map<number, { name: string; date: string }[]>();

/**
 * The traditional festivals of a year, when 五个一 asks for a visit (节日走访): 春节, 端午节,
 * 中秋节, 重阳节, found with the browser's own Chinese calendar (no table to keep up to date).
 */
export function festivalsOf(year: number): { name: string; date: string }[] {
  let found = festivalCache.get(year);
  if (!found) {
    found = [];
    for (let t = Date.UTC(year, 0, 1); t < Date.UTC(year + 1, 0, 1); t += DAY) {
      const parts = lunar.formatToParts(new Date(t));
      const name = LUNAR_FESTIVALS[`${parts.find((p) => p.type === 'month')?.value}-${parts.find((p) => p.type === 'day')?.value}`];
      if (name) found.push({ name, date: fromTime(t) });
    }
    festivalCache.set(year, found);
  }
  return found;
}
