import { canonicalJson } from '../backup/canonical';

// How two versions of one record (same id) are ordered. A total order, so merging is the same in
// any order and any grouping (the result is simply the greatest version seen): a deletion
// (tombstone) beats any live version, so a deleted record never comes back; then the newer
// updatedAt; then the device id of who changed it last; then the content itself.

export interface Versioned {
  id?: unknown;
  updatedAt?: unknown;
  createdAt?: unknown;
  deletedAt?: unknown;
  origin?: { deviceId?: string; name?: string };
  editedBy?: { deviceId?: string; name?: string };
  [key: string]: unknown;
}

/** The device that wrote this version: the last editor, else the recorder. */
export const editorOf = (r: Versioned): string => r.editedBy?.deviceId ?? r.origin?.deviceId ?? '';
export const editorNameOf = (r: Versioned): string => r.editedBy?.name || r.origin?.name || '';

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** > 0 when `a` wins over `b`, 0 only when they are the same version. */
export function compareVersions(a: Versioned, b: Versioned): number {
  return (
    Number(!!a.deletedAt) - Number(!!b.deletedAt) ||
    cmp(String(a.updatedAt ?? ''), String(b.updatedAt ?? '')) ||
    cmp(editorOf(a), editorOf(b)) ||
    cmp(canonicalJson(a), canonicalJson(b))
  );
}

export const sameVersion = (a: Versioned, b: Versioned) => canonicalJson(a) === canonicalJson(b);
export const newerOf = <T extends Versioned>(a: T, b: T): T => (compareVersions(a, b) >= 0 ? a : b);

/**
 * Two people changed the same record: the loser was itself an edit (not the first recording),
 * by another device than the winner's, and neither side is a deletion.
 */
export function isConflict(loser: Versioned, winner: Versioned): boolean {
  return !loser.deletedAt && !winner.deletedAt && loser.updatedAt !== loser.createdAt &&
    editorOf(loser) !== editorOf(winner) && !sameVersion(loser, winner);
}
