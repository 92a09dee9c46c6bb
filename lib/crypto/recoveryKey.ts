// 恢复密钥: random bytes shown as groups of Crockford base32 (no I, L, O, U), easy to print and
// type back; typing mistakes between look-alike characters are forgiven.

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export function recoveryKeyText(bytes: Uint8Array): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += ALPHABET[(value << (5 - bits)) & 31];
  return out.match(/.{1,5}/g)!.join('-');
}

/** What the key means, however it was typed (case, dashes, spaces, O for 0, I/L for 1). */
export function normalizeRecoveryKey(text: string): string {
  return text.toUpperCase().replace(/[^0-9A-Z]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
}
