import { fromBase64, randomBytes, sameBytes, toBase64, utf8 } from './bytes';

/** OWASP's 2023 figure for PBKDF2-HMAC-SHA256; stored with every use so it can be raised later. */
export const PBKDF2_ITERATIONS = 600_000;

export interface KdfParams {
  kdf: 'PBKDF2-SHA256';
  iterations: number;
  salt: string;
}

export const newKdfParams = (iterations = PBKDF2_ITERATIONS): KdfParams => ({
  kdf: 'PBKDF2-SHA256', iterations, salt: toBase64(randomBytes(16)),
});

/**
 * Derives 64 bytes from a passphrase: the first 32 are the AES-GCM key, the last 32 a verifier
 * kept in the clear, so a wrong passphrase is told apart from a damaged file.
 */
export async function derivePassphraseKey(passphrase: string, params: KdfParams) {
  const material = await crypto.subtle.importKey('raw', utf8(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveBits']);
  const bits = new Uint8Array(await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt: fromBase64(params.salt), iterations: params.iterations }, material, 512,
  ));
  const key = await crypto.subtle.importKey('raw', bits.slice(0, 32), 'AES-GCM', false, ['encrypt', 'decrypt']);
  return { key, verifier: toBase64(bits.slice(32)) };
}

export const verifierMatches = (expected: string, actual: string) => sameBytes(fromBase64(expected), fromBase64(actual));

/** AES-GCM with a fresh 12-byte IV; `aad` binds the ciphertext to its context (a manifest, a record id). */
export async function sealBytes(key: CryptoKey, plain: Uint8Array<ArrayBuffer>, aad: Uint8Array<ArrayBuffer>) {
  const iv = randomBytes(12);
  const data = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: aad }, key, plain));
  return { iv: toBase64(iv), data: toBase64(data) };
}

/** Throws (an OperationError) when the ciphertext, IV or aad were changed. */
export async function openBytes(key: CryptoKey, sealed: { iv: string; data: string }, aad: Uint8Array<ArrayBuffer>) {
  return new Uint8Array(await crypto.subtle.decrypt(
    { name: 'AES-GCM', iv: fromBase64(sealed.iv), additionalData: aad }, key, fromBase64(sealed.data),
  ));
}
