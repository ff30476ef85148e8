import { z } from "zod";
import { limits, optionalSlug, optionalText, textList } from "./fields";
import { citableFields, type FieldSpec, type FormDefinition } from "./form-spec";

export const personFormSchema = z
  .object({
    nameEn: optionalText(limits.name),
    nameZh: optionalText(limits.name),
    slug: optionalSlug(),
    aliases: textList(),
    bio: optionalText(limits.long),
  })
  .superRefine((value, ctx) => {
    if (!value.nameEn && !value.nameZh) {
      ctx.addIssue({ code: "custom", path: ["nameEn"], message: "give an English or a Chinese name" });
    }
  });

export type PersonFormInput = z.infer<typeof personFormSchema>;

const personFields: FieldSpec[] = [
  { name: "nameEn", label: "English name", kind: "text", hint: "As the person writes it, e.g. Misa Zhu Mingming." },
  { name: "nameZh", label: "Chinese name", kind: "text", lang: "zh", hint: "e.g. 祝铭明" },
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
