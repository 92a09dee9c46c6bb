import { gcm } from '@noble/ciphers/aes.js';
import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { fromBase64, randomBytes, toBase64, utf8 } from './bytes';

// Encryption at rest (应用锁): the ONE codec lib/db applies to every record it reads or writes.
// Sensitive fields travel inside one AES-GCM box per record, bound to its table and id (so a box
// moved to another record fails to open); fields the database indexes stay in the clear (ids,
// dates, statuses, deadlines, categories, grid), except the few sensitive ones that are indexed,
// which become keyed hashes (HMAC-SHA256) so exact lookups still work. Synchronous on purpose:
// lib/db reads and writes inside IndexedDB transactions, which an await on WebCrypto would end.

export const SEALED = '__sealed';

/** How lib/db stores records: the identity when encryption is off. */
export interface RecordCodec {
  readonly encrypting: boolean;
  /** The stored form of a record. */
  encode<T extends object>(table: string, row: T): T;
  /** The record as the rest of the product sees it; throws if its box was changed or moved. */
  decode<T extends object>(table: string, row: T): T;
  /** The stored value to look up an index by (a keyed hash for sensitive indexes). */
  indexValue(table: string, index: string, value: unknown): unknown;
  /**
   * Many records at once with the browser's native AES-GCM (much faster than the synchronous
   * JavaScript one for long lists); only outside IndexedDB transactions, which it would end.
   */
  decodeMany?<T extends object>(table: string, rows: T[]): Promise<T[]>;
}

export class LockedError extends Error {
  constructor() {
    super('工作台已锁定，请先输入口令解锁。');
    this.name = 'LockedError';
  }
}

export class TamperedRecordError extends Error {
  constructor(table: string, id: unknown) {
    super(`一条记录无法解密（${table} ${String(id)}）：它可能被改动或挪动过。`);
    this.name = 'TamperedRecordError';
  }
}

const isSealed = (row: object) => SEALED in row;

/** Encryption off: records are stored as they are; a sealed record means the workspace is locked. */
export const identityCodec: RecordCodec = {
  encrypting: false,
  encode: (_table, row) => row,
  decode: (_table, row) => {
    if (isSealed(row)) throw new LockedError();
    return row;
  },
  indexValue: (_table, _index, value) => value,
};

/** The tables whose records are encrypted, and per table the fields that stay in the clear. */
export interface CodecLayout {
  /** Clear fields per table (primary key, indexed fields, timestamps). */
  plain: Record<string, readonly string[]>;
  /** Indexed fields that are sensitive: stored as keyed hashes. */
  hashed: Record<string, readonly string[]>;
}

export interface DataKeys {
  /** 32 bytes for AES-256-GCM. */
  aes: Uint8Array;
  /** 32 bytes for HMAC-SHA256 of sensitive index values. */
  mac: Uint8Array;
}

function attempt<T>(table: string, id: unknown, fn: () => T): T {
  try {
    return fn();
  } catch {
    throw new TamperedRecordError(table, id);
  }
}

/** A stored record's clear fields and its box (iv, ciphertext with tag, the aad it must match). */
function unseal<T extends object>(table: string, row: T) {
  const { [SEALED]: sealedText, ...clear } = row as Record<string, unknown>;
  const id = clear.id ?? clear.key;
  const sealed = attempt(table, id, () => fromBase64(String(sealedText)));
  return {
    id, iv: sealed.subarray(0, 12), data: sealed.subarray(12), aad: recordAad(table, id),
    /** The record again: clear fields and the opened secret ones. */
    join: (plain: Uint8Array): T => ({ ...clear, ...attempt(table, id, () => JSON.parse(new TextDecoder().decode(plain))) }) as T,
  };
}

const recordAad = (table: string, id: unknown) => utf8(`footsteps/${table}/${String(id)}`);

const hex = (bytes: Uint8Array) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

export function fieldCodec(keys: DataKeys, layout: CodecLayout): RecordCodec {
  const plainSets = Object.fromEntries(Object.entries(layout.plain).map(([t, f]) => [t, new Set(f)]));
  let nativeKey: Promise<CryptoKey> | undefined;
  const aesKey = () => (nativeKey ??= crypto.subtle.importKey('raw', keys.aes.slice(), 'AES-GCM', false, ['decrypt']));
  const keyedHash = (table: string, index: string, value: unknown) =>
    `h:${hex(hmac(sha256, keys.mac, utf8(`${table}\u0000${index}\u0000${String(value)}`)))}`;

  return {
    encrypting: true,
    encode(table, row) {
      const plain = plainSets[table];
      if (!plain || isSealed(row)) return row;
      const clear: Record<string, unknown> = {};
      const secret: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(row)) (plain.has(k) ? clear : secret)[k] = v;
      for (const field of layout.hashed[table] ?? []) {
        if (field in row) clear[field] = keyedHash(table, field, (row as Record<string, unknown>)[field]);
      }
      const iv = randomBytes(12);
      const box = gcm(keys.aes, iv, recordAad(table, clear.id ?? clear.key)).encrypt(utf8(JSON.stringify(secret)));
      const sealed = new Uint8Array(iv.length + box.length);
      sealed.set(iv);
      sealed.set(box, iv.length);
      clear[SEALED] = toBase64(sealed);
      return clear as typeof row;
    },
    decode(table, row) {
      if (!plainSets[table] || !isSealed(row)) return row;
      const box = unseal(table, row);
      return box.join(attempt(table, box.id, () => gcm(keys.aes, box.iv, box.aad).decrypt(box.data)));
    },
    async decodeMany(table, rows) {
      if (!plainSets[table]) return rows;
      const key = await aesKey();
      return Promise.all(rows.map(async (row) => {
        if (!isSealed(row)) return row;
        const box = unseal(table, row);
        const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: box.iv, additionalData: box.aad }, key, box.data)
          .catch(() => { throw new TamperedRecordError(table, box.id); });
        return box.join(new Uint8Array(plain));
      }));
    },
    indexValue(table, index, value) {
      return (layout.hashed[table] ?? []).includes(index) ? keyedHash(table, index, value) : value;
    },
  };
}
