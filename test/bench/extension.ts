import { execSync } from 'node:child_process';
import { dirname } from 'node:path';
import { EXTENSION_DIR, launchExtension } from '../e2e/harness';

/**
 * Builds the extension from this tree into the folder the harness loads, then launches it (headless).
 * NODE_ENV is set because vite-node, which runs the benches, sets it to development, and a build
 * under that would measure React's development build.
 */
export async function launchBuiltExtension() {
  execSync('npx wxt build', { stdio: 'ignore', env: { ...process.env, NODE_ENV: 'production', FOOTSTEPS_OUT: dirname(EXTENSION_DIR) } });
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
