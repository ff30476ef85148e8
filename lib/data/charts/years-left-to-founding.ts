import "server-only";
import { definitionWords } from "@/lib/charts/definition";
import { countPanel, countTable, emptyBody, population, span } from "@/lib/charts/panel";
import type { ChartRow } from "@/lib/charts/types";
import { formatInteger } from "@/lib/format/numbers";
import { Prisma } from "@/lib/generated/prisma/client";
import { founderPairs } from "./cohorts";
import { defineChart } from "./define";
import { queryWithWorkMem } from "./sql";

export type YearsLeftToFoundingInput = { counts: { years: number; count: number }[]; notReported: number };

/** Gaps longer than this are one bar, so a single long gap does not stretch the axis. */
const LONGEST = 15;

export const yearsLeftToFounding = defineChart<YearsLeftToFoundingInput>({
  definition: {
    key: "years-left-to-founding",
    ...definitionWords("years-left-to-founding"),
    filters: ["city", "sector", "unit", "years"],
    years: "founded",
  },

  async query(prisma, scope) {
    const rows = await queryWithWorkMem<{ years: number | null; count: number }[]>(
      prisma,
      Prisma.sql`
      WITH pairs AS (${founderPairs(scope)})
      SELECT CASE WHEN end_known AND founded_year IS NOT NULL
          THEN LEAST(GREATEST(founded_year - last_year, 0), ${LONGEST}) END AS years,
        count(*)::int AS count
      FROM pairs GROUP BY 1 ORDER BY 1 NULLS LAST`,
    );
    return {
      counts: rows.flatMap(({ years, count }) => (years === null ? [] : [{ years, count }])),
      notReported: rows.find((row) => row.years === null)?.count ?? 0,
    };
  },

  build(input, context) {
    const { t } = context;
    const mainPanel = countPanel("columns", t("leftToFounding.axis"), {
      categoryAxisLabel: t("leftToFounding.categoryAxis"),
    });
    const columns = [
      { key: "years", label: t("leftToFounding.columns.years"), numeric: false },
      { key: "count", label: t("leftToFounding.columns.count"), numeric: true },
    ];
    const known = input.counts.reduce((sum, c) => sum + c.count, 0);
    const notes =
      input.notReported > 0
        ? [t("leftToFounding.notReportedNote", { count: input.notReported, n: formatInteger(input.notReported) })]
        : [];
    if (known + input.notReported === 0) return { ...emptyBody(context, "founders", columns, mainPanel), notes };
    const max = Math.max(0, ...input.counts.map((c) => c.years));
    const rows: ChartRow[] =
      known > 0
        ? span(0, max).map((years) => ({
            key: String(years),
            label: years === LONGEST ? `${LONGEST}+` : String(years),
            values: { count: input.counts.find((c) => c.years === years)?.count ?? 0 },
          }))
        : [];
    if (input.notReported > 0) {
      rows.push({
        key: "not-reported",
        label: t("leftToFounding.notReported"),
        values: { count: input.notReported },
        muted: true,
      });
    }
    const soon = input.counts.filter((c) => c.years <= 1).reduce((sum, c) => sum + c.count, 0);
    return {
      panels: [{ ...mainPanel, rows }],
      altText:
        known > 0
          ? t("leftToFounding.alt", { total: known, totalText: formatInteger(known), soon: String(soon) }) +
            (input.notReported > 0 ? t("leftToFounding.altMore", { unreported: String(input.notReported) }) : "")
          : t("leftToFounding.altNone", { total: input.notReported, totalText: formatInteger(input.notReported) }),
      table: countTable(columns, rows),
      population: population(context, known + input.notReported, "founders"),
      emptyMessage: null,
      notes,
    };
  },
});
