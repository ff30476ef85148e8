import type { AmountKind } from "../generated/prisma/enums";
import { formatInteger, formatPercent } from "./numbers";

const compact = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 1 });
const integer = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 0 });

/** "8300000" → "8.3 million"; amounts are Decimal strings from the database, never floats on the way in. */
export function formatAmount(value: string | number): string {
  const n = typeof value === "number" ? value : Number(value);
  if (!Number.isFinite(n)) return String(value);
  const scale = (divisor: number, word: string) => {
    const scaled = n / divisor;
    const text = scaled.toLocaleString("en-GB", { maximumFractionDigits: scaled < 10 ? 2 : 1 });
    return `${text} ${word}`;
  };
  if (Math.abs(n) >= 1e9) return scale(1e9, "billion");
  if (Math.abs(n) >= 1e6) return scale(1e6, "million");
  return n.toLocaleString("en-GB", { maximumFractionDigits: 0 });
}

const CURRENCY_PREFIX: Record<string, string> = { USD: "US$", CNY: "¥", HKD: "HK$", EUR: "€", GBP: "£", SGD: "S$" };

function withCurrency(amount: string, currency: string | null): string {
  if (!currency) return `${amount} (currency not reported)`;
  const prefix = CURRENCY_PREFIX[currency];
  return prefix ? `${prefix}${amount}` : `${currency} ${amount}`;
}

/** A round's amount as reported: exact, a range, a lower bound, or "Undisclosed"; the currency is never converted. */
export function formatRoundAmount(round: {
  amountKind: AmountKind;
  amountLow: string | null;
  amountHigh: string | null;
  currency: string | null;
}): string {
  if (round.amountKind === "UNDISCLOSED" || round.amountLow === null) return "Undisclosed";
  const low = formatAmount(round.amountLow);
  if (round.amountKind === "RANGE" && round.amountHigh !== null && round.amountHigh !== round.amountLow) {
    const high = formatAmount(round.amountHigh);
    // "10 million–20 million" reads better as "10–20 million" when both share the unit word.
    const [lowNumber, lowWord] = low.split(" ");
    const [highNumber, highWord] = high.split(" ");
    const range = lowWord && lowWord === highWord ? `${lowNumber}–${highNumber} ${lowWord}` : `${low}–${high}`;
    return withCurrency(range, round.currency);
  }
  if (round.amountKind === "AT_LEAST") return `more than ${withCurrency(low, round.currency)}`;
  return withCurrency(low, round.currency);
}

/** A stored exchange rate: US dollars for one unit of `currency` on `rateOn` (YYYY-MM-DD), and its source. */
export type ExchangeRateView = {
  currency: string;
  rateOn: string;
  usdPerUnit: string;
  source: { publisher: string; url: string };
};

export type UsdEstimate =
  { converted: true; low: number; high: number | null; rate: ExchangeRateView } | { converted: false; reason: string };

/**
 * The rate for a round: of the stored rates for its currency, the one dated nearest the round (the
 * latest when the round is undated). Which one was used is always shown with its date.
 */
export function pickExchangeRate(
  rates: readonly ExchangeRateView[],
  currency: string,
  on: string | null,
): ExchangeRateView | null {
  const candidates = rates.filter((rate) => rate.currency === currency);
  if (candidates.length === 0) return null;
  const day = (iso: string) => Date.parse(`${iso.slice(0, 10)}T00:00:00Z`);
  if (on === null) return candidates.reduce((a, b) => (b.rateOn > a.rateOn ? b : a));
  const target = day(on);
  return candidates.reduce((a, b) => (Math.abs(day(b.rateOn) - target) < Math.abs(day(a.rateOn) - target) ? b : a));
}

/** A non-dollar round in US dollars through a stored rate, or why it is not converted. */
export function estimateUsd(
  round: {
    amountKind: AmountKind;
    amountLow: string | null;
    amountHigh: string | null;
    currency: string | null;
    announcedOn: string | null;
  },
  rates: readonly ExchangeRateView[],
): UsdEstimate | null {
  if (round.amountKind === "UNDISCLOSED" || round.amountLow === null || round.currency === "USD") return null;
  if (round.currency === null) return { converted: false, reason: "not converted: the currency was not reported" };
  const rate = pickExchangeRate(rates, round.currency, round.announcedOn);
  if (!rate) return { converted: false, reason: `not converted: no ${round.currency} exchange rate is recorded` };
  const factor = Number(rate.usdPerUnit);
  const high = round.amountKind === "RANGE" && round.amountHigh !== null ? Number(round.amountHigh) * factor : null;
  return { converted: true, low: Number(round.amountLow) * factor, high, rate };
}

/** "≈ US$33.4 million at the rate of 2024-07-01", "≈ more than US$…", or why it is not converted. */
export function formatUsdEstimate(round: { amountKind: AmountKind }, estimate: UsdEstimate): string {
  if (!estimate.converted) return estimate.reason;
  const amount = formatRoundAmount({
    amountKind: round.amountKind,
    amountLow: String(estimate.low),
    amountHigh: estimate.high === null ? null : String(estimate.high),
    currency: "USD",
  });
  return `≈ ${amount} at the rate of ${estimate.rate.rateOn}`;
}

/** A US-dollar total for lists: "US$58.3 million", or null when nothing was disclosed in dollars. */
export function formatUsdTotal(total: number | null): string | null {
  return total === null ? null : `US$${formatAmount(total)}`;
}

/** US-dollar amounts the way newspapers print them in charts: US$8.3m, US$1.5bn. */
export function formatUsd(value: number): string {
  if (value >= 1e9) return `US$${compact.format(value / 1e9)}bn`;
  if (value >= 1e6) return `US$${compact.format(value / 1e6)}m`;
  if (value >= 1e3) return `US$${compact.format(value / 1e3)}k`;
  return `US$${integer.format(value)}`;
}

/** A low–high US-dollar span, "US$10m–20m", or one amount when the ends agree. */
export function formatUsdRange(low: number, high: number): string {
  return high > low ? `${formatUsd(low)}–${formatUsd(high).replace("US$", "")}` : formatUsd(low);
}

const MONEY_UNITS = new Set(["CNY", "USD", "HKD"]);

/** A reported figure as reported: "45%", "85 companies", "CNY 9.36 billion", or the words reported. */
export function formatReportedValue(figure: { value: number | null; valueText: string | null; unit: string }): {
  value: string;
  unit: string | null;
} {
  if (figure.value === null)
    return { value: figure.valueText ?? "—", unit: figure.unit === "description" ? null : figure.unit };
  if (figure.unit === "percent") return { value: formatPercent(figure.value), unit: null };
  if (MONEY_UNITS.has(figure.unit)) return { value: formatAmount(figure.value), unit: figure.unit };
  return { value: formatInteger(figure.value), unit: figure.unit };
}
