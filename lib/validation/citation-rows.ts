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
  newOriginalPublisher: optionalText(200),
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
  newNote: optionalText(1000),
});

/** One citation to write; `path` names its form fields for errors ("citations.2", "sources.0"). */
export type CitationRow = z.infer<typeof rowSchema> & { path: string };

/** The whole record as a tickable "field" of a source block (a citation whose field is null). */
export const WHOLE_RECORD = "_record";

const asList = (v: unknown) => (v === undefined || v === null || v === "" ? [] : Array.isArray(v) ? v : [v]);
const asObject = (v: unknown) => (typeof v === "object" && v !== null && !Array.isArray(v) ? v : {});

/**
 * A source cited once for many fields: an existing source or a new one, the fields it supports
 * ticked, and for each ticked field an optional quote and the value the source states.
 */
const blockSchema = rowSchema.omit({ field: true, quote: true, claimedValue: true, note: true }).extend({
  fields: z.preprocess(asList, z.array(z.string().max(64)).max(100)),
  quote: z.preprocess(asObject, z.record(z.string().max(64), optionalText(2000))),
  claimedValue: z.preprocess(asObject, z.record(z.string().max(64), optionalText(300))),
});

const isBlankBlock = (block: unknown) =>
  typeof block === "object" &&
  block !== null &&
  Object.entries(block).every(
    ([key, v]) =>
      key === "newLanguage" ||
      key === "newKind" ||
      key === "quote" ||
      key === "claimedValue" ||
      v === undefined ||
      v === null ||
      (Array.isArray(v) && v.length === 0) ||
      (typeof v === "string" && v.trim() === ""),
  );

type SourceChoice = { sourceId: number | null; newUrl: string | null; newPublisher: string | null };

/** The checks a row and a block share: one source, existing or new, and a publisher for a new one. */
function checkSourceChoice(row: SourceChoice, ctx: z.RefinementCtx) {
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
}

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
  return z
    .object({
      citations: z
        .preprocess(
          (v) => (Array.isArray(v) ? v.filter((row) => !isBlankRow(row)) : []),
          z
            .array(
              rowSchema.superRefine((row, ctx) => {
                checkSourceChoice(row, ctx);
                if (row.field !== null && !allowed.has(row.field)) {
                  ctx.addIssue({ code: "custom", path: ["field"], message: "is not a field of this record" });
                }
              }),
            )
            .max(50, "at most 50 sources at once"),
        )
        .default([]),
      sources: z
        .preprocess(
          (v) => (Array.isArray(v) ? v.filter((block) => !isBlankBlock(block)) : []),
          z
            .array(
              blockSchema.superRefine((block, ctx) => {
                checkSourceChoice(block, ctx);
                if (block.fields.length === 0)
                  ctx.addIssue({
                    code: "custom",
                    path: ["fields"],
                    message: "tick at least one field this source supports",
                  });
                for (const field of block.fields) {
                  if (field !== WHOLE_RECORD && !allowed.has(field))
                    ctx.addIssue({
                      code: "custom",
                      path: ["fields"],
                      message: `“${field}” is not a field of this record`,
                    });
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
    })
    .transform(({ citations, sources, removeCitations }) => ({
      removeCitations,
      // Each ticked field of a source block is a citation of its own, all to the one source.
      citations: [
        ...citations.map((row, index): CitationRow => ({ ...row, path: `citations.${index}` })),
        ...sources.flatMap(({ fields, quote, claimedValue, ...source }, index) =>
          fields.map((field): CitationRow => ({
            ...source,
            field: field === WHOLE_RECORD ? null : field,
            quote: quote[field] ?? null,
            claimedValue: claimedValue[field] ?? null,
            note: null,
            path: `sources.${index}`,
          })),
        ),
      ],
    }));
}

export type CitationChanges = z.output<ReturnType<typeof citationRowsSchema>>;
