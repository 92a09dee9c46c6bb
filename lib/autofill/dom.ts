/** DOM plumbing: the documents and shadow roots of a page, visibility, native setters, events, bounded waits. */

/** A document or open shadow root to search, with the path of frames that leads to it (indexes of iframes). */
export interface SearchRoot {
  root: Document | ShadowRoot;
  framePath: number[];
}

/** The page's own documents and open shadow roots, nested iframes (same origin) and shadow roots included. */
export function collectRoots(doc: Document): SearchRoot[] {
  const found: SearchRoot[] = [];
  const visit = (root: Document | ShadowRoot, framePath: number[]) => {
    found.push({ root, framePath });
    const frames = root.querySelectorAll('iframe, frame');
    frames.forEach((frame, index) => {
      const inner = frameDocument(frame as HTMLIFrameElement);
      if (inner && !isEditorDocument(inner)) visit(inner, [...framePath, index]);
    });
    for (const el of root.querySelectorAll('*')) {
      if (el.shadowRoot && el.shadowRoot.mode === 'open') visit(el.shadowRoot, framePath);
    }
  };
  visit(doc, []);
  return found;
}

/** The document of a same-origin frame; null for cross-origin or not yet loaded frames. */
export function frameDocument(frame: HTMLIFrameElement): Document | null {
  try {
    const inner = frame.contentDocument;
    return inner && inner.documentElement ? inner : null;
  } catch {
    return null;
  }
}

/** An iframe that is itself an editing surface (KindEditor, UEditor, TinyMCE's classic mode). */
export function isEditorDocument(doc: Document): boolean {
  return doc.designMode === 'on' || Boolean(doc.body?.isContentEditable);
}

/** The window that owns a node (frames have their own prototypes and event constructors). */
export function windowOf(node: Node): Window & typeof globalThis {
  return (node.ownerDocument?.defaultView ?? (node as Document).defaultView ?? window) as Window & typeof globalThis;
}

/** Rendered and not hidden by CSS, in this document (and, for frames, the frame element too). */
export function isVisible(el: Element): boolean {
  if (!el.isConnected) return false;
  const check = (el as Element & { checkVisibility?: (o?: object) => boolean }).checkVisibility;
  if (check) {
    if (!check.call(el, { visibilityProperty: true, checkVisibilityCSS: true })) return false;
  } else if (!styleVisible(el)) {
    return false;
  }
  const frame = el.ownerDocument.defaultView?.frameElement;
  return frame ? isVisible(frame) : true;
}

/** Fallback for DOMs without layout (jsdom): hidden attribute, display:none or visibility:hidden up the tree. */
function styleVisible(el: Element): boolean {
  const view = el.ownerDocument.defaultView;
  for (let node: Element | null = el; node; node = parentElement(node)) {
    if (node.hasAttribute('hidden')) return false;
    const style = view?.getComputedStyle(node);
    if (style && (style.display === 'none' || (node === el && style.visibility === 'hidden'))) return false;
  }
  return true;
}

/** The parent element, crossing out of shadow roots to their host. */
export function parentElement(node: Node): Element | null {
  if (node.parentElement) return node.parentElement;
  const root = node.getRootNode?.();
  return root && (root as ShadowRoot).host ? (root as ShadowRoot).host : null;
}

/** Sets value the way a person's typing does, so React's value tracker and Vue's v-model both see it. */
export function setNativeValue(el: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, value: string): void {
  let proto = Object.getPrototypeOf(el);
  while (proto && !Object.getOwnPropertyDescriptor(proto, 'value')) proto = Object.getPrototypeOf(proto);
  const setter = proto && Object.getOwnPropertyDescriptor(proto, 'value')?.set;
  if (setter) setter.call(el, value);
  else el.value = value;
}

export function fire(el: EventTarget & Node, type: string, init: InputEventInit = {}): boolean {
  const win = windowOf(el);
  const event = type === 'input' || type === 'beforeinput'
    ? new win.InputEvent(type, { bubbles: true, cancelable: type === 'beforeinput', composed: true, inputType: 'insertText', ...init })
    : /^(focus|blur|focusin|focusout)$/.test(type)
      ? new win.FocusEvent(type, { bubbles: type === 'focusin' || type === 'focusout', composed: true, ...init })
      : new win.Event(type, { bubbles: true, cancelable: true, composed: true, ...init });
  return el.dispatchEvent(event);
}

export function key(el: Element, keyName: string, code = keyName): void {
  const win = windowOf(el);
  const keyCode = ({ Enter: 13, Escape: 27, ArrowDown: 40, Backspace: 8 } as Record<string, number>)[keyName] ?? 0;
  for (const type of ['keydown', 'keyup']) {
    el.dispatchEvent(new win.KeyboardEvent(type, { key: keyName, code, keyCode, which: keyCode, bubbles: true, cancelable: true, composed: true } as KeyboardEventInit));
  }
}

/**
 * A key press meant for one widget only: it reaches the widget (its input and outer element) but not the page
 * around it, so an Escape that closes a dropdown does not also close the dialog the form is in.
 */
export function keyWithin(el: Element, widget: Element, keyName: string): void {
  const fence = widget.parentElement ?? widget;
  const stop = (event: Event) => event.stopPropagation();
  fence.addEventListener('keydown', stop);
  fence.addEventListener('keyup', stop);
  try {
    key(el, keyName);
  } finally {
    fence.removeEventListener('keydown', stop);
    fence.removeEventListener('keyup', stop);
  }
}

/** A person's click: pointer and mouse down/up then click, at the element's centre. */
export function click(el: Element): void {
  const win = windowOf(el);
  const box = el.getBoundingClientRect();
  const at = { bubbles: true, cancelable: true, composed: true, view: win, clientX: box.left + box.width / 2, clientY: box.top + box.height / 2, button: 0 };
  const Pointer = win.PointerEvent ?? win.MouseEvent;
  el.dispatchEvent(new Pointer('pointerover', at));
  el.dispatchEvent(new win.MouseEvent('mouseover', at));
  el.dispatchEvent(new win.MouseEvent('mouseenter', { ...at, bubbles: false }));
  el.dispatchEvent(new Pointer('pointerdown', { ...at, buttons: 1 }));
  el.dispatchEvent(new win.MouseEvent('mousedown', { ...at, buttons: 1 }));
  (el as HTMLElement).focus?.({ preventScroll: true });
  el.dispatchEvent(new Pointer('pointerup', at));
  el.dispatchEvent(new win.MouseEvent('mouseup', at));
  el.dispatchEvent(new win.MouseEvent('click', at));
}

/**
 * Resolves with `probe()`'s first truthy result, checking now and after each DOM change
 * (MutationObserver, no fixed delays); resolves null after `timeoutMs`.
 */
export function waitFor<T>(doc: Document, probe: () => T | null | undefined | false, timeoutMs: number): Promise<T | null> {
  const now = probe();
  if (now) return Promise.resolve(now);
  return new Promise((resolve) => {
    const win = doc.defaultView ?? window;
    let scheduled = false;
    const finish = (value: T | null) => {
      observer.disconnect();
      win.clearTimeout(timer);
      resolve(value);
    };
    const check = () => {
      scheduled = false;
      const value = probe();
      if (value) finish(value);
    };
    const observer = new win.MutationObserver(() => {
      if (!scheduled) {
        scheduled = true;
        queueMicrotask(check);
      }
    });
    observer.observe(doc, { subtree: true, childList: true, attributes: true, characterData: true });
    const timer = win.setTimeout(() => finish(probe() || null), timeoutMs);
  });
}

/** Lets the page's framework run its pending renders (one macrotask). */
export function settle(doc: Document): Promise<void> {
  return new Promise((resolve) => (doc.defaultView ?? window).setTimeout(resolve, 0));
}

/** A bounded pause, only where a page gives nothing to observe (an editor's throttled selection sync). */
export function pause(doc: Document, ms: number): Promise<void> {
  return new Promise((resolve) => (doc.defaultView ?? window).setTimeout(resolve, ms));
}

/**
 * Where mobile frameworks draw a box's placeholder as text beside it (uni-app's uni-input-placeholder): the box's
 * prompt (医务科工作人员 under 医方联系人, 2024-05-08 showing the date's format), never the label before it.
 */
export const DRAWN_PLACEHOLDER = '.uni-input-placeholder, .uni-textarea-placeholder';

/** The placeholder a framework draws in the box's own wrapper (before it, among the wrapper's children), or ''. */
export function drawnPlaceholder(control: Element): string {
  const drawn = [...(control.parentElement?.children ?? [])].find((el) => el.matches(DRAWN_PLACEHOLDER));
  return (drawn?.textContent ?? '').trim();
}

/** A framework's number box (el-input-number, ant-input-number, van-stepper …) wraps its input within two levels. */
const NUMBER_BOX = '[class*="input-number"], [class*="inputnumber"], [class*="InputNumber"], .van-stepper';

/** A box that only takes a number (数量, 进度 %): a native number input, a spin button, or a framework's number box. */
export function takesOnlyNumbers(control: Element): boolean {
  if (control.getAttribute('type') === 'number' || control.getAttribute('role') === 'spinbutton') return true;
  const wrapper = control.parentElement;
  return !!wrapper && (wrapper.matches(NUMBER_BOX) || !!wrapper.parentElement?.matches(NUMBER_BOX));
}
