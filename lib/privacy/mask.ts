// 脱敏: ID numbers and phones are masked in lists and shown in full only on request.

/** 手机号脱敏: 13812345678 → 138****5678; landlines keep their last four digits. */
export function maskPhone(phone: string): string {
  const value = phone.trim();
  if (value.length <= 4) return value;
  if (/^1\d{10}$/.test(value)) return `${value.slice(0, 3)}****${value.slice(7)}`;
  return `${'*'.repeat(value.length - 4)}${value.slice(-4)}`;
}

/** 身份证号脱敏: 110101199001011234 → 110***********1234 (region prefix and last four kept). */
export function maskIdNumber(idNumber: string): string {
  const value = idNumber.trim();
  if (value.length <= 7) return value;
  return `${value.slice(0, 3)}${'*'.repeat(value.length - 7)}${value.slice(-4)}`;
}
