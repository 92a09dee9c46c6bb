import type { Table } from 'dexie';
import type { z } from 'zod';
import { parseOrThrow, type RecordMeta } from '../schema';
import type { Clock } from './clock';

export interface ListOptions {
  includeDeleted?: boolean;
}

/**
 * The one way records of a table are written: input validated with its zod schema, meta fields
 * (id, timestamps, soft delete) kept here so every table behaves the same.
 */
export function createRepository<S extends z.ZodType, R extends RecordMeta>(
  table: Table<R, string>,
  inputSchema: S,
  clock: Clock,
) {
  const live = (r: R | undefined, opts?: ListOptions) => !!r && (opts?.includeDeleted || !r.deletedAt);

  async function mustGet(id: string): Promise<R> {
    const record = await table.get(id);
    if (!record) throw new Error(`记录不存在（${id}）`);
    return record;
  }

  return {
    async create(input: z.input<S>): Promise<R> {
      const data = parseOrThrow(inputSchema, input) as object;
      const now = clock.now();
      const record = { ...data, id: clock.newId(), createdAt: now, updatedAt: now, deletedAt: null, origin: clock.origin() } as R;
      await table.add(record);
      return record;
    },

    /**
     * Applies a partial change; the merged record is validated as a whole. `patch` may be a function
     * of the current record, read in the same transaction (workflow steps that depend on it).
     */
    async update(id: string, patch: Partial<z.input<S>> | ((current: R) => Partial<z.input<S>>)): Promise<R> {
      return table.db.transaction('rw', table, async () => {
        const found = await mustGet(id);
        const change = typeof patch === 'function' ? patch(found) : patch;
        const { id: _id, createdAt, updatedAt: _u, deletedAt, origin, editedBy: _e, ...current } = found;
        const data = parseOrThrow(inputSchema, { ...current, ...change }) as object;
        const record = { ...data, id, createdAt, updatedAt: clock.now(), deletedAt, origin, editedBy: clock.origin() } as R;
        await table.put(record);
        return record;
      });
    },

    async get(id: string, opts?: ListOptions): Promise<R | undefined> {
      const record = await table.get(id);
      return live(record, opts) ? record : undefined;
    },

    async list(opts?: ListOptions): Promise<R[]> {
      const all = await table.toArray();
      return all.filter((r) => live(r, opts));
    },

    /** Records whose indexed field equals a value (multi-entry indexes match any element). */
    async where(index: string, value: string | number): Promise<R[]> {
      const rows = await table.where(index).equals(value).toArray();
      return rows.filter((r) => live(r));
    },

    /** Records whose indexed field lies between two values, both included (e.g. visits of a month by date). */
    async between(index: string, lower: string | number, upper: string | number): Promise<R[]> {
      const rows = await table.where(index).between(lower, upper, true, true).toArray();
      return rows.filter((r) => live(r));
    },

    /** Soft delete: the record stays (for undo, the trash view, and merging as a tombstone). */
    async remove(id: string): Promise<void> {
      await table.update(id, { deletedAt: clock.now(), updatedAt: clock.now(), editedBy: clock.origin() } as never);
    },

    async restore(id: string): Promise<void> {
      await table.update(id, { deletedAt: null, updatedAt: clock.now(), editedBy: clock.origin() } as never);
    },

    count: () => table.filter((r) => !r.deletedAt).count(),

    /** Records (deleted ones too) written at or after a moment: how an in-memory index catches up. */
    changedSince: (updatedAt: string): Promise<R[]> => table.where('updatedAt').aboveOrEqual(updatedAt).toArray(),

    /** How many rows the table holds, deleted ones too (lets a cache see a write it missed). */
    countAll: () => table.count(),
  };
}

export type Repository<S extends z.ZodType, R extends RecordMeta> = ReturnType<typeof createRepository<S, R>>;
