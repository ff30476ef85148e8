import { z } from "zod";
import { limits, optionalSlug, optionalText, textList } from "./fields";
import { citableFields, type FieldSpec, type FormDefinition } from "./form-spec";

export const personFormSchema = z
  .object({
    nameEn: optionalText(limits.name),
    nameZh: optionalText(limits.name),
    label: optionalText(limits.short),
    slug: optionalSlug(),
    aliases: textList(),
    bio: optionalText(limits.long),
  })
  .superRefine((value, ctx) => {
    if (!value.nameEn && !value.nameZh && !value.label) {
      ctx.addIssue({
        code: "custom",
        path: ["nameEn"],
        message:
          "give an English or a Chinese name, or, when no source names the person, describe them under “No name reported”",
      });
    }
  });

export type PersonFormInput = z.infer<typeof personFormSchema>;

const personFields: FieldSpec[] = [
  { name: "nameEn", label: "English name", kind: "text", hint: "As the person writes it, e.g. Misa Zhu Mingming." },
  { name: "nameZh", label: "Chinese name", kind: "text", lang: "zh", hint: "e.g. 祝铭明" },
  {
    name: "label",
    label: "No name reported",
    kind: "text",
    hint: "Only when no source names the person: their role and where it is stated, e.g. “co-founder, name not reported (36Kr, 2023)”.",
    wide: true,
  },
  { name: "slug", label: "URL name", kind: "slug", slugFrom: ["nameEn", "nameZh"] },
  {
    name: "aliases",
    label: "Other names",
    kind: "list",
    hint: "One per line, including Alibaba nicknames (花名).",
    wide: true,
  },
  { name: "bio", label: "Biography", kind: "textarea", wide: true },
];

export const personForm: FormDefinition<typeof personFormSchema> = {
  singular: "person",
  defaults: {},
  createInPlace: true,
  schema: personFormSchema,
  fields: personFields,
  citationFields: citableFields(personFields, []),
};
