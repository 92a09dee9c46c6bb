import Dexie, { cmp, type IndexableType, type Table } from 'dexie';
import type { z } from 'zod';
import { parseOrThrow, type RecordMeta } from '../schema';
import { identityCodec, type RecordCodec } from '../crypto/codec';
import type { Clock } from './clock';

export interface ListOptions {
  includeDeleted?: boolean;
}

/**
 * The one way records of a table are written: input validated with its zod schema, meta fields
 * (id, timestamps, soft delete) kept here so every table behaves the same. `codec` is how rows
 * are stored: the identity, or the app lock's encryption (lib/crypto), applied here and only here.
 */
export function createRepository<S extends z.ZodType, R extends RecordMeta>(
  table: Table<R, string>,
  inputSchema: S,
  clock: Clock,
  codec: () => RecordCodec = () => identityCodec,
) {
  const live = (r: R | undefined, opts?: ListOptions) => !!r && (opts?.includeDeleted || !r.deletedAt);
  const decode = (r: R | undefined) => (r ? codec().decode(table.name, r) : r);
  const encode = (r: R) => codec().encode(table.name, r);
  /** Long lists use the codec's faster native path, except inside a transaction (it would end it). */
  const decodeAll = (rows: R[]): Promise<R[]> | R[] => {
    const c = codec();
    return c.decodeMany && !Dexie.currentTransaction ? c.decodeMany(table.name, rows) : rows.map((r) => c.decode(table.name, r));
  };

  async function mustGet(id: string): Promise<R> {
    const record = decode(await table.get(id));
    if (!record) throw new Error(`记录不存在（${id}）`);
    return record;
  }

  /** Changes meta fields of a stored record (through the codec, so encrypted rows stay whole). */
  async function touch(id: string, change: Partial<RecordMeta>): Promise<void> {
    await table.db.transaction('rw', table, async () => {
      const found = decode(await table.get(id));
      if (found) await table.put(encode({ ...found, ...change }));
    });
  }

  return {
    async create(input: z.input<S>): Promise<R> {
      const data = parseOrThrow(inputSchema, input) as object;
      const now = clock.now();
      const record = { ...data, id: clock.newId(), createdAt: now, updatedAt: now, deletedAt: null, origin: clock.origin() } as R;
      await table.add(encode(record));
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
        await table.put(encode(record));
        return record;
      });
    },

    async get(id: string, opts?: ListOptions): Promise<R | undefined> {
      const record = decode(await table.get(id));
      return live(record, opts) ? record : undefined;
    },

    async list(opts?: ListOptions): Promise<R[]> {
      const all = await table.toArray();
      return decodeAll(all.filter((r) => live(r, opts)));
    },

    /** Records whose indexed field equals a value (multi-entry indexes match any element). */
    async where(index: string, value: string | number): Promise<R[]> {
      const rows = await table.where(index).equals(codec().indexValue(table.name, index, value) as string | number).toArray();
      return decodeAll(rows.filter((r) => live(r)));
    },

    /**
     * Records whose indexed field lies between two values, both included (e.g. visits of a month by
     * date). Only for indexes stored in clear: a sensitive index holds hashes, which have no order.
     */
    async between(index: string, lower: string | number, upper: string | number): Promise<R[]> {
      const rows = await table.where(index).between(lower, upper, true, true).toArray();
      return decodeAll(rows.filter((r) => live(r)));
    },

    /** Soft delete: the record stays (for undo, the trash view, and merging as a tombstone). */
    async remove(id: string): Promise<void> {
      await touch(id, { deletedAt: clock.now(), updatedAt: clock.now(), editedBy: clock.origin() });
    },

    async restore(id: string): Promise<void> {
      await touch(id, { deletedAt: null, updatedAt: clock.now(), editedBy: clock.origin() });
    },

    /** Live records: all rows less the deleted ones (the deletedAt index holds only those), nothing read. */
    count: async () => (await table.count()) - (await table.where('deletedAt').above('').count()),

    /**
     * How many live records have an indexed value in [lower, upper] (or [lower, upper) when
     * `includeUpper` is false), counted by the database: no record or key is read, except the few
     * deleted ones. Works for compound indexes ('[status+deadline]') with array bounds.
     */
    async countBetween(index: string, lower: IndexableType, upper: IndexableType, includeUpper = true): Promise<number> {
      const [total, deleted] = await Promise.all([
        table.where(index).between(lower, upper, true, includeUpper).count(),
        table.where('deletedAt').above('').toArray(),
      ]);
      const inRange = (key: unknown) => {
        try {
          return cmp(key, lower) >= 0 && (includeUpper ? cmp(key, upper) <= 0 : cmp(key, upper) < 0);
        } catch {
          return false; // not a valid key (e.g. null): not in the index either
        }
      };
      const fields = index.replace(/^\[|\]$/g, '').split('+');
      const keysOf = (r: R): unknown[] => {
        const values = fields.map((f) => (r as Record<string, unknown>)[f]);
        if (fields.length > 1) return [values];
        return Array.isArray(values[0]) ? values[0] : values;
      };
      return total - deleted.filter((r) => keysOf(r).some(inRange)).length;
    },

    /** The live records last by an index clear of encryption (the newest visits by date), the last first. */
    async latest(index: string, limit: number): Promise<R[]> {
      return decodeAll(await table.orderBy(index).reverse().filter((r) => !r.deletedAt).limit(limit).toArray());
    },

    /** Records (deleted ones too) written at or after a moment: how an in-memory index catches up. */
    changedSince: async (updatedAt: string): Promise<R[]> =>
      decodeAll(await table.where('updatedAt').aboveOrEqual(updatedAt).toArray()),

    /** How many rows the table holds, deleted ones too (lets a cache see a write it missed). */
    countAll: () => table.count(),
  };
}

export type Repository<S extends z.ZodType, R extends RecordMeta> = ReturnType<typeof createRepository<S, R>>;
