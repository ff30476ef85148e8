import "server-only";
import { definitionWords } from "@/lib/charts/definition";
import { emptyBody, joinSentences, listIn, panel, population, span } from "@/lib/charts/panel";
import { CATEGORY_COLORS, MUTED_COLOR, TRACKED_COLOR } from "@/lib/charts/palette";
import type { ChartPanel, ChartRow, ChartTable } from "@/lib/charts/types";
import { formatInteger } from "@/lib/format/numbers";
import { Prisma } from "@/lib/generated/prisma/client";
import { isSector, sectorLabel } from "@/lib/labels";
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
    ...definitionWords("founded-per-year"),
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

  build(input, context) {
    const known = input.counts.flatMap((c) => (c.year === null ? [] : [{ ...c, year: c.year }]));
    const unknownYear = input.counts.filter((c) => c.year === null).reduce((sum, c) => sum + c.count, 0);
    const total = known.reduce((sum, c) => sum + c.count, 0);
    const { t } = context;
    const notes = unknownYear > 0 ? [t("founded.notShown", { count: unknownYear, n: formatInteger(unknownYear) })] : [];

    const groupLabel = (key: string | null, label: string | null) =>
      key === null
        ? input.stack === "city"
          ? t("founded.cityNotReported")
          : t("founded.sectorNotReported")
        : input.stack === "sector"
          ? isSector(key)
            ? sectorLabel(key, context.locale)
            : key
          : (label ?? key);
    let series: ChartPanel["series"] = [{ key: "count", label: t("founded.series"), color: TRACKED_COLOR }];
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
        series.push({ key: "__other", label: t("founded.other"), color: MUTED_COLOR });
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
      valueAxisLabel: t("founded.axis"),
      categoryAxisLabel: t("founded.categoryAxis"),
      series,
    });
    const columns = [
      { key: "year", label: t("founded.columns.year"), numeric: false },
      ...(input.stack ? series.map((s) => ({ key: s.key, label: s.label, numeric: true })) : []),
      { key: "total", label: t("founded.columns.total"), numeric: true },
    ];
    if (total === 0) return { ...emptyBody(context, "startups", columns, mainPanel), notes };

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
    const altText = joinSentences(context, [
      t("founded.altColumns", {
        total,
        totalText: formatInteger(total),
        first: String(years[0]),
        last: String(years.at(-1)),
      }),
      t("founded.altPeak", {
        years: listIn(context, peakYears),
        peak: formatInteger(peak),
        several: peakYears.length > 1 ? "yes" : "no",
      }),
      input.stack
        ? t("founded.altSplit", {
            stack: input.stack,
            groups: listIn(
              context,
              series.map((s) => s.label),
            ),
          })
        : "",
    ]);
    return {
      subtitle: input.stack ? t("founded.subtitleStacked", { stack: input.stack }) : undefined,
      panels: [{ ...mainPanel, rows }],
      altText,
      table,
      population: population(context, total, "startups"),
      emptyMessage: null,
      notes: [...notes, ...(input.stack === "sector" ? [t("founded.firstSectorNote")] : [])],
    };
  },
});
