import type { Store } from '../db';
import { Household, IssueItem, Topic, Visit, ValidationError, parseOrThrow } from '../schema';
import type { ReportData } from './scope';

/** Every live record a report may draw on, read in one go from the store. */
export async function loadReportData(store: Store): Promise<ReportData> {
  const [topics, households, visits, issues] = await Promise.all([
    store.topics.list(), store.households.list(), store.visits.list(), store.issues.list(),
  ]);
  return { topics, households, visits, issues };
}

/**
 * The records of a file: a backup made by 数据安全 (lib/backup, checked and decrypted there), or a
 * plain JSON object { topics, households, visits, issues }. Every record is validated.
 */
export async function parseReportData(text: string, options: { passphrase?: string } = {}): Promise<ReportData> {
  let tables: Record<string, unknown>;
  if (text.trimStart().startsWith('{"format":"footsteps-backup"')) {
    const { parseBackup } = await import('../backup');
    tables = (await parseBackup(text, { passphrase: options.passphrase })).tables;
  } else {
    try {
      tables = JSON.parse(text) as Record<string, unknown>;
    } catch {
      throw new ValidationError('文件不是有效的 JSON，请选择脚步导出的备份文件');
    }
    if (typeof tables !== 'object' || tables === null || !['topics', 'visits', 'issues'].some((k) => Array.isArray(tables[k]))) {
      throw new ValidationError('文件中没有调研课题、走访记录或问题清单');
    }
  }
  const rows = (name: string) => (Array.isArray(tables[name]) ? (tables[name] as unknown[]) : []);
  return {
    topics: rows('topics').map((r) => parseOrThrow(Topic, r)),
    households: rows('households').map((r) => parseOrThrow(Household, r)),
    visits: rows('visits').map((r) => parseOrThrow(Visit, r)),
    issues: rows('issues').map((r) => parseOrThrow(IssueItem, r)),
  };
}
