// A form built with the real Naive UI (Vue 3) filled through the built extension (toolbar click → side panel →
// 填写 → the agent in the page's MAIN world): n-input, a multiple n-select (人员标签), a filterable one whose option
// lies far down a virtual list (所属网格), one with no clear icon (走访方式), n-date-picker and a textarea. Checks the
// page's own Vue model (what it would submit), the distractors, and that undo puts the model back.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPanelFor, waitFor } from './extensionTabs';
import { chooseVisit, demo, DEMO_RECORDS, formModel, openDemoForm, PROFILE, SLOW, startDemoSession } from './demoSession';
import type { ExtensionSession } from './harness';

/** A visit in 台兴村 to a household of two care categories, so 人员标签 takes two tags. */
const visit = demo.visits.find((v) => v.community === '台兴村' && demo.households.find((h) => h.id === v.householdIds[0])!.careTags.length > 1)!;
const household = demo.households.find((h) => h.id === visit.householdIds[0])!;
const EMPTY = { name: '', phone: '', address: '', tags: [], grid: null, visitDate: null, visitType: null, content: '', satisfaction: null, remark: '' };

describe('Naive UI through the built extension', () => {
  let session: ExtensionSession;
  let cdp: Browser;
  let site: { url: string; close: () => Promise<void> };
  let form: Page;
  let panel: Page;
  const model = () => formModel<Record<string, unknown>>(form);

  beforeAll(async () => {
    ({ site, session, cdp } = await startDemoSession('naive', { ...DEMO_RECORDS, profile: [PROFILE] }));
    form = await openDemoForm(session, site.url + 'naive.html');
    panel = await openPanelFor(cdp, session, form);
    await waitFor(async () => (await panel.locator('[data-testid=field-row][data-label="走访方式"]').count()) === 1, 'the panel’s preview');
  });
  afterAll(async () => {
    await session?.close();
    await site?.close();
  });

  it('fills a visit into the Vue model as a person would pick it, leaves the distractors empty and undoes', async () => {
    expect(await model()).toEqual(EMPTY);
    await chooseVisit(panel, visit.date);
    await expect.poll(() => panel.locator('[data-testid=field-row][data-label="被走访人"]').textContent(), SLOW).toContain(household.name);
    await panel.getByTestId('fill').click();
    await expect.poll(() => panel.getByTestId('fill-report').textContent(), SLOW).toMatch(/已填写 \d+ 项/);

    const filled = await model();
    expect(filled).toMatchObject({
      name: household.name, phone: household.phone, address: household.address, tags: household.careTags,
      grid: visit.grid, visitDate: visit.date, visitType: visit.type,
      // Distractors: 群众满意度 (a select of ours we have no value for), 备注.
      satisfaction: null, remark: '',
    });
    expect(String(filled.content)).toContain(visit.content.slice(0, 10));
    // What the page shows agrees with its model: the tags, the grid's label, the date in the picker's format.
    expect(await form.locator('.n-base-selection-tag-wrapper .n-tag__content').allTextContents()).toEqual(household.careTags);
    expect(await form.locator('.n-form-item', { hasText: '所属网格' }).locator('.n-base-selection-label').getAttribute('title')).toBe(visit.grid);
    expect(await form.locator('.n-date-picker input').inputValue()).toBe(visit.date);
    await form.bringToFront();
    // No menu or calendar left open over the form (Naive keeps closed menus, hidden, once their fade-out has run).
    const open = () => form.evaluate(() => [...document.querySelectorAll('.n-base-select-menu, .n-date-panel')].filter((el) => el.checkVisibility()).length);
    await expect.poll(open, SLOW).toBe(0);
    await session.screenshot(form, 'autofill-naive');

    await panel.getByTestId('undo').dispatchEvent('click');
    await expect.poll(model, SLOW).toEqual(EMPTY);
  });
});
