import { z } from "zod";
import { checkbox, limits, optionalMonth, optionalText, optionalYear, requiredId } from "./fields";
import { citableFields, type FieldSpec, type FormDefinition } from "./form-spec";

export const employmentFormSchema = z
  .object({
    personId: requiredId("a person"),
    organizationId: requiredId("an organization"),
    role: optionalText(limits.short),
    startYear: optionalYear(),
    startMonth: optionalMonth(),
    endYear: optionalYear(),
    endMonth: optionalMonth(),
    isCurrent: checkbox(),
    endNotStated: checkbox(),
    note: optionalText(limits.long),
  })
  .superRefine((v, ctx) => {
    if (v.startMonth !== null && v.startYear === null)
      ctx.addIssue({ code: "custom", path: ["startMonth"], message: "needs a start year" });
    if (v.endMonth !== null && v.endYear === null)
      ctx.addIssue({ code: "custom", path: ["endMonth"], message: "needs an end year" });
    if (v.isCurrent && v.endYear !== null)
      ctx.addIssue({ code: "custom", path: ["endYear"], message: "must be empty while the person is still there" });
    if (v.endNotStated) {
      if (v.isCurrent)
        ctx.addIssue({ code: "custom", path: ["endNotStated"], message: "cannot be ticked with “Still there”" });
      if (v.endYear !== null)
        ctx.addIssue({ code: "custom", path: ["endYear"], message: "must be empty when the end is not stated" });
    }
    if (v.startYear !== null && v.endYear !== null) {
      const start = v.startYear * 12 + (v.startMonth ?? 1);
      const end = v.endYear * 12 + (v.endMonth ?? 12);
      if (v.endYear < v.startYear || end < start)
        ctx.addIssue({ code: "custom", path: ["endYear"], message: "is before the start" });
    }
  });

export type EmploymentFormInput = z.infer<typeof employmentFormSchema>;

const employmentFields: FieldSpec[] = [
  { name: "personId", label: "Person", kind: "reference", parent: true, reference: "people", required: true },
  {
    name: "organizationId",
    label: "Organization",
    kind: "reference",
    reference: "organizations",
    required: true,
    hint: "The Alibaba unit (or other employer).",
    createDefaults: { kind: "ALIBABA_UNIT" },
  },
  { name: "role", label: "Role", kind: "text", hint: "e.g. head of M Studio" },
  { name: "startYear", label: "Start year", kind: "number" },
  { name: "startMonth", label: "Start month", kind: "number" },
  { name: "endYear", label: "End year", kind: "number" },
  { name: "endMonth", label: "End month", kind: "number" },
  {
    name: "isCurrent",
    label: "Still there",
    kind: "checkbox",
    hint: "Leave unticked with an empty end year for “left, year not reported”.",
  },
  {
    name: "endNotStated",
    label: "End not stated",
    kind: "checkbox",
    hint: "The source does not say whether or when they left.",
  },
  { name: "note", label: "Note", kind: "textarea", wide: true },
];

export const employmentForm: FormDefinition<typeof employmentFormSchema> = {
  singular: "employment",
  defaults: {},
  createInPlace: false,
  schema: employmentFormSchema,
  fields: employmentFields,
  citationFields: citableFields(employmentFields, ["personId"]),
};
