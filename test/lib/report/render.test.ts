// Renders a two-page report with LibreOffice and checks the GB/T 9704 grid: 22 lines a page, 28
// characters a full line. Needs the apt packages libreoffice-writer-nogui, poppler-utils and
// fonts-noto-cjk; skipped (with the reason printed) where they are not installed.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildDemoData } from '@/lib/demo';
import { buildReportDocx, buildReportDraft } from '@/lib/report';
import { ReportDraft } from '@/lib/schema';

const PAGES_DIR = resolve('test-results/report-pages');

function missingTools(): string | null {
  for (const tool of ['soffice', 'pdftotext', 'pdftoppm', 'pdfinfo']) {
    try {
      execFileSync('which', [tool], { stdio: 'ignore' });
    } catch {
      return `${tool} not found (apt-get install -y libreoffice-writer-nogui poppler-utils fonts-noto-cjk)`;
    }
  }
  try {
    if (!execFileSync('fc-list', [':lang=zh'], { encoding: 'utf8' }).trim()) return 'no Chinese font (apt-get install -y fonts-noto-cjk)';
  } catch {
    return 'fontconfig not found';
  }
  return null;
}

const missing = missingTools();
if (missing) console.log(`report render test skipped: ${missing}`);

/** 110 characters: four lines of 3号 at 28 a line (the first one indented two characters). */
const PARAGRAPH = '调研组坚持问题导向，深入社区网格走访群众，认真倾听意见建议，逐条梳理急难愁盼问题，建立问题清单并明确责任单位和完成时限，推动问题逐项解决销号，切实把调研成果转化为为民办实事的具体行动，群众满意度不断提升。';

/** Title, blank line and 42 lines of text: exactly two full pages. */
function twoPageDraft(): ReportDraft {
  const paragraphs = (n: number) => Array(n).fill(PARAGRAPH).join('\n');
  return ReportDraft.parse({
    id: '00000000-0000-4000-8000-000000000001', scope: { kind: 'range', from: '2023-06-01', to: '2023-06-30' },
    title: '关于网格化服务管理工作的调研报告', dataAsOf: '2023-06-09',
    createdAt: '2023-06-09T00:00:00.000Z', updatedAt: '2023-06-09T00:00:00.000Z',
    sections: [
      { key: 'opening', text: PARAGRAPH },
      { key: 'basics', heading: '一、基本情况', text: paragraphs(4) },
      { key: 'practices', heading: '二、主要做法及成效', text: `（一）深入走访，摸清民情。${PARAGRAPH}\n${paragraphs(3)}` },
      { key: 'problems', heading: '三、存在的问题', text: '群众反映的问题主要集中在老旧小区改造、环境卫生和养老服务三个方面，需要持续跟踪。' },
    ],
  });
}

/**
 * Maps the official fonts to the Noto CJK fonts so the PNGs look like the document (serif body,
 * sans 黑体 headings). The grid does not depend on it: exact line spacing fixes the line height and
 * every CJK font advances one em a character, so the test also renders without it.
 */
const FONTS_CONF = `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
${[['仿宋_GB2312', 'Noto Serif CJK SC'], ['楷体_GB2312', 'Noto Serif CJK SC'], ['方正小标宋简体', 'Noto Serif CJK SC'],
    ['宋体', 'Noto Serif CJK SC'], ['黑体', 'Noto Sans CJK SC']]
    .map(([from, to]) => `  <alias binding="same"><family>${from}</family><prefer><family>${to}</family></prefer></alias>`).join('\n')}
</fontconfig>
`;

const PAGE_NUMBER = /^\s*—\s*\d+\s*—\s*$/;

describe.skipIf(missing !== null)('the report rendered by LibreOffice', () => {
  const work = mkdtempSync(join(tmpdir(), 'footsteps-render-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  async function render(name: string, withAliases: boolean, draft = twoPageDraft()): Promise<string> {
    const dir = join(work, name);
    mkdirSync(dir, { recursive: true });
    const docx = join(dir, 'report.docx');
    writeFileSync(docx, await buildReportDocx(draft));
    const env = { ...process.env, HOME: dir };
    if (withAliases) {
      writeFileSync(join(dir, 'fonts.conf'), FONTS_CONF);
      Object.assign(env, { FONTCONFIG_FILE: join(dir, 'fonts.conf') });
    }
    // A private profile: LibreOffice refuses to start twice on one profile.
    execFileSync('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, docx], {
      env, stdio: 'ignore', timeout: 120_000,
    });
    return join(dir, 'report.pdf');
  }

  /** The text lines of each page, page numbers left out, and each page's number line. */
  function pages(pdf: string): { lines: string[]; number: string }[] {
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    return text.split('\f').filter((p) => p.trim()).map((page) => {
      const lines = page.split('\n').filter((line) => line.trim());
      return { lines: lines.filter((line) => !PAGE_NUMBER.test(line)), number: lines.find((line) => PAGE_NUMBER.test(line)) ?? '' };
    });
  }

  function expectGrid(pdf: string) {
    const rendered = pages(pdf);
    expect(rendered).toHaveLength(2);
    // "— 1 —" on the right of the odd page, "— 2 —" on the left of the even one.
    expect(rendered[0].number).toMatch(/^\s{10,}—\s*1\s*—\s*$/);
    expect(rendered[1].number).toMatch(/^\s{0,3}—\s*2\s*—\s*$/);
    const [first, second] = rendered.map((p) => p.lines);
    // Page 1: the title, a blank line (not in the text), then 20 lines; page 2: 22 lines.
    expect(first).toHaveLength(21);
    expect(first[0].trim()).toBe('关于网格化服务管理工作的调研报告');
    expect(second).toHaveLength(22);
    // A line followed by a continuation line (not indented) is full: 28 characters, or 26 after a
    // two-character indent.
    let full = 0;
    for (const lines of [first, second]) {
      lines.forEach((line, i) => {
        const next = lines[i + 1];
        if (i === 0 || next === undefined || /^\s/.test(next)) return;
        const indented = /^\s/.test(line);
        expect(line.trim(), line).toHaveLength(indented ? 26 : 28);
        full++;
      });
    }
    expect(full).toBeGreaterThan(25);
  }

  it('has 22 lines a page and 28 characters a full line with the fonts LibreOffice substitutes', async () => {
    expectGrid(await render('plain', false));
  }, 180_000);

  it('keeps the grid with Noto Serif/Sans CJK standing in for 仿宋/黑体, and saves the pages as PNG', async () => {
    const pdf = await render('aliased', true);
    expectGrid(pdf);
    rmSync(PAGES_DIR, { recursive: true, force: true });
    mkdirSync(PAGES_DIR, { recursive: true });
    execFileSync('pdftoppm', ['-png', '-r', '80', pdf, join(PAGES_DIR, 'page')]);
    console.log(`report pages: ${PAGES_DIR}`);
  }, 180_000);

  it('renders a demo report with its appendices on landscape pages, the header row on each', async () => {
    const data = buildDemoData('2023-06-09T00:00:00.000Z');
    const draft = buildReportDraft(data, { kind: 'topic', topicId: data.topics[0].id }, { asOf: '2023-12-31', signatureUnit: '建国街道办事处' });
    const pdf = await render('demo', true, draft);
    const info = execFileSync('pdfinfo', ['-f', '1', '-l', '99', pdf], { encoding: 'utf8' });
    const sizes = [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/g)].map((m) => Number(m[1]) > Number(m[2]) ? 'landscape' : 'portrait');
    expect(sizes[0]).toBe('portrait');
    const landscape = sizes.flatMap((size, k) => (size === 'landscape' ? [k] : []));
    expect(landscape.length).toBeGreaterThanOrEqual(2);
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).split('\f');
    for (const k of landscape) expect(text[k]).toContain('序号');
    mkdirSync(PAGES_DIR, { recursive: true });
    execFileSync('pdftoppm', ['-png', '-r', '60', pdf, join(PAGES_DIR, 'demo')]);
  }, 180_000);
});
