import { describe, expect, it } from 'vitest';
import { fillFields } from '../../../lib/autofill';
import { page } from './page';

/** The warning the fill report gives for the one field of a page (the page marks it in error, as after its own check). */
async function warningOf(body: string): Promise<string | undefined> {
  const report = await fillFields(page(body), { 'resident.name': '李秀英' }, { timeoutMs: 200 });
  expect(report.filled).toHaveLength(1);
  return report.filled[0].warning;
}

describe('the page\'s own error beside a filled field is reported', () => {
  it('Element: the form item in error and its message', async () => {
    expect(await warningOf(`<div class="el-form-item is-error"><label class="el-form-item__label">群众姓名</label>
      <div class="el-form-item__content"><input class="el-input__inner"><div class="el-form-item__error">姓名须为2-4个汉字</div></div></div>`))
      .toBe('姓名须为2-4个汉字');
  });

  it('Naive UI: the box marked in error and the message drawn beside it, in the form item around both', async () => {
    expect(await warningOf(`<div class="n-form-item"><label class="n-form-item-label">群众姓名</label>
      <div class="n-form-item-blank n-form-item-blank--error"><input class="n-input__input-el"></div>
      <div class="n-form-item-feedback-wrapper"><div class="n-form-item-feedback n-form-item-feedback--error">
      <div class="n-form-item-feedback__line">姓名须为2-4个汉字</div></div></div></div>`)).toBe('姓名须为2-4个汉字');
  });

  it('no warning where the page marks nothing, even beside another field\'s message', async () => {
    expect(await warningOf(`<div class="n-form-item"><label class="n-form-item-label">群众姓名</label>
      <div class="n-form-item-blank"><input class="n-input__input-el"></div></div>
      <div class="n-form-item"><div class="n-form-item-blank n-form-item-blank--error"></div>
      <div class="n-form-item-feedback--error">请填写备注</div></div>`)).toBeUndefined();
  });
});

describe('the readonly box of a dropdown the engine does not drive', () => {
  it('is skipped with a reason (TDesign 村（居）), not typed into as if chosen', async () => {
    const doc = page(`<form><div class="t-form__item"><label class="t-form__label" for="c">村（居）</label>
      <div class="t-select"><input class="t-input__inner" id="c" readonly placeholder="请选择"></div></div></form>`);
    const report = await fillFields(doc, { 'place.community': '幸福社区' }, { timeoutMs: 200 });
    expect(report.filled).toHaveLength(0);
    expect(report.skipped[0]?.reason).toMatch(/下拉框/);
    expect((doc.getElementById('c') as HTMLInputElement).value).toBe('');
  });

  it('nor is its search box, which only filters the list (Naive UI 请选择或搜索单位)', async () => {
    const doc = page(`<form><div class="n-form-item"><label class="n-form-item-label" for="u">所在单位</label>
      <div class="n-base-selection"><div class="n-base-selection-label"><input class="n-base-selection-input" id="u" value=""></div></div></div></form>`);
    const report = await fillFields(doc, { 'officer.unit': '建国街道办事处' }, { timeoutMs: 200 });
    expect(report.filled).toHaveLength(0);
    expect((doc.getElementById('u') as HTMLInputElement).value).toBe('');
  });
});

describe('a select still on its prompt', () => {
  it('is empty whatever value the page gave the prompt (==请选择== value="0" selected), and gets our choice', async () => {
    const doc = page(`<form><p><label>村（居）<select id="a"><option selected="selected" value="0">==请选择==</option><option value="1">幸福社区</option><option value="2">台兴村</option></select></label></p></form>`);
    const report = await fillFields(doc, { 'place.community': '幸福社区' });
    expect(report.filled.map((f) => f.key)).toEqual(['place.community']);
    expect((doc.getElementById('a') as HTMLSelectElement).value).toBe('1');
  });
});
