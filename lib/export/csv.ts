import { figureWords, fill } from "../charts/figure-words";
import type { ChartData } from "../charts/types";

/**
 * A small RFC 4180 CSV writer: one implementation for every download the site offers (start-up
 * lists, chart data).
 *
 * - Fields holding a comma, quote, CR or LF are quoted, quotes doubled; lines end in CRLF.
 * - Text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) gets a
 *   leading apostrophe (OWASP "CSV injection"): these files are opened in Excel by journalists.
 *   Numbers are written as numbers and never prefixed, so negative values stay numeric.
 * - `csvDocument` starts with a UTF-8 byte-order mark so Excel reads Chinese names correctly.
 */

export type CsvValue = string | number | boolean | null | undefined | Date;

export type CsvColumn<Row> = { header: string; value: (row: Row) => CsvValue };

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

export const UTF8_BOM = "\uFEFF";

export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  let text: string;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return "";
    text = String(value);
  } else if (typeof value === "boolean") {
    text = value ? "true" : "false";
  } else if (value instanceof Date) {
    text = Number.isNaN(value.getTime()) ? "" : value.toISOString();
  } else {
    text = FORMULA_START.test(value) ? `'${value}` : value;
  }
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(values: readonly CsvValue[]): string {
  return `${values.map(csvCell).join(",")}\r\n`;
}

export function csvHeader<Row>(columns: readonly CsvColumn<Row>[]): string {
  return csvLine(columns.map((column) => column.header));
}

export function csvRows<Row>(columns: readonly CsvColumn<Row>[], rows: readonly Row[]): string {
  return rows.map((row) => csvLine(columns.map((column) => column.value(row)))).join("");
}

/** A whole file in memory, for small tables. Large exports stream csvHeader + csvRows in batches. */
export function csvDocument<Row>(columns: readonly CsvColumn<Row>[], rows: readonly Row[]): string {
  return UTF8_BOM + csvHeader(columns) + csvRows(columns, rows);
}

/** The chart CSV's two forms: with `#` lines saying what it is, or the bare table. */
export const CHART_CSV_VARIANTS = ["annotated", "clean"] as const;
export type ChartCsvVariant = (typeof CHART_CSV_VARIANTS)[number];
export const isChartCsvVariant = (value: string): value is ChartCsvVariant =>
  CHART_CSV_VARIANTS.some((variant) => variant === value);

/**
 * The chart's data table as CSV. The annotated file starts with a few `#` comment lines saying what
 * it is and where it comes from, so it still carries its source when separated from the chart;
 * pandas (`comment="#"`) and R (`comment.char = "#"`) skip them. Google Sheets and Datawrapper read
 * them as data, so the clean variant is the header and rows alone; its metadata is the chart's JSON.
 */
export function chartToCsv(chart: ChartData, options: { url?: string; variant?: ChartCsvVariant } = {}): string {
  const table = [
    chart.table.columns.map((c) => csvCell(c.label)).join(","),
    ...chart.table.rows.map((row) => row.map(csvCell).join(",")),
  ];
  if (options.variant === "clean") return `${table.join("\r\n")}\r\n`;
  const comment = (text: string) => `# ${text.replace(/[\r\n]+/g, " ")}`;
  // The "#" lines in the chart's own language, like its title and notes.
  const words = figureWords(chart.locale);
  const lines = [
    comment(chart.title),
    comment(chart.subtitle),
    ...(chart.filterSummary ? [comment(fill(words.csv.filters, { filters: chart.filterSummary }))] : []),
    ...(chart.alumniDefinition ? [comment(fill(words.csv.definition, { definition: chart.alumniDefinition }))] : []),
    comment(chart.sourceLine),
    ...chart.sources.filter((s) => s.url).map((s) => comment(`${s.label}: ${s.url}`)),
    ...chart.notes.map((note) => comment(fill(words.note, { note }))),
    comment(fill(words.population, { n: chart.population.n, unit: chart.population.unit })),
    comment(fill(words.csv.dataAsOf, { asOf: chart.asOf ?? words.csv.unknown, generatedAt: chart.generatedAt })),
    ...(chart.snapshot
      ? [comment(fill(words.csv.snapshot, { id: chart.snapshot.id, createdAt: chart.snapshot.createdAt }))]
      : []),
    ...(options.url ? [comment(fill(words.csv.chart, { url: options.url }))] : []),
    ...table,
  ];
  return `${lines.join("\r\n")}\r\n`;
}

/** A file name for a chart's downloads: the chart key plus its filters, e.g. founded-per-year_city-hangzhou. */
export function exportFileName(
  chart: Pick<ChartData, "key" | "filters" | "snapshot">,
  extension: string,
  variant?: string,
): string {
  const parts = Object.entries(chart.filters).map(([name, value]) => `${name}-${String(value).toLowerCase()}`);
  const base = [
    chart.key,
    ...parts,
    ...(chart.snapshot ? [`snapshot-${chart.snapshot.id}`] : []),
    ...(variant ? [variant] : []),
  ]
    .join("_")
    .replace(/[^a-z0-9_-]+/gi, "-");
  return `${base}.${extension}`;
}
