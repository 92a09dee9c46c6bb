import { buildDashboard } from '../../lib/stats';
import { fillExtensionDb, launchBuiltExtension } from './extension';
import { generateRecords } from './generate';
import { median, medianOf, reportBench, timeMs } from './measure';

// 首页 with 100,000 visits and 50,000 issues: the figures alone in Node, then the time from opening
// the workspace in Chromium (built extension) until the dashboard's figures are on screen (target 1 s).
const today = '2026-11-20';
const records = generateRecords({ visits: 100_000, issues: 50_000, until: today });

reportBench('dashboard-stats-node', await medianOf(5, () => timeMs(() => buildDashboard({ ...records, today }))), 'ms');
// The same in CPU time: on a machine shared with other work the wall time above can be many times this.
reportBench('dashboard-stats-node-cpu', await medianOf(5, () => {
  const before = process.cpuUsage();
  buildDashboard({ ...records, today });
  const { user, system } = process.cpuUsage(before);
  return (user + system) / 1000;
}), 'ms');

const session = await launchBuiltExtension();
try {
  // The welcome tab opened on install creates the database with the current schema.
  const page = await session.waitForPage(/workspace\.html#\/welcome$/);
  await page.waitForSelector('text=先填写您本人的信息');
  await fillExtensionDb(page, { ...records });
  await page.goto(page.url().replace(/#.*$/, '#/'));
  // The first reload finds nothing kept (it counts, then shows); every reload after it is timed as a
  // user reopening the workspace.
  await page.getByTestId('home-counts').waitFor({ timeout: 60_000 });
  await page.evaluate(() => localStorage.clear());
  const layout: number[] = [];
  const fresh: number[] = [];
  const ms = await medianOf(5, async () => {
    // Reopened once the last open has finished (its topic table and totals counted), as a user
    // would: reloading mid-count leaves the old page's counts queued ahead of the new page's.
    if (layout.length) await page.getByTestId('home-counts').waitFor({ timeout: 60_000 });
    await page.reload();
    await page.locator('.ant-layout-sider').waitFor({ timeout: 60_000 });
    layout.push(await page.evaluate(() => performance.now()));
    await page.getByTestId('dashboard-figures').waitFor({ timeout: 60_000 });
    const shownAt = await page.evaluate(() => performance.now());
    // Until the database has counted again the figures are the last ones counted, marked 更新中.
    await page.waitForFunction(() => performance.getEntriesByName('footsteps:dashboard-fresh').length > 0, null, { timeout: 60_000 });
    fresh.push(await page.evaluate(() => performance.getEntriesByName('footsteps:dashboard-fresh')[0].startTime));
    return shownAt;
  });
  const shown = await page.getByTestId('fig-open').textContent();
  reportBench('dashboard-shown-100k-visits-50k-issues', ms, 'ms', 1000);
  // For reading the figure above: when the workspace's frame (menu) was on screen, before any data,
  // and when the figures counted afresh replaced the kept ones (更新中 gone; target 1 s too).
  reportBench('workspace-frame-shown', median(layout.slice(1)), 'ms');
  reportBench('dashboard-counted-afresh', median(fresh.slice(1)), 'ms', 1000);
  // The very first open, with no figures kept from before: counted, then shown.
  reportBench('dashboard-first-open-counted', fresh[0], 'ms', 1000);
  console.log(`(dashboard showed 未销号问题 ${shown})`);
} finally {
  await session.close();
}
