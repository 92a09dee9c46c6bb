import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type ExtensionSession } from './harness';
import { householdLedgerXlsx } from '../lib/import/ledgers';

/** Types a date into an antd DatePicker inside the open dialog. */
async function pickDate(page: Page, label: string, iso: string) {
  const input = page.getByRole('dialog').getByLabel(label);
  await input.click();
  await input.fill(iso);
  await input.press('Enter');
}

/** The toolbar badge, read from an extension page. */
declare const chrome: { action: { getBadgeText(details: object): Promise<string> } };
const badge = (page: Page) => page.evaluate(() => chrome.action.getBadgeText({}));

/** Live rows in one of the extension's IndexedDB tables (0 before the app has created it). */
const countRows = (page: Page, table: string) => page.evaluate(async (name) => {
  if (!(await indexedDB.databases()).some((d) => d.name === 'footsteps')) return 0;
  return new Promise<number>((resolve, reject) => {
    const open = indexedDB.open('footsteps');
    open.onsuccess = () => {
      const db = open.result;
      const rows = db.transaction(name).objectStore(name).getAll();
      rows.onsuccess = () => { db.close(); resolve(rows.result.filter((r) => !r.deletedAt).length); };
      rows.onerror = () => { db.close(); reject(rows.error); };
    };
  });
}, table);

/** UI waits: up to 10 s (vitest's default of 1 s is too short for a real browser). */
const poll = <T,>(fn: () => Promise<T> | T) => expect.poll(fn, { timeout: 10_000 });

/** antd puts a space between two Chinese characters on a button ("保 存"). */
/** The number a dashboard figure shows. */
const figure = async (page: Page, testId: string) =>
  Number((await page.getByTestId(testId).locator('.ant-statistic-content-value').textContent())?.replace(/[^\d.]/g, ''));

const dialogButton = (page: Page, name: string) =>
  page.getByRole('dialog').getByRole('button', { name: new RegExp(`^${[...name].join('\\s*')}$`) });

describe('workspace: issue lists, 销号, dashboard, import, trash', () => {
  let session: ExtensionSession;
  let page: Page;
  const go = (route: string) => page.evaluate((r) => { window.location.hash = r; }, route);

  beforeAll(async () => { session = await launchExtension(); });
  afterAll(async () => { await session?.close(); });

  it('shows the issue list and its views (问题清单, 需求清单, 责任清单, 整改台账)', async () => {
    // On install the extension opens its welcome tab (and would take over any workspace tab opened
    // before): use that tab, and load the demo data from settings.
    page = await session.waitForPage(/workspace\.html#\/welcome$/);
    await go('/settings?demo=1');
    await poll(() => page.textContent('body')).toContain('已载入演示数据');
    expect(await countRows(page, 'issues')).toBe(20);
    await go('/issues');
    await poll(() => page.getByTestId('issue-count').textContent()).toBe('共 20 条');
    await session.screenshot(page, 'issues-list');
    await page.getByRole('tab', { name: '责任清单' }).click();
    await poll(() => page.url()).toContain('view=responsibility');
    await poll(() => page.getByTestId('issue-list').textContent()).toContain('网格员 孙丽（');
    await session.screenshot(page, 'issues-responsibility');
    await page.getByRole('tab', { name: '整改台账' }).click();
    await poll(() => page.getByTestId('issue-list').textContent()).toContain('整改措施');
  });

  it('walks an issue to 销号: refused without 定人定事定时, refused without feedback; the dashboard follows', async () => {
    await go('/');
    await poll(() => page.getByTestId('dashboard-figures').isVisible()).toBe(true);
    await poll(() => page.getByTestId('dashboard-updating').count()).toBe(0); // counted afresh, not the kept figures
    const before = { open: await figure(page, 'fig-open'), closed: await figure(page, 'fig-closed'), raised: await figure(page, 'fig-raised') };
    expect(before).toEqual({ open: 10, closed: 10, raised: 20 });
    await session.screenshot(page, 'dashboard');

    await go('/issues');
    await page.getByTestId('new-issue').click();
    await page.getByRole('dialog').getByLabel('问题标题').fill('5号楼门前路灯不亮');
    await page.getByRole('dialog').getByLabel('反映人', { exact: true }).fill('测试居民');
    await dialogButton(page, '保存').click();
    await poll(() => page.url()).toMatch(/#\/issues\?id=/);
    await poll(() => page.getByTestId('issue-detail').textContent()).toContain('待办');

    await page.getByTestId('action-startHandling').click();
    await dialogButton(page, '开始办理').click();
    await poll(() => page.getByTestId('refusal').textContent())
      .toContain('请先明确责任人、完成时限、整改措施再开始办理（定人定事定时定责）');
    await session.screenshot(page, 'issue-refused-start');
    await page.getByRole('dialog').getByLabel('责任人').fill('网格员 孙丽');
    await pickDate(page, '完成时限', '2099-12-31');
    await page.getByRole('dialog').getByLabel('整改措施').fill('联系供电所更换灯泡');
    await dialogButton(page, '开始办理').click();
    await poll(() => page.getByTestId('status-history').textContent()).toContain('待办 → 办理中');

    await page.getByTestId('action-finishHandling').click();
    await page.getByRole('dialog').getByLabel('办理结果').fill('已更换灯泡，恢复照明');
    await dialogButton(page, '办结').click();
    await poll(() => page.getByTestId('status-history').textContent()).toContain('办理中 → 已办结');

    await page.getByTestId('action-closeIssue').click();
    await dialogButton(page, '销号').click();
    await poll(() => page.getByTestId('refusal').textContent()).toContain('销号前须向当事人反馈办理结果');
    await page.getByRole('dialog').getByLabel('反馈方式').fill('电话');
    await page.getByRole('dialog').getByLabel('反馈内容').fill('已电话告知测试居民，路灯已修好');
    await dialogButton(page, '销号').click();
    await poll(() => page.getByTestId('status-history').textContent()).toContain('已办结 → 已销号');
    expect(await page.getByTestId('issue-detail').textContent()).toContain('通过电话：已电话告知测试居民，路灯已修好');
    await session.screenshot(page, 'issue-closed');

    await go('/');
    await poll(() => figure(page, 'fig-closed')).toBe(before.closed + 1);
    expect(await figure(page, 'fig-raised')).toBe(before.raised + 1);
    expect(await figure(page, 'fig-open')).toBe(before.open);
    await page.getByTestId('fig-closed').click();
    await poll(() => page.getByTestId('issue-count').textContent()).toBe(`共 ${before.closed + 1} 条`);
  });

  it('imports a 50-row 联系户台账: two bad rows reported by number, nothing written until confirmed', async () => {
    const before = await countRows(page, 'households');
    await go('/import');
    await page.locator('input[type=file]').setInputFiles({
      name: '解放社区联系户台账.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: await householdLedgerXlsx(50),
    });
    await poll(() => page.getByTestId('import-problems').textContent()).toContain('2行有问题');
    const problems = await page.getByTestId('import-problems').textContent();
    expect(problems).toContain('第5行：身份证号校验码不正确，请核对');
    expect(problems).toContain('第43行：联系电话：电话号码格式不正确');
    expect(await countRows(page, 'households')).toBe(before);
    await session.screenshot(page, 'import-preview');

    await page.getByTestId('import-confirm').click();
    await page.getByRole('tooltip').getByRole('button', { name: /导\s*入/ }).click();
    await poll(() => page.textContent('body')).toContain('已导入48条联系户');
    expect(await countRows(page, 'households')).toBe(before + 48);
    await session.screenshot(page, 'import-done');
  });

  it('re-importing the same 台账 adds nothing: every row is an existing household, unchanged', async () => {
    const before = await countRows(page, 'households');
    await page.getByRole('button', { name: '继续导入' }).click();
    await page.locator('input[type=file]').setInputFiles({
      name: '解放社区联系户台账.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: await householdLedgerXlsx(50),
    });
    await poll(() => page.getByTestId('import-outcomes').textContent()).toContain('新增0户，已有48户，重复0行');
    expect(await page.getByTestId('import-outcomes').textContent()).toContain('已有，无变化');
    expect(await page.getByTestId('import-confirm').isDisabled()).toBe(true);
    await session.screenshot(page, 'import-again');
    expect(await countRows(page, 'households')).toBe(before);
  });

  /** Finds an issue with the list's search box (the table only renders the rows in view) and opens it. */
  async function openIssue(title: string) {
    await page.getByPlaceholder('搜索标题、反映人、责任人').fill(title);
    await page.getByPlaceholder('搜索标题、反映人、责任人').press('Enter');
    await page.getByRole('link', { name: title }).click();
  }

  it('deletes an issue softly with 撤销, and restores it from the trash', async () => {
    await go('/issues');
    await poll(() => page.getByTestId('issue-count').textContent()).toBe('共 21 条');
    await openIssue('5号楼门前路灯不亮');
    await page.getByRole('button', { name: /删\s*除/ }).click();
    await page.getByRole('tooltip').getByRole('button', { name: /删\s*除/ }).click();
    await poll(() => page.getByTestId('issue-count').textContent()).toBe('共 20 条');
    // The message may still be sliding while others leave: dispatch the click rather than wait for it to settle.
    await page.getByRole('alert').filter({ hasText: '已删除问题' }).getByTestId('undo').dispatchEvent('click');
    await poll(() => page.getByTestId('issue-count').textContent()).toBe('共 21 条');

    await openIssue('5号楼门前路灯不亮');
    await page.getByRole('button', { name: /删\s*除/ }).click();
    await page.getByRole('tooltip').getByRole('button', { name: /删\s*除/ }).click();
    await poll(() => page.getByTestId('issue-count').textContent()).toBe('共 20 条');
    await go('/trash');
    await poll(() => page.getByTestId('trash').textContent()).toContain('5号楼门前路灯不亮');
    await session.screenshot(page, 'trash');
    await page.getByTestId('restore').first().click();
    await poll(() => page.getByTestId('trash').textContent()).toContain('回收站是空的');
    await go('/issues');
    await poll(() => page.getByTestId('issue-count').textContent()).toBe('共 21 条');
  });

  it('shows overdue and due-soon issues on the toolbar badge, switchable in settings', async () => {
    await go('/');
    await poll(() => figure(page, 'fig-overdue')).toBe(7);
    await poll(() => badge(page)).toBe('7');
    await go('/settings');
    await page.getByTestId('daily-reminder').click();
    await poll(() => badge(page)).toBe('');
    await session.screenshot(page, 'settings-reminder');
    await page.getByTestId('daily-reminder').click();
    await poll(() => badge(page)).toBe('7');
  });
});
