import type { Store } from '../db';
import { createBackup, type Backup } from '../backup/export';
import { parseBackup, type ParsedBackup } from '../backup/parse';
import { backupTables } from '../backup/rows';
import { takeSnapshotIn } from '../backup/snapshot';
import type { OnProgress } from '../backup/progress';
import { mergeTablesIn, type MergeSummary } from './apply';

/** 汇总包: a member's records (all, or one topic) in the backup format, each stamped with who recorded it. */
export function exportPackage(store: Store, options: { topicId?: string; passphrase?: string; onProgress?: OnProgress } = {}): Promise<Backup> {
  return createBackup(store, { ...options, stampOrigin: true });
}

export interface PackageFile {
  name: string;
  data: Blob | string;
}

export interface PackageResult {
  name: string;
  /** Who exported it. */
  from?: string;
  error?: string;
  summary?: MergeSummary;
}

/**
 * The leader imports many packages at once: each file is checked on its own (a bad one is
 * reported and skipped), then every good one is merged in one transaction after a safety snapshot.
 */
export async function importPackages(
  store: Store, files: readonly PackageFile[], options: { passphrase?: string; onProgress?: OnProgress } = {},
): Promise<PackageResult[]> {
  const knownTables = backupTables(store).map((t) => t.name);
  const checked: { file: PackageFile; parsed?: ParsedBackup; error?: string }[] = [];
  for (const file of files) {
    try {
      checked.push({ file, parsed: await parseBackup(file.data, { passphrase: options.passphrase, knownTables }) });
    } catch (e) {
      checked.push({ file, error: e instanceof Error ? e.message : String(e) });
    }
  }
  const good = checked.filter((c) => c.parsed);
  const db = store.database;
  const summaries = good.length
    ? await db.transaction('rw', [...backupTables(store), db.snapshots, db.conflicts], async (tx) => {
      await takeSnapshotIn(tx, `导入${good.length}个汇总包之前`);
      const done: MergeSummary[] = [];
      for (const c of good) done.push(await mergeTablesIn(store, c.parsed!.tables, options.onProgress));
      return done;
    })
    : [];
  return checked.map((c) => ({
    name: c.file.name,
    from: c.parsed?.manifest.exporter.name || undefined,
    error: c.error,
    summary: c.parsed ? summaries[good.indexOf(c)] : undefined,
  }));
}
