import { z } from "zod";
import { checkbox, limits, optionalId, optionalText, requiredId } from "./fields";
import { citableFields, type FieldSpec, type FormDefinition } from "./form-spec";

export const investmentFormSchema = z
  .object({
    roundId: requiredId("a funding round"),
    organizationId: optionalId("an investor"),
    personId: optionalId("an investor"),
    isLead: checkbox(),
    note: optionalText(limits.long),
  })
  .superRefine((v, ctx) => {
    if ((v.organizationId === null) === (v.personId === null)) {
      ctx.addIssue({
        code: "custom",
        path: ["organizationId"],
        message: "choose one investor: an organization or a person",
      });
    }
  });

export type InvestmentFormInput = z.infer<typeof investmentFormSchema>;

const investmentFields: FieldSpec[] = [
  {
    name: "roundId",
    label: "Funding round",
    kind: "reference",
    parent: true,
    reference: "funding-rounds",
    required: true,
  },
  {
    name: "organizationId",
    label: "Investor (organization)",
    kind: "reference",
    reference: "organizations",
    createDefaults: { kind: "INVESTMENT_FIRM" },
  },
  {
    name: "personId",
    label: "Investor (person)",
    kind: "reference",
    reference: "people",
    hint: "Either an organization or a person.",
  },
  { name: "isLead", label: "Lead investor", kind: "checkbox" },
  { name: "note", label: "Note", kind: "textarea", wide: true },
];

export const investmentForm: FormDefinition<typeof investmentFormSchema> = {
  singular: "investment",
  defaults: {},
  createInPlace: false,
  schema: investmentFormSchema,
  fields: investmentFields,
  citationFields: citableFields(investmentFields, ["roundId"]),
};
