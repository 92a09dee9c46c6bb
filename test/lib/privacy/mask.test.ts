import { describe, expect, it } from 'vitest';
import { maskIdNumber, maskPhone } from '@/lib/privacy';

describe('maskPhone (手机号脱敏)', () => {
  it('keeps the first three and last four digits of a mobile number', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
  });
  it('keeps only the last four digits of a landline', () => {
    expect(maskPhone('0451-12345678')).toBe('*********5678');
  });
  it('leaves empty and very short values alone', () => {
    expect(maskPhone('')).toBe('');
    expect(maskPhone('110')).toBe('110');
  });
});

describe('maskIdNumber (身份证号脱敏)', () => {
  it('shows the first three and last four characters of an 18-character number', () => {
    expect(maskIdNumber('110101199001011234')).toBe('110***********1234');
    expect(maskIdNumber('99010119800101123X')).toBe('990***********123X');
  });
  it('leaves empty values alone', () => {
    expect(maskIdNumber('')).toBe('');
  });
});
