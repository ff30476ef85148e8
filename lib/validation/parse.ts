import type { z } from "zod";

export type ParseResult<T> = { success: true; data: T } | { success: false; fieldErrors: Record<string, string[]> };

/**
 * Runs a zod schema and flattens its issues to "a.0.b" field names, the names the form uses.
 * `message` words an issue in the reader's language (lib/validation/issue-messages.ts); without it
 * the schema's own English words are kept.
 */
export function parseWith<Schema extends z.ZodType>(
  schema: Schema,
  value: unknown,
  prefix = "",
  message: (issue: z.core.$ZodIssue) => string = (issue) => issue.message,
): ParseResult<z.output<Schema>> {
  const result = schema.safeParse(value);
  if (result.success) return { success: true, data: result.data };
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of result.error.issues) {
    const name = prefix + (issue.path.join(".") || "form");
    (fieldErrors[name] ??= []).push(message(issue));
  }
  return { success: false, fieldErrors };
}

/** Two parts of one form read apart: both values, or every field error of either. */
export function mergeParsed<A, B>(a: ParseResult<A>, b: ParseResult<B>): ParseResult<A & B> {
  if (a.success && b.success) return { success: true, data: { ...a.data, ...b.data } };
  return { success: false, fieldErrors: { ...(a.success ? {} : a.fieldErrors), ...(b.success ? {} : b.fieldErrors) } };
}
