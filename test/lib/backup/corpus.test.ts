import { beforeAll, describe, expect, it } from 'vitest';
import { BACKUP_ERRORS, BackupError, createBackup, databaseHash, restoreBackup, type BackupErrorCode } from '@/lib/backup';
import type { Store } from '@/lib/db';
import { FAST_KDF, filledStore, forge } from './helpers';

// The corpus of bad backup files, generated here (the large ones are never committed). Each is
// refused with its own Chinese message and leaves the database exactly as it was.

interface Bad {
  kind: string;
  file: () => Promise<Blob | string>;
  code: BackupErrorCode;
  passphrase?: string;
  mode?: 'replace' | 'merge';
}

const MB = 1024 * 1024;
const PASS = '备份密码-2023';

describe('restore refuses every bad file and changes nothing', () => {
  let store: Store;
  let good: string;
  let sealed: string;
  let parsed: { manifest: Record<string, unknown>; content: { tables: Record<string, Record<string, unknown>[]> } };
  let hashBefore: string;

  beforeAll(async () => {
    store = await filledStore(200);
    const source = await filledStore(60);
    good = (await createBackup(source)).text;
    sealed = (await createBackup(source, { passphrase: PASS, kdf: FAST_KDF })).text;
    parsed = JSON.parse(good);
    hashBefore = await databaseHash(store);
  });

  const withContent = (edit: (tables: Record<string, Record<string, unknown>[]>) => void, manifestEdit?: (m: Record<string, unknown>) => void) => {
    const tables = structuredClone(parsed.content.tables);
    edit(tables);
    const manifest = structuredClone(parsed.manifest);
    manifest.counts = Object.fromEntries(Object.entries(tables).map(([n, rows]) => [n, rows.length]));
    manifestEdit?.(manifest);
    return forge({ tables }, manifest);
  };
  const flipByte = (text: string, at: number) => text.slice(0, at) + String.fromCharCode(text.charCodeAt(at) ^ 1) + text.slice(at + 1);

  const corpus: Bad[] = [
    { kind: 'an empty file', file: async () => new Blob([]), code: 'empty' },
    { kind: 'only whitespace', file: async () => '  \n\t ', code: 'empty' },
    { kind: '50 MB of random bytes', file: async () => new Blob([randomMegabytes(50)]), code: 'notText' },
    { kind: '50 MB of text garbage', file: async () => new Blob(['垃圾数据'.repeat((50 * MB) / 12)]), code: 'notJson' },
    { kind: 'a file over 500 MB', file: async () => ({ size: 600 * MB }) as Blob, code: 'tooLarge' },
    { kind: 'a CSV file', file: async () => '姓名,电话\n张三,13800001234\n', code: 'notJson' },
    { kind: 'a truncated backup', file: async () => good.slice(0, Math.floor(good.length / 2)), code: 'truncated' },
    { kind: 'wrong JSON (an array)', file: async () => '[1,2,3]', code: 'wrongFile' },
    { kind: 'another app’s JSON', file: async () => '{"formatName":"dexie","formatVersion":1,"data":{}}', code: 'wrongFile' },
    { kind: 'a future format version', file: async () => good.replace('"formatVersion":1', '"formatVersion":2'), code: 'futureVersion' },
    { kind: 'an unknown old format version', file: async () => good.replace('"formatVersion":1', '"formatVersion":0'), code: 'wrongVersion' },
    { kind: 'a future schema version', file: () => withContent(() => undefined, (m) => { m.schemaVersion = 99; }), code: 'futureSchema' },
    { kind: 'a broken manifest', file: async () => good.replace('"app":"footsteps"', '"app":"other"'), code: 'badManifest' },
    { kind: 'one flipped byte in a record', file: async () => flipByte(good, good.indexOf('"name":"') + 9), code: 'tampered' },
    { kind: 'one flipped byte in the structure', file: async () => flipByte(good, good.indexOf('"visits":[') + 2), code: 'tampered' },
    { kind: 'a changed hash', file: async () => good.replace(/"sha256":"(.)/, (_m, c) => `"sha256":"${c === 'a' ? 'b' : 'a'}`), code: 'tampered' },
    { kind: 'a malformed hash', file: async () => good.replace('"sha256":"', '"sha256":"z'), code: 'badManifest' },
    { kind: 'a record added without updating the hash', file: async () => good.replace('"visits":[', `"visits":[${JSON.stringify(parsed.content.tables.visits[0])},`), code: 'tampered' },
    { kind: 'counts that do not match', file: () => withContent((t) => { t.visits.pop(); }, (m) => { (m.counts as Record<string, number>).visits += 1; }), code: 'counts' },
    { kind: 'a record of the wrong schema', file: () => withContent((t) => { t.households[0].idNumber = '110105194912310021'; }), code: 'badRecord' },
    { kind: 'a visit with an impossible date', file: () => withContent((t) => { t.visits[0].date = '2023-02-30'; }), code: 'badRecord' },
    { kind: 'duplicated ids', file: () => withContent((t) => { t.visits.push({ ...t.visits[0], content: '另一条' }); }), code: 'duplicateId' },
    { kind: 'an unknown table', file: () => withContent((t) => { t.secrets = [{ id: 'x' }]; }), code: 'unknownTable' },
    { kind: 'a device-only table', file: () => withContent((t) => { t.keyring = [{ id: 'x' }]; }), code: 'unknownTable' },
    { kind: 'content that is not tables', file: async () => forge({ rows: [] }, { ...parsed.manifest, counts: {} }), code: 'wrongFile' },
    { kind: 'an encrypted file without a passphrase', file: async () => sealed, code: 'needPassphrase' },
    { kind: 'a wrong passphrase', file: async () => sealed, passphrase: '猜的密码', code: 'wrongPassphrase' },
    { kind: 'a flipped byte in the ciphertext', file: async () => flipCipher(sealed), passphrase: PASS, code: 'tampered' },
    { kind: 'a changed manifest of an encrypted file', file: async () => sealed.replace(/"visits":(\d+)/, (_m, n) => `"visits":${Number(n) + 1}`), passphrase: PASS, code: 'tampered' },
    { kind: 'a topic file restored as replace-all', file: async () => (await createBackup(store, { topicId: (await store.topics.list())[0].id })).text, code: 'topicReplace' },
  ];

  it('has at least 15 kinds of bad file', () => {
    expect(new Set(corpus.map((c) => c.code)).size).toBeGreaterThanOrEqual(15);
  });

  for (const bad of corpus) {
    it(`refuses ${bad.kind}: “${BACKUP_ERRORS[bad.code]}”`, async () => {
      const file = await bad.file();
      const attempt = restoreBackup(store, file, { mode: bad.mode ?? 'replace', passphrase: bad.passphrase });
      await expect(attempt).rejects.toBeInstanceOf(BackupError);
      await expect(attempt).rejects.toMatchObject({ code: bad.code });
      await expect(attempt).rejects.toThrow(BACKUP_ERRORS[bad.code]);
      expect(await databaseHash(store)).toBe(hashBefore);
    });
  }

  it('still accepts the good file afterwards', async () => {
    await restoreBackup(store, good, { mode: 'replace' });
    await restoreBackup(store, sealed, { mode: 'replace', passphrase: PASS });
    expect(await store.topics.count()).toBe(parsed.content.tables.topics.length);
  });
});

function randomMegabytes(mb: number): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(mb * MB);
  for (let i = 0; i < bytes.length; i += 65536) crypto.getRandomValues(bytes.subarray(i, i + 65536));
  bytes[0] = 0xff; // never valid UTF-8
  return bytes;
}

function flipCipher(text: string): string {
  const at = text.indexOf('"ciphertext":"') + 40;
  const c = text[at];
  return text.slice(0, at) + (c === 'A' ? 'B' : 'A') + text.slice(at + 1);
}
