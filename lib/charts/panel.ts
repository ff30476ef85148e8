import { TRACKED_COLOR } from "./palette";
import type { ChartBody } from "./build";
import type { ChartPanel, ChartRow, ChartTable } from "./types";

// The set-up the charts' builders share: a panel with the usual defaults, the population line,
// the empty chart, and the data table of a chart that counts one thing per row.

export const NOTHING_MATCHES = "Nothing in this database matches these filters. Try removing a filter.";

/** One main panel, not stacked, counting whole things, rows filled in later. */
export function panel(
  options: Pick<ChartPanel, "layout" | "valueAxisLabel" | "series"> & Partial<ChartPanel>,
): ChartPanel {
  // Keys in one order, so a chart serialises (and its snapshot hashes) the same whoever built it.
  return {
    id: options.id ?? "main",
    ...(options.title !== undefined ? { title: options.title } : {}),
    layout: options.layout,
    stacked: options.stacked ?? false,
    valueAxisLabel: options.valueAxisLabel,
    valueFormat: options.valueFormat ?? "integer",
    ...(options.categoryAxisLabel !== undefined ? { categoryAxisLabel: options.categoryAxisLabel } : {}),
    series: options.series,
    rows: options.rows ?? [],
  };
}

/** A panel of one series, "count": start-ups per sector, founders per years at Alibaba. */
export function countPanel(
  layout: ChartPanel["layout"],
  label: string,
  options: Partial<Omit<ChartPanel, "series">> = {},
): ChartPanel {
  return panel({ layout, valueAxisLabel: label, series: [{ key: "count", label, color: TRACKED_COLOR }], ...options });
}

/** "n = 1 start-up", "n = 12 start-ups". */
export function population(n: number, singular: string, pluralForm = `${singular}s`): ChartBody["population"] {
  return { n, unit: n === 1 ? singular : pluralForm };
}

/** What a chart shows when nothing matches: its empty panel and table, and why. */
export function emptyBody(
  unit: string,
  columns: ChartTable["columns"],
  emptyPanel: ChartPanel,
  message = NOTHING_MATCHES,
): ChartBody {
  return {
    panels: [{ ...emptyPanel, rows: [] }],
    altText: message,
    table: { columns, rows: [] },
    population: { n: 0, unit },
    emptyMessage: message,
  };
}

/** The table of a count panel: each row's label and count. */
export function countTable(columns: ChartTable["columns"], rows: ChartRow[]): ChartTable {
  return { columns, rows: rows.map((row) => [row.label, row.values.count ?? 0]) };
}

/** A percentage to one decimal, 0 of nothing. */
export function share(count: number, total: number): number {
  return total === 0 ? 0 : Math.round((1000 * count) / total) / 10;
}

/** Every integer from min to max: years with nothing in them are shown as zero, not skipped. */
export function span(min: number, max: number): number[] {
  return Array.from({ length: max - min + 1 }, (_, i) => min + i);
}
