import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type ExtensionSession } from './harness';

/** UI waits: up to 10 s (vitest's default of 1 s is too short for a real browser). */
const poll = <T,>(fn: () => Promise<T> | T) => expect.poll(fn, { timeout: 10_000 });

/** antd puts a space between two Chinese characters on a button ("保 存"). */
const button = (scope: Page | ReturnType<Page['getByRole']>, name: string) =>
  scope.getByRole('button', { name: new RegExp(`^${[...name].join('\\s*')}$`) });

/** Live rows of an IndexedDB table that match a field's value. */
const rowsWhere = (page: Page, table: string, field: string, value: unknown) => page.evaluate(([name, key, wanted]) =>
  new Promise<Record<string, unknown>[]>((resolve, reject) => {
    const open = indexedDB.open('footsteps');
    open.onsuccess = () => {
      const db = open.result;
      const rows = db.transaction(name as string).objectStore(name as string).getAll();
      rows.onsuccess = () => { db.close(); resolve(rows.result.filter((r) => !r.deletedAt && r[key as string] === wanted)); };
      rows.onerror = () => { db.close(); reject(rows.error); };
    };
  }), [table, field, value] as const);

/** Picks an option of an antd Select opened by clicking `input` after typing `text`. */
async function typeAndPick(page: Page, input: ReturnType<Page['locator']>, text: string, option: string | RegExp) {
  await input.click();
  await input.fill(text);
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: option }).first().click();
}

describe('workspace: topics, visits, households, search and cadence', () => {
  let session: ExtensionSession;
  let page: Page;
  const go = (route: string) => page.evaluate((r) => { window.location.hash = r; }, route);
  let visitUrl = '';

  beforeAll(async () => { session = await launchExtension(); });
  afterAll(async () => { await session?.close(); });

  it('saves the profile whose community and grid become the defaults', async () => {
    page = await session.waitForPage(/workspace\.html#\/welcome$/);
    await page.locator('#profile-name').fill('王小明');
    await page.locator('#profile-unit').fill('建国街道办事处');
    await page.locator('#profile-community').fill('解放社区');
    await page.locator('#profile-grid').fill('解放第一网格');
    await button(page, '保存并进入工作台').click();
    await poll(() => page.url()).toMatch(/#\/$/);
  });

  it('creates a topic with ordered key points (一是…二是…)', async () => {
    await go('/topics');
    await page.getByTestId('new-topic').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('课题名称').fill('老旧小区楼道照明调研');
    await dialog.getByLabel('责任人').fill('刘东');
    await page.getByTestId('key-point-0').fill('摸清楼道灯损坏底数');
    await page.getByTestId('add-key-point').click();
    await page.getByTestId('key-point-1').fill('推动物业限期维修');
    await button(dialog, '保存').click();
    await poll(() => page.getByTestId('topic-table').textContent()).toContain('老旧小区楼道照明调研');
    await page.getByRole('link', { name: '老旧小区楼道照明调研' }).click();
    await poll(() => page.getByTestId('key-points').textContent()).toBe('一是摸清楼道灯损坏底数。二是推动物业限期维修。');
  });

  it('creates households, with the phone masked in the list', async () => {
    await go('/households');
    for (const [name, phone, tag] of [['欧阳秀英', '13812345678', '独居老人'], ['司马淑芬', '13900001111', '低保户']]) {
      await page.getByTestId('new-household').click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('姓名').fill(name);
      await dialog.getByLabel('联系电话').fill(phone);
      await typeAndPick(page, dialog.getByLabel('人员类别（需关爱对象）'), tag, tag);
      await page.keyboard.press('Escape');
      await button(dialog, '保存').click();
      await poll(() => page.getByTestId('household-table').textContent()).toContain(name);
    }
    const table = await page.getByTestId('household-table').textContent();
    expect(table).toContain('138****5678');
    expect(table).not.toContain('13812345678');
    expect(table).toContain('解放社区 / 解放第一网格');
  });

  it('writes a visit finding the household by pinyin initials, linked to the topic', async () => {
    await go('/visits?new=1');
    await typeAndPick(page, page.locator('#visit_householdIds'), 'oyxy', '欧阳秀英');
    await typeAndPick(page, page.locator('#visit_topicIds'), '楼道照明', '老旧小区楼道照明调研');
    await page.locator('#visit_content').fill('欧阳秀英反映3号楼楼道灯坏了两个月，晚上上下楼不方便。希望社区多组织老年人文体活动。');
    expect(await page.locator('#visit_community').inputValue()).toBe('解放社区');
    await page.getByTestId('save-visit').click();
    await poll(() => page.url()).toMatch(/#\/visits\?id=/);
    visitUrl = page.url();
    await poll(() => page.getByTestId('visit-sentence').count()).toBe(2);
    await session.screenshot(page, 'records-visit-detail');
  });

  it('turns a sentence of the visit into an issue (待办), pre-filled from the visit', async () => {
    await page.getByTestId('raise-0').click();
    const dialog = page.getByRole('dialog');
    expect(await dialog.getByLabel('问题标题').inputValue()).toBe('欧阳秀英反映3号楼楼道灯坏了两个月，晚上上下楼不方便');
    await button(dialog, '登记到问题清单').click();
    await poll(() => page.getByTestId('raised-issue-link').isVisible()).toBe(true);
    const visitId = new URL(visitUrl).hash.split('id=')[1];
    const [issue] = await rowsWhere(page, 'issues', 'visitId', visitId);
    expect(issue).toMatchObject({ status: '待办', source: '走访', community: '解放社区', raisedBy: { name: '欧阳秀英', phone: '13812345678' } });
    expect(issue.topicIds).toHaveLength(1);
    await page.getByTestId('raised-issue-link').click();
    await poll(() => page.url()).toContain(`#/issues?id=${issue.id}`);
  });

  it('shows the visit and the issue on the household’s ledger (民情台账)', async () => {
    await go('/households');
    await page.getByRole('link', { name: '欧阳秀英' }).click();
    await poll(() => page.getByTestId('timeline-visit').count()).toBe(1);
    await poll(() => page.getByTestId('timeline-issue').count()).toBe(1);
    expect(await page.getByTestId('household-phone').textContent()).toBe('138****5678');
    await button(page, '显示完整').click();
    expect(await page.getByTestId('household-phone').textContent()).toBe('13812345678');
    await session.screenshot(page, 'records-household-ledger');
  });

  it('finds the household by pinyin initials and by phone tail in the global search', async () => {
    const search = page.getByTestId('global-search').locator('input');
    await search.click();
    await search.fill('smsf');
    await poll(() => page.locator('[data-testid="search-hit-household"]').first().textContent()).toContain('司马淑芬');
    await search.fill('5678');
    await poll(() => page.locator('[data-testid="search-hit-household"]').first().textContent()).toContain('欧阳秀英');
    await search.fill('楼道灯');
    await poll(() => page.locator('[data-testid^="search-hit-"]').count()).toBeGreaterThanOrEqual(2);
    await session.screenshot(page, 'records-search');
    await page.locator('[data-testid="search-hit-visit"]').first().click();
    await poll(() => page.url()).toBe(visitUrl);
  });

  it('lists the care household never contacted as due, and not the one visited today', async () => {
    await go('/households?tab=due');
    await poll(() => page.getByTestId('cadence-table').textContent()).toContain('司马淑芬');
    const table = await page.getByTestId('cadence-table').textContent();
    expect(table).toContain('每周联系：从未联系');
    expect(table).not.toContain('欧阳秀英');
  });

  it('saves a quick note as a draft, listed for completion', async () => {
    await go('/visits?quick=1');
    await page.locator('#quick_content').fill('路过台兴村，听说草莓销路不好');
    await page.getByTestId('save-quick').click();
    await poll(() => page.getByTestId('drafts').textContent()).toContain('路过台兴村，听说草莓');
    expect(await rowsWhere(page, 'visits', 'draft', true)).toHaveLength(1);
  });

  it('deletes a visit with undo', async () => {
    await page.goto(visitUrl);
    await button(page, '删除').click();
    await poll(() => page.url()).toMatch(/#\/visits$/);
    await page.getByTestId('undo').click();
    await poll(() => page.getByTestId('visit-table').textContent()).toContain('欧阳秀英');
  });

  it('shows each screen with the demo data', async () => {
    await go('/settings');
    await page.getByTestId('load-demo').click();
    await button(page, '载入').click();
    await poll(() => page.textContent('body')).toContain('已载入演示数据');
    await go('/topics?year=2023');
    await poll(() => page.getByTestId('topic-table').textContent()).toContain('党建引领城乡基层治理');
    await session.screenshot(page, 'records-topics');
    await page.getByRole('link', { name: '党建引领城乡基层治理' }).click();
    await poll(() => page.getByTestId('topic-figures').textContent()).toContain('走访次数');
    await session.screenshot(page, 'records-topic');
    await go('/visits');
    await poll(() => page.getByTestId('visit-table').textContent()).toContain('2023年');
    await session.screenshot(page, 'records-visits');
    await go('/visits?new=1');
    await poll(() => page.getByTestId('save-visit').isVisible()).toBe(true);
    await session.screenshot(page, 'records-visit-form');
    await go('/households');
    await poll(() => page.getByTestId('household-table').textContent()).toContain('解放社区');
    await session.screenshot(page, 'records-households');
    await go('/households?tab=due');
    await poll(() => page.getByTestId('cadence-table').textContent()).toContain('每月走访');
    await session.screenshot(page, 'records-cadence');
  });
});
