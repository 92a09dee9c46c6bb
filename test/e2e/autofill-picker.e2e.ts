// 在页面上选取字段 through the built extension: the side panel starts picking, the page shows the
// picking layer over the demo site's forms (Element UI; nested same-origin frames), a click picks a
// field, its key is set in the panel and saved in the site's template, and the fill and the next
// detection use it. Esc and closing the panel leave nothing on the page.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoSite } from '../../scripts/demo-site.mjs';
import { clickToolbarIcon, idbAll, idbPut, launchWithToolbar, tabIdOf, waitFor } from './extensionTabs';
import type { ExtensionSession } from './harness';

const PROFILE = {
  id: 'me', name: '王小明', unit: '建国街道办事处', position: '网格员', phone: '13800001234',
  street: '建国街道', community: '光明社区', grid: '光明社区第一网格', updatedAt: '2026-11-23T08:00:00.000Z',
};
/** The panel injects the agent and detects again after every change: allow a few seconds. */
const SLOW = { timeout: 15_000 };
const LAYER = '[data-footsteps-picker]';

describe('picking a field on the page to correct its key', () => {
  let session: ExtensionSession;
  let cdp: Browser;
  let site: { url: string; close: () => Promise<void> };
  let form: Page;
  let panel: Page;

  /** The side panel for a page (as a tab of its own, 420px wide), after the user's toolbar click on the page. */
  async function panelFor(page: Page): Promise<Page> {
    await clickToolbarIcon(cdp, session, page);
    const opened = await session.openPage(`sidepanel.html?tabId=${await tabIdOf(session, page)}`);
    await opened.setViewportSize({ width: 420, height: 900 });
    return opened;
  }
  /** Moves the pointer over the middle of a control, as the user does. */
  async function hover(page: Page, control: Locator) {
    await control.scrollIntoViewIfNeeded();
    const box = (await control.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 3 });
  }
  const tagText = (page: Page) => page.locator(`${LAYER} .tag`).textContent();
  const item = (page: Page, label: string) => page.locator('.el-form-item', { has: page.locator('label', { hasText: new RegExp(`^${label}$`) }) });
  const model = () => form.evaluate(() => (window as unknown as { __formModel(): Record<string, unknown> }).__formModel());
  const row = (label: string) => panel.locator(`[data-testid=field-row][data-label="${label}"]`);

  beforeAll(async () => {
    site = await startDemoSite({ port: 0 });
    ({ session, cdp } = await launchWithToolbar(mkdtempSync(join(tmpdir(), 'footsteps-picker-'))));
    const setup = await session.openPage('sidepanel.html');
    await waitFor(() => idbPut(setup, { profile: [PROFILE] }), 'the database');
    await setup.close();
    form = await session.context.newPage();
    await form.goto(`${site.url}element-ui.html`);
    await form.waitForFunction(() => typeof (window as unknown as { __formModel?: unknown }).__formModel === 'function');
    panel = await panelFor(form);
    await waitFor(async () => (await row('备注').count()) > 0, 'the panel’s preview');
  });
  afterAll(async () => {
    await session?.close();
    await site?.close();
  });

  it('outlines the field under the pointer with its label and key; a click picks it and the layer goes', async () => {
    await panel.getByTestId('pick-field').click();
    await expect.poll(() => form.locator(LAYER).count(), SLOW).toBe(1);
    // The caret of an Element UI select stands for the whole select, as detection reports it.
    await hover(form, item(form, '所属社区').locator('.el-select__caret'));
    await expect.poll(() => tagText(form), SLOW).toBe('所属社区 · 所属社区（村）');
    const select = (await item(form, '所属社区').locator('.el-select').boundingBox())!;
    const outline = (await form.locator(`${LAYER} .box`).boundingBox())!;
    expect([outline.x, outline.y, outline.width]).toEqual([select.x, select.y, select.width].map((n) => expect.closeTo(n, 0)));

    await hover(form, item(form, '备注').locator('input'));
    await expect.poll(() => tagText(form), SLOW).toBe('备注 · 未识别');
    await form.bringToFront();
    await session.screenshot(form, 'autofill-picker-overlay');
    await form.mouse.down();
    await form.mouse.up();
    await expect.poll(() => form.locator(LAYER).count(), SLOW).toBe(0);
    // The click went to the layer, not the page: the field did not get the focus.
    expect(await item(form, '备注').locator('input').evaluate((el) => el === document.activeElement)).toBe(false);
    const picked = panel.getByTestId('picked-field');
    await expect.poll(() => picked.getByTestId('picked-label').textContent(), SLOW).toBe('备注');
    expect(await picked.getByTestId('picked-now').textContent()).toContain('未识别');
    expect(await row('备注').getAttribute('data-selected')).toBe('true');
  });

  it('sets the key by its Chinese name, saves it in the site template, and the fill puts the value there', async () => {
    const picked = panel.getByTestId('picked-field');
    await picked.getByRole('combobox').click();
    await panel.keyboard.type('网格');
    await panel.keyboard.press('Enter');
    await expect.poll(() => picked.getByTestId('picked-now').textContent(), SLOW).toContain(`将填写：${PROFILE.grid}（来自 我的信息`);
    expect(await picked.textContent()).toContain('模板');
    await session.screenshot(panel, 'autofill-picker-panel');
    const [template] = (await idbAll(panel, 'formTemplates')) as { site: string; pathPattern: string; rules: unknown[] }[];
    expect(template).toMatchObject({ site: new URL(site.url).host, pathPattern: '/element-ui.html' });
    expect(template.rules).toEqual([{ selector: expect.objectContaining({ label: '备注' }), key: 'place.grid' }]);

    await panel.getByTestId('fill').click();
    await expect.poll(async () => (await model()).remark, SLOW).toBe(PROFILE.grid);
    expect((await model()).officer).toBe(PROFILE.name);
  });

  it('after a reload, detection takes the saved correction before the heuristics', async () => {
    await form.reload();
    await form.waitForFunction(() => typeof (window as unknown as { __formModel?: unknown }).__formModel === 'function');
    await clickToolbarIcon(cdp, session, form); // a reload ends the activeTab grant: the user clicks again
    await expect.poll(() => row('备注').textContent(), SLOW).toContain('模板');
    expect(await row('备注').textContent()).toContain(PROFILE.grid);
    expect(await row('备注').getByRole('combobox').locator('..').textContent()).toContain('所属网格');
  });

  it('Esc cancels and leaves no layer; so does 不填写此字段 on a picked field', async () => {
    await panel.getByTestId('pick-field').click();
    await expect.poll(() => form.locator(LAYER).count(), SLOW).toBe(1);
    await hover(form, item(form, '年龄').locator('input'));
    await expect.poll(() => tagText(form), SLOW).toBe('年龄 · 未识别');
    await form.keyboard.press('Escape');
    await expect.poll(() => form.locator(LAYER).count(), SLOW).toBe(0);
    await expect.poll(() => panel.getByTestId('pick-field').count(), SLOW).toBe(1);
    expect(await panel.getByTestId('picked-field').count()).toBe(0);

    // 来电人 picked and set to 不填写: saved as "never fill".
    await panel.getByTestId('pick-field').click();
    await expect.poll(() => form.locator(LAYER).count(), SLOW).toBe(1);
    await hover(form, item(form, '来电人').locator('input'));
    await expect.poll(() => tagText(form), SLOW).toBe('来电人 · 居民姓名');
    await form.mouse.down();
    await form.mouse.up();
    await panel.getByTestId('picked-skip').click();
    await expect.poll(() => panel.getByTestId('picked-now').textContent(), SLOW).toContain('不填写（模板）');
  });

  it('in nested same-origin frames: the outline sits on the field inside the frames', async () => {
    const portal = await session.context.newPage();
    await portal.goto(`${site.url}portal.html`);
    const inner = portal.frameLocator('#app-frame').frameLocator('#diary-frame');
    await inner.locator('[name=f_8]').waitFor();
    const portalPanel = await panelFor(portal);
    await expect.poll(() => portalPanel.locator('[data-testid=field-row][data-label="备注"]').count(), SLOW).toBe(1);
    await portalPanel.getByTestId('pick-field').click();
    await expect.poll(() => portal.locator(LAYER).count(), SLOW).toBe(1);
    await hover(portal, inner.locator('[name=f_8]'));
    await expect.poll(() => tagText(portal), SLOW).toBe('备注 · 未识别');
    const field = (await inner.locator('[name=f_8]').boundingBox())!;
    const outline = (await portal.locator(`${LAYER} .box`).boundingBox())!;
    expect([outline.x, outline.y]).toEqual([expect.closeTo(field.x, 0), expect.closeTo(field.y, 0)]);
    await portal.mouse.down();
    await portal.mouse.up();
    await expect.poll(() => portalPanel.getByTestId('picked-label').textContent(), SLOW).toBe('备注');
    await portalPanel.close();
    await portal.close();
  });

  it('in an open shadow root: pointing at a field’s <label for> outlines its control', async () => {
    const page = await session.context.newPage();
    await page.goto(`${site.url}shadow.html`);
    await page.locator('gov-service-form #p').waitFor();
    const shadowPanel = await panelFor(page);
    await expect.poll(() => shadowPanel.locator('[data-testid=field-row][data-label="联系电话"]').count(), SLOW).toBe(1);
    await shadowPanel.getByTestId('pick-field').click();
    await expect.poll(() => page.locator(LAYER).count(), SLOW).toBe(1);
    await hover(page, page.locator('gov-service-form label[for=p]'));
    await expect.poll(() => tagText(page), SLOW).toBe('联系电话 · 居民联系电话');
    const field = (await page.locator('gov-service-form #p').boundingBox())!;
    const outline = (await page.locator(`${LAYER} .box`).boundingBox())!;
    expect([outline.x, outline.y]).toEqual([expect.closeTo(field.x, 0), expect.closeTo(field.y, 0)]);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator(LAYER).count(), SLOW).toBe(0);
    await shadowPanel.close();
    await page.close();
  });

  it('closing the side panel mid-pick removes the layer from the page', async () => {
    await panel.getByTestId('pick-field').click();
    await expect.poll(() => form.locator(LAYER).count(), SLOW).toBe(1);
    await panel.close();
    await expect.poll(() => form.locator(LAYER).count(), SLOW).toBe(0);
  });
});
