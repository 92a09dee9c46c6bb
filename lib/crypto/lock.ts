import { z } from 'zod';
import type { Store } from '../db';
import type { OnProgress } from '../backup/progress';
import { randomBytes, utf8 } from './bytes';
import { fieldCodec, identityCodec, LockedError, SEALED, type DataKeys, type RecordCodec } from './codec';
import { ENCRYPTED_TABLES, layoutFor } from './layout';
import { derivePassphraseKey, newKdfParams, openBytes, PBKDF2_ITERATIONS, sealBytes, type KdfParams } from './passphrase';
import { recoveryKeyText, normalizeRecoveryKey } from './recoveryKey';

// 应用锁: a random data key, stored only wrapped (AES-GCM) by a key derived from the passphrase
// and by one derived from a printable recovery key. The unwrapped key lives in this page's
// memory only (never in storage, never in the service worker; shared by the stores one page
// opens) and is forgotten on lock.

const Wrapped = z.object({
  kdf: z.object({ kdf: z.literal('PBKDF2-SHA256'), iterations: z.number().int().min(1), salt: z.string() }),
  iv: z.string(),
  data: z.string(),
});
const Keyring = z.object({
  id: z.literal('lock'),
  /** 'enabling'/'disabling' while existing records are being re-encrypted: resumed after a crash. */
  state: z.enum(['enabling', 'on', 'disabling']),
  passphrase: Wrapped,
  recovery: Wrapped,
  createdAt: z.string(),
});
type Keyring = z.infer<typeof Keyring>;
type Wrapped = z.infer<typeof Wrapped>;

export type LockStatus = 'off' | 'locked' | 'unlocked';

export class WrongPassphraseError extends Error {
  constructor(what = '口令') {
    super(`${what}不正确。`);
    this.name = 'WrongPassphraseError';
  }
}

/** Encryption on, no key: reads of encrypted records and every write of them are refused. */
export const lockedCodec: RecordCodec = {
  encrypting: true,
  encode: () => {
    throw new LockedError();
  },
  decode: identityCodec.decode,
  indexValue: () => {
    throw new LockedError();
  },
};

const PASS_AAD = utf8('footsteps/keyring/passphrase');
const RECOVERY_AAD = utf8('footsteps/keyring/recovery');
const RECOVERY_ITERATIONS = 100_000;

async function readKeyring(store: Store): Promise<Keyring | null> {
  const row = await store.database.keyring.get('lock');
  return row ? Keyring.parse(row) : null;
}

const isUnlocked = (store: Store) => store.codec().encrypting && store.codec() !== lockedCodec;

export async function lockStatus(store: Store): Promise<LockStatus> {
  if (!(await readKeyring(store))) return 'off';
  return isUnlocked(store) ? 'unlocked' : 'locked';
}

/** Opens the store for a page: locked when the app lock is on, as is until then. */
export async function applyLockOnOpen(store: Store): Promise<LockStatus> {
  const status = await lockStatus(store);
  if (status === 'locked') store.setCodec(lockedCodec);
  return status;
}

async function wrap(keys: DataKeys, secret: string, aad: Uint8Array<ArrayBuffer>, kdf: KdfParams): Promise<Wrapped> {
  const { key } = await derivePassphraseKey(secret, kdf);
  const raw = new Uint8Array(64);
  raw.set(keys.aes);
  raw.set(keys.mac, 32);
  return { kdf, ...(await sealBytes(key, raw, aad)) };
}

async function unwrap(wrapped: Wrapped, secret: string, aad: Uint8Array<ArrayBuffer>, what: string): Promise<DataKeys> {
  const { key } = await derivePassphraseKey(secret, wrapped.kdf);
  try {
    const raw = await openBytes(key, wrapped, aad);
    return { aes: raw.slice(0, 32), mac: raw.slice(32) };
  } catch {
    throw new WrongPassphraseError(what);
  }
}

function useKeys(store: Store, keys: DataKeys) {
  store.setCodec(fieldCodec(keys, layoutFor(store.database)));
}

export interface EnableOptions {
  onProgress?: OnProgress;
  /** Tests lower the cost; real use keeps the default (600,000). */
  iterations?: number;
}

/**
 * Turns the lock on: makes the data key, wraps it twice, then encrypts every existing record.
 * Returns the recovery key, to be printed or written down: without it or the passphrase the
 * records cannot be read by anyone.
 */
export async function enableLock(store: Store, passphrase: string, options: EnableOptions = {}): Promise<{ recoveryKey: string }> {
  if (await readKeyring(store)) throw new Error('应用锁已经开启。');
  if (passphrase.length < 8) throw new Error('口令至少8位。');
  const keys: DataKeys = { aes: randomBytes(32), mac: randomBytes(32) };
  const recovery = randomBytes(25);
  const recoveryKey = recoveryKeyText(recovery);
  const keyring: Keyring = {
    id: 'lock', state: 'enabling', createdAt: new Date().toISOString(),
    passphrase: await wrap(keys, passphrase, PASS_AAD, newKdfParams(options.iterations)),
    recovery: await wrap(keys, normalizeRecoveryKey(recoveryKey), RECOVERY_AAD, newKdfParams(Math.min(options.iterations ?? RECOVERY_ITERATIONS, RECOVERY_ITERATIONS))),
  };
  await store.database.keyring.put(keyring);
  useKeys(store, keys);
  await finishMigration(store, options.onProgress);
  return { recoveryKey };
}

/**
 * Unlocks with the passphrase. Raises the key derivation cost when it was stored lower than
 * today's, and finishes a re-encryption a crash interrupted.
 */
export async function unlock(store: Store, passphrase: string, onProgress?: OnProgress): Promise<void> {
  const keyring = await readKeyring(store);
  if (!keyring) return;
  const keys = await unwrap(keyring.passphrase, passphrase, PASS_AAD, '口令');
  useKeys(store, keys);
  if (keyring.passphrase.kdf.iterations < PBKDF2_ITERATIONS) {
    await store.database.keyring.update('lock', { passphrase: await wrap(keys, passphrase, PASS_AAD, newKdfParams()) });
  }
  await finishMigration(store, onProgress);
}

/** 忘记口令: the recovery key opens the data key, which is then wrapped by a new passphrase. */
export async function unlockWithRecoveryKey(store: Store, recoveryKey: string, newPassphrase: string, options: EnableOptions = {}): Promise<void> {
  const keyring = await readKeyring(store);
  if (!keyring) return;
  if (newPassphrase.length < 8) throw new Error('新口令至少8位。');
  const keys = await unwrap(keyring.recovery, normalizeRecoveryKey(recoveryKey), RECOVERY_AAD, '恢复密钥');
  await store.database.keyring.update('lock', { passphrase: await wrap(keys, newPassphrase, PASS_AAD, newKdfParams(options.iterations)) });
  useKeys(store, keys);
  await finishMigration(store, options.onProgress);
}

/** Forgets the key: the page shows the lock screen until the passphrase is entered again. */
export function lock(store: Store): void {
  store.setCodec(lockedCodec);
}

/** Turns the lock off (while unlocked): decrypts every record, then removes the keys. */
export async function disableLock(store: Store, onProgress?: OnProgress): Promise<void> {
  if (!isUnlocked(store)) throw new LockedError();
  await store.database.keyring.update('lock', { state: 'disabling' });
  await finishMigration(store, onProgress);
}

/**
 * Re-encrypts (or decrypts) every record in batches, each batch one transaction. A record is
 * either wholly plain or wholly encrypted and both are readable, so a crash loses nothing and
 * running this again resumes where it stopped.
 */
async function finishMigration(store: Store, onProgress?: OnProgress): Promise<void> {
  const keyring = await readKeyring(store);
  if (!keyring || keyring.state === 'on') return;
  const encrypting = keyring.state === 'enabling';
  const active = store.codec();
  const db = store.database;
  const tables = ENCRYPTED_TABLES.map((n) => db.table(n));
  const total = (await Promise.all(tables.map((t) => t.count()))).reduce((a, b) => a + b, 0);
  let done = 0;
  onProgress?.({ phase: encrypting ? '加密' : '解密', done, total });
  for (const table of tables) {
    let last: unknown;
    for (;;) {
      const moved = await db.transaction('rw', table, async () => {
        const page = await (last === undefined ? table.toCollection() : table.where(':id').above(last)).limit(500).toArray();
        const changed = page.filter((row) => (SEALED in row) !== encrypting);
        await table.bulkPut(changed.map((row) => {
          const plain = active.decode(table.name, row);
          return encrypting ? active.encode(table.name, plain) : plain;
        }));
        return page;
      });
      done += moved.length;
      onProgress?.({ phase: encrypting ? '加密' : '解密', done, total });
      if (moved.length < 500) break;
      last = moved[moved.length - 1][table.schema.primKey.keyPath as string];
    }
  }
  await convertSnapshots(store, encrypting);
  if (encrypting) await db.keyring.update('lock', { state: 'on' });
  else {
    await db.keyring.delete('lock');
    store.setCodec(identityCodec);
  }
}

/** Safety snapshots hold copies of the rows: they are encrypted (or decrypted) with them. */
async function convertSnapshots(store: Store, encrypting: boolean): Promise<void> {
  const codec = store.codec();
  const snapshots = store.database.snapshots;
  for (const id of await snapshots.toCollection().primaryKeys()) {
    await store.database.transaction('rw', snapshots, async () => {
      const snapshot = (await snapshots.get(id)) as { tables: Record<string, Record<string, unknown>[]> } | undefined;
      if (!snapshot) return;
      for (const name of ENCRYPTED_TABLES) {
        snapshot.tables[name] = (snapshot.tables[name] ?? []).map((row) => {
          const plain = codec.decode(name, row);
          return encrypting ? codec.encode(name, plain) : plain;
        });
      }
      await snapshots.put(snapshot as never);
    });
  }
}

/** For the lock settings: the stored key derivation cost, to show and to raise. */
export async function lockDetails(store: Store) {
  const keyring = await readKeyring(store);
  return keyring && { state: keyring.state, iterations: keyring.passphrase.kdf.iterations, createdAt: keyring.createdAt };
}

