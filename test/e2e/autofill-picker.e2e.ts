// 在页面上选取字段 through the built extension: the side panel starts picking, the page shows the
// picking layer over the demo site's forms (Element UI; nested same-origin frames), a click picks a
// field, its key is set in the panel and saved in the site's template, and the fill and the next
// detection use it. Esc and closing the panel leave nothing on the page.
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clickToolbarIcon, idbAll, openPanelFor, waitFor } from './extensionTabs';
import { formModel, openDemoForm, PROFILE, SLOW, startDemoSession } from './demoSession';
import type { ExtensionSession } from './harness';

const LAYER = '[data-footsteps-picker]';

describe('picking a field on the page to correct its key', () => {
  let session: ExtensionSession;
  let cdp: Browser;
  let site: { url: string; close: () => Promise<void> };
  let form: Page;
  let panel: Page;

  const panelFor = (page: Page) => openPanelFor(cdp, session, page);
  /** Moves the pointer over the middle of a control, as the user does. */
  async function hover(page: Page, control: Locator) {
    await control.scrollIntoViewIfNeeded();
    const box = (await control.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 3 });
  }
  /** The side panel for another page once it previews `label`, picking, with the pointer over `control`. */
  async function pointWithNewPanel(page: Page, label: string, control: Locator): Promise<Page> {
    const pagePanel = await panelFor(page);
    await expect.poll(() => pagePanel.locator(`[data-testid=field-row][data-label="${label}"]`).count(), SLOW).toBe(1);
    await pagePanel.getByTestId('pick-field').click();
    await expect.poll(() => page.locator(LAYER).count(), SLOW).toBe(1);
    await hover(page, control);
    return pagePanel;
  }
  /** The layer's outline sits on `control`. */
  async function expectOutlined(page: Page, control: Locator) {
    const field = (await control.boundingBox())!;
    const outline = (await page.locator(`${LAYER} .box`).boundingBox())!;
    expect([outline.x, outline.y, outline.width]).toEqual([field.x, field.y, field.width].map((n) => expect.closeTo(n, 0)));
  }
  const tagText = (page: Page) => page.locator(`${LAYER} .tag`).textContent();
  const item = (page: Page, label: string) => page.locator('.el-form-item', { has: page.locator('label', { hasText: new RegExp(`^${label}$`) }) });
  const model = () => formModel(form);
  const row = (label: string) => panel.locator(`[data-testid=field-row][data-label="${label}"]`);

  beforeAll(async () => {
    ({ site, session, cdp } = await startDemoSession('picker', { profile: [PROFILE] }));
    form = await openDemoForm(session, `${site.url}element-ui.html`);
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
    await expectOutlined(form, item(form, '所属社区').locator('.el-select'));

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
    const remark = portal.frameLocator('#app-frame').frameLocator('#diary-frame').locator('[name=f_8]');
    await remark.waitFor();
    const portalPanel = await pointWithNewPanel(portal, '备注', remark);
    await expect.poll(() => tagText(portal), SLOW).toBe('备注 · 未识别');
    await expectOutlined(portal, remark);
    await portal.mouse.down();
    await portal.mouse.up();
    await expect.poll(() => portalPanel.getByTestId('picked-label').textContent(), SLOW).toBe('备注');
    await portalPanel.close();
    await portal.close();
  });

  it('in an open shadow root: pointing at a field’s <label for> outlines its control', async () => {
    const page = await session.context.newPage();
    await page.goto(`${site.url}shadow.html`);
    const phone = page.locator('gov-service-form #p');
    await phone.waitFor();
    const shadowPanel = await pointWithNewPanel(page, '联系电话', page.locator('gov-service-form label[for=p]'));
    await expect.poll(() => tagText(page), SLOW).toBe('联系电话 · 居民联系电话');
    await expectOutlined(page, phone);
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
