import { readFileSync } from 'node:fs';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_TOPICS } from '@/lib/demo/topics';
import { expectGbLayout, paragraphs } from '../lib/report/gbLayout';
import { launchExtension, type ExtensionSession } from './harness';

describe('调研报告: composer, popup one-click export', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchExtension(); // returns once the first-run tab is open
    const page = await session.openPage('workspace.html#/settings?demo=1');
    await page.getByText('已载入演示数据').waitFor();
    await page.close();
  });
  afterAll(async () => { await session?.close(); });

  /** The next download in any tab, open or about to open (the popup hands exports to the workspace tab). */
  function nextDownload(): Promise<Download> {
    return new Promise((resolve) => {
      const watch = (page: Page) => page.once('download', resolve);
      session.context.pages().forEach(watch);
      session.context.on('page', watch);
    });
  }

  async function bytesOf(download: Download): Promise<Uint8Array> {
    return readFileSync((await download.path())!);
  }

  it('one click on a demo topic in the popup downloads the report as .docx in the GB/T 9704 layout', async () => {
    const popup = await session.openPage('popup.html');
    const topicButton = popup.getByTestId('popup-export-topic').first();
    await topicButton.waitFor();
    await session.screenshot(popup, 'report-popup');
    const title = await topicButton.getAttribute('title');
    expect(DEMO_TOPICS.map((t) => t.title)).toContain(title);
    const download = nextDownload();
    await topicButton.click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(new RegExp(`^关于${title!.replace(/[()]/g, '\\$&')}的调研报告-\\d{4}-\\d{2}-\\d{2}\\.docx$`));
    const { document } = await expectGbLayout(await bytesOf(file));
    const body = paragraphs(document);
    expect(body[0]).toEqual({ style: 'GwTitle', text: `关于${title}的调研报告` });
    expect(body.filter((p) => p.style === 'GwHeading1').map((p) => p.text)).toEqual(['一、基本情况', '二、主要做法及成效', '三、存在的问题', '四、对策建议']);
    expect(document).toContain('共开展走访');

    // The same topic again, with the workspace tab now open: another download.
    const again = await session.openPage('popup.html');
    const second = nextDownload();
    await again.getByTestId('popup-export-topic').first().click();
    expect((await second).suggestedFilename()).toBe(file.suggestedFilename());
  });

  it('drafts a report, keeps an edited section through regeneration, and exports it with progress', async () => {
    const page = await session.openPage('workspace.html#/reports');
    await page.getByTestId('new-report-topic').click();
    await page.locator('.ant-select-item-option').filter({ hasText: DEMO_TOPICS[0].title }).first().click();
    await page.getByTestId('create-draft').click();
    await page.getByTestId('report-composer').waitFor();
    await expect.poll(() => page.getByTestId('section-basics').textContent()).toContain('自动生成');
    // Figures show where they came from.
    await expect.poll(() => page.getByTestId('section-basics').getByTestId('section-figures').textContent()).toContain('走访次数');

    const advice = page.getByTestId('section-suggestions').locator('textarea');
    await advice.fill('（一）加快道路维修。由城建办负责，月底前完成。');
    await expect.poll(() => page.getByTestId('section-suggestions').textContent()).toContain('已修改');
    await expect.poll(() => page.getByTestId('save-state').textContent()).toBe('已自动保存');
    await page.getByTestId('regenerate').click();
    await expect.poll(() => advice.inputValue()).toBe('（一）加快道路维修。由城建办负责，月底前完成。');
    await session.screenshot(page, 'report-composer');

    const download = nextDownload();
    const worker = page.waitForEvent('worker');
    await page.getByTestId('export-draft').click();
    // Built in a Web Worker, off the page's main thread.
    expect((await worker).url()).toMatch(/export\.worker/);
    const file = await download;
    const { document } = await expectGbLayout(await bytesOf(file));
    expect(document).toContain('（一）加快道路维修。');

    // The saved draft is listed, and the popup offers it for one-click export.
    await page.getByRole('button', { name: '返回列表' }).click();
    await expect.poll(() => page.getByTestId('draft-list').textContent()).toContain(`关于${DEMO_TOPICS[0].title}的调研报告`);
    await session.screenshot(page, 'report-list');
    const popup = await session.openPage('popup.html');
    await expect.poll(() => popup.getByTestId('popup-export-draft').count()).toBe(1);
    const fromPopup = nextDownload();
    await popup.getByTestId('popup-export-draft').click();
    const { document: exported } = await expectGbLayout(await bytesOf(await fromPopup));
    expect(exported).toContain('（一）加快道路维修。');
  });

  it('exports the issue ledger on its own (landscape) in the fonts chosen in settings', async () => {
    const page = await session.openPage('workspace.html#/reports');
    await page.locator('#report-font-body').fill('仿宋');
    await page.locator('#report-font-title').fill('宋体');
    await page.getByRole('button', { name: '保存字体' }).click();
    await page.getByText('已保存报告字体').waitFor();
    await session.screenshot(page, 'report-home');
    const download = nextDownload();
    await page.getByRole('button', { name: '问题清单台账' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^问题清单台账-\d{4}-\d{2}-\d{2}\.docx$/);
    const { document } = await expectGbLayout(await bytesOf(file), { landscape: true, fonts: { body: '仿宋', title: '宋体' } });
    expect(document.match(/<w:tr>/g)!.length).toBe(21); // 20 demo issues and the header row
  });
});
