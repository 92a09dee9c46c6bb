// The autofill engine in real Chromium on the demo government site: each page is built with a real
// framework; the engine is injected into the page's MAIN world, fills it, and the framework's own model
// (what the page would submit) is checked, then undo must restore that model.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { findChromium } from '../../scripts/chromium.mjs';
import { startDemoSite } from '../../scripts/demo-site.mjs';
import { DEMO_VALUES } from '../fixtures/gov-site/demoValues';
import { AUTOFILL_GLOBAL, autofillBundle } from './autofillBundle';
import { SCREENSHOT_DIR } from './harness';

type Model = Record<string, unknown>;
interface Case {
  page: string;
  /** Model entries the fill must produce. */
  expected: Model;
  /** Model entries that must stay empty (captcha, password, remarks, age, other people's phones). */
  distractors: string[];
  /** Run before the fill, as the user would (open a dialog). */
  prepare?: (page: Page) => Promise<void>;
  /** Must still be visible after the fill (the dialog the form is in). */
  stillShown?: string;
}

const CASES: Case[] = [
  {
    page: 'legacy.html',
    expected: {
      hzxm: '王小明', xb: '1', sfzh: '110101199003074514', lxdh: '13812345678', jtzz: '建国街道光明社区3号楼2单元101室',
      rylb: ['dj', 'db'], jd: '01', sq: 'c0', wg: '光明社区第一网格', zfrq: '2026-11-20', zffs: '1',
      zfqk: '了解老人生活情况，反映楼道灯不亮。', zgcs: '联系物业更换灯具', zgqx: '2026年12月05日', tbr: '李建华', tbrdh: '13900001111', szdw: '建国街道办事处',
    },
    distractors: ['nl', 'jjlxrdh', 'rylbqt', 'bz', 'shyj', 'czmm', 'yzm'],
  },
  {
    page: 'layui.html',
    expected: {
      name: '王小明', gender: 'M', idCard: '110101199003074514', mobile: '13812345678', 'tags[alone]': 'on', 'tags[dibao]': 'on',
      street: 'jg', community: '光明社区', grid: '光明社区第一网格', address: '建国街道光明社区3号楼2单元101室', visitDate: '2026-11-20',
      visitType: '1', content: '了解老人生活情况，反映楼道灯不亮。', companions: '张丽、赵强', cadre: '李建华', cadrePhone: '13900001111',
    },
    distractors: ['age', 'remark', 'captcha', 'tags[disabled]', 'tags[poor]'],
  },
  {
    page: 'element-ui.html',
    expected: {
      callerName: '王小明', gender: '男', callerPhone: '13812345678', idNo: '110101199003074514', tags: ['独居老人', '低保户'],
      address: '建国街道光明社区3号楼2单元101室', title: '楼道照明损坏', category: 'C03', source: '走访', street: '建国街道', community: '光明社区',
      description: '3号楼2单元楼道灯长期不亮，老人夜间出行不便。', ownerUnit: '光明社区居委会', deadline: '2026-12-05', officer: '李建华', officerPhone: '13900001111',
    },
    distractors: ['age', 'remark', 'captcha'],
  },
  {
    page: 'antd.html',
    expected: {
      name: '王小明', gender: '男', idNumber: '110101199003074514', phone: '13812345678', tags: ['独居老人', '低保户'], community: '光明社区',
      grid: '光明社区第一网格', address: '建国街道光明社区3号楼2单元101室', visitDate: '2026-11-20', visitType: '入户走访',
      content: '了解老人生活情况，反映楼道灯不亮。', officer: '李建华', position: '网格员', officerPhone: '13900001111',
    },
    distractors: ['age', 'remark', 'captcha', 'password'],
  },
  {
    page: 'element-plus.html',
    prepare: async (page) => {
      await page.click('#open-dialog');
      await page.locator('.el-dialog .el-form').waitFor({ state: 'visible' });
    },
    expected: {
      visitor: '王小明', gender: '男', idNo: '110101199003074514', phone: '13812345678', tags: ['独居老人', '低保户'], street: '建国街道',
      community: '光明社区', category: 'JC', date: '2026-11-20', problem: '3号楼2单元楼道灯长期不亮，老人夜间出行不便。', receiver: '李建华',
    },
    distractors: ['age', 'remark', 'captcha'],
    stillShown: '.el-dialog .el-form',
  },
  {
    page: 'iview.html',
    expected: {
      title: '楼道照明损坏', category: '基础设施', source: '走访', description: '3号楼2单元楼道灯长期不亮，老人夜间出行不便。', reporter: '王小明',
      reporterPhone: '13812345678', ownerUnit: '光明社区居委会', owner: '陈伟', deadline: '2026-12-05', status: '办理中', measures: '联系物业更换灯具',
    },
    distractors: ['review', 'remark', 'captcha'],
  },
  {
    page: 'select2.html',
    expected: {
      xqr: '王小明', lxdh: '13812345678', sq: '101', rylb: ['1', '2'], rylbShown: ['独居老人', '低保户'], lb: 'a',
      ms: '3号楼2单元楼道灯长期不亮，老人夜间出行不便。', djr: '李建华', dh2: '13900001111',
    },
    distractors: ['bz', 'yzm'],
  },
  {
    page: 'wangeditor.html',
    expected: {
      title: '关于老旧小区治理的调研报告', topic: 't1', lead: '刘东', method: ['座谈访谈'], unit: '建国街道办事处', body: '一、基本情况。走访居民120户。',
    },
    distractors: ['captcha'],
  },
  {
    page: 'portal.html',
    prepare: (page) => page.waitForFunction(() => {
      try {
        return Object.keys((window as unknown as { __formModel(): Model }).__formModel()).length > 0;
      } catch {
        return false;
      }
    }).then(() => undefined),
    expected: {
      f_1: '王小明', f_2: '13812345678', f_3: '建国街道光明社区3号楼2单元101室', f_4: '2026-11-20', f_5: '光明社区3号楼', f_6: '入户走访',
      f_7: '了解老人生活情况，反映楼道灯不亮。', f_9: '李建华', f_10: '建国街道办事处',
    },
    distractors: ['f_8'],
  },
  {
    page: 'shadow.html',
    expected: { name: '王小明', phone: '13812345678', gender: '男', type: '基础设施', content: '3号楼2单元楼道灯长期不亮，老人夜间出行不便。' },
    distractors: ['captcha'],
  },
];

const isEmpty = (value: unknown) => value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);
/** A model with empty values dropped, so '' / null / [] / missing all compare equal. */
const filledPart = (model: Model) => Object.fromEntries(Object.entries(model).filter(([, v]) => !isEmpty(v)));

let browser: Browser;
let site: { url: string; close: () => Promise<void> };
let bundle: string;

beforeAll(async () => {
  [site, bundle] = await Promise.all([startDemoSite({ port: 0 }), autofillBundle()]);
  browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox', '--disable-gpu'] });
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

async function openWithEngine(path: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(site.url + path);
  await page.waitForFunction(() => typeof (window as unknown as { __formModel?: unknown }).__formModel === 'function');
  await page.addScriptTag({ content: bundle });
  return { page, errors };
}

const model = (page: Page) => page.evaluate(() => (window as unknown as { __formModel(): Model }).__formModel());

describe('autofill engine on the demo government site', () => {
  for (const testCase of CASES) {
    it(`fills ${testCase.page} into the framework's model, leaves distractors empty, and undoes`, async () => {
      const { page, errors } = await openWithEngine(testCase.page);
      await testCase.prepare?.(page);
      const before = await model(page);
      const report = await page.evaluate(async ({ values, global }) => {
        const engine = (window as unknown as Record<string, typeof import('../../lib/autofill')>)[global];
        const result = await engine.fillFields(document, values);
        (window as unknown as { __lastFill: unknown }).__lastFill = result;
        return { filled: result.filled.map((f) => f.key), skipped: result.skipped.map((s) => `${s.key ?? s.label}：${s.reason}`) };
      }, { values: DEMO_VALUES, global: AUTOFILL_GLOBAL });
      const after = await model(page);
      if (testCase.stillShown) {
        await page.waitForTimeout(400); // a closing dialog animates out; give it the time to go
        expect(await page.locator(testCase.stillShown).isVisible(), `${testCase.stillShown} closed by the fill`).toBe(true);
      }
      await page.screenshot({ path: `${SCREENSHOT_DIR}/autofill-${testCase.page.replace('.html', '')}.png`, fullPage: true });

      expect(after, report.skipped.join('\n')).toMatchObject(testCase.expected);
      for (const name of testCase.distractors) expect(isEmpty(after[name]), `${name} should stay empty`).toBe(true);

      const undo = await page.evaluate(() => (window as unknown as { __lastFill: { undo(): Promise<{ failed: unknown[] }> } }).__lastFill.undo());
      expect(undo.failed).toEqual([]);
      // Some editors (wangEditor) tell their model of the restored text on their next change tick.
      await expect.poll(async () => filledPart(await model(page)), { timeout: 3_000 }).toEqual(filledPart(before));
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it('never overwrites what the user typed unless asked', async () => {
    const { page } = await openWithEngine('element-ui.html');
    await page.locator('.el-form-item:has(label:text-is("来电人")) input').fill('赵用户');
    const kept = await page.evaluate(async ({ values, global }) => {
      const engine = (window as unknown as Record<string, typeof import('../../lib/autofill')>)[global];
      const first = await engine.fillFields(document, { 'resident.name': values['resident.name'] });
      const model1 = (window as unknown as { __formModel(): Model }).__formModel().callerName;
      await engine.fillFields(document, { 'resident.name': values['resident.name'] }, { overwrite: true });
      return { reason: first.skipped.find((s) => s.key === 'resident.name')?.reason, model1, model2: (window as unknown as { __formModel(): Model }).__formModel().callerName };
    }, { values: DEMO_VALUES, global: AUTOFILL_GLOBAL });
    expect(kept).toEqual({ reason: '已有内容，未覆盖', model1: '赵用户', model2: '王小明' });
    await page.close();
  });

  it('reads a filled form back by key (capture)', async () => {
    const { page } = await openWithEngine('layui.html');
    const read = await page.evaluate(async ({ values, global }) => {
      const engine = (window as unknown as Record<string, typeof import('../../lib/autofill')>)[global];
      await engine.fillFields(document, values);
      return engine.readFields(document);
    }, { values: DEMO_VALUES, global: AUTOFILL_GLOBAL });
    expect(read).toMatchObject({
      'resident.name': '王小明', 'resident.gender': '男', 'resident.tags': ['独居老人', '低保户'], 'place.community': '光明社区',
      'visit.date': '2026-11-20', 'visit.type': '入户走访', 'officer.phone': '13900001111',
    });
    await page.close();
  });
});
