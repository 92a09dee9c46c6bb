import type { Clock, Store } from '@/lib/db';
import { canonicalJson } from '@/lib/backup';
import { sha256Hex } from '@/lib/crypto/bytes';
import { generateRecords } from '../../bench/generate';
import { fixedClock, openTestStore } from '../db/fakeDb';

let opened = 0;
/** A fresh store in its own in-memory IndexedDB. */
export function newStore(clock: Clock = fixedClock()): Store {
  return openTestStore({ name: `safety-${++opened}`, clock });
}

/** `n` valid records spread over the four record tables, the same every time. */
export function records(n: number, seed = 7) {
  const small = n < 20;
  const visits = small ? 0 : Math.floor(n * 0.5);
  const issues = small ? 0 : Math.floor(n * 0.2);
  const topics = small ? Math.min(1, n) : 5;
  return generateRecords({ topics, households: n - visits - issues - topics, visits, issues, seed });
}

export async function filledStore(n: number, clock?: Clock): Promise<Store> {
  const store = newStore(clock);
  if (n) await store.bulkImport(records(n));
  return store;
}

/** A file whose hash is right but whose content or manifest an attacker chose. */
export async function forge(content: unknown, manifest: Record<string, unknown>, formatVersion = 1): Promise<string> {
  const text = canonicalJson(content);
  const full = { ...manifest, sha256: await sha256Hex(text) };
  return `{"format":"footsteps-backup","formatVersion":${formatVersion},"manifest":${canonicalJson(full)},"content":${text}}`;
}

export const FAST_KDF = { kdf: 'PBKDF2-SHA256' as const, iterations: 100_000, salt: 'c2FsdHNhbHRzYWx0c2FsdA==' };
