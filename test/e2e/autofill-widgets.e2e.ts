// Widgets filled through the built extension (toolbar click → side panel → 填写 → the agent in the page's
// MAIN world): Element UI's lazy cascader (所属区域 街道/社区/网格) and daterange (走访起止日期), antd's and
// iView's cascaders, chosen and bootstrap-select (the <select> they hide, a cascade). Checks the page's own model,
// the displayed text, distractors, the Chinese reason for options the page lacks, and undo.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPanelFor, waitFor } from './extensionTabs';
import { chooseVisit, demo, DEMO_RECORDS, formModel, openDemoForm, PROFILE as GRID_WORKER, SLOW, startDemoSession } from './demoSession';
import type { ExtensionSession } from './harness';

const visit = demo.visits.find((v) => v.community === '台兴村')!;
const household = demo.households.find((h) => h.id === visit.householdIds[0])!;
/** A user of 光明社区, so that a cascader picks another path than the visit's (台兴村). */
const PROFILE = { ...GRID_WORKER, community: '光明社区', grid: '光明社区第一网格' };
/** What the page would submit, and what its cascader and range inputs show. */
type Model = Record<string, unknown>;
const EMPTY = { name: '', nativePlace: [], area: [], serviceArea: [], visitRange: null, validRange: null, content: '', remark: '' };

describe('cascader and date range through the built extension', () => {
  let session: ExtensionSession;
  let cdp: Browser;
  let site: { url: string; close: () => Promise<void> };
  let form: Page;
  let panel: Page;
  const modelOf = (page: Page) => formModel<Model>(page);
  const shownOf = (page: Page) => page.evaluate(() => (window as unknown as { __shown(): unknown }).__shown());
  const model = () => modelOf(form);
  const shown = () => shownOf(form) as Promise<string[]>;
  /** A demo page in a tab of its own, and its side panel after the user's toolbar click. */
  const openWithPanel = async (path: string) => {
    const page = await openDemoForm(session, site.url + path);
    return { page, panel: await openPanelFor(cdp, session, page) };
  };
  const fillAndWait = async () => {
    await panel.getByTestId('fill').click();
    await expect.poll(() => panel.getByTestId('fill-report').textContent(), SLOW).toMatch(/已填写 \d+ 项/);
  };
  const undo = async () => {
    await panel.getByTestId('undo').dispatchEvent('click');
    await expect.poll(model, SLOW).toEqual(EMPTY);
  };

  beforeAll(async () => {
    ({ site, session, cdp } = await startDemoSession('widgets', { ...DEMO_RECORDS, profile: [PROFILE] }));
    ({ page: form, panel } = await openWithPanel('cascader.html'));
    await waitFor(async () => (await panel.locator('[data-testid=field-row][data-label="所属区域"]').count()) === 1, 'the panel’s preview');
  });
  afterAll(async () => {
    await session?.close();
    await site?.close();
  });

  it('picks the profile’s 街道/社区/网格 level by level in the lazy cascader; a cascader without them is skipped with a reason', async () => {
    expect(await model()).toEqual(EMPTY);
    // The preview shows the whole path the cascader will get.
    expect(await panel.locator('[data-testid=field-row][data-label="所属区域"]').textContent()).toContain('建国街道 / 光明社区 / 光明社区第一网格');
    await fillAndWait();
    expect(await model()).toEqual({ ...EMPTY, area: ['建国街道', '光明社区', '光明社区第一网格'] });
    expect(await shown()).toContain('建国街道 / 光明社区 / 光明社区第一网格');
    // The 网格 cascader offers only 和平街道: never a wrong pick.
    expect(await panel.getByTestId('skipped-row').allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining('选项中没有“建国街道”')]));
    await form.bringToFront();
    await session.screenshot(form, 'autofill-widgets-cascader');
    await undo();
    expect((await shown()).every((text) => text === '')).toBe(true);
  });

  it('writes a visit’s date as both ends of 走访起止日期 and the visit’s place into the cascader; undo empties both', async () => {
    await chooseVisit(panel, visit.date);
    await expect.poll(() => panel.locator('[data-testid=field-row][data-label="户主姓名"]').textContent(), SLOW).toContain(household.name);
    await fillAndWait();
    const filled = await model();
    expect(filled).toMatchObject({
      name: household.name, area: ['建国街道', '台兴村', '台兴第一网格'], visitRange: [visit.date, visit.date],
      // Distractors: 籍贯 (a cascader of provinces), 有效期 (another range), 网格 (no such street), 备注.
      nativePlace: [], validRange: null, serviceArea: [], remark: '',
    });
    expect(String(filled.content)).toContain(visit.content.slice(0, 10));
    expect(await shown()).toEqual(expect.arrayContaining([visit.date, '建国街道 / 台兴村 / 台兴第一网格']));
    await form.bringToFront();
    await session.screenshot(form, 'autofill-widgets-range');
    await undo();
  });

  // antd's Cascader (levels loaded on demand, loadData) and iView's: the visit's place level by level; 籍贯 and
  // 网格 (only 和平街道) stay empty.
  for (const path of ['antd-cascader.html', 'iview-cascader.html']) {
    it(`picks the visit’s 街道/社区/网格 in ${path}’s cascader, leaves the distractors empty and undoes`, async () => {
      const { page, panel: pagePanel } = await openWithPanel(path);
      const empty = { name: '', nativePlace: [], area: [], serviceArea: [], content: '' };
      expect(await modelOf(page)).toEqual(empty);
      await chooseVisit(pagePanel, visit.date);
      await expect.poll(() => pagePanel.locator('[data-testid=field-row][data-label="所属区域"]').textContent(), SLOW).toContain('建国街道 / 台兴村 / 台兴第一网格');
      await pagePanel.getByTestId('fill').click();
      await expect.poll(() => pagePanel.getByTestId('fill-report').textContent(), SLOW).toMatch(/已填写 \d+ 项/);
      const filled = await modelOf(page);
      expect(filled).toMatchObject({ name: household.name, area: ['建国街道', '台兴村', '台兴第一网格'], nativePlace: [], serviceArea: [] });
      expect(String(filled.content)).toContain(visit.content.slice(0, 10));
      expect(await shownOf(page)).toEqual(['', '建国街道 / 台兴村 / 台兴第一网格', '']);
      expect(await pagePanel.getByTestId('skipped-row').allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining('选项中没有“建国街道”')]));
      await page.bringToFront();
      await session.screenshot(page, `autofill-widgets-${path.replace('.html', '')}`);
      await pagePanel.getByTestId('undo').dispatchEvent('click');
      await expect.poll(() => modelOf(page), SLOW).toEqual(empty);
      expect(await shownOf(page)).toEqual(['', '', '']);
      await pagePanel.close();
      await page.close();
    });
  }

  const topic = demo.topics.find((t) => t.startDate && t.endDate)!;
  // A topic's dates under 调研时间: antd's RangePicker (two inputs) and layui laydate's range (one input).
  const RANGES = [
    { path: 'topic.html', filled: { title: topic.title, period: [topic.startDate, topic.endDate], validity: null },
      shown: [topic.startDate, topic.endDate, '', ''], emptied: { title: '', period: null } },
    { path: 'laydate.html', filled: { title: topic.title, period: `${topic.startDate} - ${topic.endDate}`, validity: '' },
      shown: [`${topic.startDate} - ${topic.endDate}`, ''], emptied: { title: '', period: '' } },
  ];
  for (const range of RANGES) {
    it(`writes a topic’s start and end under 调研时间 in ${range.path}, not into 有效期, and undoes`, async () => {
      const { page, panel: topicPanel } = await openWithPanel(range.path);
      await topicPanel.getByTestId('record-picker').click();
      await topicPanel.keyboard.type(topic.title.slice(0, 8));
      await topicPanel.locator('.ant-select-item-option', { hasText: topic.title.slice(0, 8) }).first().click();
      await expect.poll(() => topicPanel.locator('[data-testid=field-row][data-label="调研课题"]').textContent(), SLOW).toContain(topic.title.slice(0, 8));
      expect(await topicPanel.locator('[data-testid=field-row][data-label="调研时间"]').textContent()).toContain(' 至 ');
      await topicPanel.getByTestId('fill').click();
      await expect.poll(() => topicPanel.getByTestId('fill-report').textContent(), SLOW).toMatch(/已填写 \d+ 项/);
      expect(await modelOf(page)).toMatchObject(range.filled);
      expect(await shownOf(page)).toEqual(range.shown);
      await page.bringToFront();
      await session.screenshot(page, `autofill-widgets-${range.path.replace('.html', '')}`);
      await topicPanel.getByTestId('undo').dispatchEvent('click');
      await expect.poll(() => modelOf(page), SLOW).toMatchObject(range.emptied);
      await topicPanel.close();
      await page.close();
    });
  }

  // The page, what it submits after the fill, what the plugin shows.
  const PLUGINS = [
    {
      path: 'chosen.html',
      filled: { hzxm: household.name, xb: '2', jd: '01', sq: 'c3', zffs: ['3'] },
      shown: { xb: '女', jd: '建国街道', sq: '台兴村', zffs: ['个别谈心'] },
      distractors: ['wg', 'bz', 'yzm'],
    },
    {
      path: 'bootstrap-select.html',
      filled: { qzxm: household.name, xb: 'F', sq: '103', lxfs: ['c'] },
      shown: { xb: '女', sq: '台兴村', lxfs: '个别谈心' },
      distractors: ['wg', 'bz'],
    },
  ];
  for (const plugin of PLUGINS) {
    it(`picks options by their text in ${plugin.path} (the hidden select is what the page submits) and undoes`, async () => {
      const { page, panel: pagePanel } = await openWithPanel(plugin.path);
      const before = await modelOf(page);
      await chooseVisit(pagePanel, visit.date);
      await expect.poll(() => pagePanel.locator('[data-testid=field-row][data-label="所属网格"]').textContent(), SLOW).toContain(visit.grid);
      await pagePanel.getByTestId('fill').click();
      await expect.poll(() => pagePanel.getByTestId('fill-report').textContent(), SLOW).toMatch(/已填写 \d+ 项/);
      const after = await modelOf(page);
      expect(after).toMatchObject(plugin.filled);
      for (const name of plugin.distractors) expect(after[name], `${name} should stay empty`).toBe('');
      expect(await shownOf(page)).toMatchObject(plugin.shown);
      // The page offers no 台兴第一网格: skipped with the reason, nothing else picked.
      expect(await pagePanel.getByTestId('skipped-row').allTextContents()).toEqual(
        expect.arrayContaining([expect.stringContaining(`选项中没有“${visit.grid}”`)]),
      );
      await page.bringToFront();
      await session.screenshot(page, `autofill-widgets-${plugin.path.replace('.html', '')}`);
      await pagePanel.getByTestId('undo').dispatchEvent('click');
      await expect.poll(() => modelOf(page), SLOW).toEqual(before);
      await pagePanel.close();
      await page.close();
    });
  }
});
