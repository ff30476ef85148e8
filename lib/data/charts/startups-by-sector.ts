import "server-only";
import { COVERAGE_NOTE } from "@/lib/charts/definition";
import { SECTOR_LABELS } from "@/lib/charts/labels";
import { countPanel, countTable, emptyBody, population } from "@/lib/charts/panel";
import type { ChartRow } from "@/lib/charts/types";
import { formatInteger, plural } from "@/lib/format/numbers";
import { listOf } from "@/lib/format/text";
import type { Sector } from "@/lib/generated/prisma/enums";
import { defineChart } from "./define";
import { countStartups, startupConditions } from "./sql";

export type StartupsBySectorInput = { total: number; counts: { sector: Sector | null; count: number }[] };

export const startupsBySector = defineChart<StartupsBySectorInput>({
  definition: {
    key: "startups-by-sector",
    title: "Start-ups by sector",
    subtitle: "AI start-ups founded by former Alibaba staff, by sector",
    description: "What the tracked start-ups work on.",
    notes: [COVERAGE_NOTE, "A start-up working in several sectors is counted in each of them."],
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

  build(input) {
    const mainPanel = countPanel("bars", "Start-ups");
    const columns = [
      { key: "sector", label: "Sector", numeric: false },
      { key: "count", label: "Start-ups", numeric: true },
    ];
    if (input.total === 0) return emptyBody("start-ups", columns, mainPanel);
    const ordered = [
      ...input.counts.filter((c) => c.sector !== null),
      ...input.counts.filter((c) => c.sector === null),
    ];
    const rows: ChartRow[] = ordered.map((c) => ({
      key: c.sector ?? "not-reported",
      label: c.sector ? SECTOR_LABELS[c.sector] : "Sector not reported",
      values: { count: c.count },
      muted: c.sector === null,
    }));
    const named = input.counts.flatMap((c) => (c.sector === null ? [] : [{ sector: c.sector, count: c.count }]));
    const peak = named[0]?.count ?? 0;
    const leaders = named.filter((c) => c.count === peak).map((c) => SECTOR_LABELS[c.sector]);
    return {
      panels: [{ ...mainPanel, rows }],
      altText: leaders.length
        ? `Bar chart of ${plural(input.total, "start-up")} by sector. ${listOf(leaders)} ${leaders.length > 1 ? "are the most common sectors" : "is the most common sector"}, with ${formatInteger(peak)} start-up${peak === 1 ? "" : "s"}${leaders.length > 1 ? " each" : ""}.`
        : `Bar chart of ${plural(input.total, "start-up")} by sector; no sector is reported for any of them.`,
      table: countTable(columns, rows),
      population: population(input.total, "start-up"),
      emptyMessage: null,
    };
  },
});
