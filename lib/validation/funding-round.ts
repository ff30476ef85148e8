import { z } from "zod";
import { AmountKind, DatePrecision, FundingStage } from "../generated/prisma/enums";
import {
  limits,
  optionalAmount,
  optionalChoice,
  optionalCurrency,
  optionalReportedDate,
  optionalText,
  typedDatePrecision,
  requiredChoice,
  requiredId,
} from "./fields";
import { citableFields, enumOptions, type FieldSpec, type FormDefinition } from "./form-spec";

export const fundingRoundFormSchema = z
  .object({
    startupId: requiredId("a start-up"),
    stage: requiredChoice(FundingStage, "a stage"),
    stageLabel: optionalText(limits.short),
    announcedOn: optionalReportedDate(),
    // Not in the form (what is typed says it); a coarser one sent with a full date still counts.
    datePrecision: optionalChoice(DatePrecision, "a precision"),
    amountKind: requiredChoice(AmountKind, "how the amount was reported"),
    amountLow: optionalAmount(),
    amountHigh: optionalAmount(),
    currency: optionalCurrency(),
    amountUsdLow: optionalAmount(),
    amountUsdHigh: optionalAmount(),
    note: optionalText(limits.long),
  })
  .superRefine((v, ctx) => {
    if (v.amountKind === "UNDISCLOSED") {
      for (const key of ["amountLow", "amountHigh", "amountUsdLow", "amountUsdHigh"] as const) {
        if (v[key] !== null)
          ctx.addIssue({ code: "custom", path: [key], message: "must be empty for an undisclosed amount" });
      }
      return;
    }
    if (v.currency === null)
      ctx.addIssue({ code: "custom", path: ["currency"], message: "is required when an amount is given" });
    if (v.amountLow === null) ctx.addIssue({ code: "custom", path: ["amountLow"], message: "is required" });
    if (v.amountKind === "EXACT" && v.amountHigh !== null && v.amountHigh !== v.amountLow) {
      ctx.addIssue({ code: "custom", path: ["amountHigh"], message: "must be empty (or equal) for an exact amount" });
    }
    if (v.amountKind === "RANGE") {
      if (v.amountHigh === null)
        ctx.addIssue({ code: "custom", path: ["amountHigh"], message: "is required for a range" });
      else if (v.amountLow !== null && Number(v.amountLow) >= Number(v.amountHigh)) {
        ctx.addIssue({ code: "custom", path: ["amountHigh"], message: "must be larger than the low end" });
      }
    }
    if (v.amountUsdLow !== null && v.amountUsdHigh !== null && Number(v.amountUsdLow) > Number(v.amountUsdHigh)) {
      ctx.addIssue({ code: "custom", path: ["amountUsdHigh"], message: "must not be below the low end" });
    }
  })
  .transform((v) => ({ ...v, datePrecision: reportedPrecision(v.announcedOn, v.datePrecision) }));

const precisionRank: Record<DatePrecision, number> = { YEAR: 0, MONTH: 1, DAY: 2 };

/** The precision of what was typed, or a coarser one sent with it (a month given as its first day). */
function reportedPrecision(typed: string | null, sent: DatePrecision | null): DatePrecision | null {
  if (typed === null) return null;
  const fromTyped = typedDatePrecision(typed);
  return sent !== null && precisionRank[sent] < precisionRank[fromTyped] ? sent : fromTyped;
}

export type FundingRoundFormInput = z.infer<typeof fundingRoundFormSchema>;

const fundingRoundFields: FieldSpec[] = [
  { name: "startupId", label: "Start-up", kind: "reference", parent: true, reference: "startups", required: true },
  {
    name: "stage",
    label: "Stage",
    kind: "select",
    required: true,
    options: enumOptions(FundingStage, {
      PRE_A: "Pre-A",
      SERIES_A_PLUS: "Series A+",
      PRE_B: "Pre-B",
      SERIES_B_PLUS: "Series B+",
      SERIES_C_PLUS: "Series C+",
      PRE_IPO: "Pre-IPO",
      IPO: "IPO",
    }),
  },
  { name: "stageLabel", label: "Stage as reported", kind: "text", hint: "When it does not map cleanly, e.g. “A1”." },
  {
    name: "announcedOn",
    label: "Announced on",
    kind: "text",
    precisionField: "datePrecision",
    hint: "As precise as the source: 2024, 2024-07 or 2024-07-14.",
  },
  {
    name: "amountKind",
    label: "Amount",
    kind: "select",
    required: true,
    options: enumOptions(AmountKind, {
      EXACT: "Exact amount",
      RANGE: "Range (e.g. “hundreds of millions”)",
      UNDISCLOSED: "Undisclosed",
    }),
  },
  { name: "amountLow", label: "Amount (or low end)", kind: "text", hint: "In the currency below, e.g. 100000000." },
  { name: "amountHigh", label: "High end", kind: "text" },
  { name: "currency", label: "Currency", kind: "text", hint: "CNY, USD…" },
  { name: "amountUsdLow", label: "In USD (or low end)", kind: "text" },
  { name: "amountUsdHigh", label: "In USD, high end", kind: "text" },
  { name: "note", label: "Note", kind: "textarea", wide: true },
];

export const fundingRoundForm: FormDefinition<typeof fundingRoundFormSchema> = {
  singular: "funding round",
  defaults: { amountKind: "UNDISCLOSED" },
  createInPlace: false,
  schema: fundingRoundFormSchema,
  fields: fundingRoundFields,
  citationFields: citableFields(fundingRoundFields, ["startupId"]),
};
