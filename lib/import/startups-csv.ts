import Papa from "papaparse";
import { z } from "zod";
import { Confidence, Sector, StartupStatus } from "../generated/prisma/enums";
import {
  limits,
  optionalDate,
  optionalText,
  optionalUrl,
  optionalYear,
  requiredUrl,
  textList,
} from "../validation/fields";
import { sourceLanguageCodes } from "../validation/citation-rows";
import { CONTROL_CHARACTERS_MESSAGE, hasControlCharacters } from "../validation/fields";
import { parseWith } from "../validation/parse";
import { SECTOR_LABELS } from "../labels";

/*
 * CSV import of start-ups: one row per start-up, with its city, founders and the source that
 * reports it. This module only reads and checks the file; lib/data/admin/import.ts compares the rows
 * with the database and writes them.
 */

export const MAX_IMPORT_BYTES = 1_000_000;
export const MAX_IMPORT_ROWS = 2_000;

/** The columns a file may have; the admin's import page describes each (admin.import.columnDescriptions). */
export const importColumns = [
  { name: "name_en", required: false },
  { name: "name_zh", required: false },
  { name: "label", required: false },
  { name: "aliases", required: false },
  { name: "description", required: false },
  { name: "founded_year", required: false },
  { name: "city", required: false },
  { name: "city_country", required: false },
  { name: "sectors", required: false },
  { name: "status", required: false },
  { name: "website", required: false },
  { name: "confidence", required: false },
  { name: "founders_en", required: false },
  { name: "founders_zh", required: false },
  { name: "source_url", required: true },
  { name: "source_publisher", required: false },
  { name: "source_title", required: false },
  { name: "source_language", required: false },
  { name: "source_published_on", required: false },
] as const;

const columnNames = new Set<string>(importColumns.map((c) => c.name));

const sectorByWord = new Map<string, Sector>(
  Object.values(Sector).flatMap((value) => [
    [value.toLowerCase(), value],
    [SECTOR_LABELS[value].toLowerCase(), value],
  ]),
);

const enumWord = <const T extends Readonly<Record<string, string>>>(
  values: T,
  what: string,
  fallback: T[keyof T] | null,
) =>
  z.preprocess(
    (v) =>
      typeof v === "string" && v.trim() !== ""
        ? v
            .trim()
            .toUpperCase()
            .replace(/[\s-]+/g, "_")
        : fallback,
    z.enum(values, { error: `must be one of ${Object.values(values).join(", ")}` }).nullable(),
  );

/** "Name A | Name B": each name held to the forms' rules for length and control characters. */
const founderNames = () =>
  z.preprocess(
    (v) => (typeof v === "string" ? v.split("|").map((s) => s.trim()) : []),
    z
      .array(
        z
          .string()
          .max(limits.name, "has a name that is too long")
          .refine((name) => !hasControlCharacters(name), `has a name that ${CONTROL_CHARACTERS_MESSAGE}`),
      )
      .max(20),
  );

/** A language tag in any letter case ("zh-hans", "ZH-HANS"), stored in its canonical form (zh-Hans). */
const sourceLanguage = z.preprocess(
  (v) => {
    if (typeof v !== "string" || v.trim() === "") return "en";
    const typed = v.trim().toLowerCase();
    return sourceLanguageCodes.find((code) => code.toLowerCase() === typed) ?? v.trim();
  },
  z.enum(sourceLanguageCodes, { error: `must be one of ${sourceLanguageCodes.join(", ")}` }),
);

export const importRowSchema = z
  .object({
    name_en: optionalText(limits.name),
    name_zh: optionalText(limits.name),
    label: optionalText(limits.name),
    aliases: textList(),
    description: optionalText(limits.long),
    founded_year: optionalYear(),
    city: optionalText(limits.name),
    city_country: z.preprocess(
      (v) => (typeof v === "string" && v.trim() !== "" ? v.trim().toUpperCase() : null),
      z
        .string()
        .regex(/^[A-Z]{2}$/, "must be a two-letter country code")
        .nullable(),
    ),
    sectors: z.preprocess(
      (v) =>
        typeof v === "string"
          ? v
              .split(/[|;,]/)
              .map((s) => s.trim())
              .filter(Boolean)
          : [],
      z
        .array(z.string())
        .max(11)
        .transform((words, ctx) => {
          const sectors: Sector[] = [];
          for (const word of words) {
            const sector =
              sectorByWord.get(word.toLowerCase().replace(/\s+/g, " ")) ??
              sectorByWord.get(word.toLowerCase().replace(/[\s-]+/g, "_"));
            if (!sector) ctx.addIssue({ code: "custom", message: `has an unknown sector “${word.slice(0, 40)}”` });
            else if (!sectors.includes(sector)) sectors.push(sector);
          }
          return sectors;
        }),
    ),
    status: enumWord(StartupStatus, "status", null),
    website: optionalUrl(),
    confidence: enumWord(Confidence, "confidence", "HIGH"),
    founders_en: founderNames(),
    founders_zh: founderNames(),
    source_url: requiredUrl(),
    source_publisher: optionalText(limits.name),
    source_title: optionalText(limits.short),
    source_language: sourceLanguage,
    source_published_on: optionalDate(),
  })
  .superRefine((row, ctx) => {
    if (!row.name_en && !row.name_zh && !row.label)
      ctx.addIssue({ code: "custom", path: ["name_en"], message: "needs a name: fill name_en, name_zh or label" });
    if (row.city_country && !row.city)
      ctx.addIssue({ code: "custom", path: ["city"], message: "is required when city_country is given" });
    const en = row.founders_en.filter(Boolean).length;
    const zh = row.founders_zh.filter(Boolean).length;
    if (en > 0 && zh > 0 && row.founders_en.length !== row.founders_zh.length) {
      ctx.addIssue({
        code: "custom",
        path: ["founders_zh"],
        message: "must list as many names as founders_en (leave a blank between | for a missing one)",
      });
    }
  })
  .transform((row) => {
    const count = Math.max(row.founders_en.length, row.founders_zh.length);
    const founders = Array.from({ length: count }, (_, i) => ({
      nameEn: row.founders_en[i] || null,
      nameZh: row.founders_zh[i] || null,
    })).filter((f) => f.nameEn || f.nameZh);
    return { ...row, founders };
  });

export type ImportRow = z.output<typeof importRowSchema>;

export type ParsedRow = { line: number; raw: Record<string, string>; row: ImportRow | null; errors: string[] };

export type ParsedFile = { ok: true; rows: ParsedRow[]; columns: string[] } | { ok: false; error: string };

/**
 * Reads the file: a byte-order mark and any mix of CRLF, LF and CR line endings are accepted; column
 * names are matched without regard to case and spaces. Unknown or missing columns refuse the whole
 * file (a shifted column would put data in the wrong field); each row is then checked on its own.
 */
export function parseStartupCsv(input: string): ParsedFile {
  if (input.length > MAX_IMPORT_BYTES)
    return { ok: false, error: `The file is larger than ${MAX_IMPORT_BYTES / 1_000_000} MB; split it.` };
  if (input.includes("\u0000")) return { ok: false, error: "This is not a text CSV file (it contains binary data)." };
  const text = input.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  if (text.trim() === "") return { ok: false, error: "The file is empty." };
  const normalise = (header: string) =>
    header
      .trim()
      .toLowerCase()
      .replace(/[\s-]+/g, "_");
  // The header on its own first: papaparse would silently rename a repeated column ("name_en_1").
  const headerRow = (Papa.parse<string[]>(text, { preview: 1 }).data[0] ?? []).map(normalise);
  const duplicated = headerRow.filter((c, i) => headerRow.indexOf(c) !== i);
  const parsed =
    duplicated.length > 0
      ? null
      : Papa.parse<Record<string, string>>(text, {
          header: true,
          skipEmptyLines: "greedy",
          transformHeader: normalise,
        });
  const columns = parsed?.meta.fields ?? headerRow;
  const unknown = columns.filter((c) => !columnNames.has(c));
  const missing = importColumns.filter((c) => c.required && !columns.includes(c.name)).map((c) => c.name);
  if (!parsed || unknown.length > 0 || missing.length > 0 || duplicated.length > 0) {
    const problems = [
      unknown.length > 0
        ? `unknown column${unknown.length === 1 ? "" : "s"} ${unknown.map((c) => `“${c.slice(0, 40)}”`).join(", ")}`
        : null,
      missing.length > 0 ? `missing column${missing.length === 1 ? "" : "s"} ${missing.join(", ")}` : null,
      duplicated.length > 0
        ? `repeated column${duplicated.length === 1 ? "" : "s"} ${[...new Set(duplicated)].join(", ")}`
        : null,
    ].filter(Boolean);
    return {
      ok: false,
      error: `The columns do not match: ${problems.join("; ")}. Expected columns: ${importColumns.map((c) => c.name).join(", ")}.`,
    };
  }
  if (parsed.data.length === 0) return { ok: false, error: "The file has a header but no rows." };
  if (parsed.data.length > MAX_IMPORT_ROWS)
    return {
      ok: false,
      error: `The file has ${parsed.data.length} rows; import at most ${MAX_IMPORT_ROWS} at a time.`,
    };

  // Papaparse reports rows with too many or too few fields; a row shifted that way is refused.
  const shapeErrors = new Map<number, string>();
  for (const error of parsed.errors) {
    if (error.row !== undefined)
      shapeErrors.set(
        error.row,
        error.type === "FieldMismatch"
          ? `has ${error.code === "TooManyFields" ? "more" : "fewer"} fields than the header`
          : error.message,
      );
  }
  // Line numbers as a spreadsheet shows them: the header is line 1.
  return {
    ok: true,
    columns,
    rows: parsed.data.map((raw, index) => {
      const clean = Object.fromEntries(
        Object.entries(raw)
          .filter(([key]) => columnNames.has(key))
          .map(([key, value]) => [key, typeof value === "string" ? value : ""]),
      );
      const result = parseWith(importRowSchema, clean);
      const errors = result.success
        ? []
        : Object.entries(result.fieldErrors).map(([field, messages]) => `${field} ${messages.join("; ")}`);
      const shape = shapeErrors.get(index);
      if (shape) errors.unshift(`The row ${shape}`);
      return { line: index + 2, raw: clean, row: result.success && !shape ? result.data : null, errors };
    }),
  };
}

/** The header row alone, for the download link: an example row could be imported by mistake. */
export function importTemplate(): string {
  return `${importColumns.map((c) => c.name).join(",")}\r\n`;
}
