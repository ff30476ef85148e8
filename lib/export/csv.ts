import type { ChartData } from "../charts/types";

/** RFC 4180 quoting, plus a leading apostrophe on text a spreadsheet would run as a formula. */
export function csvCell(value: string | number | null): string {
  if (value === null) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  const guarded = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(guarded) ? `"${guarded.replaceAll('"', '""')}"` : guarded;
}

/**
 * The chart's data table as CSV. A few `#` comment lines first say what it is and where it comes
 * from, so the file still carries its source when it is separated from the chart; pandas
 * (`comment="#"`) and R (`comment.char = "#"`) skip them.
 */
export function chartToCsv(chart: ChartData, options: { url?: string } = {}): string {
  const comment = (text: string) => `# ${text.replace(/[\r\n]+/g, " ")}`;
  const lines = [
    comment(chart.title),
    comment(chart.subtitle),
    ...(chart.filterSummary ? [comment(`Filters: ${chart.filterSummary}`)] : []),
    comment(chart.sourceLine),
    ...chart.sources.filter((s) => s.url).map((s) => comment(`${s.label}: ${s.url}`)),
    ...chart.notes.map((note) => comment(`Note: ${note}`)),
    comment(`n = ${chart.population.n} ${chart.population.unit}`),
    comment(`Data as of ${chart.asOf ?? "unknown"}; generated ${chart.generatedAt}`),
    ...(chart.snapshot ? [comment(`Snapshot ${chart.snapshot.id}, frozen ${chart.snapshot.createdAt}`)] : []),
    ...(options.url ? [comment(`Chart: ${options.url}`)] : []),
    chart.table.columns.map((c) => csvCell(c.label)).join(","),
    ...chart.table.rows.map((row) => row.map(csvCell).join(",")),
  ];
  return `${lines.join("\r\n")}\r\n`;
}

/** A file name for a chart's downloads: the chart key plus its filters, e.g. founded-per-year_city-hangzhou. */
export function exportFileName(chart: Pick<ChartData, "key" | "filters" | "snapshot">, extension: string, variant?: string): string {
  const parts = Object.entries(chart.filters).map(([name, value]) => `${name}-${String(value).toLowerCase()}`);
  const base = [chart.key, ...parts, ...(chart.snapshot ? [`snapshot-${chart.snapshot.id}`] : []), ...(variant ? [variant] : [])]
    .join("_")
    .replace(/[^a-z0-9_-]+/gi, "-");
  return `${base}.${extension}`;
}
