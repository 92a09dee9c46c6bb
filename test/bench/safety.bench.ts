import 'fake-indexeddb/auto';
import { createBackup, restoreBackup } from '../../lib/backup';
import { enableLock, lock, unlock } from '../../lib/crypto';
import { openStore } from '../../lib/db';
import { generateRecords } from './generate';
import { medianOf, reportBench, timeMs } from './measure';

// 数据安全 at 100,000 records (fake-indexeddb in Node, so slower than Chromium's IndexedDB):
// backup → restore (replace) → backup, byte for byte; and unlocking an encrypted workspace.
const records = generateRecords({ topics: 5, households: 19_995, visits: 60_000, issues: 20_000 });
const store = openStore({ name: 'bench-safety' });
await store.bulkImport(records);

let first = '';
reportBench('safety-backup-100k', await timeMs(async () => { first = (await createBackup(store)).text; }), 'ms');
reportBench('safety-backup-size-100k', first.length / 2 ** 20, 'MB');
reportBench('safety-restore-replace-100k', await timeMs(() => restoreBackup(store, first, { mode: 'replace' })), 'ms');
const second = (await createBackup(store)).text;
reportBench('safety-roundtrip-identical-100k', second === first ? 1 : 0, '(1 = byte-identical)', 1);

const PASS = '基准测试口令 2023';
reportBench('safety-enable-lock-encrypt-100k', await timeMs(() => enableLock(store, PASS)), 'ms');
// Unlocking opens the key only (PBKDF2 with 600,000 iterations, then AES-GCM unwrap): records are
// decrypted when read, so the time does not grow with the workspace.
reportBench('safety-unlock-100k', await medianOf(3, async () => { lock(store); return timeMs(() => unlock(store, PASS)); }), 'ms', 1500);
reportBench('safety-decrypt-list-20k-issues', await timeMs(() => store.issues.list()), 'ms');
reportBench('safety-decrypt-one-visit', await medianOf(5, () => timeMs(() => store.visits.get(records.visits[123].id))), 'ms');
store.close();
