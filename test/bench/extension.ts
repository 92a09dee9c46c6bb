import { execSync } from 'node:child_process';
import { launchExtension } from '../e2e/harness';

/** Builds the extension into its own folder for benchmarks and launches it (headless). */
export async function launchBuiltExtension() {
  process.env.FOOTSTEPS_OUT ??= '.out-bench';
  execSync('npx wxt build', { stdio: 'ignore', env: process.env });
  return launchExtension();
}

/** Writes records straight into the extension's IndexedDB from one of its pages, in chunks. */
export async function fillExtensionDb(page: import('playwright-core').Page, data: Record<string, readonly object[]>) {
  for (const [table, records] of Object.entries(data)) {
    for (let start = 0; start < records.length; start += 10_000) {
      await page.evaluate(({ table, rows }) => new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('footsteps');
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(table, 'readwrite');
          for (const row of rows) tx.objectStore(table).put(row);
          tx.oncomplete = () => { db.close(); resolve(); };
          tx.onerror = () => { db.close(); reject(tx.error); };
        };
        open.onerror = () => reject(open.error);
      }), { table, rows: records.slice(start, start + 10_000) });
    }
  }
}
