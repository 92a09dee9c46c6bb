import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import type { Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type ExtensionSession } from './harness';

// 数据安全 in the built extension: privacy (no network at all), backup and restore through the
// settings screen, a bad file refused, and the app lock.

const WAIT = { timeout: 20_000 };

describe('safety: privacy, backup and restore, app lock', () => {
  let session: ExtensionSession;
  const requests: string[] = [];
  const record = (r: Request) => requests.push(r.url());

  beforeAll(async () => {
    session = await launchExtension();
    session.context.on('request', record); // pages and (in Chromium) the service worker
  });
  afterAll(async () => { await session?.close(); });

  const workspace = async (route: string) => {
    const page = await session.openPage(`workspace.html#${route}`);
    await page.waitForSelector('.ant-layout, .ant-card');
    return page;
  };

  it('backs up from settings, restores the file (replace) and refuses a bad file', async () => {
    const page = await workspace('/settings?demo=1');
    await expect.poll(() => page.evaluate(() => document.body.textContent), WAIT).toContain('已载入演示数据');
    await page.goto(page.url().replace(/#.*$/, '#/safety'));
    const downloading = page.waitForEvent('download');
    await page.getByTestId('backup-download').click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^脚步备份-全部数据.*\.json$/);
    const file = join(tmpdir(), `footsteps-backup-${Date.now()}.json`);
    await download.saveAs(file);
    const text = readFileSync(file, 'utf8');
    expect(JSON.parse(text).manifest.counts).toMatchObject({ topics: 6, visits: 40 });
    await session.screenshot(page, 'safety-backup');

    // Change something, then restore the backup over it.
    await page.evaluate(() => new Promise<void>((resolve) => {
      const open = indexedDB.open('footsteps');
      open.onsuccess = () => {
        const tx = open.result.transaction('visits', 'readwrite');
        tx.objectStore('visits').put({ id: '00000000-0000-4000-8000-0000000fffff', date: '2023-07-01', content: '备份之后新增' });
        tx.oncomplete = () => { open.result.close(); resolve(); };
      };
    }));
    expect(await countRows(page, 'visits')).toBe(41);
    await page.goto(page.url().replace(/#.*$/, '#/safety'));
    await restoreFile(page, file);
    await expect.poll(() => page.getByTestId('restore-done').textContent(), WAIT).toContain('已从备份恢复全部数据');
    expect(await countRows(page, 'visits')).toBe(40); // the visit added after the backup is gone

    // A damaged copy is refused with its message.
    const bad = file.replace('.json', '-bad.json');
    writeFileSync(bad, text.slice(0, text.length / 2));
    await page.goto(page.url().replace(/#.*$/, '#/safety'));
    await restoreFile(page, bad);
    await expect.poll(() => page.getByTestId('restore-error').textContent(), WAIT).toContain('备份文件不完整');
    await session.screenshot(page, 'safety-restore-refused');
    await page.close();
  });

  it('shows the privacy page and the team consolidation page', async () => {
    const page = await workspace('/privacy');
    await expect.poll(() => page.getByTestId('privacy-page').textContent(), WAIT).toContain('不向任何服务器发送请求');
    await session.screenshot(page, 'safety-privacy');
    await page.goto(page.url().replace(/#.*$/, '#/safety?tab=team'));
    await expect.poll(() => page.getByTestId('conflicts').textContent(), WAIT).toContain('没有需要处理的冲突');
    await session.screenshot(page, 'safety-team');
    await page.close();
  });

  it('locks with a passphrase: the data is encrypted, a reload shows the lock screen, the passphrase opens it', async () => {
    const page = await workspace('/safety?tab=lock');
    await page.getByTestId('lock-new').fill('走访口令2023');
    await page.getByTestId('lock-confirm').fill('走访口令2023');
    await page.getByTestId('lock-understood').click();
    await page.getByTestId('lock-enable').click();
    await expect.poll(() => page.getByTestId('recovery-key').textContent(), WAIT).toMatch(/^([0-9A-Z]{5}-){7}[0-9A-Z]{5}$/);
    await session.screenshot(page, 'safety-recovery-key');
    await page.getByTestId('recovery-done').click();

    const stored = await page.evaluate(() => new Promise<string>((resolve) => {
      const open = indexedDB.open('footsteps');
      open.onsuccess = () => {
        const all = open.result.transaction('issues').objectStore('issues').getAll();
        all.onsuccess = () => { resolve(JSON.stringify(all.result)); open.result.close(); };
      };
    }));
    expect(stored).toContain('__sealed');
    expect(stored).not.toContain('楼道灯坏了');

    await page.goto(page.url().replace(/#.*$/, '#/issues'));
    await page.reload();
    await expect.poll(() => page.getByTestId('lock-screen').isVisible(), WAIT).toBe(true);
    expect(await page.textContent('body')).not.toContain('楼道灯坏了');
    await session.screenshot(page, 'safety-lock-screen');
    await page.getByTestId('lock-passphrase').fill('猜一个口令');
    await page.getByTestId('lock-unlock').click();
    await expect.poll(() => page.getByTestId('lock-error').textContent(), WAIT).toContain('口令不正确');
    await page.getByTestId('lock-passphrase').fill('走访口令2023');
    await page.getByTestId('lock-unlock').click();
    await expect.poll(() => page.textContent('body'), WAIT).toContain('楼道灯坏了');
    await session.screenshot(page, 'safety-unlocked-issues');
    await page.close();
  });

  it('made no network request other than to the extension itself during the session', async () => {
    for (const surface of ['popup.html', 'sidepanel.html', 'workspace.html#/issues', 'workspace.html#/safety?tab=team']) {
      const page = await session.openPage(surface);
      await page.waitForTimeout(500);
      await page.close();
    }
    expect(requests.length).toBeGreaterThan(10);
    const outside = requests.filter((url) => !/^(chrome-extension|blob:chrome-extension):\/\//.test(url));
    expect(outside).toEqual([]);

    // The recorder does see the service worker's requests and ordinary ones (a local closed port:
    // nothing leaves the machine), so an empty list above means something.
    await session.worker.evaluate(() => fetch('http://127.0.0.1:9/from-worker').catch(() => undefined));
    const control = await session.context.newPage();
    await control.goto('http://127.0.0.1:9/from-page').catch(() => undefined);
    await expect.poll(() => requests, WAIT).toEqual(expect.arrayContaining(['http://127.0.0.1:9/from-page', 'http://127.0.0.1:9/from-worker']));
    await control.close();
  });
});

async function restoreFile(page: Page, file: string) {
  await page.getByTestId('restore-file').setInputFiles(file);
  await page.getByTestId('restore-start').click();
  await page.getByRole('button', { name: '开始恢复' }).last().click();
}

/** Rows of a table as stored in the extension's IndexedDB. */
function countRows(page: Page, table: string): Promise<number> {
  return page.evaluate((name) => new Promise<number>((resolve, reject) => {
    const open = indexedDB.open('footsteps');
    open.onsuccess = () => {
      const count = open.result.transaction(name).objectStore(name).count();
      count.onsuccess = () => { resolve(count.result); open.result.close(); };
      count.onerror = () => reject(count.error);
    };
  }), table);
}
