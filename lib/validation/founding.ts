import { z } from "zod";
import { Confidence, FoundingRole } from "../generated/prisma/enums";
import { limits, optionalText, requiredChoice, requiredId } from "./fields";
import { citableFields, enumOptions, type FieldSpec, type FormDefinition } from "./form-spec";

export const foundingFormSchema = z.object({
  startupId: requiredId("a start-up"),
  personId: requiredId("a person"),
  role: requiredChoice(FoundingRole, "a role"),
  title: optionalText(limits.short),
  note: optionalText(limits.long),
  confidence: requiredChoice(Confidence, "a confidence level"),
});

export type FoundingFormInput = z.infer<typeof foundingFormSchema>;

const foundingFields: FieldSpec[] = [
  { name: "startupId", label: "Start-up", kind: "reference", parent: true, reference: "startups", required: true },
  { name: "personId", label: "Founder", kind: "reference", parent: true, reference: "people", required: true },
  {
    name: "role",
    label: "Role",
    kind: "select",
    required: true,
    options: enumOptions(FoundingRole, { CO_FOUNDER: "Co-founder", FOUNDING_TEAM: "Founding team" }),
  },
  { name: "title", label: "Titles", kind: "text", hint: "e.g. CEO, chairman" },
  { name: "confidence", label: "Confidence", kind: "select", required: true, options: enumOptions(Confidence) },
  { name: "note", label: "Note", kind: "textarea", wide: true },
];

export const foundingForm: FormDefinition<typeof foundingFormSchema> = {
  singular: "founding",
  defaults: { role: "FOUNDER", confidence: "HIGH" },
  createInPlace: false,
  schema: foundingFormSchema,
  fields: foundingFields,
  citationFields: citableFields(foundingFields, ["startupId", "personId"]),
};
