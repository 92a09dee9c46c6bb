// What the e2e tests of the side panel need besides the harness: the toolbar click that grants
// activeTab on a page (as a user's click does), and setup rows written into the extension's database.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { launchExtension, type ExtensionSession } from './harness';

/** The extension API inside page.evaluate / worker.evaluate (functions run there, so no closures). */
export type WithChrome = { chrome: typeof browser };

/** Polls until `probe` gives a truthy value (setup steps, where expect.poll is not allowed). */
export async function waitFor<T>(probe: () => Promise<T> | T, what: string, timeoutMs = 15_000): Promise<NonNullable<T>> {
  for (const start = Date.now(); Date.now() - start < timeoutMs; await new Promise((r) => setTimeout(r, 100))) {
    const value = await probe();
    if (value) return value;
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** Writes rows into the database the extension page has opened (false while it is not created yet). */
export function idbPut(page: Page, rows: Record<string, unknown[]>): Promise<boolean> {
  return page.evaluate((rows) => new Promise<boolean>((resolve, reject) => {
    const open = indexedDB.open('footsteps');
    open.onsuccess = () => {
      const names = Object.keys(rows);
      if (!names.every((n) => open.result.objectStoreNames.contains(n))) { open.result.close(); resolve(false); return; }
      const tx = open.result.transaction(names, 'readwrite');
      for (const name of names) for (const row of rows[name]) tx.objectStore(name).put(row);
      tx.oncomplete = () => { open.result.close(); resolve(true); };
      tx.onerror = () => reject(tx.error);
    };
    open.onerror = () => reject(open.error);
  }), rows);
}

/** Reads every row of a store of the extension's database (checks only). */
export function idbAll(page: Page, store: string): Promise<unknown[]> {
  return page.evaluate((store) => new Promise<unknown[]>((resolve, reject) => {
    const open = indexedDB.open('footsteps');
    open.onsuccess = () => {
      const request = open.result.transaction(store, 'readonly').objectStore(store).getAll();
      request.onsuccess = () => { open.result.close(); resolve(request.result); };
      request.onerror = () => reject(request.error);
    };
    open.onerror = () => reject(open.error);
  }), store);
}

/** The extension in a browser that also has a browser-level DevTools client (for the toolbar click). */
export async function launchWithToolbar(userDataDir: string): Promise<{ session: ExtensionSession; cdp: Browser }> {
  // Extensions.triggerAction (the toolbar click) is only offered to a browser-level DevTools client.
  const session = await launchExtension({ userDataDir, args: ['--enable-unsafe-extension-debugging', '--remote-debugging-port=0'] });
  const [port] = readFileSync(join(userDataDir, 'DevToolsActivePort'), 'utf8').split('\n');
  return { session, cdp: await chromium.connectOverCDP(`http://127.0.0.1:${port}`) };
}

/** A click on the toolbar icon with `page` in front: opens the popup and grants activeTab, as for a user. */
export async function clickToolbarIcon(cdp: Browser, session: ExtensionSession, page: Page): Promise<void> {
  await page.bringToFront();
  const browserSession = await cdp.newBrowserCDPSession();
  const { targetInfos } = await browserSession.send('Target.getTargets', { filter: [{ type: 'tab' }] });
  const tab = targetInfos.find((t) => t.url === page.url());
  await browserSession.send('Extensions.triggerAction' as never, { id: session.extensionId, targetId: tab!.targetId } as never);
  await browserSession.detach();
}

/** The tab id of a page, as the extension knows it. */
export function tabIdOf(session: ExtensionSession, page: Page): Promise<number | undefined> {
  return session.worker.evaluate(async (url) => (await (globalThis as unknown as WithChrome).chrome.tabs.query({})).find((t) => t.url === url)?.id, page.url());
}

/** Writes setup rows (demo data, a profile…) once the extension's own page has created its database. */
export async function seedDatabase(session: ExtensionSession, rows: Record<string, unknown[]>): Promise<void> {
  const setup = await session.openPage('sidepanel.html');
  await waitFor(() => idbPut(setup, rows), 'the database');
  await setup.close();
}

/** The side panel for a page (in a tab of its own, as wide as a side panel), after the user's toolbar click on it. */
export async function openPanelFor(cdp: Browser, session: ExtensionSession, page: Page): Promise<Page> {
  await clickToolbarIcon(cdp, session, page);
  const tabId = await tabIdOf(session, page);
  if (typeof tabId !== 'number') throw new Error(`the extension does not see the tab ${page.url()}`);
  const panel = await session.openPage(`sidepanel.html?tabId=${tabId}`);
  await panel.setViewportSize({ width: 420, height: 900 });
  return panel;
}

/**
 * Grants a site the way a user does on the extension's details page (chrome://extensions → 网站访问权限 →
 * 添加网站), through that page's own chrome.developerPrivate. For an optional host permission this alone
 * gives no access: the extension's chrome.permissions.request for the site then resolves without the
 * browser's prompt (which a test cannot answer).
 */
export async function allowSiteInExtensionSettings(session: ExtensionSession, pattern: string): Promise<void> {
  const settings = await session.context.newPage();
  await settings.goto(`chrome://extensions/?id=${session.extensionId}`);
  await settings.evaluate(async ([id, pattern]) => {
    type DeveloperPrivate = {
      updateExtensionConfiguration(update: { extensionId: string; hostAccess: string }): Promise<void>;
      addHostPermission(id: string, host: string): Promise<void>;
    };
    const settingsApi = (globalThis as unknown as { chrome: { developerPrivate: DeveloperPrivate } }).chrome.developerPrivate;
    await settingsApi.updateExtensionConfiguration({ extensionId: id, hostAccess: 'ON_SPECIFIC_SITES' });
    await settingsApi.addHostPermission(id, pattern);
  }, [session.extensionId, pattern]);
  await settings.close();
}

/**
 * Presses an extension's keyboard shortcut (chrome.commands) on a page. Playwright's keyboard sends no
 * native key code, and Chromium then keeps DevTools key events from the browser's own shortcuts
 * (skip_if_unhandled); with one, an event the page leaves unhandled reaches them as a real key does.
 */
export async function pressBrowserShortcut(session: ExtensionSession, page: Page, key: { key: string; code: string; keyCode: number; modifiers: number }): Promise<void> {
  await page.bringToFront();
  const devtools = await session.context.newCDPSession(page);
  for (const type of ['rawKeyDown', 'keyUp'] as const) {
    await devtools.send('Input.dispatchKeyEvent', {
      type, key: key.key, code: key.code, modifiers: key.modifiers, windowsVirtualKeyCode: key.keyCode, nativeVirtualKeyCode: key.keyCode,
    });
  }
  await devtools.detach();
}
