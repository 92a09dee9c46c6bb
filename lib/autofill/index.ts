/**
 * Autofill engine (自动填写引擎): finds the fields of a government web form, classifies them by key
 * (FIELDS.md), fills them through the page's own frameworks, reads them back, and undoes a fill.
 * Pure DOM: no extension APIs; runs in any page, in tests, and bundled into the extension.
 */
import { detect, type DetectedField, type DetectOptions } from './detect';

export { FIELD_KEYS, FieldKey, FillValues, LIST_KEYS, DATE_KEYS } from './keys';
export type { DetectedField, DetectOptions } from './detect';
export type { FieldKind } from './widgets';
export { fillFields, undoFill } from './fill';
export type { FillOptions, FillReport, FilledField, SkippedField, UndoReport } from './fill';
export { readFields } from './read';
export type { ReadValues } from './read';
export { FieldSelector, FieldOverride } from './selector';
export { classifyLabel } from './classify';
export type { Classification, LabelContext } from './classify';
export { normalizeLabel } from './text';

/** Every field of the page (nested same-origin iframes and open shadow roots too), classified by key. */
export function detectFields(root: Document, options: DetectOptions = {}): DetectedField[] {
  return detect(root, options);
}
