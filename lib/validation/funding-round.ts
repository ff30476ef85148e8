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
import { compareDecimals, parseReportedAmount, REPORTED_AMOUNT_EXAMPLES } from "../text/reported-amount";

export const fundingRoundFormSchema = z
  .object({
    startupId: requiredId("a start-up"),
    stage: requiredChoice(FundingStage, "a stage"),
    stageLabel: optionalText(limits.short),
    announcedOn: optionalReportedDate(),
    // Not in the form (what is typed says it); a coarser one sent with a full date still counts.
    datePrecision: optionalChoice(DatePrecision, "a precision"),
    // The end of a span ("2024–2025"), typed as precisely as reported; its precision is read from it.
    announcedUntil: optionalReportedDate(),
    // The source's own words ("超2亿元", "数千万元", "more than US$20 million"), read into the fields below.
    amountText: optionalText(limits.short),
    amountKind: optionalChoice(AmountKind, "how the amount was reported"),
    amountLow: optionalAmount(),
    amountHigh: optionalAmount(),
    currency: optionalCurrency(),
    note: optionalText(limits.long),
  })
  .transform((v, ctx) => {
    checkSpan(v.announcedOn, v.announcedUntil, ctx);
    const amount = resolveAmount(v, ctx);
    const usd = amount.currency === "USD";
    return {
      ...v,
      ...amount,
      datePrecision: reportedPrecision(v.announcedOn, v.datePrecision),
      untilPrecision: v.announcedUntil === null ? null : typedDatePrecision(v.announcedUntil),
      // A US-dollar amount is its own US-dollar value: it counts in US-dollar totals as typed. Other
      // currencies are converted only through a stored, sourced exchange rate (lib/data/exchange-rates).
      amountUsdLow: usd ? amount.amountLow : null,
      amountUsdHigh: usd ? (amount.amountKind === "EXACT" ? amount.amountLow : amount.amountHigh) : null,
    };
  });

/** The first day of a date typed as 2024, 2024-07 or 2024-07-14, for comparing two of them. */
const firstDay = (typed: string) =>
  typed.length === 4 ? `${typed}-01-01` : typed.length === 7 ? `${typed}-01` : typed;

/** A span's end must follow its start, which must be given. */
function checkSpan(start: string | null, end: string | null, ctx: z.RefinementCtx): void {
  if (end === null) return;
  if (start === null) {
    ctx.addIssue({
      code: "custom",
      path: ["announcedUntil"],
      message: "needs the start of the span in “Announced on” (for “2024–2025”, 2024 there and 2025 here)",
    });
  } else if (firstDay(end) <= firstDay(start)) {
    ctx.addIssue({
      code: "custom",
      path: ["announcedUntil"],
      message: `must be after the start (${start}): a span ends later than it begins; for one date leave this empty`,
    });
  }
}

type AmountFields = {
  amountText: string | null;
  amountKind: AmountKind | null;
  amountLow: string | null;
  amountHigh: string | null;
  currency: string | null;
};

/**
 * The amount from its words and its fields: the words, when typed, say the kind, the ends and (when
 * they name one) the currency; a field typed as well must agree with them. Without words the kind
 * follows what is typed (nothing: undisclosed; one amount: exact; two: a range) unless chosen.
 */
function resolveAmount(v: AmountFields, ctx: z.RefinementCtx): AmountFields & { amountKind: AmountKind } {
  let { amountKind: kind, amountLow: low, amountHigh: high, currency } = v;
  if (v.amountText !== null) {
    const read = parseReportedAmount(v.amountText);
    if (!read.ok) {
      ctx.addIssue({ code: "custom", path: ["amountText"], message: read.message });
      return { ...v, amountKind: kind ?? "UNDISCLOSED" };
    }
    const { amount } = read;
    const disagree = (path: string, typed: string, fromWords: string) =>
      ctx.addIssue({
        code: "custom",
        path: [path],
        message: `says ${typed} but the amount as reported says ${fromWords}: change one, or leave this empty`,
      });
    if (kind !== null && kind !== amount.kind) disagree("amountKind", kindWords[kind], kindWords[amount.kind]);
    if (low !== null && amount.low !== null && compareDecimals(low, amount.low) !== 0)
      disagree("amountLow", low, amount.low);
    const wordsHigh = amount.kind === "EXACT" ? amount.low : amount.high;
    if (high !== null && wordsHigh !== null && compareDecimals(high, wordsHigh) !== 0)
      disagree("amountHigh", high, wordsHigh);
    if (high !== null && wordsHigh === null) disagree("amountHigh", high, "no high end");
    if (currency !== null && amount.currency !== null && currency !== amount.currency)
      disagree("currency", currency, amount.currency);
    kind = amount.kind;
    low = amount.low;
    high = amount.kind === "EXACT" ? null : amount.high;
    currency = amount.currency ?? currency;
  } else if (kind === null) {
    kind = low === null && high === null ? "UNDISCLOSED" : high === null || high === low ? "EXACT" : "RANGE";
  }
  if (kind === "UNDISCLOSED") {
    for (const key of ["amountLow", "amountHigh"] as const) {
      if (v[key] !== null && v.amountText === null)
        ctx.addIssue({ code: "custom", path: [key], message: "must be empty for an undisclosed amount" });
    }
    return { amountText: v.amountText, amountKind: kind, amountLow: null, amountHigh: null, currency: null };
  }
  if (currency === null) {
    ctx.addIssue({
      code: "custom",
      path: ["currency"],
      message:
        v.amountText === null
          ? "is required when an amount is given"
          : "is required: the amount as reported names no currency (add 元, US$, RMB… or type the code here)",
    });
  }
  if (low === null) ctx.addIssue({ code: "custom", path: ["amountLow"], message: "is required" });
  if (kind === "EXACT" && high !== null && high !== low) {
    ctx.addIssue({ code: "custom", path: ["amountHigh"], message: "must be empty (or equal) for an exact amount" });
  }
  if (kind === "AT_LEAST" && high !== null) {
    ctx.addIssue({ code: "custom", path: ["amountHigh"], message: "must be empty for a lower bound (“more than”)" });
  }
  if (kind === "RANGE") {
    if (high === null) ctx.addIssue({ code: "custom", path: ["amountHigh"], message: "is required for a range" });
    else if (low !== null && compareDecimals(low, high) >= 0) {
      ctx.addIssue({ code: "custom", path: ["amountHigh"], message: "must be larger than the low end" });
    }
  }
  return { amountText: v.amountText, amountKind: kind, amountLow: low, amountHigh: high, currency };
}

const kindWords: Record<AmountKind, string> = {
  EXACT: "an exact amount",
  RANGE: "a range",
  AT_LEAST: "a lower bound",
  UNDISCLOSED: "undisclosed",
};

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
    name: "announcedUntil",
    label: "Until (a span)",
    kind: "text",
    precisionField: "untilPrecision",
    hint: "Only when the source gives a span: 2025 for “2024–2025”, with 2024 above.",
  },
  {
    name: "amountText",
    label: "Amount as reported",
    kind: "text",
    wide: true,
    hint: `In the source's words, e.g. ${REPORTED_AMOUNT_EXAMPLES}. Fills the fields below; leave empty if undisclosed.`,
  },
  {
    name: "amountKind",
    label: "Amount",
    kind: "select",
    blankOption: "— from what is typed —",
    options: enumOptions(AmountKind, {
      EXACT: "Exact amount",
      RANGE: "Range (e.g. “hundreds of millions”)",
      AT_LEAST: "Lower bound (“more than”)",
      UNDISCLOSED: "Undisclosed",
    }),
  },
  { name: "amountLow", label: "Amount (or low end)", kind: "text", hint: "In the currency below, e.g. 100000000." },
  { name: "amountHigh", label: "High end", kind: "text" },
  { name: "currency", label: "Currency", kind: "text", hint: "ISO 4217: CNY (renminbi), USD, HKD…" },
  { name: "note", label: "Note", kind: "textarea", wide: true },
];

export const fundingRoundForm: FormDefinition<typeof fundingRoundFormSchema> = {
  singular: "funding round",
  defaults: {},
  createInPlace: false,
  schema: fundingRoundFormSchema,
  fields: fundingRoundFields,
  citationFields: citableFields(fundingRoundFields, ["startupId"]),
};
