// `npm start`: builds the extension and opens Chromium with it loaded, the demo workspace and the
// local demo government-form site. Flags: --no-build, --headless, --once (open, screenshot, exit).
import { execSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { ensureChromium } from './chromium.mjs';
import { startDemoSite } from './demo-site.mjs';

const flags = new Set(process.argv.slice(2));
const headless = flags.has('--headless') || flags.has('--once') || !(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const extensionDir = resolve(process.env.FOOTSTEPS_OUT ?? '.output', 'chrome-mv3');
// A profile kept in the project, so what you enter survives restarts (delete it to start over).
const profileDir = resolve(process.env.FOOTSTEPS_PROFILE ?? '.footsteps-profile');

const executablePath = ensureChromium();
if (!flags.has('--no-build')) execSync('npx wxt build', { stdio: 'inherit' });

const site = await startDemoSite({ port: Number(process.env.DEMO_SITE_PORT ?? 0) });
const context = await chromium.launchPersistentContext(profileDir, {
  executablePath,
  headless,
  locale: 'zh-CN',
  viewport: headless ? { width: 1280, height: 800 } : null,
  args: [
    `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`,
    '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync',
    '--lang=zh-CN', ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
  ],
});
const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
const extensionId = new URL(worker.url()).host;

// The demo workspace: loads the demo data once into an empty workspace, then shows the home page.
// On a first start the extension opens its first-run tab itself; use that tab rather than race it.
const workspace = await firstRunTab(context) ?? await context.newPage();
await workspace.goto(`chrome-extension://${extensionId}/workspace.html#/settings?demo=1`);
await workspace.getByTestId('load-demo').waitFor({ timeout: 30_000 });
const topicCount = await waitForRecords(workspace);
await workspace.goto(`chrome-extension://${extensionId}/workspace.html#/`);
const gov = await context.newPage();
await gov.goto(site.url);

console.log(`\n脚步已在 Chromium 中加载（扩展 ID ${extensionId}）`);
console.log(`工作台：chrome-extension://${extensionId}/workspace.html（${topicCount} 个调研课题）`);
console.log(`演示政务系统：${site.url}`);

/** Waits (bounded) until the workspace holds records: the demo load is asynchronous. */
async function waitForRecords(page) {
  const countTopics = () => page.evaluate(() => new Promise((resolve) => {
    const open = indexedDB.open('footsteps');
    open.onsuccess = () => {
      const count = open.result.transaction('topics').objectStore('topics').count();
      count.onsuccess = () => { open.result.close(); resolve(count.result); };
    };
    open.onerror = () => resolve(0);
  }));
  let count = 0;
  for (let waited = 0; waited < 15_000 && (count = await countTopics()) === 0; waited += 250) await page.waitForTimeout(250);
  return count;
}

/** The workspace tab the extension opens on install, if it opens one within a few seconds. */
async function firstRunTab(browserContext) {
  for (let waited = 0; waited < 5000; waited += 100) {
    const tab = browserContext.pages().find((p) => p.url().includes('/workspace.html'));
    if (tab) return tab;
    await new Promise((r) => setTimeout(r, 100));
  }
  return null;
}

if (headless) {
  const dir = resolve('test-results/start');
  mkdirSync(dir, { recursive: true });
  await workspace.screenshot({ path: `${dir}/workspace.png` });
  await gov.screenshot({ path: `${dir}/demo-site.png` });
  console.log(`没有图形界面（DISPLAY），以无界面方式运行；截图在 ${dir}`);
}
if (flags.has('--once')) {
  await context.close();
  await site.close();
} else {
  console.log('按 Ctrl+C 退出。');
  const stop = async () => { await context.close().catch(() => {}); await site.close(); process.exit(0); };
  process.on('SIGINT', stop);
  context.on('close', stop);
}
