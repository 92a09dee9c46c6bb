import { z } from 'zod';
import { FieldKey } from './keys';
import { normalizeLabel, quoted } from './text';

/**
 * A field's address that survives reloads, so templates (模板) can store corrections: its label text,
 * its name attribute, a CSS path of stable ids/names, and the frame path. Any part that is set must match.
 */
export const FieldSelector = z.object({
  label: z.string().optional(),
  name: z.string().optional(),
  css: z.string().optional(),
  frame: z.array(z.number().int().min(0)).optional(),
});
export type FieldSelector = z.infer<typeof FieldSelector>;

/** A template's correction: this field has that key (or, with null, is never filled). */
export const FieldOverride = z.object({ selector: FieldSelector, key: FieldKey.nullable() });
export type FieldOverride = z.infer<typeof FieldOverride>;

const STABLE_ID = /^[A-Za-z][\w-]*$/;
const GENERATED_ID = /\d{3,}|^(el-id|rc_select|ivu|input_|field_)|[-_]\d+$/;

/** A CSS path of ids, names and tag positions that does not depend on generated ids. */
export function cssPath(el: Element): string {
  const parts: string[] = [];
  for (let node: Element | null = el; node && node.tagName !== 'HTML' && parts.length < 8; node = node.parentElement) {
    const id = node.id;
    if (id && STABLE_ID.test(id) && !GENERATED_ID.test(id)) {
      parts.unshift(`[id=${quoted(id)}]`);
      break;
    }
    const name = node.getAttribute('name');
    if (name && /^(INPUT|SELECT|TEXTAREA|FORM)$/.test(node.tagName)) {
      parts.unshift(`${node.tagName.toLowerCase()}[name=${quoted(name)}]`);
      continue;
    }
    let index = 1;
    for (let sibling = node.previousElementSibling; sibling; sibling = sibling.previousElementSibling) {
      if (sibling.tagName === node.tagName) index++;
    }
    parts.unshift(`${node.tagName.toLowerCase()}:nth-of-type(${index})`);
  }
  return parts.join(' > ');
}

export function describe(field: { element: Element; control: Element; label: string; framePath: number[] }): FieldSelector {
  const name = field.control.getAttribute('name');
  return {
    ...(field.label ? { label: normalizeLabel(field.label) } : {}),
    ...(name ? { name } : {}),
    css: cssPath(field.element),
    ...(field.framePath.length ? { frame: field.framePath } : {}),
  };
}

/** Label and name are matched as text; the CSS path is only used when it is the sole part given. */
export function matches(selector: FieldSelector, field: { element: Element; control: Element; label: string; framePath: number[] }): boolean {
  if (selector.frame && selector.frame.join('/') !== field.framePath.join('/')) return false;
  if (selector.label !== undefined && normalizeLabel(selector.label) !== normalizeLabel(field.label)) return false;
  if (selector.name !== undefined && selector.name !== field.control.getAttribute('name')) return false;
  if (selector.label === undefined && selector.name === undefined) {
    if (!selector.css) return false;
    try {
      return field.element.matches(selector.css);
    } catch {
      return false;
    }
  }
  return true;
}
