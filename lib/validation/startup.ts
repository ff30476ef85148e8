import { z } from "zod";
import { Confidence, Sector, StartupStatus } from "../generated/prisma/enums";
import {
  choices,
  limits,
  optionalChoice,
  optionalId,
  optionalReportedDate,
  optionalSlug,
  optionalText,
  optionalUrl,
  requiredChoice,
  typedDatePrecision,
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
    // Typed as precisely as the source states it: 2023, 2023-07 or 2023-07-14 (see foundedFields).
    foundedYear: optionalReportedDate(),
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
  })
  .transform(({ foundedYear, ...value }) => ({ ...value, ...foundedFields(foundedYear) }));

/**
 * The founding as typed, into its columns: the year (what charts, filters and sorting read), and the
 * month (as its first day) or the day with its precision when the source gives one.
 */
export function foundedFields(typed: string | null): {
  foundedYear: number | null;
  foundedDate: string | null;
  foundedPrecision: "MONTH" | "DAY" | null;
} {
  if (typed === null) return { foundedYear: null, foundedDate: null, foundedPrecision: null };
  const precision = typedDatePrecision(typed);
  const year = Number(typed.slice(0, 4));
  if (precision === "YEAR") return { foundedYear: year, foundedDate: null, foundedPrecision: null };
  return {
    foundedYear: year,
    foundedDate: precision === "MONTH" ? `${typed}-01` : typed,
    foundedPrecision: precision,
  };
}

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
  {
    name: "foundedYear",
    label: "Founded year, month or day",
    kind: "text",
    dateField: "foundedDate",
    precisionField: "foundedPrecision",
    hint: "As precise as the source: 2023, 2023-07 or 2023-07-14.",
  },
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
