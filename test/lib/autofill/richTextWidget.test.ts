// @vitest-environment jsdom
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { richTextWidget } from '../../../lib/autofill/widgets';

/** jsdom has no clipboard events: the two the widget uses, as far as it uses them. */
class FakeDataTransfer {
  private data = new Map<string, string>();
  setData(type: string, value: string) { this.data.set(type, value); }
  getData(type: string) { return this.data.get(type) ?? ''; }
}
class FakeClipboardEvent extends Event {
  readonly clipboardData: FakeDataTransfer | null;
  constructor(type: string, init: EventInit & { clipboardData?: FakeDataTransfer } = {}) {
    super(type, init);
    this.clipboardData = init.clipboardData ?? null;
  }
}
type ClipboardWindow = { DataTransfer?: unknown; ClipboardEvent?: unknown };

/**
 * An editor that keeps its own model of the text and the selection, as Slate does: it takes the DOM selection
 * into its model only `lag` ms after it gets the focus (Slate throttles selectionchange), and answers copy and
 * paste from its model. `copies` says whether a copy tells the model's selection (a real editor does).
 */
function modelEditor(text: string, lag: number, copies = true) {
  document.body.innerHTML = `<div contenteditable="true" tabindex="0"><p>${text}</p></div>`;
  const editable = document.querySelector<HTMLElement>('[contenteditable]')!;
  const model = { text, start: text.length, end: text.length }; // the caret after the text, where the user left it
  editable.addEventListener('focus', () => setTimeout(() => {
    const selection = document.getSelection()!;
    if (selection.rangeCount) Object.assign(model, { start: selection.getRangeAt(0).startOffset, end: selection.getRangeAt(0).endOffset });
  }, lag));
  editable.addEventListener('copy', (event) => {
    event.preventDefault();
    if (copies) (event as FakeClipboardEvent).clipboardData!.setData('text/plain', model.text.slice(model.start, model.end));
  });
  editable.addEventListener('paste', (event) => {
    event.preventDefault();
    const pasted = (event as FakeClipboardEvent).clipboardData!.getData('text/plain');
    model.text = model.text.slice(0, model.start) + pasted + model.text.slice(model.end);
    model.start = model.end = model.start + pasted.length;
    editable.querySelector('p')!.textContent = model.text;
  });
  return { editable, model };
}

/** How the engine asks for a text field. */
const TEXT = { timeoutMs: 3000, date: false };

describe('richTextWidget', () => {
  beforeAll(() => Object.assign(window as ClipboardWindow, { DataTransfer: FakeDataTransfer, ClipboardEvent: FakeClipboardEvent }));
  afterAll(() => {
    delete (window as ClipboardWindow).DataTransfer;
    delete (window as ClipboardWindow).ClipboardEvent;
  });

  it('edits once the editor has taken the selection into its model, so the text is replaced and undo restores it', async () => {
    const { editable, model } = modelEditor('旧的走访内容', 100);
    const widget = richTextWidget(editable);
    const undo = widget.snapshot();
    expect(await widget.write(['了解老人生活情况'], TEXT)).toBeNull();
    // Pasted at the model's old caret, the text would have been added after the old one.
    expect(model.text).toBe('了解老人生活情况');
    expect(await undo()).toBe(true);
    expect(model.text).toBe('旧的走访内容');
  });

  it('empties through the editor\'s own delete when it takes the beforeinput, with no native delete behind its back', async () => {
    const { editable, model } = modelEditor('', 0);
    editable.addEventListener('beforeinput', (event) => {
      if ((event as InputEvent).inputType !== 'deleteContentBackward') return;
      event.preventDefault(); // as Slate does: the delete happens in its model, which then redraws the DOM
      model.text = model.text.slice(0, model.start) + model.text.slice(model.end);
      model.end = model.start;
      editable.querySelector('p')!.textContent = model.text;
    });
    const widget = richTextWidget(editable);
    const undo = widget.snapshot();
    expect(await widget.write(['了解老人生活情况'], TEXT)).toBeNull();
    // jsdom has no editing commands: one that would delete the DOM's selection, as a browser's does.
    const execCommand = vi.fn((command: string) => command === 'delete');
    Object.assign(document, { execCommand });
    try {
      expect(await undo()).toBe(true);
      expect(model.text).toBe('');
      expect(execCommand).not.toHaveBeenCalledWith('delete');
    } finally {
      delete (document as { execCommand?: unknown }).execCommand;
    }
  });

  it('edits after a bound when the editor never tells its selection', async () => {
    vi.useFakeTimers();
    try {
      const { editable, model } = modelEditor('旧的走访内容', 5000, false);
      let written: string | null | undefined;
      void richTextWidget(editable).write(['了解老人生活情况'], TEXT).then((reason) => { written = reason; });
      await vi.advanceTimersByTimeAsync(900);
      expect(model.text).toBe('旧的走访内容'); // still waiting
      await vi.advanceTimersByTimeAsync(200);
      expect(model.text).toBe('旧的走访内容了解老人生活情况'); // pasted where its model still has the caret
      await vi.runAllTimersAsync();
      expect(written).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });
});
