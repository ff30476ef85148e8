import { z } from "zod";
import { limits, optionalDate, optionalText, requiredText, requiredUrl } from "./fields";
import { sourceLanguageCodes, sourceLanguages } from "./citation-rows";
import type { FormDefinition } from "./form-spec";

export const sourceFormSchema = z.object({
  url: requiredUrl(),
  publisher: requiredText(limits.name),
  originalPublisher: optionalText(limits.name),
  title: optionalText(limits.short),
  publishedOn: optionalDate(),
  language: z.preprocess(
    (v) => (Array.isArray(v) ? v[0] : v),
    z.enum(sourceLanguageCodes, { error: "choose a language" }),
  ),
});

export type SourceFormInput = z.infer<typeof sourceFormSchema>;

export const sourceForm: FormDefinition<typeof sourceFormSchema> = {
  schema: sourceFormSchema,
  fields: [
    { name: "url", label: "Web address", kind: "url", required: true, wide: true },
    { name: "publisher", label: "Publisher", kind: "text", required: true, hint: "e.g. 36Kr, Reuters" },
    {
      name: "originalPublisher",
      label: "Original publisher",
      kind: "text",
      hint: "When the address is a mirror or a syndicated copy.",
    },
    { name: "title", label: "Title", kind: "text", wide: true },
    { name: "publishedOn", label: "Published on", kind: "date" },
    { name: "language", label: "Language", kind: "select", required: true, options: sourceLanguages },
  ],
  citationFields: [],
};
