import type { Dexie } from 'dexie';
import type { CodecLayout } from './codec';

/** Tables whose records carry people's data and are encrypted when the app lock encrypts. */
export const ENCRYPTED_TABLES = ['topics', 'households', 'visits', 'issues', 'profile', 'reportDrafts', 'conflicts'] as const;

/** Indexed but sensitive (a resident's name; a responsible person's name): keyed hashes. */
const HASHED: Record<string, readonly string[]> = { households: ['name'], issues: ['owner'] };
/** Not indexed but must stay writable in place (a conflict is settled with modify()). */
const EXTRA_PLAIN: Record<string, readonly string[]> = { conflicts: ['editor', 'resolved'] };
const TIMESTAMPS = ['createdAt', 'updatedAt', 'deletedAt'];

/** Clear fields are what the database indexes (ids, dates, statuses, categories, grid...). */
export function layoutFor(db: Dexie): CodecLayout {
  const plain: Record<string, string[]> = {};
  for (const name of ENCRYPTED_TABLES) {
    const schema = db.table(name).schema;
    const indexed = [schema.primKey.name, ...schema.indexes.map((i) => i.name)];
    plain[name] = [...new Set([...indexed, ...TIMESTAMPS, ...(EXTRA_PLAIN[name] ?? [])])].filter((f) => !HASHED[name]?.includes(f));
  }
  return { plain, hashed: HASHED };
}
