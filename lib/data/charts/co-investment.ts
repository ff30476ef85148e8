import "server-only";
import { definitionWords } from "@/lib/charts/definition";
import { emptyBody, panel, population } from "@/lib/charts/panel";
import { TRACKED_COLOR } from "@/lib/charts/palette";
import type { ChartRow } from "@/lib/charts/types";
import { formatInteger } from "@/lib/format/numbers";
import { Prisma } from "@/lib/generated/prisma/client";
import { defineChart } from "./define";
import { livePerson, queryWithWorkMem, startupIdInScope } from "./sql";

/** `firstZh`/`secondZh`: the investors' Chinese names where they have one (absent in results cached before). */
type Pair = { first: string; second: string; firstZh?: string | null; secondZh?: string | null; startups: number };

export type CoInvestmentInput = { pairs: Pair[]; pairCount: number };

const SHOWN = 15;

export const coInvestment = defineChart<CoInvestmentInput>({
  definition: {
    key: "co-investment",
    ...definitionWords("co-investment"),
    filters: ["city", "sector", "unit", "years"],
    years: "founded",
  },

  async query(prisma, scope) {
    const startups = startupIdInScope(scope, "founded", Prisma.sql`r."startupId"`);
    // An investor is one integer: an organization's id, or minus a person's id.
    const rows = await queryWithWorkMem<
      {
        first: string;
        second: string;
        first_zh: string | null;
        second_zh: string | null;
        startups: number;
        pair_count: number;
      }[]
    >(
      prisma,
      Prisma.sql`
      WITH backing AS MATERIALIZED (
        SELECT DISTINCT COALESCE(i."organizationId", -i."personId") AS investor, r."startupId" AS startup_id
        FROM "Investment" i JOIN "FundingRound" r ON r.id = i."roundId" AND r."deletedAt" IS NULL
        WHERE i."deletedAt" IS NULL AND ${startups}
          AND NOT EXISTS (SELECT 1 FROM "Organization" dorg WHERE dorg.id = i."organizationId" AND dorg."deletedAt" IS NOT NULL)
          AND ${livePerson(Prisma.sql`i."personId"`)}
      ), pairs AS MATERIALIZED (
        SELECT a.investor AS a, b.investor AS b, count(*)::int AS startups
        FROM backing a JOIN backing b ON b.startup_id = a.startup_id AND b.investor > a.investor
        GROUP BY 1, 2
      ), named AS (
        SELECT COALESCE(oa."nameEn", pa."nameEn", pa."nameZh") AS first,
          COALESCE(ob."nameEn", pb."nameEn", pb."nameZh") AS second,
          COALESCE(oa."nameZh", pa."nameZh") AS first_zh, COALESCE(ob."nameZh", pb."nameZh") AS second_zh, pairs.startups
        FROM pairs
        LEFT JOIN "Organization" oa ON oa.id = pairs.a LEFT JOIN "Person" pa ON pa.id = -pairs.a
        LEFT JOIN "Organization" ob ON ob.id = pairs.b LEFT JOIN "Person" pb ON pb.id = -pairs.b
      )
      SELECT first, second, first_zh, second_zh, startups, (SELECT count(*) FROM pairs)::int AS pair_count
      FROM named WHERE startups >= 1
      ORDER BY startups DESC, first, second LIMIT ${SHOWN}`,
    );
    return {
      pairs: rows.map(({ first, second, first_zh, second_zh, startups }) => ({
        first,
        second,
        firstZh: first_zh,
        secondZh: second_zh,
        startups,
      })),
      pairCount: rows[0]?.pair_count ?? 0,
    };
  },

  build(input, context) {
    const { t } = context;
    const mainPanel = panel({
      layout: "bars",
      valueAxisLabel: t("coInvestment.axis"),
      series: [{ key: "startups", label: t("coInvestment.series"), color: TRACKED_COLOR }],
    });
    const columns = [
      { key: "pair", label: t("coInvestment.columns.pair"), numeric: false },
      { key: "startups", label: t("coInvestment.columns.startups"), numeric: true },
    ];
    const [first] = input.pairs;
    if (!first) {
      return emptyBody(context, "coInvestorPairs", columns, mainPanel, t("coInvestment.empty"));
    }
    // In 中文 an investor goes by its Chinese name where the records give one.
    const label = (pair: Pair) =>
      context.locale === "zh"
        ? `${pair.firstZh ?? pair.first} + ${pair.secondZh ?? pair.second}`
        : `${pair.first} + ${pair.second}`;
    const rows: ChartRow[] = input.pairs.map((pair) => ({
      key: label(pair),
      label: label(pair),
      values: { startups: pair.startups },
    }));
    const notes =
      input.pairCount > input.pairs.length
        ? [t("coInvestment.shown", { shown: String(input.pairs.length), total: formatInteger(input.pairCount) })]
        : [];
    return {
      panels: [{ ...mainPanel, rows }],
      altText: t("coInvestment.alt", {
        pair: label(first),
        count: first.startups,
        countText: formatInteger(first.startups),
      }),
      table: { columns, rows: input.pairs.map((pair) => [label(pair), pair.startups]) },
      population: population(context, input.pairCount, "coInvestorPairs"),
      emptyMessage: null,
      notes,
    };
  },
});
