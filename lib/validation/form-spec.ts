import type { z } from "zod";

/** The entities the admin edits, by their URL segment. */
export const entityKeys = [
  "startups",
  "people",
  "cities",
  "organizations",
  "employments",
  "foundings",
  "funding-rounds",
  "investments",
  "sources",
  "citations",
  "reported-figures",
] as const;
export type EntityKey = (typeof entityKeys)[number];

export function isEntityKey(value: unknown): value is EntityKey {
  return entityKeys.some((key) => key === value);
}

export type Option = { value: string; label: string };

/** How a form field is drawn. Plain data, so a server page can hand it to the client form. */
export type FieldSpec = {
  name: string;
  label: string;
  kind:
    | "text"
    | "textarea"
    | "number"
    | "url"
    | "date"
    | "select"
    | "checkbox"
    | "checkboxes"
    | "list"
    | "reference"
    | "slug";
  required?: boolean;
  hint?: string;
  options?: readonly Option[];
  /** For "reference": which entity the picker searches. */
  reference?: EntityKey;
  /** For "slug": the fields it is generated from, in order of preference. */
  slugFrom?: readonly string[];
  /** A Chinese-name field: tells the browser and screen readers the language. */
  lang?: string;
  wide?: boolean;
  section?: string;
};

/** A record form: its schema (shared by the browser and the server), its fields and what sources can support. */
export type FormDefinition<Schema extends z.ZodType = z.ZodType> = {
  schema: Schema;
  fields: readonly FieldSpec[];
  /** The fields a citation can point at (null = the record as a whole). */
  citationFields: readonly Option[];
};

export function enumOptions<Value extends string>(
  values: Readonly<Record<string, Value>>,
  labels?: Partial<Record<Value, string>>,
): Option[] {
  return Object.values(values).map((value) => ({
    value,
    label: labels?.[value] ?? value.charAt(0) + value.slice(1).toLowerCase().replaceAll("_", " "),
  }));
}

/**
 * The fields of a form that a source can support, named as citations name them: the column, or for
 * a reference the relation ("city" for cityId), the convention the seed data and public pages use.
 */
export function citableFields(fields: readonly FieldSpec[], exclude: readonly string[] = []): Option[] {
  return fields
    .filter((field) => field.kind !== "slug" && !exclude.includes(field.name))
    .map((field) => ({
      value: field.kind === "reference" ? field.name.replace(/Id$/, "") : field.name,
      label: field.label,
    }));
}
