import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackup } from '@/lib/backup';
import { parseReportData } from '@/lib/report';
import { openTestStore } from '../db/fakeDb';
import { expectGbLayout, paragraphs } from './gbLayout';
import { smallData } from './fixtures';

async function backupOf(data: ReturnType<typeof smallData>, passphrase?: string) {
  const store = openTestStore();
  await store.bulkImport(data);
  const { text } = await createBackup(store, { passphrase });
  store.close();
  return text;
}

describe('report data from a file (npm run report)', () => {
  it('reads a backup file of 数据安全, and a plain JSON of the four tables', async () => {
    const data = smallData();
    const fromBackup = await parseReportData(await backupOf(data));
    expect(fromBackup.visits.map((v) => v.id).sort()).toEqual(data.visits.map((v) => v.id).sort());
    expect(fromBackup.topics.map((t) => t.title).sort()).toEqual(['别的课题', '老旧小区改造']);
    const plain = await parseReportData(JSON.stringify({ topics: data.topics, households: data.households, visits: data.visits, issues: data.issues }));
    expect(plain.issues).toEqual(data.issues);
  });

  it('refuses other files with a Chinese message', async () => {
    await expect(parseReportData('not json')).rejects.toThrow('文件不是有效的 JSON');
    await expect(parseReportData('{"a":1}')).rejects.toThrow('文件中没有调研课题、走访记录或问题清单');
    await expect(parseReportData(JSON.stringify({ visits: [{ id: 'x' }] }))).rejects.toThrow();
  });

  it('writes the report and the ledgers of a backup file as .docx', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'footsteps-report-cli-'));
    try {
      const file = join(dir, 'backup.json');
      writeFileSync(file, await backupOf(smallData()));
      const out = join(dir, 'out');
      execFileSync(resolve('node_modules/.bin/vite-node'), ['scripts/report.ts', '--', file, '--topic', '老旧小区改造', '--as-of', '2023-06-20', '--out', out], { stdio: 'pipe' });
      expect(readdirSync(out).sort()).toEqual([
        '2023年度调研计划表-2023-06-20.docx', '老旧小区改造问题清单台账-2023-06-20.docx', '老旧小区改造走访台账-2023-06-20.docx',
        '关于老旧小区改造的调研报告-2023-06-20.docx',
      ].sort());
      const { document } = await expectGbLayout(readFileSync(join(out, '关于老旧小区改造的调研报告-2023-06-20.docx')));
      expect(paragraphs(document).some((p) => p.text.includes('共开展走访5次'))).toBe(true);
      await expectGbLayout(readFileSync(join(out, '老旧小区改造问题清单台账-2023-06-20.docx')), { landscape: true });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
