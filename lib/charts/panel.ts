import { TRACKED_COLOR } from "./palette";
import type { BuildContext, ChartBody } from "./build";
import type { ChartPanel, ChartRow, ChartTable } from "./types";

// The set-up the charts' builders share: a panel with the usual defaults, the population line,
// the empty chart, and the data table of a chart that counts one thing per row.

/** What a chart counts, for its "n = …" line (the "units" messages). */
export type CountedThing = "startups" | "founders" | "rounds" | "startupsWithInvestor" | "coInvestorPairs";

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

/** "n = 1 start-up", "n = 12 start-ups", "n = 12 家初创公司". */
export function population(context: BuildContext, n: number, thing: CountedThing): ChartBody["population"] {
  // English's two forms; 中文 has one (the messages give it twice).
  return { n, unit: context.t(`units.${thing}.${n === 1 ? "one" : "other"}`) };
}

/** What a chart shows when nothing matches: its empty panel and table, and why. */
export function emptyBody(
  context: BuildContext,
  thing: CountedThing,
  columns: ChartTable["columns"],
  emptyPanel: ChartPanel,
  message = context.t("nothingMatches"),
): ChartBody {
  return {
    panels: [{ ...emptyPanel, rows: [] }],
    altText: message,
    table: { columns, rows: [] },
    population: population(context, 0, thing),
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

/** Sentences of alt text: spaced in English, run together in 中文 (its full stops carry the space). */
export function joinSentences(context: BuildContext, sentences: string[]): string {
  return sentences.filter(Boolean).join(context.locale === "zh" ? "" : " ");
}

/** "a, b and c" / "a、b和c": a list in the chart's language. */
export function listIn(context: BuildContext, items: string[]): string {
  return new Intl.ListFormat(context.locale === "zh" ? "zh" : "en-GB", { type: "conjunction" }).format(items);
}
