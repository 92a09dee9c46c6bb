import type { Table } from 'dexie';
import type { Store } from '../db';
import { LOCAL_TABLES } from './format';

const PAGE = 5000;

/** Tables a backup carries: all but this device's own (snapshots, conflicts, keys). */
export const backupTables = (store: Store): Table[] =>
  store.database.tables.filter((t) => !LOCAL_TABLES.has(t.name)).sort((a, b) => (a.name < b.name ? -1 : 1));

/** Reads a whole table in primary-key order, page by page, reporting each page. */
export async function readAll(table: Table, onPage?: (rows: number) => void): Promise<Record<string, unknown>[]> {
  const rows: Record<string, unknown>[] = [];
  let last: unknown;
  for (;;) {
    const page = last === undefined
      ? await table.toCollection().limit(PAGE).toArray()
      : await table.where(':id').above(last).limit(PAGE).toArray();
    rows.push(...page);
    onPage?.(page.length);
    if (page.length < PAGE) return rows;
    last = page[page.length - 1][table.schema.primKey.keyPath as string];
  }
}

/** Writes rows in pages inside the caller's transaction, reporting each page. */
export async function writeAll(table: Table, rows: readonly unknown[], onPage?: (rows: number) => void): Promise<void> {
  for (let i = 0; i < rows.length; i += PAGE) {
    const page = rows.slice(i, i + PAGE);
    await table.bulkPut(page);
    onPage?.(page.length);
  }
}
