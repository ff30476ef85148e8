import { z } from "zod";
import { Confidence, Sector, StartupStatus } from "../generated/prisma/enums";
import {
  choices,
  limits,
  optionalChoice,
  optionalDate,
  optionalId,
  optionalSlug,
  optionalText,
  optionalUrl,
  optionalYear,
  requiredChoice,
  textList,
} from "./fields";
import { SECTOR_LABELS } from "../labels";
import { citableFields, enumOptions, type FieldSpec, type FormDefinition } from "./form-spec";

const sectorValues = Object.values(Sector);

export const startupFormSchema = z
  .object({
    nameEn: optionalText(limits.name),
    nameZh: optionalText(limits.name),
    label: optionalText(limits.name),
    slug: optionalSlug(),
    aliases: textList(),
    description: optionalText(limits.long),
    foundedYear: optionalYear(),
    foundedDate: optionalDate(),
    cityId: optionalId("a city"),
    locationNote: optionalText(limits.short),
    sectors: choices(Sector),
    status: optionalChoice(StartupStatus, "a status"),
    statusNote: optionalText(limits.short),
    website: optionalUrl(),
    confidence: requiredChoice(Confidence, "a confidence level"),
  })
  .superRefine((value, ctx) => {
    if (!value.nameEn && !value.nameZh && !value.label) {
      ctx.addIssue({
        code: "custom",
        path: ["nameEn"],
        message: "give an English name, a Chinese name or a descriptive label",
      });
    }
    if (value.foundedDate && value.foundedYear && Number(value.foundedDate.slice(0, 4)) !== value.foundedYear) {
      ctx.addIssue({ code: "custom", path: ["foundedDate"], message: "is in a different year from the founded year" });
    }
  });

export type StartupFormInput = z.infer<typeof startupFormSchema>;

const startupFields: FieldSpec[] = [
  { name: "nameEn", label: "English name", kind: "text", section: "Names" },
  { name: "nameZh", label: "Chinese name", kind: "text", lang: "zh", hint: "e.g. 灵伴科技" },
  {
    name: "label",
    label: "Descriptive label",
    kind: "text",
    hint: "Only when no name has been reported, e.g. “stealth agent start-up”.",
  },
  {
    name: "slug",
    label: "URL name",
    kind: "slug",
    slugFrom: ["nameEn", "nameZh", "label"],
    hint: "Generated from the English name or the pinyin of the Chinese name; you may edit it.",
  },
  {
    name: "aliases",
    label: "Other names",
    kind: "list",
    hint: "One per line: former names, brand names, abbreviations.",
    wide: true,
  },
  { name: "description", label: "Description", kind: "textarea", wide: true, section: "About" },
  { name: "foundedYear", label: "Founded year", kind: "number" },
  { name: "foundedDate", label: "Founded date", kind: "date", hint: "Only when the exact date is reported." },
  { name: "cityId", label: "City", kind: "reference", reference: "cities" },
  { name: "locationNote", label: "Location note", kind: "text" },
  {
    name: "sectors",
    label: "Sectors",
    kind: "checkboxes",
    options: sectorValues.map((v) => ({ value: v, label: SECTOR_LABELS[v] })),
    wide: true,
  },
  { name: "status", label: "Status", kind: "select", options: enumOptions(StartupStatus) },
  { name: "statusNote", label: "Status note", kind: "text" },
  { name: "website", label: "Website", kind: "url" },
  {
    name: "confidence",
    label: "Confidence",
    kind: "select",
    required: true,
    options: enumOptions(Confidence),
    hint: "How sure we are that this start-up belongs here.",
  },
];

export const startupForm: FormDefinition<typeof startupFormSchema> = {
  singular: "start-up",
  defaults: { confidence: "HIGH" },
  createInPlace: true,
  schema: startupFormSchema,
  fields: startupFields,
  citationFields: citableFields(startupFields, []),
};
