import "server-only";
import { definitionWords } from "@/lib/charts/definition";
import { emptyBody, listIn, panel, population, span } from "@/lib/charts/panel";
import { CATEGORY_COLORS, MUTED_COLOR } from "@/lib/charts/palette";
import type { ChartRow } from "@/lib/charts/types";
import { formatInteger } from "@/lib/format/numbers";
import { Prisma } from "@/lib/generated/prisma/client";
import { defineChart } from "./define";
import { livePerson, queryWithWorkMem, startupIdInScope } from "./sql";
import { UNIT_ROLLUP } from "./startups-by-alibaba-unit";

export type FoundersByUnitOverTimeInput = {
  /** `nameZh` where the unit has a Chinese name (absent in results cached before it was read). */
  counts: { year: number; slug: string; name: string; nameZh?: string | null; count: number }[];
  withoutYear: number;
};

/** Units drawn as their own colour; the rest are "Other units". */
const SHOWN_UNITS = 5;

export const foundersByUnitOverTime = defineChart<FoundersByUnitOverTimeInput>({
  definition: {
    key: "founders-by-unit-over-time",
    ...definitionWords("founders-by-unit-over-time"),
    filters: ["city", "sector", "years"],
    years: "founded",
  },

  async query(prisma, scope) {
    const rows = await queryWithWorkMem<
      { year: number | null; slug: string; name: string; nameZh: string | null; count: number }[]
    >(
      prisma,
      Prisma.sql`
      ${UNIT_ROLLUP}, links AS MATERIALIZED (
        SELECT DISTINCT f."personId" AS person_id, s."foundedYear" AS year, units.top_id
        FROM "Founding" f
        JOIN "Startup" s ON s.id = f."startupId"
        JOIN "Employment" e ON e."personId" = f."personId" AND e."deletedAt" IS NULL
        JOIN units ON units.id = e."organizationId"
        WHERE f."deletedAt" IS NULL AND ${livePerson(Prisma.sql`f."personId"`)}
          AND ${startupIdInScope(scope, "founded", Prisma.sql`f."startupId"`)}
      )
      SELECT links.year, o.slug, o."nameEn" AS name, o."nameZh" AS "nameZh", count(*)::int AS count
      FROM links JOIN "Organization" o ON o.id = links.top_id
      GROUP BY links.year, o.slug, o."nameEn", o."nameZh" ORDER BY links.year NULLS LAST, count DESC, o."nameEn"`,
    );
    return {
      counts: rows.flatMap((row) => (row.year === null ? [] : [{ ...row, year: row.year }])),
      withoutYear: rows.filter((row) => row.year === null).reduce((sum, row) => sum + row.count, 0),
    };
  },

  build(input, context) {
    const totals = new Map<string, { name: string; count: number }>();
    // In 中文 a unit goes by its Chinese name where the records give one.
    const nameOf = (c: FoundersByUnitOverTimeInput["counts"][number]) =>
      context.locale === "zh" ? (c.nameZh ?? c.name) : c.name;
    for (const c of input.counts) {
      const unit = totals.get(c.slug) ?? { name: nameOf(c), count: 0 };
      unit.count += c.count;
      totals.set(c.slug, unit);
    }
    const ranked = [...totals.entries()].sort((a, b) => b[1].count - a[1].count || a[1].name.localeCompare(b[1].name));
    const shown = ranked.slice(0, SHOWN_UNITS);
    const hasOther = ranked.length > SHOWN_UNITS;
    const { t } = context;
    const series = [
      ...shown.map(([slug, unit], i) => ({ key: slug, label: unit.name, color: CATEGORY_COLORS[i]! })),
      ...(hasOther ? [{ key: "__other", label: t("unitOverTime.other"), color: MUTED_COLOR }] : []),
    ];
    const mainPanel = panel({
      layout: "columns",
      stacked: true,
      valueAxisLabel: t("unitOverTime.axis"),
      categoryAxisLabel: t("unitOverTime.categoryAxis"),
      series,
    });
    const columns = [
      { key: "year", label: t("unitOverTime.columns.year"), numeric: false },
      ...series.map((s) => ({ key: s.key, label: s.label, numeric: true })),
    ];
    const notes =
      input.withoutYear > 0
        ? [t("unitOverTime.withoutYear", { count: input.withoutYear, n: formatInteger(input.withoutYear) })]
        : [];
    if (input.counts.length === 0) return { ...emptyBody(context, "founders", columns, mainPanel), notes };
    const years = input.counts.map((c) => c.year);
    const shownSlugs = new Set(shown.map(([slug]) => slug));
    const rows: ChartRow[] = span(Math.min(...years), Math.max(...years)).map((year) => {
      const values: Record<string, number> = Object.fromEntries(series.map((s) => [s.key, 0]));
      for (const c of input.counts) {
        if (c.year !== year) continue;
        const key = shownSlugs.has(c.slug) ? c.slug : "__other";
        values[key] = (values[key] ?? 0) + c.count;
      }
      return { key: String(year), label: String(year), values };
    });
    const total = input.counts.reduce((sum, c) => sum + c.count, 0);
    const peak = shown[0]?.[1].count ?? 0;
    const leaders = shown.filter(([, unit]) => unit.count === peak).map(([, unit]) => unit.name);
    return {
      panels: [{ ...mainPanel, rows }],
      altText: t("unitOverTime.alt", {
        total,
        totalText: formatInteger(total),
        first: String(Math.min(...years)),
        last: String(Math.max(...years)),
        leaders: listIn(context, leaders),
        several: leaders.length > 1 ? "yes" : "no",
        peak: String(peak),
      }),
      table: { columns, rows: rows.map((row) => [row.label, ...series.map((s) => row.values[s.key] ?? 0)]) },
      population: population(context, total + input.withoutYear, "founders"),
      emptyMessage: null,
      notes,
    };
  },
});
