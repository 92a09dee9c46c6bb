// lib/import: households and issues from the Excel/CSV 台账 people already keep.
export { readSheets, decodeText, cellText, type Sheet, type SheetRow } from './sheet';
export {
  HOUSEHOLD_FIELDS, ISSUE_FIELDS, IMPORT_KINDS, fieldsOf, guessMapping, guessKind, findHeaderRow, dataRows, normalizeHeader,
  type ImportKind, type ImportField, type ColumnMapping,
} from './fields';
export { planImport, commitImport, plannedCount, normalizeDate, type ImportPlan, type RowProblem, type PlanOptions } from './rows';
export { matchHouseholds, resolveHouseholds, linkIssuesToHouseholds, type RowOutcome } from './match';
