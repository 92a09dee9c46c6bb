import type { Store } from '../db';
import { sha256Hex } from '../crypto/bytes';
import { canonicalJson } from './canonical';
import { readAll } from './rows';

/** SHA-256 of every table's rows as stored: equal hashes mean the database did not change. */
export async function databaseHash(store: Store, only?: readonly string[]): Promise<string> {
  const tables = store.database.tables.filter((t) => !only || only.includes(t.name)).sort((a, b) => (a.name < b.name ? -1 : 1));
  const content: Record<string, unknown[]> = {};
  for (const table of tables) content[table.name] = await readAll(table);
  return sha256Hex(canonicalJson(content));
}
