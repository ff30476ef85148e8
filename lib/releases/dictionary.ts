import { z } from "zod";
import type { ReleaseColumn, ReleaseTable } from "./tables";

// The data dictionary shipped in every release: one row per column. Where the public API's zod
// schema has a field of the same name, its description and allowed values come from there, so
// the dictionary and /openapi.json say the same thing.

export type DictionaryEntry = {
  file: string;
  column: string;
  type: string;
  nullable: boolean;
  allowedValues: string[];
  meaning: string;
};

/** The API field of the same name, unwrapped from nullable/optional; lists give their element. */
function apiField(table: ReleaseTable, column: ReleaseColumn): z.ZodType | null {
  const field = (table.apiSchema.shape as Record<string, z.ZodType | undefined>)[column.name];
  return field ?? null;
}

function allowedValues(field: z.ZodType | null): string[] {
  let inner: unknown = field;
  // Unwrap nullable / optional / array to reach an enum.
  for (let step = 0; step < 4 && inner; step += 1) {
    if (inner instanceof z.ZodEnum) return inner.options.map(String);
    if (inner instanceof z.ZodNullable || inner instanceof z.ZodOptional) inner = inner.unwrap();
    else if (inner instanceof z.ZodArray) inner = inner.element;
    else break;
  }
  return [];
}

export function dataDictionary(tables: readonly ReleaseTable[]): DictionaryEntry[] {
  return tables.flatMap((table) =>
    table.columns.map((column) => {
      const field = apiField(table, column);
      const description = field ? z.globalRegistry.get(field)?.description : undefined;
      return {
        file: `${table.name}.csv`,
        column: column.name,
        type: column.type,
        nullable: column.nullable ?? (field ? field.safeParse(null).success : false),
        allowedValues: allowedValues(field),
        meaning: description && description !== column.meaning ? `${column.meaning} ${description}` : column.meaning,
      };
    }),
  );
}
