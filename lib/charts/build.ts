import { formatIsoDate } from "../format/dates";
import { defaultLocale, type Locale } from "../i18n/locales";
import { isStrictAlumni, type AlumniDefinition } from "./alumni";
import { localizeDefinition, type ChartDefinition } from "./definition";
import { sectorLabel } from "../labels";
import type { ChartFilters } from "./request";
import type { ChartData, ChartSource } from "./types";
import { chartWords, type ChartWords } from "./words";

// What every chart shares around its own body: titles, notes, the source line, the as-of date and
// the filters in words. Each chart's body comes from its builder in lib/data/charts/<key>.ts.

export type ReportedFigureInput = {
  slug: string;
  metric: string;
  value: number | null;
  valueText: string | null;
  unit: string;
  asOfLabel: string;
  scope: string | null;
  originalDataSource: string | null;
  source: { url: string; publisher: string; publishedOn: string | null };
  scopeCity: { slug: string; nameEn: string } | null;
};

/** The city's and unit's names for the filters' words; the Chinese ones where the records have them. */
export type ResolvedFilterNames = { city?: string; unit?: string; cityZh?: string; unitZh?: string };

/** The filters' names in a language: the Chinese name in 中文 where the record has one, else the English. */
export function localFilterNames(names: ResolvedFilterNames, locale: Locale): { city?: string; unit?: string } {
  if (locale !== "zh") return { city: names.city, unit: names.unit };
  return { city: names.cityZh ?? names.city, unit: names.unitZh ?? names.unit };
}

export type ChartContext = {
  filters: ChartFilters;
  names: ResolvedFilterNames;
  asOf: Date | null;
  generatedAt: Date;
  supportsYears: boolean;
  /** Under a strict alumni definition: start-ups left out because their founders' years are not reported. */
  alumniLeftOut?: number;
  /** The language of the chart's words; English when absent. The data is the same in every language. */
  locale?: Locale;
};

/** What a chart's builder is given: the context, its language settled and that language's words. */
export type BuildContext = ChartContext & { locale: Locale; t: ChartWords };

export function buildContext(context: ChartContext): BuildContext {
  const locale = context.locale ?? defaultLocale;
  return { ...context, locale, t: chartWords(locale) };
}

/** What a chart's builder decides: the drawing, its words and its table. */
export type ChartBody = Pick<ChartData, "panels" | "altText" | "table" | "population" | "emptyMessage"> & {
  subtitle?: string;
  notes?: string[];
  reportedSources?: ReportedFigureInput[];
};

export function describeFilters(
  chart: Pick<ChartDefinition, "years">,
  filters: ChartFilters,
  names: ResolvedFilterNames,
  t: ChartWords = chartWords(),
  locale: Locale = defaultLocale,
): string | null {
  const parts: string[] = [];
  const local = localFilterNames(names, locale);
  if (filters.city) parts.push(local.city ?? filters.city);
  if (filters.sector) parts.push(sectorLabel(filters.sector, locale));
  if (filters.unit) parts.push(t("frame.unitFounders", { unit: local.unit ?? filters.unit }));
  const kind = chart.years === "announced" ? "announced" : "founded";
  if (filters.from !== undefined && filters.to !== undefined) {
    parts.push(
      filters.from === filters.to
        ? t("frame.yearsIn", { kind, year: filters.from })
        : t("frame.yearsRange", { kind, from: filters.from, to: filters.to }),
    );
  } else if (filters.from !== undefined) parts.push(t("frame.yearsFrom", { kind, from: filters.from }));
  else if (filters.to !== undefined) parts.push(t("frame.yearsTo", { kind, to: filters.to }));
  return parts.length > 0 ? parts.join(t("frame.separator")) : null;
}

export function buildSourceLine(
  asOf: string | null,
  reported: ReportedFigureInput[] = [],
  alumniDefinition?: string,
  t: ChartWords = chartWords(),
): string {
  const dated = t("frame.databaseAsOf", { asOf: asOf ?? t("frame.noDataYet") });
  const database = alumniDefinition
    ? t("frame.databaseWithAlumni", { database: dated, alumni: alumniDefinition })
    : dated;
  const originals = [
    ...new Set(
      reported.map(
        (f) =>
          f.originalDataSource ??
          t("frame.publisherOn", {
            publisher: f.source.publisher,
            date: f.source.publishedOn ?? t("frame.dateNotReported"),
          }),
      ),
    ),
  ];
  return originals.length > 0
    ? t("frame.sourceWithReported", { database, originals: originals.join("; ") })
    : t("frame.source", { database });
}

/**
 * Who counts as an alumnus, in the chart's language: lib/charts/alumni.ts's `describeAlumni` (which
 * the lists' filters use, in English) with its words from the messages; a unit test keeps the two
 * English versions the same.
 */
export function describeAlumniIn(t: ChartWords, alumni: AlumniDefinition, unitName?: string | null): string {
  const where = unitName ? t("alumni.atUnit", { unit: unitName }) : t("alumni.atGroup");
  const parts: string[] = [];
  if (alumni.tenure !== undefined) parts.push(t("alumni.spentAtLeast", { years: alumni.tenure, where }));
  else if (unitName && alumni.leftWithin !== undefined) parts.push(t("alumni.worked", { where }));
  if (alumni.leftWithin !== undefined) parts.push(t("alumni.leftWithin", { years: alumni.leftWithin }));
  if (parts.length === 0) return t("alumni.anyStint", { where });
  return t("alumni.who", { parts: parts.join(t("alumni.and")) });
}

/** A chart's body in the frame every chart shares. */
export function assembleChart(definition: ChartDefinition, body: ChartBody, context: ChartContext): ChartData {
  const { locale, t } = buildContext(context);
  const words = localizeDefinition(definition, locale);
  const asOf = formatIsoDate(context.asOf);
  const sources: ChartSource[] = [{ label: t("frame.database") }];
  for (const figure of body.reportedSources ?? []) {
    if (!sources.some((s) => s.url === figure.source.url)) {
      sources.push({
        label: figure.source.publishedOn
          ? t("frame.publisherOn", { publisher: figure.source.publisher, date: figure.source.publishedOn })
          : figure.source.publisher,
        url: figure.source.url,
      });
    }
  }
  // The alumni definition goes into the subtitle and the source line, which every export carries.
  const alumni = { tenure: context.filters.tenure, leftWithin: context.filters.leftWithin };
  const alumniDefinition = describeAlumniIn(
    t,
    alumni,
    context.filters.unit ? localFilterNames(context.names, locale).unit : null,
  );
  const leftOut =
    isStrictAlumni(alumni) && context.alumniLeftOut !== undefined
      ? [t("alumni.leftOut", { count: context.alumniLeftOut })]
      : [];
  return {
    key: definition.key,
    title: words.title,
    subtitle: t("frame.subtitle", { subtitle: body.subtitle ?? words.subtitle, alumni: alumniDefinition }),
    notes: [...words.notes, ...(body.notes ?? []), ...leftOut],
    sourceLine: buildSourceLine(asOf, body.reportedSources, alumniDefinition, t),
    sources,
    asOf,
    generatedAt: context.generatedAt.toISOString(),
    filters: context.filters,
    alumniDefinition,
    filterSummary: describeFilters(definition, context.filters, context.names, t, locale),
    population: body.population,
    // A panel is drawn without the chart around it, so it carries the language of its ticks itself.
    panels: locale === defaultLocale ? body.panels : body.panels.map((panel) => ({ ...panel, locale })),
    altText: body.altText,
    table: body.table,
    emptyMessage: body.emptyMessage,
    ...(locale === defaultLocale ? {} : { locale }),
  };
}
