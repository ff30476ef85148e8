import { z } from "zod";
import { optionalCurrency, optionalDate, optionalText, requiredId } from "./fields";
import type { FieldSpec, FormDefinition } from "./form-spec";

const RATE_PATTERN = /^\d{1,10}(?:\.\d{1,10})?$/;

/**
 * A dated rate as its source states it: US dollars for one unit of another currency. The database
 * refuses a USD rate, a rate that is not positive and a second live rate for one currency and day
 * (migrations 20261201000100 and 20261201000300); the form says so first, on the field.
 */
export const exchangeRateFormSchema = z.object({
  currency: optionalCurrency().pipe(
    z
      .string({ error: "is required" })
      .refine((code) => code !== "USD", "must not be USD: a rate converts another currency into US dollars"),
  ),
  rateOn: optionalDate().pipe(z.string({ error: "is required" })),
  usdPerUnit: z.preprocess(
    (v) => {
      const value = Array.isArray(v) ? v[0] : v;
      return typeof value === "string" ? value.trim().replace(/[,\s_]/g, "") : value;
    },
    z
      .string({ error: "is required" })
      .min(1, "is required")
      .refine((v) => !v.startsWith("-"), "must be more than zero")
      .refine(
        (v) => v.startsWith("-") || RATE_PATTERN.test(v),
        "must be a number such as 0.1389 (at most 10 digits before and 10 after the point)",
      )
      .refine((v) => !RATE_PATTERN.test(v) || Number(v) > 0, "must be more than zero"),
  ),
  sourceId: requiredId("the source that states this rate"),
  note: optionalText(1000),
});

export type ExchangeRateFormInput = z.infer<typeof exchangeRateFormSchema>;

const exchangeRateFields: FieldSpec[] = [
  {
    name: "currency",
    label: "Currency",
    kind: "text",
    required: true,
    hint: "ISO 4217 code of the currency converted, e.g. CNY or HKD (not USD).",
  },
  {
    name: "rateOn",
    label: "Date of the rate",
    kind: "date",
    required: true,
    hint: "YYYY-MM-DD, as the source dates it.",
  },
  {
    name: "usdPerUnit",
    label: "US dollars per unit",
    kind: "text",
    required: true,
    hint: "e.g. 0.1389 for one CNY; more than zero.",
  },
  { name: "sourceId", label: "Source", kind: "reference", reference: "sources", required: true, wide: true },
  { name: "note", label: "Note", kind: "textarea", wide: true },
];

export const exchangeRateForm: FormDefinition<typeof exchangeRateFormSchema> = {
  singular: "exchange rate",
  defaults: { currency: "CNY" },
  createInPlace: false,
  schema: exchangeRateFormSchema,
  fields: exchangeRateFields,
  citationFields: [],
};
