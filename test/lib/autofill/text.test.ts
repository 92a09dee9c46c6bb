import { describe, expect, it } from 'vitest';
import { normalizeLabel } from '../../../lib/autofill/text';

describe('normalizeLabel', () => {
  it('drops a question\'s number: letters with numbers, sub-numbers, Chinese numerals, brackets', () => {
    expect(normalizeLabel('Q3-1.家庭住址')).toBe('家庭住址');
    expect(normalizeLabel('B12、联系电话：')).toBe('联系电话');
    expect(normalizeLabel('2.3.民族')).toBe('民族');
    expect(normalizeLabel('三、走访日期')).toBe('走访日期');
    expect(normalizeLabel('（4）本人手机')).toBe('本人手机');
    expect(normalizeLabel('5）户籍地址')).toBe('户籍地址');
  });
  it('keeps letters and numerals that are words of the label', () => {
    expect(normalizeLabel('QQ号码')).toBe('qq号码');
    expect(normalizeLabel('十分满意')).toBe('十分满意');
    expect(normalizeLabel('一级残疾')).toBe('一级残疾');
    expect(normalizeLabel('A4纸张数')).toBe('a4纸张数');
  });
});
