import { PLACE_PATH, RANGE_KEYS, type FieldKey } from './keys';
import type { LabelSource } from './labels';
import { takesOnlyNumbers } from './dom';
import { describe, type FieldSelector } from './selector';
import type { FieldKind, Widget } from './widgets';

/** One field found on the page (识别到的字段). */
export interface DetectedField {
  /** What a person sees: the input, the dropdown, the radio group. */
  element: HTMLElement;
  key: FieldKey | null;
  label: string;
  /** 0–1: how sure the key is (exact label 0.95, tolerant 0.7, name attribute 0.6, template 1). */
  confidence: number;
  kind: FieldKind;
  /** native, layui, element, antd, iview, select2, my97, wangeditor, iframe-editor … */
  framework: string;
  /** The nearest section heading, e.g. 填报人信息. */
  section: string;
  /** Indexes of the iframes that lead to the field's document ([] for the top page). */
  framePath: number[];
  labelSource: LabelSource | 'name' | 'template' | null;
  /** Why the field has no key (Chinese). */
  reason?: string;
  /** The keys whose values it takes: [key], a cascader's place path, a date range's start and end. */
  valueKeys: FieldKey[];
  /** A serialisable address of the field, for templates. */
  selector: FieldSelector;
}

/** A detected field with its widget, for filling and reading (internal to lib/autofill). */
export interface Field extends DetectedField {
  control: HTMLElement;
  widget: Widget;
}

/** Kinds that offer choices (选项): their key may come from their options, and a written text never fits them. */
export const CHOICE_KINDS: ReadonlySet<FieldKind> = new Set(['select', 'radio', 'checkbox', 'custom-select']);
/** Kinds that take a long text (an account, a description): a one-line box asks for less. */
export const LONG_TEXT_KINDS: ReadonlySet<FieldKind> = new Set(['textarea', 'richtext']);

export function valueKeysOf(kind: FieldKind, key: FieldKey | null): FieldKey[] {
  if (!key) return [];
  if (kind === 'cascader') return [...PLACE_PATH];
  if (kind === 'date-range') return [...(RANGE_KEYS[key] ?? [key])];
  return [key];
}

/** A found field; its selector is only built when asked (templates), since it walks the tree. */
export class FoundField implements Field {
  key: FieldKey | null;
  label: string;
  confidence: number;
  kind: FieldKind;
  framework: string;
  element: HTMLElement;
  control: HTMLElement;
  labelSource: Field['labelSource'];
  reason?: string;
  /** The key stands only if the form is not about a resident (see resolveUnsure). */
  unsure: boolean;
  /** A resident key by default only (see resolveGuessedResidents). */
  guessedResident: boolean;
  /** A number box (人数, 进度 %): no pass gives it a text to write. */
  readonly takesOnlyNumbers: boolean;
  /** Its own words say to leave it (与来电号码不同时填写): no pass gives it a key. */
  readonly refusesKeys: boolean;
  /** Its key is the user's word (a site template): no form-level pass changes it. */
  get fromTemplate(): boolean {
    return this.labelSource === 'template';
  }
  /** Which section of which frame it stands in: fields with the same one share a heading (passes compare them). */
  get sectionKey(): string {
    return `${this.framePath.join('/')}|${this.section}`;
  }
  /** No key yet, not from a template, and it takes written text (not a choice): a pass may name what it asks. */
  get openText(): boolean {
    return !this.key && !this.fromTemplate && !CHOICE_KINDS.has(this.kind) && !this.takesOnlyNumbers;
  }
  /**
   * A pass gives it a key: the reason it had none goes. A long box never takes one person's name (see listsPeople), and a
   * box that refuses keys takes none.
   */
  assign(key: FieldKey): void {
    if (this.refusesKeys) return;
    if (listsPeople(this.kind, key)) {
      this.clear(NAME_LIST_REASON);
      return;
    }
    this.key = key;
    delete this.reason;
  }
  /** A pass takes its key away, saying why (Chinese, shown to the user). */
  clear(reason: string): void {
    this.key = null;
    this.reason = reason;
  }
  get valueKeys(): FieldKey[] {
    return valueKeysOf(this.kind, this.key);
  }
  #selector?: FieldSelector;
  constructor(
    readonly widget: Widget,
    found: { key: FieldKey | null; label: string; confidence: number; source: Field['labelSource']; reason?: string; unsure: boolean; guessedResident?: boolean; refusesKeys?: boolean },
    readonly section: string,
    readonly framePath: number[],
  ) {
    this.element = widget.element;
    this.control = widget.control;
    this.kind = widget.kind;
    this.framework = widget.framework;
    const listed = listsPeople(widget.kind, found.key);
    this.key = listed ? null : found.key;
    this.label = found.label;
    this.confidence = Math.round(found.confidence * 100) / 100;
    this.labelSource = found.source;
    const reason = listed ? NAME_LIST_REASON : found.reason;
    if (reason) this.reason = reason;
    this.unsure = found.unsure;
    this.guessedResident = found.guessedResident ?? false;
    this.takesOnlyNumbers = takesOnlyNumbers(widget.control);
    this.refusesKeys = found.refusesKeys ?? false;
  }
  get selector(): FieldSelector {
    return (this.#selector ??= describe(this));
  }
}

/** A long box asked for names (参会群众代表, 姓名（身份）…) lists several people: never the one resident or user of the record. */
const listsPeople = (kind: FieldKind, key: FieldKey | null) => kind === 'textarea' && !!key?.endsWith('.name');
const NAME_LIST_REASON = '这一栏要写好几个人的名单，不自动填写';

/** What a form-level pass may know of the page besides its fields. */
export interface PageFacts {
  /** The page's own name (its title or first heading), e.g. 调研报告报送. */
  headline: string;
}
