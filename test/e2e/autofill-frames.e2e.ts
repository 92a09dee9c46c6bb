// A portal (门户) whose business system is embedded from ANOTHER site, through the built extension: the
// toolbar click grants activeTab for the portal's site only, so the extension fills the portal's own
// form, leaves the embedded form alone and says so in the side panel with 启用该网站; once that site is
// enabled the embedded form is detected, filled and undone too. The demo site serves the embedded
// form at localhost while the portal is at 127.0.0.1 (portal-cross.html). Also Alt+Shift+F.
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allowSiteInExtensionSettings, openPanelFor, pressBrowserShortcut, type WithChrome } from './extensionTabs';
import { chooseVisit, demo, DEMO_RECORDS, formModel, PROFILE, SLOW, startDemoSession } from './demoSession';
import type { ExtensionSession } from './harness';

const visit = demo.visits.find((v) => v.community === '台兴村' && v.type === '个别谈心')!;
const household = demo.households.find((h) => h.id === visit.householdIds[0])!;
type Model = Record<string, string>;
/** The extension's 填写本页 shortcut (CDP modifiers: Alt 1, Shift 8). */
const ALT_SHIFT_F = { key: 'F', code: 'KeyF', keyCode: 0x46, modifiers: 1 | 8 };
/** The embedded 民情日记 form (portal-inner.html) left as the page gave it. */
const EMBEDDED_EMPTY = { f_1: '', f_2: '', f_3: '', f_4: '', f_5: '', f_6: '', f_7: '', f_8: '', f_9: '', f_10: '' };

describe('a form embedded from another site (cross-origin frame) through the extension', () => {
  let session: ExtensionSession;
  let cdp: Browser;
  let site: { url: string; close: () => Promise<void> };
  let portal: Page;
  let panel: Page;
  let otherOrigin: string;

  /** What the portal's own form (经办人) would submit. */
  const portalModel = () => formModel<Model>(portal);
  /** What the embedded form would submit, read inside its frame (the portal's script cannot). */
  const embeddedModel = () => embedded().evaluate(() => Object.fromEntries(new FormData(document.getElementById('diary') as HTMLFormElement)) as Model);
  const embedded = (): Frame => portal.frames().find((frame) => frame.url().startsWith(otherOrigin))!;
  const row = (label: string) => panel.locator(`[data-testid=field-row][data-label="${label}"]`);
  const fill = async () => {
    await panel.getByTestId('fill').click();
    await expect.poll(() => panel.getByTestId('fill-report').textContent(), SLOW).toMatch(/已填写 \d+ 项/);
  };

  beforeAll(async () => {
    ({ site, session, cdp } = await startDemoSession('frames', { ...DEMO_RECORDS, profile: [PROFILE] }));
    otherOrigin = `http://localhost:${new URL(site.url).port}`;
    portal = await session.context.newPage();
    await portal.goto(`${site.url}portal-cross.html`);
    await portal.frameLocator('#remote-frame').locator('[name=f_1]').waitFor();
    panel = await openPanelFor(cdp, session, portal);
    await chooseVisit(panel, visit.date);
  });
  afterAll(async () => {
    await session?.close();
    await site?.close();
  });

  it('fills the portal’s own form, leaves the other site’s form untouched and names it with 启用该网站', async () => {
    await expect.poll(() => panel.getByTestId('blocked-frame').textContent(), SLOW)
      .toContain(`页面中嵌入的 ${otherOrigin} 的表单需要授权：点“启用该网站”`);
    expect(await panel.getByTestId('blocked-frame').count()).toBe(1);
    // Nothing of the embedded form is previewed: the extension cannot see it.
    expect(await row('群众姓名').count()).toBe(0);
    await fill();
    expect(await portalModel()).toEqual({ jbr: PROFILE.name, jbrdh: PROFILE.phone, szdw: PROFILE.unit });
    expect(await embeddedModel()).toEqual(EMBEDDED_EMPTY);
    // The report says so and the warning stays beside it: never a silent partial fill.
    expect(await panel.getByTestId('fill-report').textContent()).toContain(`嵌入的 ${otherOrigin} 的表单未填写（需要授权）`);
    expect(await panel.getByTestId('blocked-frame').count()).toBe(1);
    await session.screenshot(panel, 'autofill-frames-blocked');
  });

  it('once the user enables that site, detects and fills the embedded form too, and undoes both', async () => {
    // The browser's prompt for 启用该网站 cannot be answered by a test: the site is allowed on the
    // extension's details page first, and the panel's own request then resolves without the prompt.
    await allowSiteInExtensionSettings(session, 'http://localhost/*');
    await panel.getByTestId('enable-frame-site').click();
    await expect.poll(() => panel.getByTestId('blocked-frame').count(), SLOW).toBe(0);
    expect(await panel.evaluate(() => (globalThis as unknown as WithChrome).chrome.permissions.getAll().then((p) => p.origins))).toEqual(['http://localhost/*']);
    await expect.poll(() => row('群众姓名').textContent(), SLOW).toContain(household.name);

    // (The report of the first fill is still shown: the page itself says when this one is done.)
    await panel.getByTestId('fill').click();
    await expect.poll(embeddedModel, SLOW).toMatchObject({
      f_1: household.name, f_2: household.phone, f_4: visit.date, f_9: PROFILE.name, f_10: PROFILE.unit,
      f_8: '', // 备注 stays empty
    });
    expect(await portalModel()).toEqual({ jbr: PROFILE.name, jbrdh: PROFILE.phone, szdw: PROFILE.unit });
    await expect.poll(() => panel.getByTestId('fill-report').textContent(), SLOW).not.toContain('需要授权');
    await portal.bringToFront();
    await session.screenshot(portal, 'autofill-frames-filled');

    await panel.getByTestId('undo').click();
    await expect.poll(embeddedModel, SLOW).toEqual(EMBEDDED_EMPTY);
    expect(await portalModel()).toEqual({ jbr: '', jbrdh: '', szdw: '' });
  });

  it('Alt+Shift+F fills what it may; the panel names the embedded site again once its access is withdrawn', async () => {
    await panel.evaluate(() => (globalThis as unknown as WithChrome).chrome.permissions.remove({ origins: ['http://localhost/*'] }));
    await portal.reload();
    await portal.frameLocator('#remote-frame').locator('[name=f_1]').waitFor();
    await pressBrowserShortcut(session, portal, ALT_SHIFT_F);
    await expect.poll(portalModel, SLOW).toEqual({ jbr: PROFILE.name, jbrdh: PROFILE.phone, szdw: PROFILE.unit });
    await expect.poll(() => panel.getByTestId('blocked-frame').count(), SLOW).toBe(1);
    await expect.poll(() => panel.getByTestId('fill-report').textContent(), SLOW).toContain(`嵌入的 ${otherOrigin} 的表单未填写（需要授权）`);
    expect(await embeddedModel()).toEqual(EMBEDDED_EMPTY);
  });

  it('Alt+Shift+F on a page never clicked fills it with the record chosen in the panel', async () => {
    const form = await session.context.newPage();
    await form.goto(`${site.url}legacy.html`);
    const model = () => formModel<Model>(form);
    expect((await model()).hzxm).toBe('');
    await pressBrowserShortcut(session, form, ALT_SHIFT_F);
    await expect.poll(model, SLOW).toMatchObject({ hzxm: household.name, tbr: PROFILE.name, zfrq: visit.date });
    await form.close();
  });
});
