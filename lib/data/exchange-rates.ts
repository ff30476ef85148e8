import "server-only";
import type { AppPrismaClient } from "@/lib/db/connection";
import { formatIsoDate } from "@/lib/format/dates";
import type { ExchangeRateView } from "@/lib/format/money";

/**
 * The stored, sourced exchange rates for some currencies. A round in another currency is converted
 * only through one of these (lib/format/money.ts picks the one dated nearest the round) and always
 * shown with the rate's date; with none stored, the page says the amount is not converted.
 */
export async function findExchangeRates(
  prisma: AppPrismaClient,
  { currencies }: { currencies: readonly string[] },
): Promise<ExchangeRateView[]> {
  const wanted = [...new Set(currencies)].filter((currency) => currency !== "USD");
  if (wanted.length === 0) return [];
  const rows = await prisma.exchangeRate.findMany({
    where: { currency: { in: wanted }, deletedAt: null },
    orderBy: [{ currency: "asc" }, { rateOn: "asc" }],
    select: {
      currency: true,
      rateOn: true,
      usdPerUnit: true,
      source: { select: { publisher: true, url: true } },
    },
  });
  return rows.map((row) => ({
    currency: row.currency,
    rateOn: formatIsoDate(row.rateOn) ?? "",
    usdPerUnit: row.usdPerUnit.toString(),
    source: row.source,
  }));
}
