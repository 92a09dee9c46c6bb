// 填写本页 without the side panel: the popup's button, the context menu and Alt+Shift+F fill the
// tab with the profile and the record last chosen in the panel; the panel shows the report and 撤销.
import { toFillValues } from '@/lib/autofill-values';
import { openStore, type Store } from '@/lib/db';
import { planFill } from '@/lib/templates';
import { fillTab, inspectTab, isWebPage, type TabFillReport } from './injectAutofill';

let store: Store | undefined;

/**
 * Fills a tab (default: the active tab of the focused window) and tells the side panel, which opens
 * with the report and names the embedded sites not enabled (their forms are left unfilled).
 */
export async function quickFill(tabId?: number): Promise<TabFillReport> {
  const tab = tabId !== undefined
    ? await browser.tabs.get(tabId)
    : (await browser.tabs.query({ active: true, lastFocusedWindow: true }))[0];
  if (tab?.id === undefined || !isWebPage(tab.url)) throw new Error('请先打开需要填写的网页');
  store ??= openStore();
  const { autofillRecord } = await store.getSettings();
  const url = tab.url ?? (await inspectTab(tab.id, [])).url;
  const plan = await planFill(store, url, autofillRecord);
  const report = await fillTab(tab.id, toFillValues(plan.values), plan.overrides);
  // No panel open is fine: nobody listens then.
  await browser.runtime.sendMessage({ type: 'autofillChanged', tabId: tab.id }).catch(() => undefined);
  return report;
}

/** Opens the side panel beside the tab. Call it first thing in a click/shortcut handler (it needs the gesture). */
export function openPanelBeside(tab: { windowId?: number } | undefined): void {
  if (tab?.windowId !== undefined) browser.sidePanel?.open?.({ windowId: tab.windowId }).catch(() => undefined);
}
