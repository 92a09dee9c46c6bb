import { parseMessage, type Reply } from '@/lib/messages';
import { openWorkspace } from '@/components/extension/openWorkspace';
import {
  ensureDailyReminder, isReminderAlarm, isReminderNotification, refreshReminders,
} from '@/components/extension/reminders';
import { openPanelBeside, quickFill } from '@/components/extension/quickFill';
import { watchPickingPanels } from '@/components/extension/pickingPort';

// Wiring only: messages, context menu, commands, alarms. No data work happens here.
export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(async ({ reason }) => {
    browser.contextMenus.create({ id: 'fill-page', title: '用脚步填写本页', contexts: ['page', 'editable'] });
    if (reason === 'install') await openWorkspace('/welcome');
  });

  browser.runtime.onMessage.addListener((raw, _sender, sendResponse) => {
    const parsed = parseMessage(raw);
    if ('error' in parsed) {
      sendResponse({ ok: false, error: parsed.error } satisfies Reply);
      return false;
    }
    handle(parsed.message).then(sendResponse, (e: unknown) =>
      sendResponse({ ok: false, error: e instanceof Error ? e.message : String(e) } satisfies Reply),
    );
    return true;
  });

  // 用脚步填写本页 (context menu) and Alt+Shift+F: the panel opens beside the page with the report.
  const fillFrom = (tab: { id?: number; windowId?: number } | undefined) => {
    openPanelBeside(tab);
    quickFill(tab?.id).catch((e: unknown) => console.warn('脚步：填写本页失败', e));
  };
  browser.contextMenus.onClicked.addListener((info, tab) => { if (info.menuItemId === 'fill-page') fillFrom(tab); });
  // 在页面上选取字段: a panel closed mid-pick leaves no picking layer on the page.
  watchPickingPanels();
  browser.commands.onCommand.addListener((command, tab) => { if (command === 'fill-page') fillFrom(tab); });

  // 到期提醒: the badge on every start, a notification once a day (daily alarm, and on startup).
  void ensureDailyReminder();
  void refreshReminders({ notify: false });
  browser.runtime.onStartup.addListener(() => { void refreshReminders({ notify: true }); });
  browser.alarms.onAlarm.addListener((alarm) => { if (isReminderAlarm(alarm)) void refreshReminders({ notify: true }); });
  browser.notifications.onClicked.addListener((id) => { if (isReminderNotification(id)) void openWorkspace('/issues?view=overdue'); });

  // The side panel opens from the toolbar's context menu entry 在侧边栏打开 and from the popup.
  browser.sidePanel?.setPanelBehavior?.({ openPanelOnActionClick: false }).catch(() => undefined);
});

async function handle(message: import('@/lib/messages').Message): Promise<Reply> {
  switch (message.type) {
    case 'ping':
      return { ok: true, data: 'pong' };
    case 'openWorkspace':
      await openWorkspace(message.route ?? '/');
      return { ok: true };
    case 'fillActiveTab':
      return { ok: true, data: await quickFill() };
    case 'autofillChanged':
    case 'pickingField':
      return { ok: true };
    case 'refreshReminders':
      return { ok: true, data: await refreshReminders({ notify: false, counted: message.counts }) };
  }
}
