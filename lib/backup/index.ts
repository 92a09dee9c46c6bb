// lib/backup: backup files (备份与恢复), restore, safety snapshots (安全快照), backup reminders.
export { createBackup, type Backup, type BackupOptions } from './export';
export { parseBackup, MAX_BACKUP_BYTES, type ParsedBackup, type ParseOptions } from './parse';
export { restoreBackup, writeBackup, type RestoreMode, type RestoreOptions, type RestoreResult } from './restore';
export { BackupError, BACKUP_ERRORS, type BackupErrorCode } from './errors';
export { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, Manifest, type BackupScope } from './format';
export { listSnapshots, restoreSnapshot, takeSnapshotIn, type Snapshot, type SnapshotSummary } from './snapshot';
export { backupReminder, markBackedUp, type BackupReminder } from './reminder';
export { databaseHash } from './hash';
export { canonicalJson } from './canonical';
export type { Progress, OnProgress } from './progress';
