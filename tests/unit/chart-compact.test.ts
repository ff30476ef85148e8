import { describe, expect, test } from "vitest";
import { compactPanel, COMPACT_MAX_ROWS } from "@/lib/charts/compact";
import type { ChartPanel } from "@/lib/charts/types";

function panel(layout: ChartPanel["layout"], counts: number[]): ChartPanel {
  return {
    id: "main",
    layout,
    stacked: false,
    valueAxisLabel: "Start-ups",
    valueFormat: "integer",
    series: [
      { key: "a", label: "A", color: "#000" },
      { key: "b", label: "B", color: "#111" },
    ],
    rows: counts.map((count, i) => ({
      key: `row-${i}`,
      label: `Row ${i}`,
      values: { a: count, b: i === 0 ? null : 1 },
    })),
  };
}

describe("a dashboard card's panel", () => {
  test("a long bar chart keeps its largest rows, in the chart's order, and says how many there were", () => {
    // 15 rows; the largest by the sum of both series are rows 14, 13, … 5 (row 0 has no second value).
    const counts = Array.from({ length: 15 }, (_, i) => i);
    const { panel: drawn, total } = compactPanel(panel("bars", counts));
    expect(total).toBe(15);
    expect(drawn.rows).toHaveLength(COMPACT_MAX_ROWS);
    expect(drawn.rows.map((row) => row.key)).toEqual(Array.from({ length: 10 }, (_, i) => `row-${i + 5}`));
  });

  test("short bar charts and year columns are drawn whole", () => {
    expect(compactPanel(panel("bars", [3, 2, 1])).panel.rows).toHaveLength(3);
    const years = panel(
      "columns",
      Array.from({ length: 30 }, (_, i) => i),
    );
    expect(compactPanel(years).panel).toBe(years);
  });
});
