import type { z } from 'zod';

/** Thrown at a boundary when input does not fit its schema; `message` is Chinese, for the user. */
export class ValidationError extends Error {
  constructor(message: string, readonly issues: readonly z.core.$ZodIssue[] = []) {
    super(message);
    this.name = 'ValidationError';
  }
}

/** One line per problem, e.g. "身份证号：身份证号校验码不正确，请核对". */
export function formatZodError(error: z.ZodError, labels: Record<string, string> = {}): string {
  return error.issues
    .map((issue) => {
      const path = issue.path.join('.');
      const label = labels[path];
      return label ? `${label}：${issue.message}` : issue.message;
    })
    .join('；');
}

export function parseOrThrow<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw new ValidationError(formatZodError(result.error), result.error.issues);
  return result.data;
}
