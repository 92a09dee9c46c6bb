import { describe, expect, it } from 'vitest';
import { createBackup, restoreBackup } from '@/lib/backup';
import {
  applyLockOnOpen, disableLock, enableLock, fieldCodec, layoutFor, lock, lockDetails, lockStatus, LockedError, normalizeRecoveryKey,
  PBKDF2_ITERATIONS, SEALED, TamperedRecordError, unlock, unlockWithRecoveryKey, WrongPassphraseError, type DataKeys,
} from '@/lib/crypto';
import { openStore, type Store } from '@/lib/db';
import { exportPackage, importPackages } from '@/lib/merge';
import { fixedClock, freshIndexedDb } from '../db/fakeDb';
import { filledStore, newStore, records } from '../backup/helpers';

const FAST = { iterations: 1000 };
const PASS = '我的口令 2023 strong';
const RECORD_TABLES = ['topics', 'households', 'visits', 'issues'] as const;

const keys = (): DataKeys => ({ aes: crypto.getRandomValues(new Uint8Array(32)), mac: crypto.getRandomValues(new Uint8Array(32)) });

async function rawRows(store: Store, table: string) {
  return store.database.table(table).toArray();
}

async function everything(store: Store) {
  const out: Record<string, unknown[]> = {};
  for (const t of RECORD_TABLES) out[t] = await store[t].list({ includeDeleted: true });
  return out;
}

describe('the record codec', () => {
  const store = newStore();
  const codec = fieldCodec(keys(), layoutFor(store.database));
  const [h1, h2] = records(4).households.length >= 2 ? records(4).households : records(30).households;

  it('keeps ids, dates and indexed fields clear, hashes indexed names, seals the rest', () => {
    const stored = codec.encode('households', h1) as Record<string, unknown>;
    expect(stored.id).toBe(h1.id);
    expect(stored.community).toBe(h1.community);
    expect(stored.grid).toBe(h1.grid);
    expect(stored.updatedAt).toBe(h1.updatedAt);
    expect(stored.name).toMatch(/^h:[0-9a-f]{64}$/);
    expect(JSON.stringify(stored)).not.toContain(h1.name);
    expect(JSON.stringify(stored)).not.toContain(h1.idNumber);
    expect(JSON.stringify(stored)).not.toContain(h1.phone);
    expect(codec.decode('households', stored)).toEqual(h1);
  });

  it('rejects a wrong key, every flipped character and swapped or moved boxes, every time', () => {
    const stored = codec.encode('households', h1) as Record<string, unknown>;
    expect(() => fieldCodec(keys(), layoutFor(store.database)).decode('households', stored)).toThrow(TamperedRecordError);
    const sealed = String(stored[SEALED]);
    for (let i = 0; i < sealed.length - 2; i += 3) {
      const flipped = sealed.slice(0, i) + (sealed[i] === 'A' ? 'B' : 'A') + sealed.slice(i + 1);
      expect(() => codec.decode('households', { ...stored, [SEALED]: flipped })).toThrow(TamperedRecordError);
    }
    const other = codec.encode('households', h2) as Record<string, unknown>;
    expect(() => codec.decode('households', { ...stored, [SEALED]: other[SEALED] })).toThrow(TamperedRecordError);
    expect(() => codec.decode('visits', stored)).toThrow(TamperedRecordError);
  });
});

describe('the app lock (应用锁)', () => {
  it('encrypts existing records, and every repository keeps working while unlocked', async () => {
    const store = await filledStore(300);
    const before = await everything(store);
    const household = before.households[0] as { id: string; name: string; idNumber: string };
    const { recoveryKey } = await enableLock(store, PASS, FAST);
    expect(recoveryKey).toMatch(/^([0-9A-Z]{5}-){7}[0-9A-Z]{5}$/);

    const disk = JSON.stringify(await Promise.all(RECORD_TABLES.map((t) => rawRows(store, t))));
    expect(disk).not.toContain(household.name);
    expect(disk).not.toContain(household.idNumber);
    expect(await everything(store)).toEqual(before);

    expect((await store.households.where('name', household.name)).map((h) => h.id)).toContain(household.id);
    const created = await store.households.create({ name: '加密后新增', phone: '13800009999' });
    expect(JSON.stringify(await store.database.households.get(created.id))).not.toContain('加密后新增');
    await store.households.update(created.id, { notes: '改过' });
    await store.households.remove(created.id);
    expect((await store.households.get(created.id, { includeDeleted: true }))?.notes).toBe('改过');
    expect(await store.households.count()).toBe(before.households.filter((h) => !(h as { deletedAt: unknown }).deletedAt).length);
    await store.saveProfile({ name: '王小明', unit: '建国街道' });
    expect(JSON.stringify(await store.database.profile.get('me'))).not.toContain('王小明');
    expect((await store.getProfile())?.name).toBe('王小明');
  });

  it('locks: nothing is read or written until the passphrase or the recovery key is given', async () => {
    const dexie = freshIndexedDb();
    const first = openStore({ name: 'lock', dexie, clock: fixedClock() });
    await first.bulkImport(records(50));
    const before = await everything(first);
    const { recoveryKey } = await enableLock(first, PASS, FAST);
    lock(first);
    expect(await lockStatus(first)).toBe('locked');
    await expect(first.visits.list()).rejects.toThrow(LockedError);
    await expect(first.households.create({ name: '锁定时写入' })).rejects.toThrow(LockedError);

    // A new page: locked on open.
    const page = openStore({ name: 'lock', dexie, clock: fixedClock() });
    expect(await applyLockOnOpen(page)).toBe('locked');
    await expect(page.topics.list()).rejects.toThrow('工作台已锁定');
    for (let i = 0; i < 3; i++) await expect(unlock(page, `猜的口令${i}`)).rejects.toThrow(WrongPassphraseError);
    await unlock(page, PASS);
    expect(await everything(page)).toEqual(before);
    expect(await lockStatus(first)).toBe('unlocked'); // one page, one key: every store it opens

    lock(page);
    await expect(unlockWithRecoveryKey(page, 'AAAAA-BBBBB', '新的口令12345', FAST)).rejects.toThrow('恢复密钥不正确');
    await unlockWithRecoveryKey(page, recoveryKey.toLowerCase().replaceAll('-', ' '), '新的口令12345', FAST);
    expect(await everything(page)).toEqual(before);
    lock(page);
    await expect(unlock(page, PASS)).rejects.toThrow(WrongPassphraseError);
    await unlock(page, '新的口令12345');
    expect(await everything(page)).toEqual(before);
  });

  it('refuses a tampered or swapped record on every read path (one record, lists, lookups)', async () => {
    const store = await filledStore(40);
    await enableLock(store, PASS, FAST);
    const raw = store.database.table<Record<string, unknown>, string>('households');
    const [a, b] = await raw.toArray();
    await raw.put({ ...a, [SEALED]: b[SEALED] });
    await expect(store.households.get(String(a.id))).rejects.toThrow(TamperedRecordError);
    await expect(store.households.list()).rejects.toThrow(TamperedRecordError);
    const sealed = String(b[SEALED]);
    await raw.put({ ...b, [SEALED]: sealed.slice(0, 30) + (sealed[30] === 'A' ? 'B' : 'A') + sealed.slice(31) });
    await expect(store.households.get(String(b.id))).rejects.toThrow(TamperedRecordError);
    await expect(store.households.changedSince('2000-01-01')).rejects.toThrow(TamperedRecordError);
  });

  it('stores the key derivation cost and raises it on unlock', async () => {
    const store = await filledStore(2);
    await enableLock(store, PASS, FAST);
    expect((await lockDetails(store))?.iterations).toBe(1000);
    lock(store);
    await unlock(store, PASS);
    expect((await lockDetails(store))?.iterations).toBe(PBKDF2_ITERATIONS);
  });

  it('survives a crash half-way through encrypting, and through decrypting', async () => {
    const dexie = freshIndexedDb();
    const store = openStore({ name: 'crash', dexie, clock: fixedClock() });
    await store.bulkImport(records(2400));
    const before = await everything(store);
    let batches = 0;
    const crash = () => { if (++batches === 6) throw new Error('浏览器崩溃'); };
    await expect(enableLock(store, PASS, { ...FAST, onProgress: crash })).rejects.toThrow('浏览器崩溃');
    const mixed = (await Promise.all(RECORD_TABLES.map((t) => rawRows(store, t)))).flat();
    expect(mixed.some((r) => SEALED in r) && mixed.some((r) => !(SEALED in r))).toBe(true);

    lock(store); // the browser closed: the key in the page's memory is gone
    const reopened = openStore({ name: 'crash', dexie, clock: fixedClock() });
    expect(await applyLockOnOpen(reopened)).toBe('locked');
    await unlock(reopened, PASS);
    expect((await lockDetails(reopened))?.state).toBe('on');
    expect((await rawRows(reopened, 'visits')).every((r) => SEALED in r)).toBe(true);
    expect(await everything(reopened)).toEqual(before);

    batches = 0;
    await expect(disableLock(reopened, crash)).rejects.toThrow('浏览器崩溃');
    lock(reopened);
    const again = openStore({ name: 'crash', dexie, clock: fixedClock() });
    await unlock(again, PASS);
    expect(await lockStatus(again)).toBe('off');
    expect((await rawRows(again, 'visits')).some((r) => SEALED in r)).toBe(false);
    expect(await everything(again)).toEqual(before);
  });

  it('encrypts the safety snapshots taken before, and decrypts them when switched off', async () => {
    const store = await filledStore(30);
    const household = (await store.households.list())[0];
    await restoreBackup(store, (await createBackup(store)).text, { mode: 'replace' }); // takes a snapshot
    const snapshotText = async () => JSON.stringify(await store.database.snapshots.toArray());
    expect(await snapshotText()).toContain(household.name);
    await enableLock(store, PASS, FAST);
    expect(await snapshotText()).not.toContain(household.name);
    await disableLock(store);
    expect(await snapshotText()).toContain(household.name);
  });

  it('backs up, restores and merges an encrypted workspace like a plain one', async () => {
    const plain = await filledStore(100);
    const plainBackup = await createBackup(plain);
    const store = await filledStore(100);
    await enableLock(store, PASS, FAST);
    const backup = await createBackup(store);
    expect(backup.manifest.sha256).toBe(plainBackup.manifest.sha256);
    await restoreBackup(store, plainBackup.text, { mode: 'replace' });
    expect((await rawRows(store, 'visits')).every((r) => SEALED in r)).toBe(true);
    expect((await createBackup(store)).manifest.sha256).toBe(plainBackup.manifest.sha256);

    const member = newStore(fixedClock('2027-01-01T00:00:00.000Z'));
    await member.bulkImport(records(100));
    const target = (await member.visits.list())[0];
    await member.visits.update(target.id, { content: '成员补充的走访内容' });
    await importPackages(store, [{ name: 'p', data: (await exportPackage(member)).text }]);
    expect((await store.visits.get(target.id))?.content).toBe('成员补充的走访内容');
    expect(JSON.stringify(await store.database.visits.get(target.id))).not.toContain('成员补充');
  });

  it('normalises a typed recovery key', () => {
    expect(normalizeRecoveryKey('abcde-fgh1o il')).toBe('ABCDEFGH10' + '11');
  });
});
