import type { FormInstance } from 'antd';
import type { z } from 'zod';

/**
 * Validates a form's values with the same zod schema lib/db uses, and puts each Chinese message
 * beside its field. Returns the parsed value, or null when the form shows errors.
 */
export function validateForm<S extends z.ZodType>(form: FormInstance, schema: S, values: unknown): z.infer<S> | null {
  const result = schema.safeParse(values);
  if (result.success) return result.data;
  form.setFields(result.error.issues.map((issue) => ({ name: issue.path as (string | number)[], errors: [issue.message] })));
  return null;
}
