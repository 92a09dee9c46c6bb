import { describe, expect, it } from 'vitest';
import { fillFields } from '../../../lib/autofill';
import { page } from './page';

const VALUES = { 'visit.date': '2024-05-12' };

describe('a free text date box', () => {
  it('takes the format of the blanks a printed form leaves after it (年 月 日)', async () => {
    const doc = page('<table><tr><td>走访时间</td><td><input id="d"> 年 月 日</td></tr></table>');
    await fillFields(doc, VALUES);
    expect((doc.getElementById('d') as HTMLInputElement).value).toBe('2024年05月12日');
  });

  it('takes the format of the underlined blanks of a printed form (（____年__月__日）)', async () => {
    const doc = page('<p>核查日期：<input id="d">（＿＿＿＿年＿＿月＿＿日）</p>');
    await fillFields(doc, VALUES);
    expect((doc.getElementById('d') as HTMLInputElement).value).toBe('2024年05月12日');
    // Blanks for a number show no date's format: the date goes in as ISO.
    const count = page('<p>核查日期：<input id="d">（____户）</p>');
    await fillFields(count, VALUES);
    expect((count.getElementById('d') as HTMLInputElement).value).toBe('2024-05-12');
  });

  it('takes the format of the placeholder uni-app draws beside it (例：2024/5/8)', async () => {
    const doc = page(`<form><uni-view class="form-item"><uni-view class="label">走访日期</uni-view><uni-input><div class="uni-input-wrapper">
      <div class="uni-input-placeholder">例：2024/5/8</div><input id="d" class="uni-input-input"></div></uni-input></uni-view></form>`);
    await fillFields(doc, VALUES);
    expect((doc.getElementById('d') as HTMLInputElement).value).toBe('2024/5/12');
  });

  it('takes the format of an example in its label', async () => {
    const doc = page('<form><label>走访日期，如2024年5月8日<input id="d"></label></form>');
    await fillFields(doc, VALUES);
    expect((doc.getElementById('d') as HTMLInputElement).value).toBe('2024年5月12日');
  });

  it('takes ISO (2024-05-12) when neither the box, its label nor the page shows a format', async () => {
    const doc = page('<table><tr><td>走访时间</td><td><input id="d"> 备注</td></tr></table>');
    await fillFields(doc, VALUES);
    expect((doc.getElementById('d') as HTMLInputElement).value).toBe('2024-05-12');
  });
});
