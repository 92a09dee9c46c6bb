// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { detectFields, fillFields, readFields } from '../../../lib/autofill';
import { rangeSeparator } from '../../../lib/autofill/composite';

const input = (html: string) => {
  document.body.innerHTML = html;
  return document.querySelector('input')!;
};

/** A topic form with a laydate range (one readonly input, "start - end") and a plain 调研时间 distractor-free layout. */
const TOPIC_FORM = `
  <form>
    <label for="kt">调研课题</label><input id="kt">
    <label for="sj">调研时间</label><input id="sj" lay-key="1" readonly placeholder="开始日期 - 结束日期">
    <label for="yxq">有效期</label><input id="yxq" lay-key="2" readonly placeholder="开始日期 - 结束日期">
    <button>提交</button>
  </form>`;

describe('date ranges in one input (layui laydate with range)', () => {
  it('knows a range by its value or its placeholder, and its separator', () => {
    expect(rangeSeparator(input('<input lay-key="1" value="2026-11-01 - 2026-11-20">'))).toBe(' - ');
    expect(rangeSeparator(input('<input lay-key="1" value="2026/11/01 至 2026/11/20">'))).toBe(' 至 ');
    expect(rangeSeparator(input('<input lay-key="1" placeholder="开始日期 ~ 结束日期">'))).toBe(' ~ ');
    expect(rangeSeparator(input('<input lay-key="1" value="2026-11-01">'))).toBeNull();
    expect(rangeSeparator(input('<input lay-key="1" placeholder="请选择日期">'))).toBeNull();
  });

  it('takes the topic’s start and end under 调研时间, leaves another range empty, reads and undoes', async () => {
    document.body.innerHTML = TOPIC_FORM;
    const fields = detectFields(document);
    expect(fields.map((f) => [f.label, f.key, f.kind, f.valueKeys])).toEqual([
      ['调研课题', 'topic.title', 'text', ['topic.title']],
      ['调研时间', 'topic.startDate', 'date-range', ['topic.startDate', 'topic.endDate']],
      ['有效期', null, 'date-range', []],
    ]);
    const report = await fillFields(document, { 'topic.title': '老旧小区治理', 'topic.startDate': '2026-11-01', 'topic.endDate': '2026-11-20' });
    expect(report.filled.map((f) => f.value)).toEqual(['老旧小区治理', ['2026-11-01', '2026-11-20']]);
    expect(document.querySelector<HTMLInputElement>('#sj')!.value).toBe('2026-11-01 - 2026-11-20');
    expect(document.querySelector<HTMLInputElement>('#yxq')!.value).toBe('');
    expect(readFields(document)).toMatchObject({ 'topic.startDate': '2026-11-01', 'topic.endDate': '2026-11-20' });
    expect((await report.undo()).failed).toEqual([]);
    expect(document.querySelector<HTMLInputElement>('#sj')!.value).toBe('');
  });

  it('skips a range with only one end, with a reason', async () => {
    document.body.innerHTML = TOPIC_FORM;
    const report = await fillFields(document, { 'topic.startDate': '2026-11-01' });
    expect(report.skipped).toEqual(expect.arrayContaining([expect.objectContaining({ label: '调研时间', reason: '日期范围缺少开始或结束日期' })]));
    expect(document.querySelector<HTMLInputElement>('#sj')!.value).toBe('');
  });
});
