import { createTranslator } from "next-intl";
import { defaultLocale, type Locale } from "../i18n/locales";
import { messages } from "../i18n/messages";

// A chart's words in a language: titles, notes, axis labels, alt text, source line. The data layer
// caches only query results (numbers and records' names), never words, so one cached result serves
// every language; the words are made here when the chart is built. Server-side only in practice:
// every message of the site is imported, which no client bundle should carry.

/** The translator of the "charts" messages for a locale (ICU plurals and arguments, typed keys). */
export function chartWords(locale: Locale = defaultLocale) {
  return createTranslator({ locale, messages: messages[locale], namespace: "charts" });
}

export type ChartWords = ReturnType<typeof chartWords>;
