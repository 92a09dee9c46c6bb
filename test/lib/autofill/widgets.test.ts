// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { dateFormatOf, formatDate, pickOption } from '../../../lib/autofill/widgets';

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
