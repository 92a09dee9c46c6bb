import { describe, expect, it } from 'vitest';
import { idNumberCheckChar, idNumberProblem, isValidIdNumber } from '@/lib/schema';

describe('公民身份号码 checksum (GB 11643)', () => {
  it('computes the check character of the standard example', () => {
    // The worked example of GB 11643-1999: 11010519491231002X.
    expect(idNumberCheckChar('11010519491231002')).toBe('X');
    expect(isValidIdNumber('11010519491231002X')).toBe(true);
    expect(isValidIdNumber('11010519491231002x')).toBe(true);
  });

  it('rejects a wrong check character, with a Chinese reason', () => {
    expect(idNumberProblem('110105194912310021')).toBe('身份证号校验码不正确，请核对');
  });

  it('rejects wrong length and impossible birth dates', () => {
    expect(idNumberProblem('1101051949123100')).toMatch(/18位/);
    const first17 = '11010519490230002';
    expect(idNumberProblem(first17 + idNumberCheckChar(first17))).toBe('身份证号中的出生日期无效');
  });

  it('accepts every check character 0-9 and X when computed', () => {
    const seen = new Set<string>();
    for (let n = 0; n < 200; n++) {
      const first17 = `99010119900101${String(n).padStart(3, '0')}`;
      const id = first17 + idNumberCheckChar(first17);
      expect(isValidIdNumber(id)).toBe(true);
      seen.add(id[17]);
    }
    expect(seen.size).toBe(11);
  });
});
