// lib/templates (表单模板): per-site, per-path corrections of field keys and fixed values, used
// before the heuristics next time; shared as a JSON file so an office uses one per government system.
export { FieldRule, FormTemplate, TemplateFile, TEMPLATE_FILE_FORMAT, type FormTemplateInput } from './schema';
export {
  exportTemplates, findTemplate, newTemplate, parseTemplateFile, ruleFor, siteOf, suggestPathPattern,
  withFixedValue, withRule,
} from './templates';
export { planFill, type FillPlan } from './plan';
