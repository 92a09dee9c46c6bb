import type { z } from 'zod';
import { ValidationError } from '../schema';
import type { FieldKey, FillValues } from '../autofill-values';
import type { FieldSelector } from '../autofill';
import { FormTemplate, TEMPLATE_FILE_FORMAT, TemplateFile, type FieldRule } from './schema';

/** host[:port] of a page, the key templates are filed under. */
export const siteOf = (url: string): string => new URL(url).host.toLowerCase();

/** A path pattern for a page: segments with digits (record ids) become *, the query is dropped. */
export function suggestPathPattern(url: string): string {
  return new URL(url).pathname.split('/').map((segment) => (/\d/.test(segment) ? '*' : segment)).join('/');
}

function patternRegExp(pattern: string): RegExp {
  const escaped = pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${escaped.join('.*')}$`);
}

/** The template for a page: same site, matching path; the most specific pattern wins. */
export function findTemplate(templates: readonly FormTemplate[], url: string): FormTemplate | undefined {
  const site = siteOf(url);
  const path = new URL(url).pathname;
  const specificity = (t: FormTemplate) => t.pathPattern.replaceAll('*', '').length;
  return templates
    .filter((t) => t.site === site && patternRegExp(t.pathPattern).test(path))
    .sort((a, b) => specificity(b) - specificity(a))[0];
}

const sameSelector = (a: FieldSelector, b: FieldSelector) =>
  a.label === b.label && a.name === b.name && a.css === b.css && (a.frame ?? []).join('/') === (b.frame ?? []).join('/');

/** The rule of a template for a field, if the user corrected that very field before. */
export function ruleFor(template: FormTemplate | undefined, selector: FieldSelector): FieldRule | undefined {
  return template?.rules.find((rule) => sameSelector(rule.selector, selector));
}

/** A template for a page that has none yet. */
export function newTemplate(url: string, id: string, now: string, name?: string): FormTemplate {
  const site = siteOf(url);
  return FormTemplate.parse({ id, name: name || site, site, pathPattern: suggestPathPattern(url), updatedAt: now });
}

/** The template with a field's key corrected (null: never fill it), replacing an earlier correction. */
export function withRule(template: FormTemplate, selector: FieldSelector, key: FieldKey | null, now: string): FormTemplate {
  const rules = [...template.rules.filter((rule) => !sameSelector(rule.selector, selector)), { selector, key }];
  return { ...template, rules, updatedAt: now };
}

/** The template with a fixed value set, or removed when value is empty. */
export function withFixedValue(template: FormTemplate, key: FieldKey, value: string | string[] | null, now: string): FormTemplate {
  const fixed: FillValues = { ...template.fixed };
  if (value == null || value.length === 0) delete fixed[key];
  else fixed[key] = value;
  return { ...template, fixed, updatedAt: now };
}

/** The file to share with the office (JSON, readable). */
export function exportTemplates(templates: readonly FormTemplate[], now: string): string {
  return JSON.stringify({ format: TEMPLATE_FILE_FORMAT, version: 1, exportedAt: now, templates }, null, 2);
}

const PATH_NAMES: Record<string, string> = {
  name: '模板名称', site: '站点', pathPattern: '路径规则', rules: '字段规则', fixed: '固定值', key: '字段键',
  selector: '字段', updatedAt: '修改时间', id: '编号', format: '文件格式', version: '版本',
};

/** "第1个模板 第3条字段规则 字段键：…" — where in the file a problem is, in words. */
function describePath(path: readonly PropertyKey[]): string {
  return path
    .map((part, i) => {
      if (typeof part === 'number') return path[i - 1] === 'templates' ? `第${part + 1}个模板` : `第${part + 1}条`;
      return part === 'templates' ? '' : PATH_NAMES[String(part)] ?? String(part);
    })
    .filter(Boolean)
    .join(' ');
}

function fileError(error: z.ZodError): ValidationError {
  const lines = error.issues.slice(0, 5).map((issue) => {
    const where = describePath(issue.path);
    return where ? `${where}：${issue.message}` : issue.message;
  });
  return new ValidationError(`模板文件有误，未导入：${lines.join('；')}`, error.issues);
}

/** Reads a shared template file; a bad file throws a ValidationError in Chinese and imports nothing. */
export function parseTemplateFile(text: string): FormTemplate[] {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new ValidationError('模板文件不是有效的 JSON 文件，未导入');
  }
  const result = TemplateFile.safeParse(raw);
  if (!result.success) throw fileError(result.error);
  return result.data.templates;
}
