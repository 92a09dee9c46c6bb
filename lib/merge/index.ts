// lib/merge: team consolidation (汇总). Members export packages; the leader merges them by id.
export { compareVersions, editorOf, editorNameOf, isConflict, sameVersion, type Versioned } from './rules';
export { mergeTablesIn, type ConflictCandidate, type MergeSummary } from './apply';
export { listConflicts, keepCurrent, adoptVersion, type Conflict } from './conflicts';
export { exportPackage, importPackages, type PackageFile, type PackageResult } from './packages';
export { deviceOrigin } from './device';
