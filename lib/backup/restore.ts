import type { Transaction } from 'dexie';
import type { Store } from '../db';
import { mergeTablesIn, type MergeSummary } from '../merge/apply';
import { BackupError } from './errors';
import { LOCAL_SETTINGS, type BackupTables } from './format';
import { parseBackup, type ParsedBackup } from './parse';
import { progressCounter, type OnProgress } from './progress';
import { backupTables, writeAll } from './rows';
import { takeSnapshotIn } from './snapshot';

export type RestoreMode = 'replace' | 'merge';

export interface RestoreOptions {
  /** 替换全部: the workspace becomes the backup. 合并: records merge by id (newer wins). */
  mode: RestoreMode;
  passphrase?: string;
  onProgress?: OnProgress;
}

export interface RestoreResult {
  parsed: ParsedBackup;
  snapshotId: string;
  merge?: MergeSummary;
}

/**
 * Checks the whole file first (nothing is written for a refused file), then, in one
 * transaction: a safety snapshot, and the restore itself. All or nothing.
 */
export async function restoreBackup(store: Store, input: Blob | string, options: RestoreOptions): Promise<RestoreResult> {
  const knownTables = backupTables(store).map((t) => t.name);
  const parsed = await parseBackup(input, { passphrase: options.passphrase, knownTables, onProgress: options.onProgress });
  if (options.mode === 'replace' && parsed.manifest.scope.kind !== 'all') throw new BackupError('topicReplace');
  return writeBackup(store, parsed, options);
}

/** Writes an already checked backup: used by restore and by team consolidation. */
export async function writeBackup(store: Store, parsed: ParsedBackup, options: Pick<RestoreOptions, 'mode' | 'onProgress'>): Promise<RestoreResult> {
  const db = store.database;
  const tables = [...backupTables(store), db.snapshots, db.conflicts];
  return db.transaction('rw', tables, async (tx) => {
    const snapshot = await takeSnapshotIn(tx, options.mode === 'replace' ? '恢复备份（替换全部）之前' : '导入合并之前');
    if (options.mode === 'merge') {
      const merge = await mergeTablesIn(store, parsed.tables, options.onProgress);
      return { parsed, snapshotId: snapshot.id, merge };
    }
    await replaceAllIn(tx, store, parsed.tables, options.onProgress);
    return { parsed, snapshotId: snapshot.id };
  });
}

async function replaceAllIn(tx: Transaction, store: Store, tables: BackupTables, onProgress?: OnProgress) {
  const db = store.database;
  const current = (await db.settings.get('settings')) as Record<string, unknown> | undefined;
  const total = Object.values(tables).reduce((sum, rows) => sum + rows.length, 0);
  const tick = progressCounter('写入', total, onProgress);
  for (const table of [...backupTables(store), db.conflicts]) await table.clear();
  for (const [name, rows] of Object.entries(tables)) {
    const toWrite = name === 'settings' ? rows.map((r) => keepLocalSettings(r, current)) : rows;
    await writeAll(tx.table(name), toWrite.map((r) => store.codec().encode(name, r)), tick);
  }
}

/** A restore never takes another device's id or backup time. */
function keepLocalSettings(row: Record<string, unknown>, current: Record<string, unknown> | undefined) {
  const kept: Record<string, unknown> = { ...row };
  for (const key of LOCAL_SETTINGS) if (current?.[key] !== undefined) kept[key] = current[key];
  return kept;
}
