import { describe, expect, it } from 'vitest';
import {
  backupReminder, createBackup, databaseHash, listSnapshots, markBackedUp, parseBackup, restoreBackup, restoreSnapshot,
  type Progress,
} from '@/lib/backup';
import { readFileSync } from 'node:fs';
import { APP_VERSION } from '@/lib/backup/format';
import { FAST_KDF, filledStore, newStore, records } from './helpers';

describe('backup and restore', () => {
  for (const n of [0, 1, 10_000]) {
    it(`round-trips ${n} records byte for byte (backup → restore → backup)`, async () => {
      const store = await filledStore(n);
      await store.saveSettings({ deviceId: 'device-a', backupReminderDays: 3 });
      const first = await createBackup(store);
      expect(first.manifest.schemaVersion).toBeGreaterThanOrEqual(2);
      expect(Object.values(first.manifest.counts).reduce((a, b) => a + b, 0)).toBe(n + 1); // + the settings row

      const hashBefore = await databaseHash(store, ['topics', 'households', 'visits', 'issues', 'settings']);
      await restoreBackup(store, new Blob([first.text]), { mode: 'replace' });
      expect(await databaseHash(store, ['topics', 'households', 'visits', 'issues', 'settings'])).toBe(hashBefore);
      expect((await createBackup(store)).text).toBe(first.text);

      // On another device the content is the same; only the exporter differs.
      const other = newStore();
      await restoreBackup(other, first.text, { mode: 'replace' });
      expect((await createBackup(other)).manifest.sha256).toBe(first.manifest.sha256);
      expect((await other.getSettings()).backupReminderDays).toBe(3);
      store.close();
      other.close();
    }, 180_000);
  }

  it('names the extension version the manifest says', () => {
    expect(APP_VERSION).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version);
  });

  it('encrypts with a passphrase and restores only with it', async () => {
    const store = await filledStore(50);
    const plain = await createBackup(store);
    const sealed = await createBackup(store, { passphrase: '正确的密码 2023', kdf: FAST_KDF });
    expect(sealed.text).not.toContain(records(50).households[0].name);
    expect(sealed.fileName).toMatch(/加密\.json$/);
    const other = newStore();
    await restoreBackup(other, sealed.text, { mode: 'replace', passphrase: '正确的密码 2023' });
    expect((await createBackup(other)).manifest.sha256).toBe(plain.manifest.sha256);
  });

  it('uses at least 600,000 PBKDF2 iterations by default and stores them in the file', async () => {
    const store = await filledStore(1);
    const sealed = await createBackup(store, { passphrase: 'pass' });
    expect(JSON.parse(sealed.text).encryption).toMatchObject({ kdf: 'PBKDF2-SHA256', iterations: 600_000, cipher: 'AES-GCM' });
  });

  it('reports progress while reading and writing', async () => {
    const store = await filledStore(6_000);
    const seen: Progress[] = [];
    const backup = await createBackup(store, { onProgress: (p) => seen.push(p) });
    expect(seen.filter((p) => p.phase === '读取').length).toBeGreaterThan(3);
    expect(seen.at(-1)).toMatchObject({ phase: '读取', done: 6_000, total: 6_000 });
    const writes: Progress[] = [];
    await restoreBackup(newStore(), backup.text, { mode: 'replace', onProgress: (p) => writes.push(p) });
    expect(writes.some((p) => p.phase === '校验')).toBe(true);
    expect(writes.at(-1)).toMatchObject({ phase: '写入', done: 6_001, total: 6_001 }); // + the settings row
  }, 120_000);

  it('exports one topic with its visits, issues and households, and merges it elsewhere', async () => {
    const store = await filledStore(300);
    const topic = (await store.topics.list())[0];
    const backup = await createBackup(store, { topicId: topic.id });
    const parsed = await parseBackup(backup.text);
    expect(parsed.manifest.scope).toEqual({ kind: 'topic', topicId: topic.id, title: topic.title });
    expect(parsed.tables.topics.map((t) => t.id)).toEqual([topic.id]);
    expect(parsed.tables.visits.length).toBeGreaterThan(0);
    expect(parsed.tables.visits.every((v) => (v.topicIds as string[]).includes(topic.id))).toBe(true);
    const other = newStore();
    await expect(restoreBackup(other, backup.text, { mode: 'replace' })).rejects.toThrow('只能以“合并”方式导入');
    await restoreBackup(other, backup.text, { mode: 'merge' });
    expect(await other.visits.count()).toBe(parsed.tables.visits.filter((v) => !v.deletedAt).length);
  });

  it('replace removes what the backup does not have; merge keeps it', async () => {
    const store = await filledStore(20);
    const backup = await createBackup(store);
    const extra = await store.households.create({ name: '新增的联系户' });
    await restoreBackup(store, backup.text, { mode: 'merge' });
    expect(await store.households.get(extra.id)).toBeDefined();
    await restoreBackup(store, backup.text, { mode: 'replace' });
    expect(await store.households.get(extra.id)).toBeUndefined();
  });

  it('keeps this device id and last backup time through a restore', async () => {
    const a = await filledStore(3);
    await a.saveSettings({ deviceId: 'device-a' });
    const backup = await createBackup(a);
    const b = newStore();
    await b.saveSettings({ deviceId: 'device-b', lastBackupAt: '2023-01-01T00:00:00.000Z' });
    await restoreBackup(b, backup.text, { mode: 'replace' });
    expect(await b.getSettings()).toMatchObject({ deviceId: 'device-b', lastBackupAt: '2023-01-01T00:00:00.000Z' });
  });

  it('takes a safety snapshot before every restore, which can be restored', async () => {
    const store = await filledStore(30);
    const before = await databaseHash(store, ['topics', 'households', 'visits', 'issues']);
    const empty = await createBackup(newStore());
    await restoreBackup(store, empty.text, { mode: 'replace' });
    expect(await store.visits.count()).toBe(0);
    const [snapshot] = await listSnapshots(store.database);
    expect(snapshot.reason).toContain('恢复备份');
    expect(snapshot.counts.visits).toBe(15);
    await restoreSnapshot(store.database, snapshot.id);
    expect(await databaseHash(store, ['topics', 'households', 'visits', 'issues'])).toBe(before);
    expect((await listSnapshots(store.database)).length).toBe(2);
  });

  it('keeps only the three newest snapshots', async () => {
    const store = await filledStore(2);
    const backup = await createBackup(store);
    for (let i = 0; i < 5; i++) await restoreBackup(store, backup.text, { mode: 'merge' });
    expect((await listSnapshots(store.database)).length).toBe(3);
  });

  it('reminds after 7 days or 200 changes since the last backup', async () => {
    const store = newStore();
    expect((await backupReminder(store)).due).toBe(false);
    await store.bulkImport(records(10)); // created 2026-11-20 by the generator
    expect((await backupReminder(store, new Date('2026-11-22T00:00:00Z'))).due).toBe(false);
    const late = await backupReminder(store, new Date('2026-11-28T00:00:00Z'));
    expect(late).toMatchObject({ due: true, reason: '记录已保存 7 天，还从未备份' });
    await markBackedUp(store, '2026-11-28T00:00:00.000Z');
    expect((await backupReminder(store, new Date('2026-11-29T00:00:00Z'))).due).toBe(false);
    const changed = <T extends object>(rows: T[]) => rows.map((r) => ({ ...r, updatedAt: '2026-11-29T00:00:00.000Z' }));
    const more = records(400, 9);
    await store.bulkImport({ visits: changed(more.visits), issues: changed(more.issues) });
    expect((await backupReminder(store, new Date('2026-11-29T00:00:00Z'))).reason).toBe('上次备份以来的改动已达 200 处以上');
  });
});
