import type { z } from 'zod';
import { derivePassphraseKey, openBytes, verifierMatches } from '../crypto/passphrase';
import { sha256Hex, utf8 } from '../crypto/bytes';
import { formatZodError } from '../schema';
import { canonicalJson } from './canonical';
import { BackupError } from './errors';
import {
  BACKUP_FORMAT, BACKUP_FORMAT_VERSION, CURRENT_SCHEMA_VERSION, Content, Encryption, Envelope, GenericRecord, LOCAL_TABLES,
  Manifest, RECORD_SCHEMAS, type BackupTables,
} from './format';
import type { OnProgress } from './progress';

export const MAX_BACKUP_BYTES = 500 * 1024 * 1024;

export interface ParsedBackup {
  manifest: Manifest;
  tables: BackupTables;
}

export interface ParseOptions {
  passphrase?: string;
  /** Tables the database has: anything else in the file is refused. */
  knownTables?: readonly string[];
  onProgress?: OnProgress;
}

const TABLE_LABELS: Record<string, string> = {
  topics: '调研课题', households: '联系户', visits: '走访记录', issues: '问题清单', profile: '我的信息', settings: '设置',
};

/**
 * Reads and checks a whole backup file without touching the database. Every problem is a
 * BackupError with a Chinese message; only a file that passes every check is returned.
 */
export async function parseBackup(input: Blob | string, options: ParseOptions = {}): Promise<ParsedBackup> {
  const text = await readText(input);
  const envelope = parseEnvelope(text);
  const manifest = Manifest.safeParse(envelope.manifest);
  if (!manifest.success) throw new BackupError('badManifest');
  if (manifest.data.schemaVersion > CURRENT_SCHEMA_VERSION) {
    throw new BackupError('futureSchema', `备份为第${manifest.data.schemaVersion}版，本机为第${CURRENT_SCHEMA_VERSION}版`);
  }
  const contentText = manifest.data.encrypted
    ? await decryptContent(envelope, manifest.data, options)
    : canonicalJson(envelope.content ?? null);
  if ((await sha256Hex(contentText)) !== manifest.data.sha256) throw new BackupError('tampered');
  const tables = checkContent(JSON.parse(contentText), manifest.data, options);
  return { manifest: manifest.data, tables };
}

async function readText(input: Blob | string): Promise<string> {
  if (typeof input !== 'string') {
    if (input.size === 0) throw new BackupError('empty');
    if (input.size > MAX_BACKUP_BYTES) throw new BackupError('tooLarge');
  }
  let text: string;
  try {
    text = typeof input === 'string' ? input : new TextDecoder('utf-8', { fatal: true }).decode(await input.arrayBuffer());
  } catch {
    throw new BackupError('notText');
  }
  text = text.replace(/^\uFEFF/, '').trim();
  if (!text) throw new BackupError('empty');
  return text;
}

function parseEnvelope(text: string) {
  const ours = text.startsWith(`{"format":"${BACKUP_FORMAT}"`);
  if (!text.startsWith('{') && !text.startsWith('[')) throw new BackupError('notJson');
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    if (ours) throw new BackupError(text.endsWith('}') ? 'tampered' : 'truncated');
    throw new BackupError('notJson');
  }
  const envelope = Envelope.safeParse(raw);
  if (!envelope.success) throw new BackupError('wrongFile');
  const { formatVersion } = envelope.data;
  if (formatVersion > BACKUP_FORMAT_VERSION) throw new BackupError('futureVersion', `格式第${formatVersion}版`);
  if (formatVersion !== BACKUP_FORMAT_VERSION) throw new BackupError('wrongVersion', `格式第${formatVersion}版`);
  return envelope.data;
}

async function decryptContent(envelope: z.infer<typeof Envelope>, manifest: Manifest, options: ParseOptions): Promise<string> {
  const encryption = Encryption.safeParse(envelope.encryption);
  if (!encryption.success || typeof envelope.ciphertext !== 'string') throw new BackupError('badManifest');
  if (!options.passphrase) throw new BackupError('needPassphrase');
  options.onProgress?.({ phase: '解密', done: 0, total: 1 });
  const { key, verifier } = await derivePassphraseKey(options.passphrase, encryption.data);
  if (!verifierMatches(encryption.data.verifier, verifier)) throw new BackupError('wrongPassphrase');
  try {
    const plain = await openBytes(key, { iv: encryption.data.iv, data: envelope.ciphertext }, utf8(canonicalJson(manifest)));
    options.onProgress?.({ phase: '解密', done: 1, total: 1 });
    return new TextDecoder('utf-8', { fatal: true }).decode(plain);
  } catch {
    throw new BackupError('tampered');
  }
}

/** Shape, counts, every record against today's schema, and unique ids: all before any write. */
function checkContent(raw: unknown, manifest: Manifest, options: ParseOptions): BackupTables {
  const content = Content.safeParse(raw);
  if (!content.success) throw new BackupError('wrongFile');
  const names = Object.keys(content.data.tables);
  const counted = Object.keys(manifest.counts);
  if (names.length !== counted.length || names.some((n) => manifest.counts[n] !== content.data.tables[n].length)) {
    throw new BackupError('counts');
  }
  const known = options.knownTables;
  const unknown = names.find((n) => LOCAL_TABLES.has(n) || (known && !known.includes(n)));
  if (unknown) throw new BackupError('unknownTable', unknown);

  const total = names.reduce((sum, n) => sum + content.data.tables[n].length, 0);
  let done = 0;
  const tables: BackupTables = {};
  for (const name of names) {
    const schema = RECORD_SCHEMAS[name] ?? GenericRecord;
    const label = TABLE_LABELS[name] ?? name;
    const seen = new Set<string>();
    tables[name] = content.data.tables[name].map((row, i) => {
      const parsed = schema.safeParse(row);
      if (!parsed.success) throw new BackupError('badRecord', `${label}第${i + 1}条：${formatZodError(parsed.error)}`);
      const record = parsed.data as Record<string, unknown>;
      const id = String(record.id);
      if (seen.has(id)) throw new BackupError('duplicateId', `${label}中编号 ${id} 出现了不止一次`);
      seen.add(id);
      if (++done % 5000 === 0) options.onProgress?.({ phase: '校验', done, total });
      return record;
    });
  }
  options.onProgress?.({ phase: '校验', done: total, total });
  return tables;
}
