import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type ExtensionSession } from './harness';

describe('foundation: the built extension in Chromium', () => {
  let session: ExtensionSession;
  beforeAll(async () => { session = await launchExtension(); });
  afterAll(async () => { await session?.close(); });

  it('starts the service worker, which answers typed messages', async () => {
    expect(session.worker.url()).toMatch(/background\.js$/);
    const page = await session.openPage('popup.html');
    const reply = await page.evaluate(() => chrome.runtime.sendMessage({ type: 'ping' }));
    expect(reply).toEqual({ ok: true, data: 'pong' });
    const bad = await page.evaluate(() => chrome.runtime.sendMessage({ type: 'nonsense' }));
    expect(bad).toEqual({ ok: false, error: '无法识别的扩展内部消息' });
    await page.close();
  });

  it('renders the popup in Chinese', async () => {
    const page = await session.openPage('popup.html');
    await expect.poll(() => page.getByTestId('open-workspace').isVisible()).toBe(true);
    expect(await page.textContent('body')).toContain('打开工作台');
    await session.screenshot(page, 'foundation-popup');
    await page.close();
  });

  it('opens the first-run page on install', async () => {
    const welcome = await session.waitForPage(/workspace\.html#\/welcome$/);
    await expect.poll(() => welcome.textContent('body')).toContain('先填写您本人的信息');
    await session.screenshot(welcome, 'foundation-welcome');
  });

  it('opens the workspace from the popup, reusing its tab', async () => {
    const popup = await session.openPage('popup.html');
    await popup.getByTestId('open-workspace').click();
    const workspace = await session.waitForPage(/workspace\.html#\/$/);
    await expect.poll(() => workspace.getByTestId('empty-state').isVisible()).toBe(true);
    await session.screenshot(workspace, 'foundation-workspace-empty');
  });

  it('saves the first-run profile and reads it back after a reload', async () => {
    const page = await session.openPage('workspace.html#/welcome');
    await page.locator('#profile-name').fill('王小明');
    await page.locator('#profile-unit').fill('建国街道办事处');
    await page.locator('#profile-phone').fill('123');
    await page.getByRole('button', { name: '保存并进入工作台' }).click();
    await expect.poll(() => page.textContent('body')).toContain('电话号码格式不正确');
    await page.locator('#profile-phone').fill('13800001234');
    await page.locator('#profile-grid').fill('解放第一网格');
    await page.getByRole('button', { name: '保存并进入工作台' }).click();
    await expect.poll(() => page.url()).toMatch(/#\/$/);

    await page.goto(page.url().replace(/#.*$/, '#/settings'));
    await page.reload();
    await expect.poll(() => page.locator('#profile-name').inputValue()).toBe('王小明');
    expect(await page.locator('#profile-grid').inputValue()).toBe('解放第一网格');
    const stored = await page.evaluate(() => new Promise((resolve, reject) => {
      const open = indexedDB.open('footsteps');
      open.onsuccess = () => {
        const get = open.result.transaction('profile').objectStore('profile').get('me');
        get.onsuccess = () => resolve(get.result);
        get.onerror = () => reject(get.error);
      };
    }));
    expect(stored).toMatchObject({ name: '王小明', unit: '建国街道办事处', phone: '13800001234' });
    await session.screenshot(page, 'foundation-settings');
    await page.close();
  });

  it('opens the side panel page', async () => {
    const page = await session.openPage('sidepanel.html');
    await expect.poll(() => page.textContent('body')).toContain('填表助手');
    await session.screenshot(page, 'foundation-sidepanel');
    await page.close();
  });

  it('loads the demo data from settings', async () => {
    const page = await session.openPage('workspace.html#/settings?demo=1');
    await expect.poll(() => page.textContent('body')).toContain('已载入演示数据');
    await page.goto(page.url().replace(/#.*$/, '#/'));
    await expect.poll(() => page.getByTestId('home-counts').textContent()).toContain('6');
    await session.screenshot(page, 'foundation-home-demo');
    await page.close();
  });
});
