import { declaredDateFormat, formatDate, formatIn, pageDateFormat } from './dates';
import { detect, type Field } from './detect';
import { CHOICE_KINDS } from './field';
import { settle } from './dom';
import { DATE_KEYS, FieldKey, LIST_KEYS, type FillValues } from './keys';
import type { FieldOverride } from './selector';
import { normalizeText, textOf } from './text';
import { pickOption } from './widgets';

export interface FillOptions {
  /** Replace what is already in a field (default false: never overwrite what the user typed). */
  overwrite?: boolean;
  /** Template corrections, applied before the heuristics. */
  overrides?: FieldOverride[];
  /** Longest single wait (a dropdown to open, a cascaded list to load), in ms. Default 3000. */
  timeoutMs?: number;
}

/** One field the fill changed (已填写). */
export interface FilledField {
  key: FieldKey;
  label: string;
  element: HTMLElement;
  value: string | string[];
  previous: string | string[];
  /** The page flagged the value (its own validation message), though the value is in. */
  warning?: string;
}

/** A value or a field that was not filled, and why (Chinese). */
export interface SkippedField {
  key?: FieldKey;
  label?: string;
  element?: HTMLElement;
  reason: string;
}

export interface UndoReport {
  restored: number;
  failed: { label: string; reason: string }[];
}

export interface FillReport {
  filled: FilledField[];
  skipped: SkippedField[];
  /** Puts every changed field back as it was (the framework's model included). */
  undo(): Promise<UndoReport>;
}

const same = (a: string, b: string) => normalizeText(a) === normalizeText(b);

const ERROR_ITEM = '.is-error, .ant-form-item-has-error, .ivu-form-item-error, .has-error, .layui-form-danger, .n-form-item-blank--error';
const ERROR_TEXT = '.el-form-item__error, .ant-form-item-explain-error, .ivu-form-item-error-tip, .help-block, .invalid-feedback, .n-form-item-feedback--error';
/** Naive UI marks the control's box, not its form item, and draws the message beside the box. */
const ERROR_BOX = '.n-form-item-blank--error';

/** What a field takes: its key's value, a cascader's path of place keys, a date range's two ends. */
function valueOf(field: Field, values: FillValues): string | string[] | undefined {
  if (field.kind === 'cascader') {
    const path = field.valueKeys.map((key) => values[key]).filter((v): v is string => typeof v === 'string' && Boolean(v.trim()));
    return path.length ? path : undefined;
  }
  if (field.kind === 'date-range') {
    const own = values[field.key!];
    if (Array.isArray(own) && own.length === 2) return own;
    const [start, end] = field.valueKeys.map((key) => values[key]);
    return start === undefined && end === undefined ? undefined : [String(start ?? ''), String(end ?? '')];
  }
  return values[field.key!];
}

/** The values a widget takes for one key: lists split for multi-choice, joined for plain text. */
function valuesFor(field: Field, value: string | string[]): string[] {
  if (field.kind === 'cascader' || field.kind === 'date-range') return [value].flat().map((v) => v.trim());
  const list = Array.isArray(value) ? value : value.split(LIST_KEYS.has(field.key!) && field.widget.multiple ? /[、,，;；]/ : /$^/);
  const clean = offered(field, list.map((v) => v.trim()).filter(Boolean));
  if (field.widget.multiple) return clean;
  if (field.kind === 'text' || field.kind === 'textarea' || field.kind === 'richtext') return clean.length ? [clean.join('、')] : [];
  return clean.slice(0, 1);
}

/**
 * A list (the resident's 独居老人、低保户) offered as choices: the items the choices offer, since a form asks only of the
 * categories it lists (困境类型 with 低保户 but no 独居老人 still wants 低保户); all of them when it offers none, to be refused.
 */
function offered(field: Field, list: string[]): string[] {
  if (!LIST_KEYS.has(field.key!) || !CHOICE_KINDS.has(field.kind)) return list;
  const options = field.widget.options();
  const kept = list.filter((item) => pickOption(options, (option) => option, item) !== undefined);
  return kept.length ? kept : list;
}

function isoDigits(text: string): string {
  const m = /(\d{4})\D+(\d{1,2})\D+(\d{1,2})/.exec(text);
  return m ? `${m[1]}${m[2].padStart(2, '0')}${m[3].padStart(2, '0')}` : text.replace(/\D/g, '');
}

/** Reads the field back: is what the page shows what we meant to put there? */
function verified(field: Field, wanted: string[], date: boolean): boolean {
  const got = field.widget.read();
  if (field.kind === 'date-range') return got.length === 2 && wanted.every((w, i) => isoDigits(got[i]).startsWith(isoDigits(w)));
  if (field.kind === 'cascader') {
    // The cascader may start further down the path (社区/网格 only): what it shows is a run of the path.
    const start = wanted.findIndex((w) => same(w, got[0] ?? ''));
    return start >= 0 && got.every((g, i) => same(g, wanted[start + i] ?? ''));
  }
  if (date) return isoDigits(got.join(' ')).startsWith(isoDigits(wanted[0]));
  if (field.kind === 'richtext') return normalizeText(got.join('')).includes(normalizeText(wanted[0]).slice(0, 20));
  const gotSet = got.map(normalizeText);
  const matchesOne = (w: string) => gotSet.some((g) => g === normalizeText(w) || (field.kind !== 'text' && field.kind !== 'textarea' && (g.includes(normalizeText(w)) || normalizeText(w).includes(g))));
  return wanted.every(matchesOne);
}

function pageWarning(field: Field): string | undefined {
  const marked = field.element.closest(ERROR_ITEM);
  if (!marked) return undefined;
  const item = marked.matches(ERROR_BOX) ? marked.parentElement ?? marked : marked;
  return textOf(item.querySelector(ERROR_TEXT)) || '页面提示该项有误，请核对';
}

const shown = (values: string[]) => (values.length > 1 ? values : values[0] ?? '');

/**
 * The box of a dropdown this engine does not drive (TDesign, Naive UI, Arco), readonly or a search box to filter its
 * list: its text is only what the dropdown shows or filters by, not what the page submits; typing into it would look
 * filled and change nothing.
 */
const UNDRIVEN_SELECT = '.t-select, .n-select, .n-base-selection, .arco-select';
const isUndrivenSelect = (field: Field) => field.kind === 'text' && !!field.control.closest(UNDRIVEN_SELECT);

/**
 * A box one types into (no date picker). A readonly one opens a picker of its own (vant's), so does one whose prompt
 * says it is chosen (点击选择日期): pickers say no format and take ISO.
 */
const isFreeText = (field: Field) => {
  const control = field.control as HTMLInputElement;
  return field.kind === 'text' && !control.readOnly && !/选择/.test(control.placeholder);
};

/**
 * A date for a free text box (no date picker): in the format the box, its label's example ("走访日期，如2024年5月8日")
 * or, failing those, the page's other date boxes show; else as 2024-05-08, the format pickers and most systems take and
 * nobody misreads (a box that refuses it shows its own error, and the fill's read-back reports it).
 */
function freeTextDate(field: Field, iso: string): string {
  const control = field.control as HTMLInputElement;
  const format = declaredDateFormat(control) ?? formatIn(field.label) ?? pageDateFormat(control.ownerDocument, control);
  return format ? formatDate(iso, format) : iso;
}

/** Fills one field; returns the filled entry and how to undo it, or a skip. */
async function fillOne(field: Field, value: string | string[], options: Required<Pick<FillOptions, 'overwrite' | 'timeoutMs'>>) {
  const key = field.key!;
  const wanted = valuesFor(field, value);
  const base = { key, label: field.label, element: field.element };
  if (!wanted.length) return { skipped: { ...base, reason: '没有可填的值' } };
  if (field.kind === 'date-range' && wanted.some((end) => !end)) return { skipped: { ...base, reason: '日期范围缺少开始或结束日期' } };
  if (isUndrivenSelect(field)) return { skipped: { ...base, reason: '这种下拉框暂不能自动选择，请手工选择' } };
  const date = DATE_KEYS.has(key);
  if (!field.widget.empty()) {
    if (verified(field, wanted, date)) return { skipped: { ...base, reason: '已是该值' } };
    if (!options.overwrite) return { skipped: { ...base, reason: '已有内容，未覆盖' } };
  }
  const typed = date && isFreeText(field) ? [freeTextDate(field, wanted[0])] : wanted;
  const previous = field.widget.read();
  const restore = field.widget.snapshot();
  const problem = await field.widget.write(typed, { timeoutMs: options.timeoutMs, date: date && typed === wanted });
  if (problem) return { skipped: { ...base, reason: problem } };
  if (!verified(field, wanted, date)) {
    await settle(field.element.ownerDocument);
    if (!verified(field, wanted, date)) {
      await restore();
      return { skipped: { ...base, reason: `填写后核对不一致（页面显示“${field.widget.read().join('、')}”），已还原` } };
    }
  }
  const warning = pageWarning(field);
  return {
    filled: { ...base, value: shown(wanted), previous: shown(previous), ...(warning ? { warning } : {}) },
    restore,
  };
}

/**
 * Fills the page's fields from values by key, in document order (so cascades see their parent's choice).
 * Never throws for a field: what could not be filled is in `skipped` with a Chinese reason.
 */
export async function fillFields(root: Document, values: FillValues, options: FillOptions = {}): Promise<FillReport> {
  const settings = { overwrite: options.overwrite ?? false, timeoutMs: options.timeoutMs ?? 3000 };
  const filled: FilledField[] = [];
  const skipped: SkippedField[] = [];
  const restores: { label: string; restore: () => Promise<boolean> }[] = [];
  const wantedKeys = new Set<FieldKey>();
  for (const key of Object.keys(values)) {
    const parsed = FieldKey.safeParse(key);
    if (parsed.success) wantedKeys.add(parsed.data);
    else skipped.push({ label: key, reason: '未知的字段名' });
  }
  const fields = detect(root, { overrides: options.overrides });
  const placed = new Set<FieldKey>();
  for (const field of fields) {
    if (!field.key) {
      skipped.push({ label: field.label, element: field.element, reason: field.reason ?? '未识别的字段，不自动填写' });
      continue;
    }
    const value = valueOf(field, values);
    if (value === undefined) continue;
    for (const key of field.valueKeys) if (values[key] !== undefined) placed.add(key);
    try {
      const outcome = await fillOne(field, value, settings);
      if (outcome.filled) {
        filled.push(outcome.filled);
        restores.push({ label: field.label, restore: outcome.restore });
      } else skipped.push(outcome.skipped);
    } catch (error) {
      skipped.push({ key: field.key, label: field.label, element: field.element, reason: `填写出错：${(error as Error).message}` });
    }
  }
  for (const key of wantedKeys) if (!placed.has(key)) skipped.push({ key, reason: '页面上没有找到这个字段' });
  const undo = async (): Promise<UndoReport> => {
    const report: UndoReport = { restored: 0, failed: [] };
    for (const { label, restore } of [...restores].reverse()) {
      try {
        if (await restore()) report.restored++;
        else report.failed.push({ label, reason: '没能完全还原，请手工核对' });
      } catch (error) {
        report.failed.push({ label, reason: `还原出错：${(error as Error).message}` });
      }
    }
    restores.length = 0;
    return report;
  };
  return { filled, skipped, undo };
}

/** Undoes a fill (the same as `report.undo()`). */
export function undoFill(report: FillReport): Promise<UndoReport> {
  return report.undo();
}
