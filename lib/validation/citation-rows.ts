import { z } from "zod";
import { SourceKind } from "../generated/prisma/enums";
import { optionalChoice, optionalId, optionalText, optionalUrl, optionalDate } from "./fields";
import type { Option } from "./form-spec";
import { SOURCE_LANGUAGE_CODES, SOURCE_LANGUAGES } from "../sources/languages";

/** The one list of source languages (lib/sources/languages.ts), under the names the forms use. */
export const sourceLanguages = SOURCE_LANGUAGES;
export const sourceLanguageCodes = SOURCE_LANGUAGE_CODES;

const rowSchema = z.object({
  sourceId: optionalId("a source"),
  newUrl: optionalUrl(),
  newPublisher: optionalText(200),
  newTitle: optionalText(300),
  newPublishedOn: optionalDate(),
  newLanguage: z.preprocess(
    (v) => (v === "" || v === undefined ? "en" : v),
    z.enum(sourceLanguageCodes, { error: "choose a language" }),
  ),
  newKind: optionalChoice(SourceKind, "a kind of page"),
  field: optionalText(64),
  claimedValue: optionalText(300),
  quote: optionalText(2000),
  note: optionalText(1000),
});

export type CitationRow = z.infer<typeof rowSchema>;

const isBlankRow = (row: unknown) =>
  typeof row === "object" &&
  row !== null &&
  Object.entries(row).every(
    ([key, v]) =>
      key === "newLanguage" ||
      key === "newKind" ||
      key === "field" ||
      v === undefined ||
      v === null ||
      (typeof v === "string" && v.trim() === ""),
  );

/**
 * The "sources for this record" part of every record form: new citations (an existing source picked
 * by search, or a new URL with its publisher), and existing citations ticked for removal.
 * `citationFields` are the fields of this kind of record that a source can support.
 */
export function citationRowsSchema(citationFields: readonly Option[]) {
  const allowed = new Set(citationFields.map((f) => f.value));
  return z.object({
    citations: z
      .preprocess(
        (v) => (Array.isArray(v) ? v.filter((row) => !isBlankRow(row)) : []),
        z
          .array(
            rowSchema.superRefine((row, ctx) => {
              if (row.sourceId === null && row.newUrl === null) {
                ctx.addIssue({
                  code: "custom",
                  path: ["sourceId"],
                  message: "choose a source or enter a new source's web address",
                });
              }
              if (row.sourceId !== null && row.newUrl !== null) {
                ctx.addIssue({
                  code: "custom",
                  path: ["newUrl"],
                  message: "give either an existing source or a new address, not both",
                });
              }
              if (row.newUrl !== null && row.newPublisher === null) {
                ctx.addIssue({ code: "custom", path: ["newPublisher"], message: "is required for a new source" });
              }
              if (row.field !== null && !allowed.has(row.field)) {
                ctx.addIssue({ code: "custom", path: ["field"], message: "is not a field of this record" });
              }
            }),
          )
          .max(50, "at most 50 sources at once"),
      )
      .default([]),
    removeCitations: z
      .preprocess(
        (v) => (v === undefined || v === null || v === "" ? [] : Array.isArray(v) ? v : [v]),
        z
          .array(
            z.preprocess(
              (v) => (typeof v === "string" && /^\d{1,10}$/.test(v) ? Number(v) : Number.NaN),
              z.number({ error: "is not a citation" }).int().positive(),
            ),
          )
          .max(500),
      )
      .default([]),
  });
}

export type CitationChanges = z.infer<ReturnType<typeof citationRowsSchema>>;
