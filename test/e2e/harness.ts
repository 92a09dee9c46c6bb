import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { findChromium } from '../../scripts/chromium.mjs';

export const EXTENSION_DIR = resolve(process.env.FOOTSTEPS_OUT ?? '.output', 'chrome-mv3');
export const SCREENSHOT_DIR = resolve('test-results/screenshots');

export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  /** Opens an extension page, e.g. openPage('workspace.html#/settings'). */
  openPage(path: string): Promise<Page>;
  /** Waits for an open tab whose URL matches (the extension opens and reuses tabs itself). */
  waitForPage(url: RegExp): Promise<Page>;
  /** Saves a full-page PNG under test-results/screenshots and returns its path. */
  screenshot(page: Page, name: string): Promise<string>;
  close(): Promise<void>;
}

/**
 * Starts Debian's Chromium with the built extension loaded (headless) in a fresh profile.
 * Both --disable-extensions-except and --load-extension are needed for the extension to load.
 */
export async function launchExtension(options: { headless?: boolean; userDataDir?: string; args?: string[] } = {}): Promise<ExtensionSession> {
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'footsteps-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: findChromium(),
    headless: options.headless ?? true,
    locale: 'zh-CN',
    viewport: { width: 1280, height: 800 },
    acceptDownloads: true,
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--lang=zh-CN',
      ...(options.args ?? []),
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  mkdirSync(SCREENSHOT_DIR, { recursive: true });

  const session: ExtensionSession = {
    context,
    extensionId,
    worker,
    async openPage(path) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    },
    async waitForPage(url) {
      for (let waited = 0; waited < 15_000; waited += 100) {
        const page = context.pages().find((p) => url.test(p.url()));
        if (page) return page;
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error(`no tab matching ${url} opened`);
    },
    async screenshot(page, name) {
      const file = join(SCREENSHOT_DIR, `${name}.png`);
      await page.screenshot({ path: file, fullPage: true });
      console.log(`screenshot: ${file}`);
      return file;
    },
    async close() {
      await context.close();
      if (!options.userDataDir) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
  // On install the extension opens its first-run tab, and would take over a workspace tab opened
  // before that: tests start once it is there, so their own tabs stay theirs.
  if (!options.userDataDir) await session.waitForPage(/workspace\.html#\/welcome$/);
  return session;
}
