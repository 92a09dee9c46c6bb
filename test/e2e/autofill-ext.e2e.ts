import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clickToolbarIcon as clickTheIcon, idbAll, openPanelFor, waitFor, type WithChrome } from './extensionTabs';
import { chooseVisit, demo, DEMO_RECORDS, formModel, PROFILE, SLOW, startDemoSession, zhDate } from './demoSession';
import type { ExtensionSession } from './harness';

// A visit of the demo data in 台兴村 (the profile's community, which the demo site's 民情台账 form offers).
const visit = demo.visits.find((v) => v.community === '台兴村' && v.type === '个别谈心')!;
const household = demo.households.find((h) => h.id === visit.householdIds[0])!;

describe('autofill through the built extension: side panel, popup, templates, capture', () => {
  let session: ExtensionSession;
  let site: { url: string; close: () => Promise<void> };
  let cdp: Browser;
  let form: Page;
  let panel: Page;

  /** A click on the toolbar icon with `page` in front: opens the popup and grants activeTab, as for a user. */
  const clickToolbarIcon = (page: Page) => clickTheIcon(cdp, session, page);
  const model = () => formModel(form);

  beforeAll(async () => {
    ({ site, session, cdp } = await startDemoSession('autofill', { ...DEMO_RECORDS, profile: [PROFILE] }));
    form = await session.context.newPage();
    await form.goto(`${site.url}legacy.html`);
    panel = await openPanelFor(cdp, session, form);
  });
  afterAll(async () => {
    await session?.close();
    await site?.close();
  });

  it('previews each field with the value it will get and where it comes from', async () => {
    await expect.poll(() => panel.getByTestId('target-page').textContent(), SLOW).toContain('民情台账系统');
    await chooseVisit(panel, visit.date);

    const row = (label: string) => panel.locator(`[data-testid=field-row][data-label="${label}"]`);
    await expect.poll(() => row('户主姓名').textContent(), SLOW).toContain(`来自 联系户 ${household.name}·姓名`);
    expect(await row('户主姓名').textContent()).toContain(household.name);
    expect(await row('走访日期').textContent()).toContain(`来自 走访记录 ${zhDate(visit.date)}·走访日期`);
    expect(await row('填报人').textContent()).toContain('来自 我的信息·姓名');
    expect(await row('验证码').textContent()).toContain('不填写');
    // A row's label shows its field on the page.
    await row('公民身份号码').getByTitle('在页面上定位这个字段').click();
    await expect.poll(() => form.locator('[name=sfzh]').evaluate((el) => (el as HTMLElement).style.boxShadow), SLOW).toContain('rgba');
    await session.screenshot(panel, 'autofill-ext-preview');
  });

  it('fills the page (what it would submit), reports what was skipped, and undoes it all', async () => {
    const before = await model();
    await panel.getByTestId('fill').click();
    await expect.poll(() => panel.getByTestId('fill-report').textContent(), SLOW).toMatch(/已填写 \d+ 项/);
    const filled = await model();
    expect(filled).toMatchObject({
      hzxm: household.name, sfzh: household.idNumber, lxdh: household.phone, zfrq: visit.date,
      tbr: '王小明', tbrdh: '13800001234', szdw: '建国街道办事处',
      // Distractors stay empty: age, remark, review opinion, captcha, the header's search box.
      nl: '', bz: '', shyj: '', yzm: '', czmm: '',
    });
    expect(String(filled.zfqk)).toContain(visit.content);
    expect(await panel.getByTestId('skipped-row').allTextContents()).toEqual(expect.arrayContaining([expect.stringMatching(/^验证码：/)]));
    // The profile's 职务 has no field here: reported as not used (and never sent into the page).
    expect(await panel.getByTestId('fill-report').textContent()).toMatch(/未用到的信息：.*填报人职务/);
    expect(await form.locator('[data-footsteps-filled]').count()).toBeGreaterThan(5);
    await form.bringToFront();
    await session.screenshot(form, 'autofill-ext-page-filled');
    await session.screenshot(panel, 'autofill-ext-after-fill');

    await panel.getByTestId('undo').click();
    await expect.poll(model, SLOW).toEqual(before);
    expect(await form.locator('[data-footsteps-filled]').count()).toBe(0);
  });

  it('saves a corrected key and a fixed value in the site template, used before the heuristics next time', async () => {
    const row = panel.locator('[data-testid=field-row][data-label="紧急联系人电话"]');
    await row.getByRole('combobox').click();
    await panel.keyboard.type('居民联系电话');
    await panel.keyboard.press('Enter');
    await expect.poll(() => row.textContent(), SLOW).toContain('模板');
    expect(await row.textContent()).toContain(household.phone);

    const card = panel.getByTestId('template-card');
    await card.getByRole('combobox').click();
    await panel.keyboard.type('走访方式');
    await panel.keyboard.press('Enter');
    await card.getByPlaceholder('固定值').fill('入户走访');
    await card.getByTestId('add-fixed').click();
    await expect.poll(() => panel.locator('[data-testid=field-row][data-label="走访方式"]').textContent(), SLOW).toContain('固定值');

    await panel.getByTestId('fill').click();
    // 紧急联系人电话 by the correction; 走访方式 入户走访 (option 1) by the fixed value, not the visit's 个别谈心.
    await expect.poll(async () => { const m = await model(); return [m.jjlxrdh, m.zffs]; }, SLOW).toEqual([household.phone, '1']);
    const [template] = (await idbAll(panel, 'formTemplates')) as { rules: unknown[]; fixed: unknown; site: string }[];
    expect(template).toMatchObject({ site: new URL(site.url).host, fixed: { 'visit.type': '入户走访' } });
    expect(template.rules).toEqual([expect.objectContaining({ key: 'resident.phone' })]);
  });

  it('exports the templates as a file an office shares, and imports one; a bad file is refused in Chinese', async () => {
    const card = panel.getByTestId('template-card');
    // The file is read where the page makes it (the DevTools client that clicks the toolbar icon
    // takes over the browser's download folder, so the saved copy is not where Playwright looks).
    await panel.evaluate(() => {
      const make = URL.createObjectURL;
      URL.createObjectURL = (blob: Blob) => { (window as unknown as { exported: Blob }).exported = blob; return make(blob); };
    });
    await card.getByTestId('export-templates').click();
    const file = JSON.parse(await panel.evaluate(() => (window as unknown as { exported: Blob }).exported.text()));
    expect(file).toMatchObject({ format: 'footsteps-form-templates', version: 1, templates: [{ fixed: { 'visit.type': '入户走访' } }] });

    const upload = card.locator('input[type=file]');
    await upload.setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"x","version":1,"templates":[]}') });
    await expect.poll(() => panel.textContent('body'), SLOW).toContain('模板文件有误，未导入：文件格式：这不是脚步的表单模板文件');

    file.templates[0].name = '民情台账系统（科室共用）';
    await upload.setInputFiles({ name: 'shared.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
    await expect.poll(() => card.textContent(), SLOW).toContain('民情台账系统（科室共用）');
  });

  it('captures the filled page into a new issue, stored in IndexedDB', async () => {
    const count = (await idbAll(panel, 'issues')).length;
    await panel.getByTestId('capture-issue').click();
    await expect.poll(() => panel.getByTestId('capture-saved').textContent(), SLOW).toContain('已保存为新问题');
    const issues = (await idbAll(panel, 'issues')) as { raisedBy: { name: string }; description: string; community: string }[];
    expect(issues).toHaveLength(count + 1);
    const captured = issues.find((i) => i.description.includes('采集自：民情台账系统'));
    expect(captured?.raisedBy.name).toBe(household.name);
    await panel.getByTestId('undo').click();
    await expect.poll(async () => (await model()).hzxm, SLOW).toBe('');
  });

  it('turns a 12345 ticket’s detail page into a tracked issue in one click', async () => {
    const ticketUrl = 'http://12345.example.gov.cn/ticket/GD20261123001';
    await session.context.route(ticketUrl, (route) => route.fulfill({
      contentType: 'text/html; charset=utf-8', body: readFileSync('test/fixtures/autofill-ext/ticket-detail.html', 'utf8'),
    }));
    const ticket = await session.context.newPage();
    await ticket.goto(ticketUrl);
    await clickToolbarIcon(ticket);
    // Without ?tabId the panel takes the web page used last in its window: the ticket.
    const ticketPanel = await session.openPage('sidepanel.html');
    await expect.poll(() => ticketPanel.getByTestId('target-page').textContent(), SLOW).toContain('工单详情');
    await ticketPanel.getByTestId('capture-issue').click();
    await expect.poll(() => ticketPanel.getByTestId('capture-saved').textContent(), SLOW).toContain('已保存为新问题：小区路灯不亮');
    const issues = (await idbAll(ticketPanel, 'issues')) as { title: string; description: string; raisedBy: { name: string; phone: string }; deadline: string | null }[];
    expect(issues.find((i) => i.title === '小区路灯不亮')).toMatchObject({
      raisedBy: { name: '赵某某', phone: '13800009999' },
      description: expect.stringContaining('路灯坏了一个多月'),
    });
    await ticketPanel.close();
    await ticket.close();
  });

  it('fills from the popup’s 填写本页 with the record chosen in the panel; the panel can undo it', async () => {
    await clickToolbarIcon(form);
    // The popup is the extension's own page: its button is clicked from another of its pages.
    await waitFor(() => panel.evaluate(() => {
      const [popup] = (globalThis as unknown as WithChrome).chrome.extension.getViews({ type: 'popup' }) as unknown as Window[];
      // The buttons are static HTML: they work once the popup's script has wired them (its mark).
      const ready = popup?.performance.getEntriesByName('footsteps:interactive').length;
      const button = ready ? [...popup.document.querySelectorAll('button')].find((b) => b.textContent === '填写本页') : undefined;
      button?.click();
      return Boolean(button);
    }), 'the popup’s 填写本页');
    await expect.poll(async () => (await model()).hzxm, SLOW).toBe(household.name);
    await expect.poll(() => panel.getByTestId('undo').isEnabled(), SLOW).toBe(true);
    await panel.getByTestId('undo').click();
    await expect.poll(async () => (await model()).hzxm, SLOW).toBe('');
  });
});
