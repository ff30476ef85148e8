import en from "../i18n/messages/en/chartFigure.json";
import zh from "../i18n/messages/zh/chartFigure.json";
import { defaultLocale, type Locale } from "../i18n/locales";

// The words around every chart (the "Note:" before a note, the credit line, the CSV's "#" lines), in
// the chart's own language. A chart carries its locale (absent for English), so the page, the embed,
// the SVG and PNG exports and the CSV all frame it in the language its title is in. Only this small
// file of messages is imported, so client components (the exports are made in the browser) can use it.

export type FigureWords = typeof en;

const WORDS: Record<Locale, FigureWords> = { en, zh };

export function figureWords(locale: Locale | undefined): FigureWords {
  return WORDS[locale ?? defaultLocale];
}

/** A figure message with its `{name}` arguments filled in (these messages have no plurals). */
export function fill(message: string, args: Record<string, string | number>): string {
  return message.replace(/\{(\w+)\}/g, (whole, name: string) => (name in args ? String(args[name]) : whole));
}
