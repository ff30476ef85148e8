import { z } from "zod";

// Cursors are opaque to clients: base64url JSON of where the next page starts. A cursor that does
// not decode, or decodes to the wrong shape, is a 400, never a silent restart at page 1.

export function encodeCursor(value: unknown): string {
  return Buffer.from(JSON.stringify(value), "utf8").toString("base64url");
}

export function decodeCursor<T>(text: string, schema: z.ZodType<T>): T | null {
  if (!/^[A-Za-z0-9_-]+$/.test(text)) return null;
  try {
    const result = schema.safeParse(JSON.parse(Buffer.from(text, "base64url").toString("utf8")));
    return result.success ? result.data : null;
  } catch {
    return null;
  }
}

/** Where a page ordered by (sort key, id) starts: after this key and id. */
export const keysetCursorSchema = z.strictObject({ k: z.string().max(400).nullable(), i: z.int().min(0) });
export type KeysetCursor = z.infer<typeof keysetCursorSchema>;

/** The start-up list reuses the pages' ordered query: the next page number, bound to a page size. */
export const pageCursorSchema = z.strictObject({ p: z.int().min(2), l: z.int().min(1).max(1000) });
export type PageCursor = z.infer<typeof pageCursorSchema>;
