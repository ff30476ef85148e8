import { z } from "zod";
import {
  checkbox,
  limits,
  optionalAmount,
  optionalDate,
  optionalId,
  optionalSlug,
  optionalText,
  requiredId,
  requiredText,
} from "./fields";
import { citableFields, type FieldSpec, type FormDefinition } from "./form-spec";

export const reportedFigureFormSchema = z
  .object({
    metric: requiredText(limits.short),
    slug: optionalSlug(),
    value: optionalAmount(4),
    valueText: optionalText(100),
    unit: requiredText(50),
    asOfDate: optionalDate(),
    asOfLabel: requiredText(100),
    scope: optionalText(limits.short),
    scopeCityId: optionalId("a city"),
    baseFigureId: optionalId("a figure"),
    originalDataSource: optionalText(limits.name),
    alibabaSpecific: checkbox(),
    note: optionalText(limits.long),
    sourceId: requiredId("a source"),
  })
  .superRefine((v, ctx) => {
    if (v.value === null && v.valueText === null)
      ctx.addIssue({ code: "custom", path: ["value"], message: "give the number, or the figure as reported" });
  });

export type ReportedFigureFormInput = z.infer<typeof reportedFigureFormSchema>;

const reportedFigureFields: FieldSpec[] = [
  { name: "metric", label: "What is counted", kind: "text", required: true, wide: true },
  { name: "slug", label: "URL name", kind: "slug", slugFrom: ["metric"] },
  { name: "value", label: "Value", kind: "text", hint: "A number, e.g. 85 or 45 (for 45%)." },
  { name: "valueText", label: "Value as reported", kind: "text", hint: "When not a single number: “>50,000”." },
  { name: "unit", label: "Unit", kind: "text", required: true, hint: "e.g. start-ups, percent" },
  { name: "asOfDate", label: "As of (date)", kind: "date" },
  { name: "asOfLabel", label: "As of (as reported)", kind: "text", required: true, hint: "e.g. 2024" },
  { name: "scope", label: "Scope", kind: "text" },
  { name: "scopeCityId", label: "City it covers", kind: "reference", reference: "cities" },
  { name: "baseFigureId", label: "Share of figure", kind: "reference", reference: "reported-figures" },
  { name: "originalDataSource", label: "Original data source", kind: "text", hint: "e.g. ITJuzi" },
  { name: "alibabaSpecific", label: "About Alibaba alumni specifically", kind: "checkbox" },
  { name: "sourceId", label: "Source", kind: "reference", reference: "sources", required: true, wide: true },
  { name: "note", label: "Note", kind: "textarea", wide: true },
];

export const reportedFigureForm: FormDefinition<typeof reportedFigureFormSchema> = {
  singular: "reported figure",
  defaults: { alibabaSpecific: "on" },
  createInPlace: false,
  schema: reportedFigureFormSchema,
  fields: reportedFigureFields,
  citationFields: citableFields(reportedFigureFields, ["sourceId"]),
};
