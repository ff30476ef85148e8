import { z } from "zod";
import { OrganizationKind } from "../generated/prisma/enums";
import {
  limits,
  optionalId,
  optionalSlug,
  optionalText,
  optionalUrl,
  requiredChoice,
  requiredText,
  textList,
} from "./fields";
import { citableFields, type FieldSpec, type FormDefinition } from "./form-spec";

const kindValues = Object.values(OrganizationKind);

export const organizationKindLabels: Record<OrganizationKind, string> = {
  ALIBABA_UNIT: "Alibaba Group unit",
  INVESTMENT_FIRM: "Investment firm",
  COMPANY: "Company",
  GOVERNMENT: "Government body",
};

export const organizationFormSchema = z.object({
  nameEn: requiredText(limits.name),
  nameZh: optionalText(limits.name),
  slug: optionalSlug(),
  aliases: textList(),
  kind: requiredChoice(OrganizationKind, "a kind"),
  parentId: optionalId("a parent organization"),
  description: optionalText(limits.long),
  website: optionalUrl(),
});

export type OrganizationFormInput = z.infer<typeof organizationFormSchema>;

const organizationFields: FieldSpec[] = [
  { name: "nameEn", label: "English name", kind: "text", required: true },
  { name: "nameZh", label: "Chinese name", kind: "text", lang: "zh", hint: "e.g. 达摩院" },
  { name: "slug", label: "URL name", kind: "slug", slugFrom: ["nameEn", "nameZh"] },
  { name: "aliases", label: "Other names", kind: "list", wide: true },
  {
    name: "kind",
    label: "Kind",
    kind: "select",
    required: true,
    options: kindValues.map((v) => ({ value: v, label: organizationKindLabels[v] })),
  },
  {
    name: "parentId",
    label: "Part of",
    kind: "reference",
    reference: "organizations",
    createDefaults: { kind: "ALIBABA_UNIT" },
    hint: "For Alibaba units: the unit above it (e.g. DAMO Academy → Alibaba Group).",
  },
  { name: "description", label: "Description", kind: "textarea", wide: true },
  { name: "website", label: "Website", kind: "url" },
];

export const organizationForm: FormDefinition<typeof organizationFormSchema> = {
  singular: "organization",
  defaults: {},
  createInPlace: true,
  schema: organizationFormSchema,
  fields: organizationFields,
  citationFields: citableFields(organizationFields, []),
};
