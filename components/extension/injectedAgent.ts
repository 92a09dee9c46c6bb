// Runs INSIDE the government page (MAIN world, every frame), injected on the user's action only.
// It wraps lib/autofill and keeps what must stay in the page: the fills it can undo, the highlights.
// Everything it returns is plain data (checked with lib/messages' Agent* schemas by the extension).
import { detectFields, fillFields, normalizeLabel, readFields, type DetectedField, type FieldOverride, type FillReport, type FillValues } from '@/lib/autofill';
import { FIELD_KEY_NAMES } from '@/lib/autofill-values';
import type { AgentCapture, AgentField, AgentFillReport, AgentPage, AgentPick, AgentUndo } from '@/lib/messages';
import { startPicking, type Picking } from './fieldPicker';

export interface AutofillAgent {
  page(overrides: FieldOverride[]): AgentPage;
  fill(values: FillValues, overrides: FieldOverride[]): Promise<AgentFillReport>;
  undo(): Promise<AgentUndo>;
  read(): AgentCapture;
  /** Scrolls to a field of the last description and flashes it, so the user sees which one a row means. */
  locate(ref: string): boolean;
  /** 在页面上选取字段: the user points at a field and clicks it (null: Esc or cancelled). */
  pick(overrides: FieldOverride[]): Promise<AgentPick>;
  /** Ends a pick in progress (the panel closed, or another frame was picked); the layer is removed. */
  cancelPick(): boolean;
}

declare global {
  interface Window {
    __footstepsAutofill?: AutofillAgent | null;
  }
}

/** A frame whose parent we can reach is covered by that parent's agent (the engine descends into it). */
function ownsDocument(): boolean {
  try {
    return window === window.top || !window.parent.document;
  } catch {
    return true;
  }
}

const HIGHLIGHT_OUTLINE = '2px solid #52c41a';

/** Green outlines on what was filled, each element's own outline kept to put back. */
class Highlights {
  private marked: { element: HTMLElement; outline: string; offset: string }[] = [];
  add(element: HTMLElement) {
    this.marked.push({ element, outline: element.style.outline, offset: element.style.outlineOffset });
    element.style.outline = HIGHLIGHT_OUTLINE;
    element.style.outlineOffset = '1px';
    element.dataset.footstepsFilled = '';
  }
  clear() {
    for (const { element, outline, offset } of this.marked.reverse()) {
      element.style.outline = outline;
      element.style.outlineOffset = offset;
      delete element.dataset.footstepsFilled;
    }
    this.marked = [];
  }
}

function summarise(report: FillReport): AgentFillReport {
  return {
    filled: report.filled.map(({ key, label, value }) => ({ key, label, value })),
    skipped: report.skipped.map(({ key, label, reason }) => ({ key: key ?? null, label: label ?? (key ? FIELD_KEY_NAMES[key] : ''), reason })),
  };
}

const toAgentField = (field: DetectedField, i: number): AgentField => ({
  ref: String(i), key: field.key, label: field.label, confidence: field.confidence, section: field.section,
  selector: field.selector, fromTemplate: field.labelSource === 'template', reason: field.reason, valueKeys: field.valueKeys,
});

/** The picker's tag on a field: 紧急联系人电话 · 未识别, 户主姓名 · 居民姓名（模板）. */
const pickTag = (field: AgentField): string =>
  `${normalizeLabel(field.label) || '（无标签）'} · ${field.key ? FIELD_KEY_NAMES[field.key] : '未识别'}${field.fromTemplate ? '（模板）' : ''}`;

/** chrome.scripting drops null members of the objects it passes in: a "never fill" correction comes without its key. */
const received = (overrides: FieldOverride[]): FieldOverride[] => overrides.map(({ selector, key }) => ({ selector, key: key ?? null }));

function createAgent(): AutofillAgent {
  const fills: FillReport[] = [];
  let lastFill: AgentFillReport | null = null;
  const highlights = new Highlights();
  let described: HTMLElement[] = [];
  let picking: Picking | null = null;
  /** Detects the page's fields; refs are indexes into this latest description (locate, pick). */
  const describe = (overrides: FieldOverride[]) => {
    const detected = detectFields(document, { overrides: received(overrides) });
    described = detected.map((field) => field.element);
    return detected.map(toAgentField);
  };
  return {
    page(overrides) {
      return { url: location.href, title: document.title, fields: describe(overrides), lastFill };
    },
    async fill(values, overrides) {
      const report = await fillFields(document, values, { overrides: received(overrides) });
      fills.push(report);
      for (const field of report.filled) highlights.add(field.element);
      lastFill = summarise(report);
      return lastFill;
    },
    async undo() {
      let restored = 0;
      // Newest first, so a field filled twice ends as it was before the first fill.
      for (const report of fills.splice(0).reverse()) restored += (await report.undo()).restored;
      highlights.clear();
      lastFill = null;
      return { restored };
    },
    read() {
      const fields = Object.entries(readFields(document)).map(([key, value]) => ({
        key: key as keyof typeof FIELD_KEY_NAMES, label: FIELD_KEY_NAMES[key as keyof typeof FIELD_KEY_NAMES], value: value!,
      }));
      return { url: location.href, title: document.title, fields };
    },
    locate(ref) {
      const element = described[Number(ref)];
      if (!element?.isConnected) return false;
      element.scrollIntoView({ block: 'center' });
      const shadow = element.style.boxShadow;
      element.style.boxShadow = '0 0 0 4px rgba(192, 57, 43, 0.6)';
      setTimeout(() => { element.style.boxShadow = shadow; }, 1500);
      return true;
    },
    async pick(overrides) {
      picking?.cancel();
      const fields = describe(overrides);
      const current = startPicking(document, fields.map((field, i) => ({ element: described[i], tag: pickTag(field) })));
      picking = current;
      const index = await current.result;
      if (picking === current) picking = null;
      return { field: index === null ? null : fields[index] };
    },
    cancelPick() {
      picking?.cancel();
      return true;
    },
  };
}

/** Installs the agent once per frame; a frame covered by its parent gets none (null). */
export function installAgent(): void {
  if (window.__footstepsAutofill !== undefined) return;
  window.__footstepsAutofill = ownsDocument() ? createAgent() : null;
}
