import type { z } from "zod";

export type ParseResult<T> = { success: true; data: T } | { success: false; fieldErrors: Record<string, string[]> };

/** Runs a zod schema and flattens its issues to "a.0.b" field names, the names the form uses. */
export function parseWith<Schema extends z.ZodType>(
  schema: Schema,
  value: unknown,
  prefix = "",
): ParseResult<z.output<Schema>> {
  const result = schema.safeParse(value);
  if (result.success) return { success: true, data: result.data };
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of result.error.issues) {
    const name = prefix + (issue.path.join(".") || "form");
    (fieldErrors[name] ??= []).push(issue.message);
  }
  return { success: false, fieldErrors };
}
