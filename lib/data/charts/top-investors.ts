import "server-only";
import { definitionWords } from "@/lib/charts/definition";
import { emptyBody, listIn, panel, population } from "@/lib/charts/panel";
import { TRACKED_COLOR } from "@/lib/charts/palette";
import type { ChartRow } from "@/lib/charts/types";
import { formatInteger } from "@/lib/format/numbers";
import { Prisma } from "@/lib/generated/prisma/client";
import { defineChart } from "./define";
import { livePerson, queryWithWorkMem, roundConditions, startupIdInScope } from "./sql";

type Investor = { kind: "organization" | "person"; slug: string; name: string; startups: number; rounds: number };

export type TopInvestorsInput = { investorCount: number; startupCount: number; investors: Investor[] };

type InvestorCountRow =
  | ({ row_type: "investor" } & Investor)
  | { row_type: "totals"; kind: null; slug: null; name: null; startups: number; rounds: number };

const SHOWN = 15;

export const topInvestors = defineChart<TopInvestorsInput>({
  definition: {
    key: "top-investors",
    ...definitionWords("top-investors"),
    filters: ["city", "sector", "unit", "years"],
    years: "announced",
  },

  async query(prisma, scope) {
    const startups = startupIdInScope(scope, "none", Prisma.sql`r."startupId"`);
    const rounds = roundConditions(scope.filters);
    // Investments are first grouped by (investor, start-up), so each investor's start-ups are a
    // plain count of groups and its rounds a sum — no count(DISTINCT …) over the full join. That
    // holds because every investment names exactly one investor (Investment_one_investor_check)
    // and an investor appears at most once per round (the two unique keys on Investment).
    // The list and the totals come from the same grouping, in one statement.
    const rows = await queryWithWorkMem<InvestorCountRow[]>(
      prisma,
      Prisma.sql`
      WITH backing AS MATERIALIZED (
        SELECT i."organizationId" AS organization_id, i."personId" AS person_id, r."startupId" AS startup_id,
          count(*) AS rounds
        FROM "Investment" i
        JOIN "FundingRound" r ON r.id = i."roundId"
        WHERE i."deletedAt" IS NULL AND ${rounds} AND ${startups}
          AND NOT EXISTS (SELECT 1 FROM "Organization" dorg WHERE dorg.id = i."organizationId" AND dorg."deletedAt" IS NOT NULL)
          AND ${livePerson(Prisma.sql`i."personId"`)}
        GROUP BY 1, 2, 3
      ), investors AS MATERIALIZED (
        SELECT organization_id, person_id, count(*) AS startups, sum(rounds) AS rounds
        FROM backing GROUP BY 1, 2
      )
      (
        SELECT 'investor' AS row_type,
          CASE WHEN o.id IS NOT NULL THEN 'organization' ELSE 'person' END AS kind,
          COALESCE(o.slug, p.slug) AS slug,
          COALESCE(o."nameEn", p."nameEn", p."nameZh") AS name,
          investors.startups::int AS startups,
          investors.rounds::int AS rounds
        FROM investors
        LEFT JOIN "Organization" o ON o.id = investors.organization_id
        LEFT JOIN "Person" p ON p.id = investors.person_id
        ORDER BY startups DESC, rounds DESC, name
        LIMIT ${SHOWN}
      )
      UNION ALL
      SELECT 'totals', NULL, NULL, NULL,
        (SELECT count(*) FROM (SELECT DISTINCT startup_id FROM backing) backed)::int,
        (SELECT count(*) FROM investors)::int`,
    );
    const totals = rows.find((row) => row.row_type === "totals");
    return {
      investorCount: totals?.rounds ?? 0,
      startupCount: totals?.startups ?? 0,
      investors: rows.flatMap(({ row_type, ...investor }) =>
        row_type === "investor" && investor.kind !== null ? [investor] : [],
      ),
    };
  },

  build(input, context) {
    const { t } = context;
    const mainPanel = panel({
      layout: "bars",
      valueAxisLabel: t("investors.axis"),
      series: [{ key: "startups", label: t("investors.series"), color: TRACKED_COLOR }],
    });
    const columns = [
      { key: "investor", label: t("investors.columns.investor"), numeric: false },
      { key: "startups", label: t("investors.columns.startups"), numeric: true },
      { key: "rounds", label: t("investors.columns.rounds"), numeric: true },
    ];
    const [first] = input.investors;
    if (!first) return emptyBody(context, "startupsWithInvestor", columns, mainPanel);
    const rows: ChartRow[] = input.investors.map((investor) => ({
      key: `${investor.kind}-${investor.slug}`,
      label: investor.name,
      href: investor.kind === "organization" ? `/investors/${investor.slug}` : undefined,
      values: { startups: investor.startups },
    }));
    const peak = first.startups;
    const leaders = input.investors.filter((i) => i.startups === peak).map((i) => i.name);
    const notes =
      input.investorCount > input.investors.length
        ? [
            t("investors.shown", {
              shown: formatInteger(input.investors.length),
              total: formatInteger(input.investorCount),
            }),
          ]
        : [];
    const leaderText =
      leaders.length > 3
        ? t("investors.manyLeaders", { count: formatInteger(leaders.length) })
        : listIn(context, leaders);
    return {
      panels: [{ ...mainPanel, rows }],
      altText: t("investors.alt", {
        leaders: leaderText,
        several: leaders.length > 1 ? "yes" : "no",
        peak,
        peakText: formatInteger(peak),
        investors: formatInteger(input.investorCount),
        startups: input.startupCount,
        startupsText: formatInteger(input.startupCount),
      }),
      table: { columns, rows: input.investors.map((i) => [i.name, i.startups, i.rounds]) },
      population: population(context, input.startupCount, "startupsWithInvestor"),
      emptyMessage: null,
      notes,
    };
  },
});
