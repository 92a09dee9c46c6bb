// Autofill engine speed in Chromium: detection on a generated 500-field government form (target 30 ms)
// and a fill of 100 native fields (target 100 ms), each with its ratio to a bare querySelectorAll walk.
import { chromium } from 'playwright-core';
import { findChromium } from '../../scripts/chromium.mjs';
import { AUTOFILL_GLOBAL, autofillBundle } from '../e2e/autofillBundle';
import { reportBench } from './measure';

/** Label styles seen in the wild, cycled over the generated fields. */
const LABELS = ['户主姓名', '联系电话', '身份证号', '家庭住址', '走访日期', '走访内容', '问题描述', '备注', '年龄', '所属社区', '责任单位', '整改措施'];

/** A page of `count` fields in mixed layouts: table rows, framework form items, label[for], text above. */
function formHtml(count: number, labels = LABELS, officerSections = true): string {
  const rows: string[] = [];
  for (let i = 0; i < count; i++) {
    const label = labels[i % labels.length];
    const control = i % 10 === 9
      ? `<select name="s${i}"><option value="">请选择</option><option>光明社区</option><option>幸福社区</option></select>`
      : i % 10 === 8 ? `<textarea name="t${i}"></textarea>` : `<input name="f${i}">`;
    switch (i % 4) {
      case 0: rows.push(`<table><tr><td>*${label}：</td><td>${control}</td></tr></table>`); break;
      case 1: rows.push(`<div class="el-form-item"><label class="el-form-item__label">${label}</label><div class="el-form-item__content">${control}</div></div>`); break;
      case 2: rows.push(`<div><label for="x${i}">${label}</label>${control.replace('name=', `id="x${i}" name=`)}</div>`); break;
      default: rows.push(`<div class="item"><div class="lbl">${label}</div><div>${control}</div></div>`);
    }
    // A section per ten fields, as forms repeat a block per person: labels repeat only across sections.
    if (i % 10 === 0) rows.push(`<h3>${i % 100 === 0 || !officerSections ? '诉求人信息' : '填报人信息'}（第${i / 10 + 1}组）</h3>`);
  }
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>生成的表单</title></head><body><form>${rows.join('\n')}</form></body></html>`;
}

const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage();
  const bundle = await autofillBundle();
  const runs = 9;

  await page.setContent(formHtml(500));
  await page.addScriptTag({ content: bundle });
  const detect = await page.evaluate(({ global, runs }) => {
    const engine = (window as unknown as Record<string, typeof import('../../lib/autofill')>)[global];
    const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
    const time = (fn: () => unknown) => {
      fn();
      const samples: number[] = [];
      for (let i = 0; i < runs; i++) {
        const start = performance.now();
        fn();
        samples.push(performance.now() - start);
      }
      return median(samples);
    };
    const found = engine.detectFields(document).length;
    // The floor: every control visited once, reading a value and an attribute.
    const walk = time(() => [...document.querySelectorAll('input, select, textarea')].map((el) => (el as HTMLInputElement).value + el.getAttribute('name')));
    return { found, engine: time(() => engine.detectFields(document)), walk };
  }, { global: AUTOFILL_GLOBAL, runs });
  if (detect.found < 500) throw new Error(`only ${detect.found} of 500 fields detected`);
  reportBench('autofill detect 500 fields', detect.engine, 'ms', 30);
  reportBench('autofill detect / querySelectorAll walk', detect.engine / Math.max(detect.walk, 0.01), 'x');

  // Every field keyed (no 备注/年龄), all plain inputs: the fill itself is measured. The page repeats ten labels in ten
  // sections, which the engine rightly fills once (a second 诉求人 is somebody else), so every field is keyed by a site
  // template, as an office's saved template would: all 100 are filled.
  await page.setContent(formHtml(100, LABELS.filter((l) => l !== '备注' && l !== '年龄'), false).replace(/<select[^]*?<\/select>|<textarea[^>]*><\/textarea>/g, (m) => (m.startsWith('<select') ? '<input name="s">' : '<input name="t">')));
  await page.addScriptTag({ content: bundle });
  const fill = await page.evaluate(async ({ global, runs }) => {
    const engine = (window as unknown as Record<string, typeof import('../../lib/autofill')>)[global];
    const values = {
      'resident.name': '王小明', 'resident.phone': '13812345678', 'resident.idNumber': '110101199003074514', 'resident.address': '光明社区3号楼',
      'visit.date': '2026-11-20', 'visit.content': '了解情况', 'issue.description': '楼道灯不亮', 'place.community': '光明社区',
      'issue.ownerUnit': '光明社区居委会', 'issue.measures': '更换灯具', 'officer.name': '李建华', 'officer.phone': '13900001111',
    } as const;
    const samples: number[] = [];
    const walks: number[] = [];
    const keyOfLabel: Record<string, keyof typeof values> = {
      户主姓名: 'resident.name', 联系电话: 'resident.phone', 身份证号: 'resident.idNumber', 家庭住址: 'resident.address', 走访日期: 'visit.date',
      走访内容: 'visit.content', 问题描述: 'issue.description', 所属社区: 'place.community', 责任单位: 'issue.ownerUnit', 整改措施: 'issue.measures',
    };
    const overrides = engine.detectFields(document).map((field) => ({ selector: field.selector, key: keyOfLabel[field.label.replace(/[*：]/g, '')] ?? null }));
    let filled = 0;
    for (let i = 0; i <= runs; i++) {
      for (const el of document.querySelectorAll('input')) el.value = '';
      const start = performance.now();
      const report = await engine.fillFields(document, values, { overrides });
      if (i) samples.push(performance.now() - start);
      filled = report.filled.length;
      for (const el of document.querySelectorAll('input')) el.value = '';
      const walkStart = performance.now();
      for (const el of document.querySelectorAll('input')) {
        el.value = 'x';
        el.dispatchEvent(new Event('input', { bubbles: true }));
      }
      if (i) walks.push(performance.now() - walkStart);
    }
    const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
    return { filled, engine: median(samples), walk: median(walks) };
  }, { global: AUTOFILL_GLOBAL, runs });
  reportBench(`autofill fill ${fill.filled} native fields`, fill.engine, 'ms', 100);
  reportBench('autofill fill / bare set-and-dispatch walk', fill.engine / Math.max(fill.walk, 0.01), 'x');
} finally {
  await browser.close();
}
