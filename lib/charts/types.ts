import type { Locale } from "../i18n/locales";
import type { ChartKey } from "./definition";
import type { ChartFilters } from "./request";

export type ValueFormat = "integer" | "percent" | "usd";

export type ChartSeries = {
  key: string;
  label: string;
  color: string;
  /** Drawn as the light upper part of a range bar rather than as a category of its own. */
  role?: "range";
};

export type ChartRow = {
  key: string;
  label: string;
  /** A link to the record the bar stands for (a city, an investor), when there is a page for it. */
  href?: string;
  values: Record<string, number | null>;
  /** The text printed at the end of each bar; the value itself when absent. */
  valueLabels?: Record<string, string>;
  /** Rows for "not reported" or "other": drawn in a muted colour. */
  muted?: boolean;
};

export type ChartPanel = {
  id: string;
  /** A heading when a chart has more than one panel. */
  title?: string;
  /** Bars grow along x for categories with long names; columns along y for years. */
  layout: "bars" | "columns";
  stacked: boolean;
  valueAxisLabel: string;
  valueFormat: ValueFormat;
  /** Axis label of the category axis (e.g. "Year founded"). */
  categoryAxisLabel?: string;
  series: ChartSeries[];
  rows: ChartRow[];
  /** The language its ticks and value labels are printed in; absent for English (as before). */
  locale?: Locale;
};

export type ChartTable = {
  columns: { key: string; label: string; numeric: boolean }[];
  rows: (string | number | null)[][];
};

export type ChartSource = { label: string; url?: string };

/** Everything a chart needs to be drawn, described, exported and embedded: plain, serialisable data. */
export type ChartData = {
  key: ChartKey;
  title: string;
  subtitle: string;
  notes: string[];
  /** One line naming the data: "Source: Alumni Atlas database, data as of …; reported figures: …". */
  sourceLine: string;
  sources: ChartSource[];
  /** The date of the newest change to the data behind the chart (ISO date), or null for an empty database. */
  asOf: string | null;
  /** When this chart's data was computed (ISO timestamp). */
  generatedAt: string;
  filters: ChartFilters;
  /** Who counts as an alumnus, in words ("alumni = founders with any stint at Alibaba Group"). */
  alumniDefinition?: string;
  /** Filters in words ("Hangzhou · founded 2014–2020"), or null when the chart is unfiltered. */
  filterSummary: string | null;
  /** How many records the chart counts, printed as "n = 12 start-ups". */
  population: { n: number; unit: string };
  panels: ChartPanel[];
  /** The chart's main point in a sentence or two, computed from the data: alt text for the image. */
  altText: string;
  /** Exactly the numbers the chart shows: the data-table alternative and the CSV. */
  table: ChartTable;
  /** Null when there is something to draw; otherwise what to say instead. */
  emptyMessage: string | null;
  /** Set when the data was frozen into a snapshot. */
  snapshot?: { id: string; createdAt: string };
  /** Set when the chart was rebuilt as it was at a date (`?asOf=`): that date as given, for its links. */
  version?: string;
  /**
   * The language of the chart's words, when it is not English (absent on English charts, so their
   * JSON, snapshots and ETags are what they were before there was a 中文 interface).
   */
  locale?: Locale;
};
