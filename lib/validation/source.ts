import { z } from "zod";
import { DatePrecision, SourceKind } from "../generated/prisma/enums";
import { SOURCE_KIND_LABELS } from "../sources/kinds";
import { sourceLanguageCodes, sourceLanguages } from "./citation-rows";
import { limits, optionalChoice, optionalDate, optionalText, optionalUrl, requiredText, requiredUrl } from "./fields";
import { enumOptions, type FormDefinition } from "./form-spec";

export const sourceFormSchema = z
  .object({
    url: requiredUrl(),
    publisher: requiredText(limits.name),
    originalPublisher: optionalText(limits.name),
    canonicalUrl: optionalUrl(),
    title: optionalText(limits.short),
    publishedOn: optionalDate(),
    publishedPrecision: optionalChoice(DatePrecision, "a precision"),
    retrievedOn: optionalDate(),
    language: z.preprocess(
      (v) => (Array.isArray(v) ? v[0] : v),
      z.enum(sourceLanguageCodes, { error: "choose a language" }),
    ),
    kind: optionalChoice(SourceKind, "a kind of page"),
    note: optionalText(limits.long),
  })
  .superRefine((source, ctx) => {
    if (source.publishedOn !== null && source.publishedPrecision === null) {
      ctx.addIssue({ code: "custom", path: ["publishedPrecision"], message: "say how much of the date was reported" });
    }
    if (source.publishedOn === null && source.publishedPrecision !== null) {
      ctx.addIssue({ code: "custom", path: ["publishedOn"], message: "is needed for a precision" });
    }
    if (source.canonicalUrl !== null && source.canonicalUrl === source.url) {
      ctx.addIssue({ code: "custom", path: ["canonicalUrl"], message: "is the address read; leave it empty" });
    }
  });

export type SourceFormInput = z.infer<typeof sourceFormSchema>;

export const sourceForm: FormDefinition<typeof sourceFormSchema> = {
  singular: "source",
  defaults: { language: "en" },
  createInPlace: true,
  schema: sourceFormSchema,
  fields: [
    { name: "url", label: "Web address read", kind: "url", required: true, wide: true },
    {
      name: "publisher",
      label: "Publisher",
      kind: "text",
      required: true,
      hint: "Of the page read, e.g. 36Kr, Reuters.",
    },
    {
      name: "kind",
      label: "Kind of page",
      kind: "select",
      options: enumOptions(SourceKind, SOURCE_KIND_LABELS),
      hint: "AI-generated pages never support a fact alone; copies and aggregators alone mean medium confidence.",
    },
    {
      name: "originalPublisher",
      label: "Original publisher",
      kind: "text",
      hint: "When the address is a mirror or a syndicated copy.",
    },
    {
      name: "canonicalUrl",
      label: "Original’s web address",
      kind: "url",
      wide: true,
      hint: "When the page read is a copy and the original’s address is known.",
    },
    { name: "title", label: "Title", kind: "text", wide: true },
    { name: "publishedOn", label: "Published on", kind: "date", hint: "For a month or a year, pick its first day." },
    {
      name: "publishedPrecision",
      label: "Date reported as",
      kind: "select",
      options: enumOptions(DatePrecision, { DAY: "a day", MONTH: "a month", YEAR: "a year" }),
    },
    { name: "retrievedOn", label: "Retrieved on", kind: "date" },
    { name: "language", label: "Language", kind: "select", required: true, options: sourceLanguages },
    { name: "note", label: "Note", kind: "textarea", wide: true, hint: "What the page is, if not obvious." },
  ],
  citationFields: [],
};
