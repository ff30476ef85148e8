import "server-only";
import { definitionWords } from "@/lib/charts/definition";
import { countPanel, countTable, emptyBody, population, span } from "@/lib/charts/panel";
import type { ChartRow } from "@/lib/charts/types";
import { formatInteger } from "@/lib/format/numbers";
import { Prisma } from "@/lib/generated/prisma/client";
import { defineChart } from "./define";
import { livePerson, queryWithWorkMem, startupConditions } from "./sql";

/** Below this many founders the chart says the data is too thin to generalise from. */
const THIN = 10;

export type YearsAtAlibabaInput = { counts: { years: number; count: number }[]; excluded: number };

export const yearsAtAlibaba = defineChart<YearsAtAlibabaInput>({
  definition: {
    key: "years-at-alibaba",
    ...definitionWords("years-at-alibaba"),
    filters: ["city", "sector", "years"],
    years: "founded",
  },

  async query(prisma, scope) {
    const where = startupConditions(scope, "founded");
    // One row per founder and start-up. Complete only when the founding year and the years of every
    // Alibaba job that began before it are known; then the span runs from the first year joined to
    // the last year there, capped at the founding year.
    const rows = await queryWithWorkMem<{ years: number | null; count: number }[]>(
      prisma,
      Prisma.sql`
      WITH alibaba AS (
        SELECT id FROM "Organization" WHERE kind = 'ALIBABA_UNIT' AND "deletedAt" IS NULL
      ), pairs AS (
        SELECT f."personId", s.id,
          bool_and(s."foundedYear" IS NOT NULL AND e."startYear" IS NOT NULL
                   AND (e."endYear" IS NOT NULL OR e."isCurrent")) AS complete,
          min(e."startYear") AS first_year,
          max(CASE WHEN e."isCurrent" THEN s."foundedYear" ELSE LEAST(e."endYear", s."foundedYear") END) AS last_year
        FROM "Startup" s
        JOIN "Founding" f ON f."startupId" = s.id AND f."deletedAt" IS NULL
        JOIN "Employment" e ON e."personId" = f."personId" AND e."deletedAt" IS NULL
          AND e."organizationId" IN (SELECT id FROM alibaba)
        WHERE ${where} AND ${livePerson(Prisma.sql`f."personId"`)}
          AND (s."foundedYear" IS NULL OR e."startYear" IS NULL OR e."startYear" <= s."foundedYear")
        GROUP BY f."personId", s.id
      )
      SELECT CASE WHEN complete THEN last_year - first_year END AS years, count(*)::int AS count
      FROM pairs GROUP BY 1 ORDER BY 1 NULLS LAST`,
    );
    return {
      counts: rows.flatMap(({ years, count }) => (years === null ? [] : [{ years, count }])),
      excluded: rows.find((row) => row.years === null)?.count ?? 0,
    };
  },

  build(input, context) {
    const { t } = context;
    const mainPanel = countPanel("columns", t("yearsAt.axis"), { categoryAxisLabel: t("yearsAt.categoryAxis") });
    const columns = [
      { key: "years", label: t("yearsAt.columns.years"), numeric: false },
      { key: "count", label: t("yearsAt.columns.count"), numeric: true },
    ];
    const total = input.counts.reduce((sum, c) => sum + c.count, 0);
    const notes: string[] =
      input.excluded > 0 ? [t("yearsAt.excluded", { count: input.excluded, n: formatInteger(input.excluded) })] : [];
    if (total === 0) {
      const message = input.excluded > 0 ? t("yearsAt.noneComplete") : context.t("nothingMatches");
      return { ...emptyBody(context, "founders", columns, mainPanel, message), notes };
    }
    // Thin data is said outright, beside the chart and in every export, rather than left to the axis.
    if (total < THIN) {
      notes.push(t("yearsAt.thin", { count: total, n: formatInteger(total) }));
    }
    const max = Math.max(...input.counts.map((c) => c.years));
    const rows: ChartRow[] = span(0, max).map((years) => ({
      key: String(years),
      label: String(years),
      values: { count: input.counts.find((c) => c.years === years)?.count ?? 0 },
    }));
    // The median from the histogram: the smallest span reaching half of the founders.
    let seen = 0;
    let median = 0;
    for (const row of rows) {
      seen += row.values.count ?? 0;
      if (seen * 2 >= total) {
        median = Number(row.key);
        break;
      }
    }
    return {
      panels: [{ ...mainPanel, rows }],
      altText: t("yearsAt.alt", {
        total,
        totalText: formatInteger(total),
        max: String(max),
        median,
        medianText: formatInteger(median),
      }),
      table: countTable(columns, rows),
      population: population(context, total, "founders"),
      emptyMessage: null,
      notes,
    };
  },
});
