// npm run demo-data -- [--out <dir>]: writes the demo workspace (the six topics of seed 000 with
// fictional households, visits and issues) as a backup file, to restore in 设置 → 备份与恢复 or to
// feed `npm run report`. The workspace's 设置 → 载入演示数据 button loads the same data directly.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { createBackup } from '../lib/backup';
import { openStore } from '../lib/db';
import { buildDemoData } from '../lib/demo';

const { values } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== '--'),
  options: { out: { type: 'string', default: 'out' } },
});
const store = openStore({ name: 'demo', dexie: { indexedDB: new IDBFactory(), IDBKeyRange } });
await store.bulkImport(buildDemoData('2023-06-01T00:00:00.000Z'));
const backup = await createBackup(store);
store.close();
const dir = resolve(values.out!);
mkdirSync(dir, { recursive: true });
const file = join(dir, backup.fileName);
writeFileSync(file, backup.text);
console.log(`演示数据已写入：${file}`);
console.log(Object.entries(backup.manifest.counts).map(([table, n]) => `${table} ${n}`).join('，'));
