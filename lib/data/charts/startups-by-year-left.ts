import "server-only";
import { definitionWords } from "@/lib/charts/definition";
import { countPanel, countTable, emptyBody, population, span } from "@/lib/charts/panel";
import type { ChartRow } from "@/lib/charts/types";
import { formatInteger } from "@/lib/format/numbers";
import { Prisma } from "@/lib/generated/prisma/client";
import { founderPairs } from "./cohorts";
import { defineChart } from "./define";
import { queryWithWorkMem } from "./sql";

export type StartupsByYearLeftInput = { counts: { year: number; count: number }[]; notReported: number };

export const startupsByYearLeft = defineChart<StartupsByYearLeftInput>({
  definition: {
    key: "startups-by-year-left",
    ...definitionWords("startups-by-year-left"),
    filters: ["city", "sector", "unit", "years"],
    years: "founded",
  },

  async query(prisma, scope) {
    const rows = await queryWithWorkMem<{ year: number | null; count: number }[]>(
      prisma,
      Prisma.sql`
      WITH pairs AS (${founderPairs(scope)}),
      per_startup AS (
        SELECT startup_id, bool_and(end_known) AS known, max(LEAST(last_year, COALESCE(founded_year, last_year))) AS year
        FROM pairs GROUP BY startup_id
      )
      SELECT CASE WHEN known THEN year END AS year, count(*)::int AS count
      FROM per_startup GROUP BY 1 ORDER BY 1 NULLS LAST`,
    );
    return {
      counts: rows.flatMap(({ year, count }) => (year === null ? [] : [{ year, count }])),
      notReported: rows.find((row) => row.year === null)?.count ?? 0,
    };
  },

  build(input, context) {
    const { t } = context;
    const mainPanel = countPanel("columns", t("yearLeft.axis"), { categoryAxisLabel: t("yearLeft.categoryAxis") });
    const columns = [
      { key: "year", label: t("yearLeft.columns.year"), numeric: false },
      { key: "count", label: t("yearLeft.columns.count"), numeric: true },
    ];
    const notes =
      input.notReported > 0
        ? [t("yearLeft.notReportedNote", { count: input.notReported, n: formatInteger(input.notReported) })]
        : [];
    const total = input.counts.reduce((sum, c) => sum + c.count, 0) + input.notReported;
    if (total === 0) return { ...emptyBody(context, "startups", columns, mainPanel), notes };
    const years = input.counts.map((c) => c.year);
    const rows: ChartRow[] =
      years.length > 0
        ? span(Math.min(...years), Math.max(...years)).map((year) => ({
            key: String(year),
            label: String(year),
            values: { count: input.counts.find((c) => c.year === year)?.count ?? 0 },
          }))
        : [];
    if (input.notReported > 0) {
      rows.push({
        key: "not-reported",
        label: t("yearLeft.notReported"),
        values: { count: input.notReported },
        muted: true,
      });
    }
    const peak = input.counts.reduce((best, c) => (c.count > best.count ? c : best), { year: 0, count: 0 });
    return {
      panels: [{ ...mainPanel, rows }],
      altText:
        peak.count > 0
          ? t(input.notReported > 0 ? "yearLeft.altWithUnreported" : "yearLeft.alt", {
              total,
              totalText: formatInteger(total),
              first: String(Math.min(...years)),
              last: String(Math.max(...years)),
              peak: String(peak.count),
              year: String(peak.year),
              unreported: String(input.notReported),
            })
          : t("yearLeft.altNone", { total, totalText: formatInteger(total) }),
      table: countTable(columns, rows),
      population: population(context, total, "startups"),
      emptyMessage: null,
      notes,
    };
  },
});
