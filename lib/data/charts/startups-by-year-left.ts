import "server-only";
import { definitionWords } from "@/lib/charts/definition";
import { countPanel, countTable, emptyBody, population, span } from "@/lib/charts/panel";
import type { ChartRow } from "@/lib/charts/types";
import { plural } from "@/lib/format/numbers";
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
    const mainPanel = countPanel("columns", "Start-ups", { categoryAxisLabel: "Year the founders left Alibaba" });
    const columns = [
      { key: "year", label: "Year left Alibaba", numeric: false },
      { key: "count", label: "Start-ups", numeric: true },
    ];
    const notes =
      input.notReported > 0
        ? [
            `${plural(input.notReported, "start-up")} whose founders' year of leaving is not reported ${input.notReported === 1 ? "is" : "are"} shown as "not reported".`,
          ]
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
      rows.push({ key: "not-reported", label: "Not reported", values: { count: input.notReported }, muted: true });
    }
    const peak = input.counts.reduce((best, c) => (c.count > best.count ? c : best), { year: 0, count: 0 });
    return {
      panels: [{ ...mainPanel, rows }],
      altText:
        peak.count > 0
          ? `Column chart of ${plural(total, "start-up")} by the year their founders left Alibaba, from ${Math.min(...years)} to ${Math.max(...years)}. The most, ${peak.count}, left in ${peak.year}${input.notReported > 0 ? `; for ${input.notReported} the year is not reported` : ""}.`
          : `None of the ${plural(total, "start-up")} has a reported year of leaving Alibaba.`,
      table: countTable(columns, rows),
      population: population(context, total, "startups"),
      emptyMessage: null,
      notes,
    };
  },
});
