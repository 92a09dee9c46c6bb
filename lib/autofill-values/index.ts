// lib/autofill-values: the product's records as form values by field key (with the source of each,
// shown before filling), and the reverse: fields read from a page as a new issue or visit draft.
export { FIELD_KEYS, FIELD_KEY_NAMES, type FieldKey } from './keys';
export {
  buildFillValues, recordTitle, toFillValues, withFixedValues,
  type ChosenRecord, type FillValues, type SourcedValue, type SourcedValues,
} from './values';
export { loadChosenRecord, searchRecords, type RecordKind, type RecordOption, type RecordRef } from './records';
export { captureIssueDraft, captureVisitDraft, type CaptureContext, type CapturedField } from './capture';
export { formatDateZh, parseLooseDate } from './dates';
