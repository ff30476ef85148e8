import type { ChartPanel, ChartRow } from "./types";

/** The most bars a dashboard card draws: at 100,000 start-ups the city chart has 41 rows, a card 2,200 px tall. */
export const COMPACT_MAX_ROWS = 10;

/**
 * A panel as a dashboard card draws it: a bar chart's largest rows (by the sum of their values), in
 * the chart's own order, with how many were left to the chart's page. Columns (years) are drawn whole.
 */
export function compactPanel(panel: ChartPanel): { panel: ChartPanel; total: number } {
  const total = panel.rows.length;
  if (panel.layout !== "bars" || total <= COMPACT_MAX_ROWS) return { panel, total };
  const size = (row: ChartRow) => panel.series.reduce((sum, series) => sum + (row.values[series.key] ?? 0), 0);
  const largest = new Set(
    panel.rows
      .map((row, index) => ({ index, size: size(row) }))
      .sort((a, b) => b.size - a.size || a.index - b.index)
      .slice(0, COMPACT_MAX_ROWS)
      .map(({ index }) => index),
  );
  return { panel: { ...panel, rows: panel.rows.filter((_, index) => largest.has(index)) }, total };
}
