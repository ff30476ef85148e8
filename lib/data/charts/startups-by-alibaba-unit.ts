import "server-only";
import { definitionWords } from "@/lib/charts/definition";
import { countPanel, countTable, emptyBody, listIn, population } from "@/lib/charts/panel";
import type { ChartRow } from "@/lib/charts/types";
import { formatInteger } from "@/lib/format/numbers";
import { Prisma } from "@/lib/generated/prisma/client";
import { defineChart } from "./define";
import { livePerson, queryWithWorkMem, startupConditions, startupIdInScope } from "./sql";

export type StartupsByUnitInput = {
  total: number;
  withoutUnit: number;
  /** `nameZh` where the unit has a Chinese name (absent in results cached before it was read). */
  units: { slug: string; name: string; nameZh?: string | null; isRoot: boolean; count: number }[];
};

/** Each ALIBABA_UNIT with the top-level unit it rolls up to (a root stands for itself). */
export const UNIT_ROLLUP = Prisma.sql`
  WITH RECURSIVE roots AS (
    SELECT id FROM "Organization" WHERE kind = 'ALIBABA_UNIT' AND "parentId" IS NULL AND "deletedAt" IS NULL
  ), rollup AS (
    SELECT o.id, o.id AS top_id, 0 AS depth FROM "Organization" o
    WHERE o.kind = 'ALIBABA_UNIT' AND o."deletedAt" IS NULL AND o."parentId" IN (SELECT id FROM roots)
    UNION ALL
    SELECT o.id, rollup.top_id, rollup.depth + 1 FROM "Organization" o
    JOIN rollup ON o."parentId" = rollup.id
    WHERE o.kind = 'ALIBABA_UNIT' AND o."deletedAt" IS NULL AND rollup.depth < 20
  ), units AS (
    SELECT id, top_id FROM rollup UNION ALL SELECT id, id FROM roots
  )`;

type UnitCountRow =
  | { row_type: "unit"; slug: string; name: string; name_zh: string | null; is_root: boolean; count: number }
  | { row_type: "linked" | "total"; slug: null; name: null; name_zh: null; is_root: null; count: number };

export const startupsByAlibabaUnit = defineChart<StartupsByUnitInput>({
  definition: {
    key: "startups-by-alibaba-unit",
    ...definitionWords("startups-by-alibaba-unit"),
    filters: ["city", "sector", "years"],
    years: "founded",
  },

  async query(prisma, scope) {
    const where = startupConditions(scope, "founded");
    // One statement: the (start-up, top-level unit) links are found once and counted three ways —
    // per unit, start-ups with any unit, and all start-ups. Foundings are joined to employments
    // directly; founders and start-ups are checked by anti-join or semi-join rather than joined.
    const rows = await queryWithWorkMem<UnitCountRow[]>(
      prisma,
      Prisma.sql`
      ${UNIT_ROLLUP}, links AS MATERIALIZED (
        SELECT DISTINCT f."startupId" AS startup_id, units.top_id
        FROM "Founding" f
        JOIN "Employment" e ON e."personId" = f."personId" AND e."deletedAt" IS NULL
        JOIN units ON units.id = e."organizationId"
        WHERE f."deletedAt" IS NULL AND ${livePerson(Prisma.sql`f."personId"`)}
          AND ${startupIdInScope(scope, "founded", Prisma.sql`f."startupId"`)}
      )
      SELECT * FROM (
        SELECT 'unit' AS row_type, o.slug, o."nameEn" AS name, o."nameZh" AS name_zh, o."parentId" IS NULL AS is_root,
          count(*)::int AS count
        FROM links JOIN "Organization" o ON o.id = links.top_id
        GROUP BY o.slug, o."nameEn", o."nameZh", o."parentId"
        UNION ALL
        SELECT 'linked', NULL, NULL, NULL, NULL, (SELECT count(*) FROM (SELECT DISTINCT startup_id FROM links) linked)::int
        UNION ALL
        SELECT 'total', NULL, NULL, NULL, NULL, (SELECT count(*) FROM "Startup" s WHERE ${where})::int
      ) counted
      ORDER BY row_type <> 'unit', count DESC, name`,
    );
    const total = rows.find((row) => row.row_type === "total")?.count ?? 0;
    const linked = rows.find((row) => row.row_type === "linked")?.count ?? 0;
    const units = rows.flatMap((row) =>
      row.row_type === "unit"
        ? [{ slug: row.slug, name: row.name, nameZh: row.name_zh, isRoot: row.is_root, count: row.count }]
        : [],
    );
    return { total, withoutUnit: total - linked, units };
  },

  build(input, context) {
    const { t } = context;
    const mainPanel = countPanel("bars", t("unit.axis"));
    const columns = [
      { key: "unit", label: t("unit.columns.unit"), numeric: false },
      { key: "count", label: t("unit.columns.count"), numeric: true },
    ];
    if (input.total === 0) return emptyBody(context, "startups", columns, mainPanel);
    // Named units first; "unit not specified" and "none recorded" are gaps, drawn muted at the end.
    const ordered = [...input.units.filter((u) => !u.isRoot), ...input.units.filter((u) => u.isRoot)];
    // A unit's name in the chart's language: 中文 where the record has one.
    const unitName = (u: (typeof ordered)[number]) => (context.locale === "zh" ? (u.nameZh ?? u.name) : u.name);
    const rows: ChartRow[] = ordered.map((u) => ({
      key: u.slug,
      label: u.isRoot ? t("unit.unspecified", { unit: unitName(u) }) : unitName(u),
      values: { count: u.count },
      muted: u.isRoot,
    }));
    if (input.withoutUnit > 0) {
      rows.push({
        key: "not-reported",
        label: t("unit.noUnit"),
        values: { count: input.withoutUnit },
        muted: true,
      });
    }
    const named = input.units.filter((u) => !u.isRoot);
    const peak = named[0]?.count ?? 0;
    const leaders = named.filter((u) => u.count === peak).map(unitName);
    return {
      panels: [{ ...mainPanel, rows }],
      altText: leaders.length
        ? t("unit.alt", {
            total: input.total,
            totalText: formatInteger(input.total),
            leaders: listIn(context, leaders),
            several: leaders.length > 1 ? "yes" : "no",
            peak: formatInteger(peak),
          }) +
          (input.withoutUnit > 0
            ? t("unit.altWithout", { without: input.withoutUnit, withoutText: formatInteger(input.withoutUnit) })
            : "")
        : t("unit.altNone", { total: input.total, totalText: formatInteger(input.total) }),
      table: countTable(columns, rows),
      population: population(context, input.total, "startups"),
      emptyMessage: null,
    };
  },
});
