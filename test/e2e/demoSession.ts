// What the autofill e2e files start from: the demo government site, and the built extension in a browser with a
// toolbar (for the user's click) whose database holds the demo records and the user's own details (我的信息).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { buildDemoData } from '@/lib/demo';
import { startDemoSite } from '../../scripts/demo-site.mjs';
import { launchWithToolbar, seedDatabase } from './extensionTabs';
import type { ExtensionSession } from './harness';

export const demo = buildDemoData();
/** The demo records the panel's record picker offers (联系户, 走访记录, 课题, 问题). */
export const DEMO_RECORDS = { topics: demo.topics, households: demo.households, visits: demo.visits, issues: demo.issues };
/** The user's own details: a grid worker of 台兴村, a community the demo site's forms offer. */
export const PROFILE = {
  id: 'me', name: '王小明', unit: '建国街道办事处', position: '网格员', phone: '13800001234',
  street: '建国街道', community: '台兴村', grid: '台兴第一网格', updatedAt: '2026-11-23T08:00:00.000Z',
};
/** The panel injects the agent and detects again after every change: allow a few seconds. */
export const SLOW = { timeout: 15_000 };

/** A date as the panel words a record (2026年11月20日). */
export const zhDate = (iso: string) => { const [y, m, d] = iso.split('-').map(Number); return `${y}年${m}月${d}日`; };

export interface DemoSession {
  site: { url: string; close: () => Promise<void> };
  session: ExtensionSession;
  cdp: Browser;
}

/** The demo site and the extension (its profile folder named after the test file) with `rows` in its database. */
export async function startDemoSession(name: string, rows: Record<string, unknown[]>): Promise<DemoSession> {
  const site = await startDemoSite({ port: 0 });
  let browser: { session: ExtensionSession; cdp: Browser } | undefined;
  try {
    browser = await launchWithToolbar(mkdtempSync(join(tmpdir(), `footsteps-${name}-`)));
    await seedDatabase(browser.session, rows);
    return { site, ...browser };
  } catch (error) {
    await browser?.session.close();
    await site.close();
    throw error;
  }
}

/** What the demo page would submit (each demo form exposes its model as window.__formModel). */
export function formModel<T = Record<string, unknown>>(page: Page): Promise<T> {
  return page.evaluate(() => (window as unknown as { __formModel(): T }).__formModel());
}

/** Opens a demo form in a tab of its own, once its framework has mounted it. */
export async function openDemoForm(session: ExtensionSession, url: string): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => typeof (window as unknown as { __formModel?: unknown }).__formModel === 'function');
  return page;
}

/** Picks a visit in the panel's record picker, as the user types its date. */
export async function chooseVisit(panel: Page, date: string): Promise<void> {
  await panel.getByTestId('record-picker').click();
  await panel.keyboard.type(zhDate(date));
  // The option in the open list (the panel may already show the record chosen last, in the same words).
  await panel.locator('.ant-select-item-option', { hasText: `走访记录 ${zhDate(date)}` }).first().click();
}
