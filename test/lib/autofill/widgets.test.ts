// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { DROPDOWNS, dateFormatOf, dropdownWidget, formatDate, pickOption } from '../../../lib/autofill/widgets';

const input = (html: string) => {
  document.body.innerHTML = html;
  return document.querySelector('input')!;
};

describe('dates in the control\'s own format', () => {
  it('formats ISO dates', () => {
    expect(formatDate('2026-11-05', 'yyyy-MM-dd')).toBe('2026-11-05');
    expect(formatDate('2026-11-05', 'yyyy年MM月dd日')).toBe('2026年11月05日');
    expect(formatDate('2026-11-05', 'yyyy年M月d日')).toBe('2026年11月5日');
    expect(formatDate('2026-11-05', 'YYYY/MM/DD')).toBe('2026/11/05');
    expect(formatDate('2026-11-20', 'yyyy-MM-dd HH:mm:ss')).toBe('2026-11-20 00:00:00');
  });

  it('reads the format from My97 dateFmt, a format placeholder, the current value, or input type', () => {
    expect(dateFormatOf(input(`<input class="Wdate" readonly onclick="WdatePicker({dateFmt:'yyyy年MM月dd日'})">`))).toBe('yyyy年MM月dd日');
    expect(dateFormatOf(input('<input placeholder="YYYY/MM/DD">'))).toBe('YYYY/MM/DD');
    expect(dateFormatOf(input('<input value="2025.03.01">'))).toBe('yyyy.MM.dd');
    expect(dateFormatOf(input('<input type="date">'))).toBe('yyyy-MM-dd');
    expect(dateFormatOf(input('<input placeholder="请选择日期">'))).toBe('yyyy-MM-dd');
  });
});

describe('pickOption', () => {
  const texts = (list: string[]) => (wanted: string) => pickOption(list, (t) => t, wanted);
  it('takes the exact text, an alias, or the single option containing the value', () => {
    expect(texts(['请选择', '环境卫生', '基础设施'])('基础设施')).toBe('基础设施');
    expect(texts(['男性', '女性'])('女')).toBe('女性');
    expect(texts(['男士', '女士', '未知'])('女')).toBe('女士');
    expect(texts(['01-环境卫生', '02-基础设施'])('基础设施')).toBe('02-基础设施');
  });
  it('reads past an option\'s own number or code (A.男, (2)女性)', () => {
    expect(texts(['A.男', 'B.女'])('女')).toBe('B.女');
    expect(texts(['(1)男性', '(2)女性'])('女')).toBe('(2)女性');
    // A number that is part of the words is not a code: no one-character guess inside them.
    expect(texts(['子女', '儿女双全'])('女')).toBeUndefined();
  });
  it('refuses to guess between several or on one character', () => {
    expect(texts(['民生保障', '民生诉求'])('民生')).toBeUndefined();
    expect(texts(['是', '否'])('男')).toBeUndefined();
  });
});

describe('a date format written after the box', () => {
  it('reads a pattern or example noted right after a legacy input', () => {
    expect(dateFormatOf(input('<td><input name="d1"> <span>（如2024/1/5）</span></td>'))).toBe('yyyy/M/d');
    expect(dateFormatOf(input('<td><input name="d2"> 格式 YYYY.MM.DD</td>'))).toBe('YYYY.MM.DD');
  });

  it('does not take the next box\'s note as its own', () => {
    expect(dateFormatOf(input('<td><input name="a"> 至 <input name="b" placeholder="x"> yyyy年MM月dd日</td>'))).toBe('yyyy-MM-dd');
  });
});

describe('a dropdown in a page of its own window (a frame, a loaded document)', () => {
  it('reads what a filterable select\'s search box shows, with that window\'s element classes', () => {
    const { document: page } = new JSDOM('<div class="ivu-select"><div class="ivu-select-selection"><input class="ivu-select-input" value="社会事务办"></div></div>').window;
    const iview = DROPDOWNS.find((flavor) => flavor.framework === 'iview')!;
    const widget = dropdownWidget(page.querySelector<HTMLElement>('.ivu-select')!, iview);
    expect(widget.read()).toEqual(['社会事务办']);
    expect(widget.empty()).toBe(false);
  });
});
