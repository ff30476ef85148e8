// What a chart is, apart from its data: its key, titles, caveats and the filters it offers. Each
// chart's definition sits with its query and builder in lib/data/charts/<key>.ts.

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
export const COVERAGE_NOTE =
  "Covers only start-ups with sourced records in this database, a researched subset of all AI start-ups founded by former Alibaba staff.";
