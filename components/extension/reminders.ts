// 到期提醒 at the extension's edge: the toolbar badge and one notification a day. The counting is
// lib's (loadIssueFigures, badgeText, reminderMessage); only the chrome.* calls live here.
import dayjs from 'dayjs';
import { openStore } from '@/lib/db';
import { badgeText, reminderMessage, type IssueReminder } from '@/lib/issues';
import { loadIssueFigures } from '@/lib/stats';

const ALARM = 'footsteps-daily-reminder';
const LAST_NOTIFIED = 'reminders.lastNotified';

/** The daily alarm at 9:00, created once (a restarted service worker keeps the existing one). */
export async function ensureDailyReminder(): Promise<void> {
  if (await browser.alarms.get(ALARM)) return;
  const nextNine = dayjs().hour(9).minute(0).second(0);
  const when = (nextNine.isAfter(dayjs()) ? nextNine : nextNine.add(1, 'day')).valueOf();
  await browser.alarms.create(ALARM, { when, periodInMinutes: 24 * 60 });
}

export const isReminderAlarm = (alarm: { name: string }) => alarm.name === ALARM;

/** A small red 脚 for the notification (the extension ships no icon files yet). */
async function iconDataUrl(): Promise<string> {
  const canvas = new OffscreenCanvas(128, 128);
  const ctx = canvas.getContext('2d')!;
  ctx.fillStyle = '#c0392b';
  ctx.fillRect(0, 0, 128, 128);
  ctx.fillStyle = '#fff';
  ctx.font = 'bold 84px sans-serif';
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.fillText('脚', 64, 68);
  const bytes = new Uint8Array(await (await canvas.convertToBlob({ type: 'image/png' })).arrayBuffer());
  return `data:image/png;base64,${btoa(String.fromCharCode(...bytes))}`;
}

/**
 * Sets the badge to the number of overdue and due-soon issues and, at most once a day, says so in
 * a notification. Off in settings: no badge, no notification. Returns what it counted.
 */
export async function refreshReminders({ notify, counted }: { notify: boolean; counted?: IssueReminder }) {
  const store = openStore();
  try {
    const settings = await store.getSettings();
    const today = dayjs().format('YYYY-MM-DD');
    // Counted from the indexes: no record is read, so this works while the app lock encrypts them.
    const { overdue, dueSoon } = !settings.dailyReminder ? { overdue: 0, dueSoon: 0 } : counted ?? await loadIssueFigures(store, today);
    const counts = { overdue, dueSoon };
    await browser.action.setBadgeText({ text: badgeText(counts) });
    await browser.action.setBadgeBackgroundColor({ color: counts.overdue ? '#cf1322' : '#fa8c16' });
    const message = reminderMessage(counts);
    const { [LAST_NOTIFIED]: last } = await browser.storage.local.get(LAST_NOTIFIED);
    if (notify && message && last !== today) {
      await browser.notifications.create(ALARM, { type: 'basic', iconUrl: await iconDataUrl(), title: '脚步：问题清单到期提醒', message });
      await browser.storage.local.set({ [LAST_NOTIFIED]: today });
    }
    return counts;
  } finally {
    store.close();
  }
}

/** Clicking the notification opens the overdue list. */
export const isReminderNotification = (id: string) => id === ALARM;
