import type { AmountKind } from "../generated/prisma/enums";
import type { Locale } from "../i18n/locales";
import { INTL_LOCALE, formatInteger, formatPercent } from "./numbers";

// Amounts read the way each language's financial press writes them: "¥200 million", "US$20 million" in
// English; "2亿元", "2000万美元" in 中文 (Chinese counts in 万 and 亿, and names the currency after the number).

const compact = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 1 });
const integer = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 0 });
// Chinese papers print 5000万, not 5,000万: no grouping in front of a unit.
const compactZh = new Intl.NumberFormat(INTL_LOCALE.zh, { maximumFractionDigits: 1, useGrouping: false });

/** "200000000" → "2亿", "83000000" → "8300万", "12000" → "1.2万", "9000" → "9000". */
function chineseAmount(n: number): string {
  const scale = (divisor: number, word: string) => {
    const scaled = n / divisor;
    const digits = Math.abs(scaled) < 10 ? 2 : 1;
    return `${scaled.toLocaleString(INTL_LOCALE.zh, { maximumFractionDigits: digits, useGrouping: false })}${word}`;
  };
  if (Math.abs(n) >= 1e12) return scale(1e12, "万亿");
  if (Math.abs(n) >= 1e8) return scale(1e8, "亿");
  if (Math.abs(n) >= 1e4) return scale(1e4, "万");
  return n.toLocaleString(INTL_LOCALE.zh, { maximumFractionDigits: 0, useGrouping: false });
}

/**
 * "8300000" → "8.3 million" (中文: "830万"); amounts are Decimal strings from the database, never
 * floats on the way in.
 */
export function formatAmount(value: string | number, locale: Locale = "en"): string {
  const n = typeof value === "number" ? value : Number(value);
  if (!Number.isFinite(n)) return String(value);
  if (locale === "zh") return chineseAmount(n);
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
/** What 中文 writes after an amount: 2亿元, 2000万美元. */
const CURRENCY_SUFFIX_ZH: Record<string, string> = {
  CNY: "元",
  USD: "美元",
  HKD: "港元",
  EUR: "欧元",
  GBP: "英镑",
  SGD: "新加坡元",
  JPY: "日元",
};

function withCurrency(amount: string, currency: string | null, locale: Locale): string {
  if (locale === "zh") {
    if (!currency) return `${amount}（币种未披露）`;
    const suffix = CURRENCY_SUFFIX_ZH[currency];
    return suffix ? `${amount}${suffix}` : `${amount} ${currency}`;
  }
  if (!currency) return `${amount} (currency not reported)`;
  const prefix = CURRENCY_PREFIX[currency];
  return prefix ? `${prefix}${amount}` : `${currency} ${amount}`;
}

/** An amount's number and its unit word: "10 million" → ["10", " million"], "2000万" → ["2000", "万"]. */
function splitUnit(amount: string): [string, string] {
  const match = /^([\d.,]+)(\s?\D*)$/.exec(amount);
  return match ? [match[1]!, match[2]!] : [amount, ""];
}

/**
 * A round's amount as reported: exact, a range, a lower bound, or undisclosed; the currency is never
 * converted. English "¥10–20 million", "more than US$20 million", "Undisclosed"; 中文 "1–2亿元",
 * "超2000万美元", "未披露金额".
 */
export function formatRoundAmount(
  round: {
    amountKind: AmountKind;
    amountLow: string | null;
    amountHigh: string | null;
    currency: string | null;
  },
  locale: Locale = "en",
): string {
  if (round.amountKind === "UNDISCLOSED" || round.amountLow === null)
    return locale === "zh" ? "未披露金额" : "Undisclosed";
  const low = formatAmount(round.amountLow, locale);
  if (round.amountKind === "RANGE" && round.amountHigh !== null && round.amountHigh !== round.amountLow) {
    const high = formatAmount(round.amountHigh, locale);
    // "10 million–20 million" reads better as "10–20 million" when both share the unit word (1–2亿 likewise).
    const [lowNumber, lowWord] = splitUnit(low);
    const [highNumber, highWord] = splitUnit(high);
    const range = lowWord && lowWord === highWord ? `${lowNumber}–${highNumber}${lowWord}` : `${low}–${high}`;
    return withCurrency(range, round.currency, locale);
  }
  if (round.amountKind === "AT_LEAST")
    return locale === "zh"
      ? `超${withCurrency(low, round.currency, locale)}`
      : `more than ${withCurrency(low, round.currency, locale)}`;
  return withCurrency(low, round.currency, locale);
}

/** A stored exchange rate: US dollars for one unit of `currency` on `rateOn` (YYYY-MM-DD), and its source. */
export type ExchangeRateView = {
  currency: string;
  rateOn: string;
  usdPerUnit: string;
  source: { publisher: string; url: string };
};

export type UsdEstimate =
  | { converted: true; low: number; high: number | null; rate: ExchangeRateView }
  // `reason` is the English sentence; `cause` lets another language say the same (formatUsdEstimate).
  | { converted: false; reason: string; cause: "no-currency" | "no-rate"; currency: string | null };

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
  if (round.currency === null)
    return {
      converted: false,
      reason: "not converted: the currency was not reported",
      cause: "no-currency",
      currency: null,
    };
  const rate = pickExchangeRate(rates, round.currency, round.announcedOn);
  if (!rate)
    return {
      converted: false,
      reason: `not converted: no ${round.currency} exchange rate is recorded`,
      cause: "no-rate",
      currency: round.currency,
    };
  const factor = Number(rate.usdPerUnit);
  const high = round.amountKind === "RANGE" && round.amountHigh !== null ? Number(round.amountHigh) * factor : null;
  return { converted: true, low: Number(round.amountLow) * factor, high, rate };
}

/**
 * "≈ US$33.4 million at the rate of 2024-07-01", "≈ more than US$…", or why it is not converted;
 * 中文 "≈3340万美元（按2024-07-01汇率折算）", "未折算：币种未披露".
 */
export function formatUsdEstimate(
  round: { amountKind: AmountKind },
  estimate: UsdEstimate,
  locale: Locale = "en",
): string {
  if (!estimate.converted) {
    if (locale === "en") return estimate.reason;
    return estimate.cause === "no-currency" ? "未折算：币种未披露" : `未折算：本库未收录 ${estimate.currency} 汇率`;
  }
  const amount = formatRoundAmount(
    {
      amountKind: round.amountKind,
      amountLow: String(estimate.low),
      amountHigh: estimate.high === null ? null : String(estimate.high),
      currency: "USD",
    },
    locale,
  );
  return locale === "zh"
    ? `≈${amount}（按${estimate.rate.rateOn}汇率折算）`
    : `≈ ${amount} at the rate of ${estimate.rate.rateOn}`;
}

/** A US-dollar total for lists: "US$58.3 million" (中文 "5830万美元"), or null when nothing was disclosed in dollars. */
export function formatUsdTotal(total: number | null, locale: Locale = "en"): string | null {
  if (total === null) return null;
  return locale === "zh" ? `${formatAmount(total, locale)}美元` : `US$${formatAmount(total)}`;
}

/** US-dollar amounts the way newspapers print them in charts: US$8.3m, US$1.5bn; 中文 830万美元, 15亿美元. */
export function formatUsd(value: number, locale: Locale = "en"): string {
  if (locale === "zh") {
    if (value >= 1e8) return `${compactZh.format(value / 1e8)}亿美元`;
    if (value >= 1e4) return `${compactZh.format(value / 1e4)}万美元`;
    return `${compactZh.format(Math.round(value))}美元`;
  }
  if (value >= 1e9) return `US$${compact.format(value / 1e9)}bn`;
  if (value >= 1e6) return `US$${compact.format(value / 1e6)}m`;
  if (value >= 1e3) return `US$${compact.format(value / 1e3)}k`;
  return `US$${integer.format(value)}`;
}

/** A low–high US-dollar span, "US$10m–20m" (中文 "1000万–2000万美元"), or one amount when the ends agree. */
export function formatUsdRange(low: number, high: number, locale: Locale = "en"): string {
  if (!(high > low)) return formatUsd(low, locale);
  return locale === "zh"
    ? `${formatUsd(low, locale).replace(/美元$/, "")}–${formatUsd(high, locale)}`
    : `${formatUsd(low)}–${formatUsd(high).replace("US$", "")}`;
}

const MONEY_UNITS = new Set(["CNY", "USD", "HKD"]);

/**
 * What a reported figure counts, in 中文: the unit words the sources use, each with its measure word
 * ("85 家公司"). A unit not listed stays as it was written (the caller marks it as English).
 */
const REPORTED_UNITS_ZH: Record<string, string> = {
  CNY: "元",
  USD: "美元",
  HKD: "港元",
  companies: "家公司",
  founders: "位创始人",
  people: "人",
  "people / firms": "人 / 家机构",
  CEOs: "位 CEO",
  deals: "笔交易",
  events: "起融资事件",
  projects: "个项目",
  models: "个模型",
  "derivative models": "个衍生模型",
};

export type ReportedValueText = {
  value: string;
  unit: string | null;
  /** The value is the source's own words (valueText), not a number formatted here. */
  valueAsWritten: boolean;
  /** The unit is shown as stored, untranslated (English words on a 中文 page). */
  unitAsWritten: boolean;
};

/**
 * A reported figure as reported: "45%", "85 companies", "CNY 9.36 billion", or the words reported;
 * 中文 "45%", "85 家公司", "93.55亿 元".
 */
export function formatReportedValue(
  figure: { value: number | null; valueText: string | null; unit: string },
  locale: Locale = "en",
): ReportedValueText {
  const unitOf = (unit: string): { unit: string; unitAsWritten: boolean } => {
    const translated = locale === "zh" ? REPORTED_UNITS_ZH[unit] : undefined;
    return translated ? { unit: translated, unitAsWritten: false } : { unit, unitAsWritten: locale !== "en" };
  };
  if (figure.value === null) {
    const unit = figure.unit === "description" ? null : unitOf(figure.unit);
    return {
      value: figure.valueText ?? "—",
      unit: unit?.unit ?? null,
      valueAsWritten: figure.valueText !== null,
      unitAsWritten: unit?.unitAsWritten ?? false,
    };
  }
  if (figure.unit === "percent")
    return { value: formatPercent(figure.value, locale), unit: null, valueAsWritten: false, unitAsWritten: false };
  const value = MONEY_UNITS.has(figure.unit) ? formatAmount(figure.value, locale) : formatInteger(figure.value, locale);
  return { value, ...unitOf(figure.unit), valueAsWritten: false };
}
