import { parseOrThrow } from '../schema';
import { FormTemplate } from '../templates';
import type { FootstepsDatabase } from './database';

/** 表单模板 (autofill corrections per government system): validated on every write. */
export function formTemplatesRepository(db: FootstepsDatabase) {
  return {
    /** All templates; a row that no longer fits the schema is left out, not lost. */
    async list(): Promise<FormTemplate[]> {
      const rows = await db.formTemplates.toArray();
      return rows.flatMap((row) => {
        const parsed = FormTemplate.safeParse(row);
        return parsed.success ? [parsed.data] : [];
      });
    },
    async save(template: FormTemplate): Promise<FormTemplate> {
      const valid = parseOrThrow(FormTemplate, template);
      await db.formTemplates.put(valid);
      return valid;
    },
    /** An imported file: all templates or none. */
    async saveAll(templates: readonly FormTemplate[]): Promise<void> {
      const valid = templates.map((t) => parseOrThrow(FormTemplate, t));
      await db.transaction('rw', db.formTemplates, () => db.formTemplates.bulkPut(valid));
    },
    async remove(id: string): Promise<void> {
      await db.formTemplates.delete(id);
    },
  };
}
