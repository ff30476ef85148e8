import type { z } from "zod";
import type { FormValues } from "./form-data";

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
  "exchange-rates",
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
  /** For an optional "select": what its empty choice says (default "— not reported —"). */
  blankOption?: string;
  /** For "reference": which entity the picker searches. */
  reference?: EntityKey;
  /**
   * For "reference" without a fixed `reference`: the entity follows another field's value (a
   * citation's record follows its kind of record).
   */
  referenceBy?: { field: string; entities: Readonly<Record<string, EntityKey>> };
  /** For "select": the options are the citable fields of the entity another field names. */
  citableFieldsOf?: { field: string; entities: Readonly<Record<string, EntityKey>> };
  /** A date typed as precisely as reported: the column that stores its precision (YEAR, MONTH, DAY). */
  precisionField?: string;
  /**
   * For a year typed as precisely as reported ("2023-07"): the date column holding its month or day,
   * shown in the field when there is one (the field's own column keeps the year).
   */
  dateField?: string;
  /** For "reference": the record this one belongs to; its edit page links back up to it. */
  parent?: boolean;
  /** For "reference": what a record created from this picker starts with (e.g. an investor's kind). */
  createDefaults?: FormValues;
  /** For "slug": the fields it is generated from, in order of preference. */
  slugFrom?: readonly string[];
  /** A Chinese-name field: tells the browser and screen readers the language. */
  lang?: string;
  wide?: boolean;
  section?: string;
};

/** A record form: its schema (shared by the browser and the server), its fields and what sources can support. */
export type FormDefinition<Schema extends z.ZodType = z.ZodType> = {
  /** The record's name in the singular, lower case ("funding round"). */
  singular: string;
  schema: Schema;
  /** What a new record's form starts with: the choices an editor would otherwise make every time. */
  defaults: FormValues;
  /** Whether a picker that finds no match may create one of these in place (in a dialog). */
  createInPlace: boolean;
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

/** The entity a reference field searches: its own, or the one another field's value names. */
export function referenceOf(field: FieldSpec, values: Readonly<Record<string, unknown>>): EntityKey | null {
  if (field.reference) return field.reference;
  if (!field.referenceBy) return null;
  const chosen = values[field.referenceBy.field];
  return typeof chosen === "string" ? (field.referenceBy.entities[chosen] ?? null) : null;
}
