import type { Store } from '../db';
import { sealBytes, derivePassphraseKey, newKdfParams, type KdfParams } from '../crypto/passphrase';
import { sha256Hex, utf8 } from '../crypto/bytes';
import { Settings } from '../schema';
import { canonicalJson } from './canonical';
import {
  APP_VERSION, BACKUP_FORMAT, BACKUP_FORMAT_VERSION, CURRENT_SCHEMA_VERSION, LOCAL_SETTINGS,
  type BackupScope, type BackupTables, type Manifest,
} from './format';
import { progressCounter, type OnProgress } from './progress';
import { backupTables, readAll } from './rows';

export interface BackupOptions {
  /** Everything (default), or one topic with the records around it. */
  topicId?: string;
  /** Encrypts the file (PBKDF2-SHA256 + AES-GCM); without it the file is readable JSON. */
  passphrase?: string;
  /** Team packages (汇总): records without an origin get the exporter's. */
  stampOrigin?: boolean;
  onProgress?: OnProgress;
  /** Tests lower the key derivation cost; real files always use the default. */
  kdf?: KdfParams;
}

export interface Backup {
  text: string;
  manifest: Manifest;
  fileName: string;
}

/** Builds the backup file's text. Unencrypted, the same data always gives the same bytes. */
export async function createBackup(store: Store, options: BackupOptions = {}): Promise<Backup> {
  let tables = await readTables(store, options.onProgress);
  const exporter = await exporterOf(store);
  let scope: BackupScope = { kind: 'all' };
  if (options.topicId) ({ tables, scope } = onlyTopic(tables, options.topicId));
  if (options.stampOrigin) tables = stampOrigin(tables, exporter);

  const contentText = canonicalJson({ tables });
  const manifest: Manifest = {
    app: 'footsteps', appVersion: APP_VERSION, schemaVersion: CURRENT_SCHEMA_VERSION, scope, exporter,
    counts: Object.fromEntries(Object.entries(tables).map(([name, rows]) => [name, rows.length])),
    sha256: await sha256Hex(contentText),
    dataAsOf: newestUpdate(tables),
    encrypted: !!options.passphrase,
  };
  const head = `{"format":"${BACKUP_FORMAT}","formatVersion":${BACKUP_FORMAT_VERSION},"manifest":${canonicalJson(manifest)}`;
  const text = options.passphrase
    ? `${head},${await encryptContent(contentText, manifest, options.passphrase, options.kdf ?? newKdfParams(), options.onProgress)}}\n`
    : `${head},"content":${contentText}}\n`;
  return { text, manifest, fileName: fileNameOf(manifest) };
}

async function readTables(store: Store, onProgress?: OnProgress): Promise<BackupTables> {
  const tables = backupTables(store);
  const total = (await Promise.all(tables.map((t) => t.count()))).reduce((a, b) => a + b, 0);
  const tick = progressCounter('读取', total, onProgress);
  const result: BackupTables = {};
  const codec = store.codec();
  for (const table of tables) result[table.name] = (await readAll(table, tick)).map((r) => codec.decode(table.name, r));
  result.settings = [deviceNeutralSettings(result.settings?.[0])];
  return result;
}

/** Settings travel without this device's own keys, always as one normalised row. */
function deviceNeutralSettings(row: unknown) {
  const settings: Record<string, unknown> = { ...Settings.parse(row ?? {}) };
  for (const key of LOCAL_SETTINGS) delete settings[key];
  return settings;
}

async function exporterOf(store: Store) {
  const [settings, profile] = await Promise.all([store.getSettings(), store.getProfile()]);
  return { deviceId: settings.deviceId || 'unknown-device', name: profile?.name ?? '' };
}

const asStrings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

/** One topic: the topic, its visits and issues, the households they name, its report drafts. */
function onlyTopic(tables: BackupTables, topicId: string): { tables: BackupTables; scope: BackupScope } {
  const topic = tables.topics?.find((t) => t.id === topicId);
  if (!topic) throw new Error('找不到这个课题，无法单独导出。');
  const visits = (tables.visits ?? []).filter((v) => asStrings(v.topicIds).includes(topicId));
  const visitIds = new Set(visits.map((v) => v.id));
  const issues = (tables.issues ?? []).filter((i) => asStrings(i.topicIds).includes(topicId) || visitIds.has(i.visitId as string));
  const householdIds = new Set([
    ...visits.flatMap((v) => asStrings(v.householdIds)),
    ...issues.map((i) => (i.raisedBy as { householdId?: string } | undefined)?.householdId).filter(Boolean),
  ]);
  return {
    scope: { kind: 'topic', topicId, title: String(topic.title) },
    tables: {
      topics: [topic], visits, issues,
      households: (tables.households ?? []).filter((h) => householdIds.has(h.id as string)),
      reportDrafts: (tables.reportDrafts ?? []).filter((d) => d.topicId === topicId),
    },
  };
}

const RECORD_TABLES = ['topics', 'households', 'visits', 'issues'];

function stampOrigin(tables: BackupTables, exporter: Manifest['exporter']): BackupTables {
  const stamped = { ...tables };
  for (const name of RECORD_TABLES) stamped[name] = (tables[name] ?? []).map((r) => (r.origin ? r : { ...r, origin: exporter }));
  return stamped;
}

function newestUpdate(tables: BackupTables): string | null {
  let newest: string | null = null;
  for (const rows of Object.values(tables)) {
    for (const r of rows) if (typeof r.updatedAt === 'string' && (!newest || r.updatedAt > newest)) newest = r.updatedAt;
  }
  return newest;
}

/** The manifest is the cipher's additional data: changing a count or the hash breaks decryption. */
async function encryptContent(contentText: string, manifest: Manifest, passphrase: string, kdf: KdfParams, onProgress?: OnProgress) {
  onProgress?.({ phase: '加密', done: 0, total: 1 });
  const { key, verifier } = await derivePassphraseKey(passphrase, kdf);
  const sealed = await sealBytes(key, utf8(contentText), utf8(canonicalJson(manifest)));
  onProgress?.({ phase: '加密', done: 1, total: 1 });
  const encryption = { ...kdf, verifier, cipher: 'AES-GCM', iv: sealed.iv };
  return `"encryption":${canonicalJson(encryption)},"ciphertext":"${sealed.data}"`;
}

function fileNameOf(manifest: Manifest): string {
  const day = (manifest.dataAsOf ?? new Date().toISOString()).slice(0, 10);
  const what = manifest.scope.kind === 'topic' ? `课题-${manifest.scope.title.slice(0, 20)}` : '全部数据';
  const who = manifest.exporter.name ? `-${manifest.exporter.name}` : '';
  return `脚步备份-${what}${who}-${day}${manifest.encrypted ? '-加密' : ''}.json`;
}
