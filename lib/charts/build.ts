import { formatIsoDate } from "../format/dates";
import { describeAlumni, describeLeftOut, isStrictAlumni } from "./alumni";
import type { ChartDefinition } from "./definition";
import { SECTOR_LABELS } from "./labels";
import type { ChartFilters } from "./request";
import type { ChartData, ChartSource } from "./types";

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

export type ResolvedFilterNames = { city?: string; unit?: string };

export type ChartContext = {
  filters: ChartFilters;
  names: ResolvedFilterNames;
  asOf: Date | null;
  generatedAt: Date;
  supportsYears: boolean;
  /** Under a strict alumni definition: start-ups left out because their founders' years are not reported. */
  alumniLeftOut?: number;
};

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
): string | null {
  const parts: string[] = [];
  if (filters.city) parts.push(names.city ?? filters.city);
  if (filters.sector) parts.push(SECTOR_LABELS[filters.sector]);
  if (filters.unit) parts.push(`founders from ${names.unit ?? filters.unit}`);
  const yearsWord = chart.years === "announced" ? "rounds announced" : "founded";
  if (filters.from !== undefined && filters.to !== undefined) {
    parts.push(
      filters.from === filters.to ? `${yearsWord} in ${filters.from}` : `${yearsWord} ${filters.from}–${filters.to}`,
    );
  } else if (filters.from !== undefined) parts.push(`${yearsWord} ${filters.from} or later`);
  else if (filters.to !== undefined) parts.push(`${yearsWord} ${filters.to} or earlier`);
  return parts.length > 0 ? parts.join(" · ") : null;
}

export function buildSourceLine(
  asOf: string | null,
  reported: ReportedFigureInput[] = [],
  alumniDefinition?: string,
): string {
  const database = `Alumni Atlas database, data as of ${asOf ?? "(no data yet)"}${alumniDefinition ? ` (${alumniDefinition})` : ""}`;
  const originals = [
    ...new Set(
      reported.map(
        (f) => f.originalDataSource ?? `${f.source.publisher}, ${f.source.publishedOn ?? "date not reported"}`,
      ),
    ),
  ];
  return originals.length > 0
    ? `Source: ${database}; reported figures: ${originals.join("; ")}`
    : `Source: ${database}`;
}

/** A chart's body in the frame every chart shares. */
export function assembleChart(definition: ChartDefinition, body: ChartBody, context: ChartContext): ChartData {
  const asOf = formatIsoDate(context.asOf);
  const sources: ChartSource[] = [{ label: "Alumni Atlas database" }];
  for (const figure of body.reportedSources ?? []) {
    if (!sources.some((s) => s.url === figure.source.url)) {
      sources.push({
        label: `${figure.source.publisher}${figure.source.publishedOn ? `, ${figure.source.publishedOn}` : ""}`,
        url: figure.source.url,
      });
    }
  }
  // The alumni definition goes into the subtitle and the source line, which every export carries.
  const alumni = { tenure: context.filters.tenure, leftWithin: context.filters.leftWithin };
  const alumniDefinition = describeAlumni(alumni, context.filters.unit ? context.names.unit : null);
  const leftOut =
    isStrictAlumni(alumni) && context.alumniLeftOut !== undefined ? [describeLeftOut(context.alumniLeftOut)] : [];
  return {
    key: definition.key,
    title: definition.title,
    subtitle: `${body.subtitle ?? definition.subtitle} (${alumniDefinition})`,
    notes: [...definition.notes, ...(body.notes ?? []), ...leftOut],
    sourceLine: buildSourceLine(asOf, body.reportedSources, alumniDefinition),
    sources,
    asOf,
    generatedAt: context.generatedAt.toISOString(),
    filters: context.filters,
    alumniDefinition,
    filterSummary: describeFilters(definition, context.filters, context.names),
    population: body.population,
    panels: body.panels,
    altText: body.altText,
    table: body.table,
    emptyMessage: body.emptyMessage,
  };
}
