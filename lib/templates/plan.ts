import type { FieldOverride } from '../autofill';
import { buildFillValues, loadChosenRecord, withFixedValues, type RecordRef, type SourcedValues } from '../autofill-values';
import type { Store } from '../db';
import { findTemplate } from './templates';
import type { FormTemplate } from './schema';

/** Everything a fill of one page needs: values with sources, the page's template and its corrections. */
export interface FillPlan {
  values: SourcedValues;
  template: FormTemplate | undefined;
  overrides: FieldOverride[];
}

/** The plan for a page: the profile plus the chosen record, the template's fixed values over both. */
export async function planFill(store: Store, url: string, ref: RecordRef | null): Promise<FillPlan> {
  const [profile, chosen, templates] = await Promise.all([
    store.getProfile(), ref ? loadChosenRecord(store, ref) : null, store.formTemplates.list(),
  ]);
  const template = findTemplate(templates, url);
  const values = buildFillValues(profile, chosen ?? {});
  return {
    values: template ? withFixedValues(values, template.fixed, `模板 ${template.name}`) : values,
    template,
    overrides: template?.rules ?? [],
  };
}
