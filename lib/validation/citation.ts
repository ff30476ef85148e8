import { z } from "zod";
import { CitationRecordType } from "../generated/prisma/enums";
import { limits, optionalText, requiredChoice, requiredId } from "./fields";
import { enumOptions, type EntityKey, type FormDefinition } from "./form-spec";

export const citationFormSchema = z.object({
  sourceId: requiredId("a source"),
  recordType: requiredChoice(CitationRecordType, "a kind of record"),
  recordId: requiredId("a record"),
  field: optionalText(64),
  claimedValue: optionalText(limits.short),
  quote: optionalText(2000),
  note: optionalText(1000),
});

export type CitationFormInput = z.infer<typeof citationFormSchema>;

/** The kind of record a citation points at, by its admin entity. */
export const citationRecordEntities: Readonly<Record<CitationRecordType, EntityKey>> = {
  CITY: "cities",
  STARTUP: "startups",
  PERSON: "people",
  ORGANIZATION: "organizations",
  EMPLOYMENT: "employments",
  FOUNDING: "foundings",
  FUNDING_ROUND: "funding-rounds",
  INVESTMENT: "investments",
  REPORTED_FIGURE: "reported-figures",
};

export const citationForm: FormDefinition<typeof citationFormSchema> = {
  singular: "citation",
  defaults: {},
  createInPlace: false,
  schema: citationFormSchema,
  fields: [
    { name: "sourceId", label: "Source", kind: "reference", reference: "sources", required: true, wide: true },
    {
      name: "recordType",
      label: "Kind of record",
      kind: "select",
      required: true,
      options: enumOptions(CitationRecordType),
    },
    {
      name: "recordId",
      label: "Record",
      kind: "reference",
      required: true,
      referenceBy: { field: "recordType", entities: citationRecordEntities },
      hint: "Choose the kind of record first, then find the record by name.",
    },
    {
      name: "field",
      label: "Field it supports",
      kind: "select",
      citableFieldsOf: { field: "recordType", entities: citationRecordEntities },
      hint: "Empty for the record as a whole.",
    },
    {
      name: "claimedValue",
      label: "Value the source states",
      kind: "text",
      hint: "Only when it differs from the record: the conflict stays visible.",
    },
    { name: "quote", label: "Quote", kind: "textarea", wide: true },
    { name: "note", label: "Note", kind: "textarea", wide: true },
  ],
  citationFields: [],
};
