import { z } from "zod";

/*
 * Building blocks for form schemas. Form fields arrive as strings ("" for an empty input), so each
 * helper turns text into the stored type and says, in words an editor understands, what is wrong.
 * Messages are written to follow the field's label ("Founded year must be 1900 or later").
 */

export const limits = { name: 200, short: 300, long: 5000, url: 2000, slug: 100, list: 50 } as const;
/** The years any record, form, filter or import may carry; the database checks the same range. */
export const yearRange = { min: 1900, max: 2100 } as const;

// Postgres refuses NUL in text; other control characters are never meant in a name or a note.
// Tab, line feed and carriage return are text (a multi-line description, a pasted cell).
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/**
 * The one rule for control characters, used by every admin form field (textSchema) and by the CSV
 * import for the cells it reads without a text schema (founder names): BEL, NUL, ESC … are refused.
 */
export function hasControlCharacters(text: string): boolean {
  return CONTROL_CHARACTERS.test(text);
}
export const CONTROL_CHARACTERS_MESSAGE = "contains control characters";

const blankToUndefined = (value: unknown) =>
  value === null || value === undefined || (typeof value === "string" && value.trim() === "") ? undefined : value;

const firstValue = (value: unknown) => (Array.isArray(value) ? value[0] : value);

function textSchema(max: number) {
  return z
    .string({ error: (issue) => (issue.input === undefined ? "is required" : "must be text") })
    .trim()
    .max(max, `must be at most ${max} characters`)
    .refine((v) => !hasControlCharacters(v), CONTROL_CHARACTERS_MESSAGE);
}

/** A required line of text (any script: Chinese, Latin, Arabic…). */
export function requiredText(max: number = limits.name) {
  return z.preprocess((v) => blankToUndefined(firstValue(v)), textSchema(max).min(1, "is required"));
}

/** Optional text: blank becomes null. */
export function optionalText(max: number = limits.short) {
  return z.preprocess((v) => blankToUndefined(firstValue(v)) ?? null, textSchema(max).nullable());
}

/** A whole number in a range, optional; blank becomes null. */
export function optionalInteger(min: number, max: number, unit = "") {
  return z.preprocess(
    (v) => {
      const value = blankToUndefined(firstValue(v));
      if (value === undefined) return null;
      if (typeof value === "number") return value;
      return typeof value === "string" && /^\s*-?\d{1,9}\s*$/.test(value) ? Number(value) : Number.NaN;
    },
    z
      .number({ error: "must be a whole number" })
      .int("must be a whole number")
      .min(min, `must be ${min}${unit} or later`)
      .max(max, `must be ${max}${unit} or earlier`)
      .nullable(),
  );
}

export const optionalYear = () => optionalInteger(yearRange.min, yearRange.max);

export const optionalMonth = () =>
  z.preprocess(
    (v) => {
      const value = blankToUndefined(firstValue(v));
      if (value === undefined) return null;
      return typeof value === "string" && /^\s*\d{1,2}\s*$/.test(value) ? Number(value) : Number.NaN;
    },
    z
      .number({ error: "must be a month from 1 to 12" })
      .int()
      .min(1, "must be a month from 1 to 12")
      .max(12, "must be a month from 1 to 12")
      .nullable(),
  );

/** A non-negative decimal kept as a string so no digit is lost; commas and spaces as thousands separators are accepted. */
export function optionalAmount(scale = 2) {
  const pattern = new RegExp(`^\\d{1,18}(?:\\.\\d{1,${scale}})?$`);
  return z.preprocess(
    (v) => {
      const value = blankToUndefined(firstValue(v));
      if (value === undefined) return null;
      return typeof value === "string" ? value.trim().replace(/[,\s_]/g, "") : String(value);
    },
    z
      .string()
      .refine((v) => !v.startsWith("-"), "must not be negative")
      .refine(
        (v) => v.startsWith("-") || pattern.test(v),
        `must be a number such as 1500000 or 12.5 (at most ${scale} decimals)`,
      )
      .nullable(),
  );
}

/** A signed decimal (coordinates) within bounds. */
export function optionalCoordinate(bound: number) {
  return z.preprocess(
    (v) => {
      const value = blankToUndefined(firstValue(v));
      return value === undefined ? null : String(value).trim();
    },
    z
      .string()
      .regex(/^-?\d{1,3}(?:\.\d{1,5})?$/, "must be a number with at most 5 decimals, such as 30.27415")
      .refine((v) => Math.abs(Number(v)) <= bound, `must be between -${bound} and ${bound}`)
      .nullable(),
  );
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (
      (url.protocol === "http:" || url.protocol === "https:") &&
      url.hostname.includes(".") &&
      !url.username &&
      !url.password
    );
  } catch {
    return false;
  }
}

export const URL_MESSAGE = "must be a web address starting with http:// or https://";

export function requiredUrl() {
  return z.preprocess(
    (v) => blankToUndefined(firstValue(v)),
    z
      .string({ error: "is required" })
      .trim()
      .max(limits.url, `must be at most ${limits.url} characters`)
      .refine(isHttpUrl, URL_MESSAGE),
  );
}

export function optionalUrl() {
  return z.preprocess(
    (v) => blankToUndefined(firstValue(v)) ?? null,
    z
      .string()
      .trim()
      .max(limits.url, `must be at most ${limits.url} characters`)
      .refine(isHttpUrl, URL_MESSAGE)
      .nullable(),
  );
}

/** How precise a date typed as 2023, 2023-07 or 2023-07-14 is. */
export function typedDatePrecision(value: string): "YEAR" | "MONTH" | "DAY" {
  return value.length === 4 ? "YEAR" : value.length === 7 ? "MONTH" : "DAY";
}

/**
 * A date as precise as the source states it: 2023, 2023-07 or 2023-07-14 (a real month or day,
 * within the year range). The precision is read from what is typed, not chosen separately.
 */
export function optionalReportedDate() {
  return z.preprocess(
    (v) => blankToUndefined(firstValue(v)) ?? null,
    z
      .string()
      .trim()
      // Each check stops the rest (abort): "abc" is one problem, not three.
      .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, {
        error: "must be a year, a month or a day: 2023, 2023-07 or 2023-07-14",
        abort: true,
      })
      .refine(
        (v) => {
          const day = v.length === 4 ? `${v}-01-01` : v.length === 7 ? `${v}-01` : v;
          const date = new Date(`${day}T00:00:00Z`);
          return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(day);
        },
        { error: "is not a real date", abort: true },
      )
      .refine((v) => {
        const year = Number(v.slice(0, 4));
        return year >= yearRange.min && year <= yearRange.max;
      }, `must be between ${yearRange.min} and ${yearRange.max}`)
      .nullable(),
  );
}

const CURRENCIES: ReadonlySet<string> = new Set(Intl.supportedValuesOf("currency"));

/** An ISO 4217 currency code (CNY, USD, HKD…), upper-cased; "RMB" and other informal codes are refused. */
export function optionalCurrency() {
  return z.preprocess(
    (v) => {
      const value = blankToUndefined(firstValue(v));
      return typeof value === "string" ? value.trim().toUpperCase() : null;
    },
    z
      .string()
      .regex(/^[A-Z]{3}$/, "must be a three-letter currency code such as CNY or USD")
      .refine((code) => CURRENCIES.has(code), "is not an ISO 4217 currency code (renminbi is CNY)")
      .nullable(),
  );
}

/** YYYY-MM-DD, a real calendar date within the year range. */
export function optionalDate() {
  return z.preprocess(
    (v) => blankToUndefined(firstValue(v)) ?? null,
    z
      .string()
      .trim()
      .regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date written YYYY-MM-DD")
      .refine((v) => {
        const date = new Date(`${v}T00:00:00Z`);
        return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(v);
      }, "is not a real date")
      .refine((v) => {
        const year = Number(v.slice(0, 4));
        return year >= yearRange.min && year <= yearRange.max;
      }, `must be between ${yearRange.min} and ${yearRange.max}`)
      .nullable(),
  );
}

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** An editable URL name; blank means "generate it from the name". */
export function optionalSlug() {
  return z.preprocess(
    (v) => {
      const value = blankToUndefined(firstValue(v));
      return value === undefined ? null : String(value).trim().toLowerCase();
    },
    z
      .string()
      .max(limits.slug, `must be at most ${limits.slug} characters`)
      .regex(SLUG_PATTERN, "may hold only lowercase letters, digits and single hyphens (e.g. rokid or lingban-keji)")
      .nullable(),
  );
}

/** The id of another record, chosen in a picker; forged values are caught here (shape) and by the server (existence). */
export function requiredId(what: string) {
  return z.preprocess(
    (v) => {
      const value = blankToUndefined(firstValue(v));
      if (value === undefined) return undefined;
      return typeof value === "string" && /^\d{1,10}$/.test(value.trim()) ? Number(value) : Number.NaN;
    },
    z
      .number({ error: `choose ${what}` })
      .int(`choose ${what}`)
      .positive(`choose ${what}`)
      .max(2_147_483_647, `choose ${what}`),
  );
}

export function optionalId(what: string) {
  return z.preprocess(
    (v) => {
      const value = blankToUndefined(firstValue(v));
      if (value === undefined) return null;
      return typeof value === "string" && /^\d{1,10}$/.test(value.trim()) ? Number(value) : Number.NaN;
    },
    z
      .number({ error: `choose ${what}` })
      .int()
      .positive(`choose ${what}`)
      .max(2_147_483_647, `choose ${what}`)
      .nullable(),
  );
}

/** A checkbox: present ("on") is true, absent is false. */
export function checkbox() {
  return z.preprocess((v) => {
    const value = firstValue(v);
    return value === "on" || value === "true" || value === true;
  }, z.boolean());
}

/** The values a choice offers: an enum of the data model (FundingStage), or a { value: value } object. */
type ChoiceValues = Readonly<Record<string, string>>;

/** One of a fixed set; blank allowed when optional. */
export function requiredChoice<const T extends ChoiceValues>(values: T, what = "an option") {
  return z.preprocess((v) => blankToUndefined(firstValue(v)), z.enum(values, { error: `choose ${what}` }));
}

export function optionalChoice<const T extends ChoiceValues>(values: T, what = "an option") {
  return z.preprocess(
    (v) => blankToUndefined(firstValue(v)) ?? null,
    z.enum(values, { error: `choose ${what}` }).nullable(),
  );
}

/** Several of a fixed set (checkbox group). */
export function choices<const T extends ChoiceValues>(values: T) {
  return z.preprocess(
    (v) => (v === undefined || v === null || v === "" ? [] : Array.isArray(v) ? v : [v]),
    z
      .array(z.enum(values, { error: "contains an unknown option" }))
      .max(Object.keys(values).length)
      .transform((list) => [...new Set(list)]),
  );
}

/** A list typed one per line (or separated by commas, including Chinese 、and ，). */
export function textList(maxItem: number = limits.name) {
  return z.preprocess(
    (v) => {
      const value = firstValue(v);
      if (typeof value !== "string") return [];
      return value
        .split(/[\n\r,，、;；|]+/)
        .map((item) => item.trim())
        .filter((item) => item !== "");
    },
    z
      .array(textSchema(maxItem))
      .max(limits.list, `may hold at most ${limits.list} entries`)
      .transform((list) => [...new Set(list)]),
  );
}

/** The version the editor started from (optimistic locking). */
export function versionField() {
  return z.preprocess(
    (v) => {
      const value = firstValue(v);
      return typeof value === "string" && /^\d{1,9}$/.test(value) ? Number(value) : Number.NaN;
    },
    z.number({ error: "is missing: reload the page" }).int().min(1, "is missing: reload the page"),
  );
}
