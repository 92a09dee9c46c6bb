import { z } from 'zod';
import { CURRENT_SCHEMA_VERSION } from '../db';
import { Household, IssueItem, Origin, Profile, Settings, Topic, Visit } from '../schema';

/** The format of the file itself; the data's own version is the manifest's schemaVersion. */
export const BACKUP_FORMAT = 'footsteps-backup';
export const BACKUP_FORMAT_VERSION = 1;
export const APP_VERSION = '0.1.0';

/** Tables that belong to this device only and never travel in a backup. */
export const LOCAL_TABLES = new Set(['snapshots', 'conflicts', 'keyring']);
/** Settings that belong to this device: a restore keeps the device's own values. */
export const LOCAL_SETTINGS = ['deviceId', 'lastBackupAt'] as const;

/** Every record is checked with today's schema before anything is written. */
export const RECORD_SCHEMAS: Record<string, z.ZodType> = {
  topics: Topic, households: Household, visits: Visit, issues: IssueItem,
  profile: Profile, settings: Settings.omit({ deviceId: true, lastBackupAt: true }),
};
/** Tables other parts of the product own: any object with a string id. */
export const GenericRecord = z.looseObject({ id: z.string().min(1) });

export const BackupScope = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('all') }),
  z.object({ kind: z.literal('topic'), topicId: z.string(), title: z.string() }),
]);
export type BackupScope = z.infer<typeof BackupScope>;

export const Manifest = z.object({
  app: z.literal('footsteps'),
  appVersion: z.string(),
  schemaVersion: z.number().int().min(1),
  scope: BackupScope,
  /** Who exported it: the member's device and name, for team consolidation (汇总). */
  exporter: Origin,
  counts: z.record(z.string(), z.number().int().min(0)),
  /** SHA-256 (hex) of the canonical content text. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** The newest updatedAt in the content: stable, unlike an export time. */
  dataAsOf: z.string().nullable(),
  encrypted: z.boolean(),
});
export type Manifest = z.infer<typeof Manifest>;

export const Encryption = z.object({
  kdf: z.literal('PBKDF2-SHA256'),
  iterations: z.number().int().min(100_000).max(10_000_000),
  salt: z.string().min(16),
  verifier: z.string().min(16),
  cipher: z.literal('AES-GCM'),
  iv: z.string().min(16),
});

export const Envelope = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.number().int(),
  manifest: z.unknown(),
  content: z.unknown().optional(),
  encryption: z.unknown().optional(),
  ciphertext: z.string().optional(),
});

/** The content: rows per table, each table in primary-key order. */
export const Content = z.object({ tables: z.record(z.string(), z.array(z.unknown())) });
export type BackupTables = Record<string, Record<string, unknown>[]>;

export { CURRENT_SCHEMA_VERSION };
