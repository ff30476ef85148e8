// Every number, amount, date and name the app prints goes through lib/format/, so a page, a chart,
// its alt text and its CSV say the same thing the same way. Plain functions: no database, no React.
// Each takes an optional locale (English by default, so a caller that passes none reads as before).
import type { Locale } from "../i18n/locales";

/** The Intl locale each interface language formats numbers in (en-GB: "1,234.5", no US dates). */
export const INTL_LOCALE: Record<Locale, string> = { en: "en-GB", zh: "zh-CN" };

const integer: Record<Locale, Intl.NumberFormat> = {
  en: new Intl.NumberFormat(INTL_LOCALE.en, { maximumFractionDigits: 0 }),
  zh: new Intl.NumberFormat(INTL_LOCALE.zh, { maximumFractionDigits: 0 }),
};
const oneDecimal: Record<Locale, Intl.NumberFormat> = {
  en: new Intl.NumberFormat(INTL_LOCALE.en, { maximumFractionDigits: 1 }),
  zh: new Intl.NumberFormat(INTL_LOCALE.zh, { maximumFractionDigits: 1 }),
};

/** Counts: "1,234" (the same grouping in 中文, as Chinese newspapers print counts). */
export function formatInteger(value: number, locale: Locale = "en"): string {
  return integer[locale].format(value);
}

/** Numbers that may have a fraction, to one decimal at most: "12.5", "1,234". */
export function formatNumber(value: number, locale: Locale = "en"): string {
  return oneDecimal[locale].format(value);
}

/** A percentage to one decimal: "45.2%". */
export function formatPercent(value: number, locale: Locale = "en"): string {
  return `${oneDecimal[locale].format(value)}%`;
}

/** Shares to whole percent: with a dozen start-ups, decimals would claim a precision we lack. */
export function formatShare(value: number, locale: Locale = "en"): string {
  return `${integer[locale].format(value)}%`;
}
