// A form built with the real Naive UI (Vue 3) filled through the built extension (toolbar click → side panel →
// 填写 → the agent in the page's MAIN world): n-input, a multiple n-select (人员标签), a filterable one whose option
// lies far down a virtual list (所属网格), one with no clear icon (走访方式), n-date-picker and a textarea. Checks the
// page's own Vue model (what it would submit), the distractors, and that undo puts the model back. A range picker
// added to the page with its own Naive is filled by the engine bundle (no demo record asks for one beside 走访日期), and
// so are n-checkbox and n-radio groups.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AUTOFILL_GLOBAL, autofillBundle } from './autofillBundle';
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

  it('writes a visit’s date as both ends of a Naive range picker (start, then end, as a person goes on), not into 有效期, and undoes', async () => {
    const page = await openDemoForm(session, site.url + 'naive.html');
    // Two range pickers added to the form with the page's own Vue and Naive: 走访起止日期 and a distractor.
    await page.evaluate(() => {
      const host = document.createElement('div');
      document.querySelector('.n-form')!.append(host);
      const { Vue, naive } = window as unknown as { Vue: { createApp(app: object): { use(p: unknown): { mount(el: Element): unknown } } }; naive: unknown };
      (window as unknown as { ranges: unknown }).ranges = Vue.createApp({
        data: () => ({ visitRange: null, validRange: null }),
        template: `<n-form-item label="走访起止日期"><n-date-picker v-model:formatted-value="visitRange" value-format="yyyy-MM-dd" type="daterange" clearable /></n-form-item>
          <n-form-item label="有效期"><n-date-picker v-model:formatted-value="validRange" value-format="yyyy-MM-dd" type="daterange" clearable /></n-form-item>`,
      }).use(naive).mount(host);
    });
    await page.addScriptTag({ content: await autofillBundle() });
    const ranges = () => page.evaluate(() => {
      const { visitRange, validRange } = (window as unknown as { ranges: { visitRange: unknown; validRange: unknown } }).ranges;
      return JSON.parse(JSON.stringify({ visitRange, validRange }));
    });
    const filled = await page.evaluate(async ({ global, date }) => {
      const engine = (window as unknown as Record<string, { fillFields(doc: Document, values: object): Promise<{ filled: { label: string }[]; undo(): Promise<unknown> }> }>)[global];
      const report = await engine.fillFields(document, { 'visit.date': date });
      (window as unknown as { undoFill: () => Promise<unknown> }).undoFill = () => report.undo();
      return report.filled.map((f) => f.label);
    }, { global: AUTOFILL_GLOBAL, date: visit.date });
    expect(filled).toEqual(['走访日期', '走访起止日期']);
    expect(await ranges()).toMatchObject({ visitRange: [visit.date, visit.date], validRange: null });
    await page.evaluate(() => (window as unknown as { undoFill: () => Promise<unknown> }).undoFill());
    expect(await ranges()).toMatchObject({ visitRange: null, validRange: null });
    expect(await formModel(page)).toEqual(EMPTY);
    await page.close();
  });

  it('ticks Naive checkboxes (drawn with no input) and picks a Naive radio into the Vue model, and undoes both', async () => {
    const page = await openDemoForm(session, site.url + 'naive.html');
    // A form of the page's own Vue and Naive in place of the demo one (hidden, so its fields are not filled).
    await page.evaluate(() => {
      document.querySelector<HTMLElement>('.n-form')!.style.display = 'none';
      const host = document.body.appendChild(document.createElement('div'));
      const { Vue, naive } = window as unknown as { Vue: { createApp(app: object): { use(p: unknown): { mount(el: Element): unknown } } }; naive: unknown };
      (window as unknown as { choices: unknown }).choices = Vue.createApp({
        data: () => ({ tags: [], way: null }),
        template: `<n-form><n-form-item label="人员类别"><n-checkbox-group v-model:value="tags">
            <n-checkbox value="dbh" label="低保户" /><n-checkbox value="djlr" label="独居老人" /><n-checkbox value="lset" label="留守儿童" />
          </n-checkbox-group></n-form-item>
          <n-form-item label="走访方式"><n-radio-group v-model:value="way">
            <n-radio value="rh">入户走访</n-radio><n-radio value="dh">电话联系</n-radio><n-radio value="zt">座谈</n-radio>
          </n-radio-group></n-form-item></n-form>`,
      }).use(naive).mount(host);
    });
    await page.addScriptTag({ content: await autofillBundle() });
    const choices = () => page.evaluate(() => {
      const { tags, way } = (window as unknown as { choices: { tags: unknown; way: unknown } }).choices;
      return JSON.parse(JSON.stringify({ tags, way }));
    });
    const filled = await page.evaluate(async ({ global }) => {
      const engine = (window as unknown as Record<string, { fillFields(doc: Document, values: object): Promise<{ filled: { label: string }[]; undo(): Promise<unknown> }> }>)[global];
      const report = await engine.fillFields(document, { 'resident.tags': ['独居老人', '低保户'], 'visit.type': '电话联系' });
      (window as unknown as { undoFill: () => Promise<unknown> }).undoFill = () => report.undo();
      return report.filled.map((f) => f.label);
    }, { global: AUTOFILL_GLOBAL });
    expect(filled).toEqual(['人员类别', '走访方式']);
    expect(await choices()).toEqual({ tags: ['dbh', 'djlr'], way: 'dh' });
    expect(await page.locator('.n-checkbox--checked .n-checkbox__label').allTextContents()).toEqual(['低保户', '独居老人']);
    await page.evaluate(() => (window as unknown as { undoFill: () => Promise<unknown> }).undoFill());
    expect(await choices()).toEqual({ tags: [], way: null });
    await page.close();
  });
});
