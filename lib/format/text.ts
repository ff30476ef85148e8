import type { Locale } from "../i18n/locales";
import { INTL_LOCALE } from "./numbers";

const lists: Record<Locale, Intl.ListFormat> = {
  en: new Intl.ListFormat(INTL_LOCALE.en, { style: "long", type: "conjunction" }),
  zh: new Intl.ListFormat(INTL_LOCALE.zh, { style: "long", type: "conjunction" }),
};

/** Joins "a", "b" and "c" the way the language does: "a, b and c"; 中文 "a、b和c". */
export function listOf(items: string[], locale: Locale = "en"): string {
  return lists[locale].format(items);
}

/** Names enumerated without "and" (a round's investors, a meta description's list): "a, b"; 中文 "a、b". */
export function joinNames(items: string[], locale: Locale = "en"): string {
  return items.join(locale === "zh" ? "、" : ", ");
}
