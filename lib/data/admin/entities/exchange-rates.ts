import "server-only";
import { z } from "zod";
import { FieldError } from "@/lib/forms/errors";
import { exchangeRateForm } from "@/lib/validation/exchange-rate";
import { ensureLive } from "../checks";
import { dateOrNull, defineEntity, noReferrers } from "./define";
import { recordWords } from "./words";

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

export const exchangeRates = defineEntity(exchangeRateForm, {
  key: "exchange-rates",
  model: "exchangeRate",
  recordType: "EXCHANGE_RATE",
  // A rate carries its one source in its own row, as a reported figure does; it is not cited field by field.
  citationType: null,
  singular: "exchange rate",
  plural: "Exchange rates",
  include: { source: { select: { publisher: true, title: true, url: true } } },
  view: z.object({
    currency: z.string(),
    rateOn: z.date(),
    usdPerUnit: z.unknown().transform(String),
    source: z.object({ publisher: z.string(), title: z.string().nullable(), url: z.string() }).nullish(),
  }),
  async toColumns(tx, input, id) {
    await ensureLive(tx, "source", input.sourceId, "sourceId");
    const rateOn = dateOrNull(input.rateOn);
    // The live unique index refuses a second rate for one currency and day; say which rate holds it.
    const holder = await tx.exchangeRate.findFirst({
      where: { currency: input.currency, rateOn: rateOn ?? undefined, deletedAt: null, ...(id ? { NOT: { id } } : {}) },
      select: { id: true, usdPerUnit: true },
    });
    if (holder) {
      throw new FieldError(
        "rateOn",
        `already has a ${input.currency} rate (exchange rate #${holder.id}, US$${holder.usdPerUnit.toString()} per unit); edit that one instead`,
      );
    }
    return { ...input, rateOn };
  },
  display: (row, locale) =>
    recordWords(locale).t("exchangeRate", { currency: row.currency, day: isoDay(row.rateOn), rate: row.usdPerUnit }),
  detail: (row) => (row.source ? `${row.source.publisher}: ${row.source.title ?? row.source.url}` : null),
  referrers: noReferrers,
  // Converted amounts show on start-up profiles, which every record write marks stale (RECORDS_TAG).
  publicPaths: () => ["/", "/startups"],
  searchColumns: ["currency"],
});
