import "server-only";
import { definitionWords } from "@/lib/charts/definition";
import { countPanel, countTable, emptyBody, listIn, population } from "@/lib/charts/panel";
import type { ChartRow } from "@/lib/charts/types";
import { formatInteger } from "@/lib/format/numbers";
import type { Sector } from "@/lib/generated/prisma/enums";
import { sectorLabel } from "@/lib/labels";
import { defineChart } from "./define";
import { countStartups, startupConditions } from "./sql";

export type StartupsBySectorInput = { total: number; counts: { sector: Sector | null; count: number }[] };

export const startupsBySector = defineChart<StartupsBySectorInput>({
  definition: {
    key: "startups-by-sector",
    ...definitionWords("startups-by-sector"),
    filters: ["city", "unit", "years"],
    years: "founded",
  },

  async query(prisma, scope) {
    const where = startupConditions(scope, "founded");
    const counts = await prisma.$queryRaw<StartupsBySectorInput["counts"]>`
      SELECT sector::text AS sector, count(*)::int AS count
      FROM "Startup" s
      LEFT JOIN LATERAL unnest(s.sectors) AS sector ON true
      WHERE ${where}
      GROUP BY sector
      ORDER BY count DESC, sector NULLS LAST`;
    return { total: await countStartups(prisma, where), counts };
  },

  build(input, context) {
    const { t } = context;
    const mainPanel = countPanel("bars", t("sector.axis"));
    const columns = [
      { key: "sector", label: t("sector.columns.sector"), numeric: false },
      { key: "count", label: t("sector.columns.count"), numeric: true },
    ];
    if (input.total === 0) return emptyBody(context, "startups", columns, mainPanel);
    const ordered = [
      ...input.counts.filter((c) => c.sector !== null),
      ...input.counts.filter((c) => c.sector === null),
    ];
    const rows: ChartRow[] = ordered.map((c) => ({
      key: c.sector ?? "not-reported",
      label: c.sector ? sectorLabel(c.sector, context.locale) : t("sector.notReported"),
      values: { count: c.count },
      muted: c.sector === null,
    }));
    const named = input.counts.flatMap((c) => (c.sector === null ? [] : [{ sector: c.sector, count: c.count }]));
    const peak = named[0]?.count ?? 0;
    const leaders = named.filter((c) => c.count === peak).map((c) => sectorLabel(c.sector, context.locale));
    return {
      panels: [{ ...mainPanel, rows }],
      altText: leaders.length
        ? t("sector.alt", {
            total: input.total,
            totalText: formatInteger(input.total),
            leaders: listIn(context, leaders),
            several: leaders.length > 1 ? "yes" : "no",
            peak,
            peakText: formatInteger(peak),
          })
        : t("sector.altNone", { total: input.total, totalText: formatInteger(input.total) }),
      table: countTable(columns, rows),
      population: population(context, input.total, "startups"),
      emptyMessage: null,
    };
  },
});
