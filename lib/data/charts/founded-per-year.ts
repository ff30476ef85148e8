import "server-only";
import { COVERAGE_NOTE } from "@/lib/charts/definition";
import { SECTOR_LABELS } from "@/lib/charts/labels";
import { emptyBody, panel, population, span } from "@/lib/charts/panel";
import { CATEGORY_COLORS, MUTED_COLOR, TRACKED_COLOR } from "@/lib/charts/palette";
import type { ChartPanel, ChartRow, ChartTable } from "@/lib/charts/types";
import { formatInteger, plural } from "@/lib/format/numbers";
import { listOf } from "@/lib/format/text";
import { Prisma } from "@/lib/generated/prisma/client";
import { isSector } from "@/lib/labels";
import { defineChart } from "./define";
import { startupConditions } from "./sql";

export type FoundedPerYearInput = {
  stack: "city" | "sector" | null;
  counts: { year: number | null; groupKey: string | null; groupLabel: string | null; count: number }[];
};

const MAX_STACK_GROUPS = 6;

export const foundedPerYear = defineChart<FoundedPerYearInput>({
  definition: {
    key: "founded-per-year",
    title: "Start-ups founded per year",
    subtitle: "AI start-ups founded by former Alibaba staff, by year founded",
    description: "How many tracked start-ups were founded each year, optionally split by city or sector.",
    notes: [
      COVERAGE_NOTE,
      "Where sources disagree on a founding year, the year recorded in the database is used; the start-up's page shows both.",
    ],
    filters: ["city", "sector", "unit", "years", "stack"],
    years: "founded",
  },

  async query(prisma, scope) {
    const where = startupConditions(scope, "founded");
    const stack = scope.filters.stack;
    // Stacking by sector uses each start-up's first-listed sector, so the stacks add up to the
    // number of start-ups founded that year.
    const group =
      stack === "city"
        ? Prisma.sql`c.slug AS group_key, c."nameEn" AS group_label`
        : stack === "sector"
          ? Prisma.sql`s.sectors[1]::text AS group_key, NULL::text AS group_label`
          : Prisma.sql`NULL::text AS group_key, NULL::text AS group_label`;
    const rows = await prisma.$queryRaw<
      { year: number | null; group_key: string | null; group_label: string | null; count: number }[]
    >`
      SELECT s."foundedYear" AS year, ${group}, count(*)::int AS count
      FROM "Startup" s
      LEFT JOIN "City" c ON c.id = s."cityId" AND c."deletedAt" IS NULL
      WHERE ${where}
      GROUP BY 1, 2, 3
      ORDER BY 1, 4 DESC`;
    return {
      stack: stack ?? null,
      counts: rows.map((row) => ({
        year: row.year,
        groupKey: row.group_key,
        groupLabel: row.group_label,
        count: row.count,
      })),
    };
  },

  build(input) {
    const known = input.counts.flatMap((c) => (c.year === null ? [] : [{ ...c, year: c.year }]));
    const unknownYear = input.counts.filter((c) => c.year === null).reduce((sum, c) => sum + c.count, 0);
    const total = known.reduce((sum, c) => sum + c.count, 0);
    const notes =
      unknownYear > 0
        ? [
            `${plural(unknownYear, "start-up")} with no reported founding year ${unknownYear === 1 ? "is" : "are"} not shown.`,
          ]
        : [];

    const groupLabel = (key: string | null, label: string | null) =>
      key === null
        ? input.stack === "city"
          ? "City not reported"
          : "Sector not reported"
        : input.stack === "sector"
          ? isSector(key)
            ? SECTOR_LABELS[key]
            : key
          : (label ?? key);
    let series: ChartPanel["series"] = [{ key: "count", label: "Start-ups founded", color: TRACKED_COLOR }];
    const groupOf = new Map<string, string>();
    if (input.stack) {
      const totals = new Map<string, { label: string; count: number; isNull: boolean }>();
      for (const c of known) {
        const key = c.groupKey ?? "__none";
        const entry = totals.get(key) ?? {
          label: groupLabel(c.groupKey, c.groupLabel),
          count: 0,
          isNull: c.groupKey === null,
        };
        entry.count += c.count;
        totals.set(key, entry);
      }
      const named = [...totals.entries()]
        .filter(([, v]) => !v.isNull)
        .sort((a, b) => b[1].count - a[1].count || a[1].label.localeCompare(b[1].label));
      const shown = named.length > MAX_STACK_GROUPS ? named.slice(0, MAX_STACK_GROUPS - 1) : named;
      series = shown.map(([key, v], i) => ({
        key,
        label: v.label,
        color: CATEGORY_COLORS[i % CATEGORY_COLORS.length] ?? MUTED_COLOR,
      }));
      for (const [key] of shown) groupOf.set(key, key);
      if (named.length > shown.length) {
        series.push({ key: "__other", label: "Other", color: MUTED_COLOR });
        for (const [key] of named.slice(shown.length)) groupOf.set(key, "__other");
      }
      if (totals.has("__none")) {
        series.push({ key: "__none", label: groupLabel(null, null), color: "#cfcfcf" });
        groupOf.set("__none", "__none");
      }
    }
    const mainPanel = panel({
      layout: "columns",
      stacked: input.stack !== null,
      valueAxisLabel: "Start-ups founded",
      categoryAxisLabel: "Year founded",
      series,
    });
    const columns = [
      { key: "year", label: "Year founded", numeric: false },
      ...(input.stack ? series.map((s) => ({ key: s.key, label: s.label, numeric: true })) : []),
      { key: "total", label: "Start-ups founded", numeric: true },
    ];
    if (total === 0) return { ...emptyBody("start-ups", columns, mainPanel), notes };

    const years = span(Math.min(...known.map((c) => c.year)), Math.max(...known.map((c) => c.year)));
    const rows: ChartRow[] = years.map((year) => {
      const values: Record<string, number | null> = {};
      for (const s of series) values[s.key] = 0;
      for (const c of known.filter((k) => k.year === year)) {
        const key = input.stack ? (groupOf.get(c.groupKey ?? "__none") ?? "__other") : "count";
        values[key] = (values[key] ?? 0) + c.count;
      }
      const sum = Object.values(values).reduce<number>((a, b) => a + (b ?? 0), 0);
      return { key: String(year), label: String(year), values, valueLabels: { total: formatInteger(sum) } };
    });
    const rowTotal = (row: ChartRow) => Object.values(row.values).reduce<number>((a, b) => a + (b ?? 0), 0);
    const table: ChartTable = {
      columns,
      rows: rows.map((row) => [
        row.label,
        ...(input.stack ? series.map((s) => row.values[s.key] ?? 0) : []),
        rowTotal(row),
      ]),
    };
    const peak = Math.max(...rows.map(rowTotal));
    const peakYears = rows.filter((row) => rowTotal(row) === peak).map((row) => row.label);
    const altText = [
      `Column chart of ${plural(total, "start-up")} by the year ${total === 1 ? "it was" : "they were"} founded, ${years[0]} to ${years.at(-1)}.`,
      `The most were founded in ${listOf(peakYears)}: ${formatInteger(peak)}${peakYears.length > 1 ? " each" : ""}.`,
      input.stack ? `Split by ${input.stack}: ${listOf(series.map((s) => s.label))}.` : "",
    ]
      .filter(Boolean)
      .join(" ");
    return {
      subtitle: input.stack
        ? `AI start-ups founded by former Alibaba staff, by year founded and ${input.stack === "city" ? "city" : "first-listed sector"}`
        : undefined,
      panels: [{ ...mainPanel, rows }],
      altText,
      table,
      population: population(total, "start-up"),
      emptyMessage: null,
      notes: [
        ...notes,
        ...(input.stack === "sector" ? ["Each start-up is counted under the first sector listed for it."] : []),
      ],
    };
  },
});
