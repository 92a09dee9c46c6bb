// 在页面上选取字段: runs INSIDE the government page (with the autofill agent) while the user picks a
// field to correct, as DevTools' inspect does. A transparent layer over the page takes the pointer, so
// the page sees no hover or click meanwhile; the detected field under the pointer is outlined with a
// tag of its label and key. A click picks it, Esc cancels; either way the layer is removed.

/** A detected field the user can pick: its element (as detectFields reports it) and the tag text. */
export interface PickTarget {
  element: Element;
  tag: string;
}

export interface Picking {
  /** The index of the picked target; null when cancelled (Esc, or by the extension). */
  result: Promise<number | null>;
  cancel(): void;
}

/** The attribute of the layer's host element (tests and cleanup look for it). */
export const PICKER_ATTRIBUTE = 'data-footsteps-picker';
const HINT = '脚步 · 选取字段：点击要更正的字段，按 Esc 取消';
const NOT_A_FIELD = '这里不是脚步识别到的表单字段，请点击输入框、下拉框等';

/** The node above, crossing out of shadow roots to their host and out of same-origin frames to the frame. */
function up(node: Node): Node | null {
  const parent = node.parentNode;
  if (parent && parent.nodeType === Node.DOCUMENT_FRAGMENT_NODE) return (parent as ShadowRoot).host ?? null;
  if (parent && parent.nodeType !== Node.DOCUMENT_NODE) return parent;
  const doc = (parent ?? (node.nodeType === Node.DOCUMENT_NODE ? node : null)) as Document | null;
  try {
    return doc?.defaultView?.frameElement ?? null;
  } catch {
    return null;
  }
}

/**
 * Which field a node under the pointer belongs to: the nearest element, walking up through shadow hosts
 * and frames, that a field was detected as (the inner input of a dropdown or date picker resolves to the
 * widget; the text inside a rich-text editor's frame to that frame). A <label for> leads to its control.
 */
export function fieldUnder(node: Node | null, fields: ReadonlyMap<Element, number>): number | undefined {
  for (let at = node; at; at = up(at)) {
    const index = fields.get(at as Element);
    if (index !== undefined) return index;
    // A wrapping label is passed on the way up anyway; only a <label for> elsewhere leads away.
    const control = (at as HTMLLabelElement).tagName === 'LABEL' ? (at as HTMLLabelElement).control : null;
    if (control && !at.contains(control)) return fieldUnder(control, fields);
  }
  return undefined;
}

/** Where a frame's content box starts in the coordinates of `top` (the window the layer is drawn in). */
function contentOffset(frame: Element): { x: number; y: number } {
  const box = frame.getBoundingClientRect();
  const style = frame.ownerDocument.defaultView?.getComputedStyle(frame);
  return {
    x: box.left + frame.clientLeft + parseFloat(style?.paddingLeft ?? '0'),
    y: box.top + frame.clientTop + parseFloat(style?.paddingTop ?? '0'),
  };
}

/** An element's box in the coordinates of `top`, adding up the frames it is nested in. */
function boxIn(top: Window, element: Element): { left: number; top: number; width: number; height: number } {
  const box = element.getBoundingClientRect();
  let { left, top: y } = box;
  for (let win: Window | null = element.ownerDocument.defaultView; win && win !== top && win.frameElement; win = win.parent) {
    const offset = contentOffset(win.frameElement);
    left += offset.x;
    y += offset.y;
  }
  return { left, top: y, width: box.width, height: box.height };
}

/** The innermost element at a point, looking into open shadow roots and same-origin frames. */
function deepElementAt(doc: Document, x: number, y: number, skip: Element): Element | null {
  let el = doc.elementsFromPoint(x, y).find((e) => e !== skip) ?? null;
  for (let depth = 0; el && depth < 32; depth++) {
    // A shadow root's hit test also reports elements outside it (the layer on top): only its own count.
    const root = el.shadowRoot;
    const inner = root?.elementsFromPoint(x, y).find((e) => e.getRootNode() === root);
    if (inner) { el = inner; continue; }
    if (el.tagName !== 'IFRAME' && el.tagName !== 'FRAME') break;
    let frameDoc: Document | null = null;
    try { frameDoc = (el as HTMLIFrameElement).contentDocument; } catch { /* another origin */ }
    if (!frameDoc?.documentElement) break;
    const offset = contentOffset(el);
    x -= offset.x;
    y -= offset.y;
    const next = frameDoc.elementFromPoint(x, y);
    if (!next || next === frameDoc.documentElement) break;
    el = next;
  }
  return el;
}

const STYLE = `
  :host { all: initial; position: fixed; inset: 0; z-index: 2147483647; cursor: crosshair; }
  .box { position: fixed; display: none; box-sizing: border-box; border: 2px solid #c0392b; background: rgba(192, 57, 43, 0.12);
    border-radius: 3px; pointer-events: none; }
  .tag { position: fixed; display: none; max-width: 360px; padding: 2px 8px; border-radius: 3px; background: #c0392b; color: #fff;
    font: 12px/20px system-ui, "PingFang SC", "Microsoft YaHei", sans-serif; white-space: nowrap; overflow: hidden;
    text-overflow: ellipsis; pointer-events: none; }
  .hint { position: fixed; left: 50%; bottom: 16px; transform: translateX(-50%); padding: 6px 14px; border-radius: 16px;
    background: rgba(38, 38, 38, 0.88); color: #fff; font: 13px/20px system-ui, "PingFang SC", "Microsoft YaHei", sans-serif;
    pointer-events: none; }
`;

/** The layer: host element in the page, its own shadow root so the page's CSS does not reach it. */
function createLayer(doc: Document) {
  const host = doc.createElement('div');
  host.setAttribute(PICKER_ATTRIBUTE, '');
  host.tabIndex = -1;
  const shadow = host.attachShadow({ mode: 'open' });
  const part = (className: string) => shadow.appendChild(Object.assign(doc.createElement('div'), { className }));
  shadow.appendChild(doc.createElement('style')).textContent = STYLE;
  const box = part('box');
  const tag = part('tag');
  const hint = part('hint');
  hint.textContent = HINT;
  hint.setAttribute('role', 'status');
  doc.documentElement.appendChild(host);
  return { host, box, tag, hint };
}

/** Starts picking among `targets` in the page of `doc` (its same-origin frames included). */
export function startPicking(doc: Document, targets: readonly PickTarget[]): Picking {
  const win = doc.defaultView!;
  const index = new Map(targets.map((t, i) => [t.element, i] as const));
  const layer = createLayer(doc);
  let hovered: number | undefined;
  let last: { x: number; y: number } | null = null;
  let finish: (picked: number | null) => void = () => undefined;
  const result = new Promise<number | null>((resolve) => { finish = resolve; });

  const draw = () => {
    const target = hovered === undefined ? undefined : targets[hovered];
    layer.box.style.display = layer.tag.style.display = target ? 'block' : 'none';
    if (!target) return;
    const box = boxIn(win, target.element);
    Object.assign(layer.box.style, { left: `${box.left}px`, top: `${box.top}px`, width: `${box.width}px`, height: `${box.height}px` });
    layer.tag.textContent = target.tag;
    // Above the field, or below it when there is no room; never off the left or right edge.
    const above = box.top >= 26;
    layer.tag.style.top = `${above ? box.top - 24 : box.top + box.height + 4}px`;
    layer.tag.style.left = `${Math.max(4, Math.min(box.left, win.innerWidth - layer.tag.offsetWidth - 4))}px`;
  };
  const hover = (x: number, y: number) => {
    last = { x, y };
    hovered = fieldUnder(deepElementAt(doc, x, y, layer.host), index);
    draw();
    return hovered;
  };

  // The page must not see the pointer while picking: every pointer event on the layer stops there.
  const swallow = (event: Event) => { event.preventDefault(); event.stopPropagation(); };
  const onMove = (event: PointerEvent) => { swallow(event); hover(event.clientX, event.clientY); };
  const onClick = (event: MouseEvent) => {
    swallow(event);
    const picked = hover(event.clientX, event.clientY);
    if (picked === undefined) layer.hint.textContent = NOT_A_FIELD;
    else stop(picked);
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    swallow(event);
    stop(null);
  };
  const onScroll = () => { if (last) hover(last.x, last.y); };
  // Esc reaches whichever document has the focus: the page and its same-origin frames all listen.
  const windows = [...new Set([win, ...targets.map((t) => t.element.ownerDocument.defaultView).filter((w) => w !== null)])];
  const blocked = ['pointerdown', 'pointerup', 'mousedown', 'mouseup', 'dblclick', 'contextmenu'] as const;

  layer.host.addEventListener('pointermove', onMove);
  layer.host.addEventListener('click', onClick);
  for (const type of blocked) layer.host.addEventListener(type, swallow);
  for (const w of windows) w.addEventListener('keydown', onKey, true);
  win.addEventListener('scroll', onScroll, true);
  win.addEventListener('resize', onScroll);
  layer.host.focus({ preventScroll: true });

  function stop(picked: number | null) {
    layer.host.remove();
    for (const w of windows) w.removeEventListener('keydown', onKey, true);
    win.removeEventListener('scroll', onScroll, true);
    win.removeEventListener('resize', onScroll);
    finish(picked);
  }
  return { result, cancel: () => stop(null) };
}
