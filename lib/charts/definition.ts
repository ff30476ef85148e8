import english from "../i18n/messages/en/charts.json";
import { defaultLocale, type Locale } from "../i18n/locales";
import { messages } from "../i18n/messages";

// What a chart is, apart from its data: its key, titles, caveats and the filters it offers. Each
// chart's definition sits with its query and builder in lib/data/charts/<key>.ts; its words live in
// the "charts" messages (lib/i18n/messages/<locale>/charts.json), English giving the definition's own.

export const CHART_KEYS = [
  "startups-by-city",
  "founded-per-year",
  "startups-by-sector",
  "startups-by-alibaba-unit",
  "funding-over-time",
  "top-investors",
  "years-at-alibaba",
  "startups-by-year-left",
  "years-left-to-founding",
  "founders-by-unit-over-time",
  "co-investment",
] as const;

export type ChartKey = (typeof CHART_KEYS)[number];

/**
 * The charts the home page shows; /charts shows them all. Each drawing is markup that a page carries
 * twice (in its HTML and in the payload React hydrates from), and eleven of them made the home page
 * some 690 kB of HTML that a phone parsed before its first paint. Four that tell the story — where
 * the start-ups are (beside ITJuzi's reported share), when they were founded, from which part of
 * Alibaba, and who backs them — and a link to the rest.
 */
export const FEATURED_CHART_KEYS = [
  "startups-by-city",
  "founded-per-year",
  "startups-by-alibaba-unit",
  "top-investors",
] as const satisfies readonly ChartKey[];

export function isChartKey(value: string): value is ChartKey {
  return CHART_KEYS.some((key) => key === value);
}

/** "alumni" (the switch of lib/charts/alumni.ts) is read for every chart, listed or not. */
export type FilterName = "city" | "sector" | "unit" | "years" | "stack" | "by" | "alumni";

export type ChartDefinition = {
  key: ChartKey;
  title: string;
  subtitle: string;
  /** One sentence for the charts index and link previews. */
  description: string;
  /** Caveats printed under the chart and baked into every export. */
  notes: string[];
  filters: FilterName[];
  /** What the years filter applies to on this chart. */
  years?: "founded" | "announced";
};

/** The caveat every chart carries. */
export const COVERAGE_NOTE = english.coverageNote;

type DefinitionWords = Pick<ChartDefinition, "title" | "subtitle" | "description" | "notes">;

/** A chart's title, subtitle, description and notes (the coverage note first) in a language. */
export function definitionWords(key: ChartKey, locale: Locale = defaultLocale): DefinitionWords {
  const charts = messages[locale].charts;
  const words = charts.definitions[key];
  return {
    title: words.title,
    subtitle: words.subtitle,
    description: words.description,
    notes: [charts.coverageNote, ...Object.values(words.notes as Record<string, string>)],
  };
}

/** A definition with its words in `locale`; English definitions are returned as they are. */
export function localizeDefinition(definition: ChartDefinition, locale: Locale = defaultLocale): ChartDefinition {
  return locale === defaultLocale ? definition : { ...definition, ...definitionWords(definition.key, locale) };
}
