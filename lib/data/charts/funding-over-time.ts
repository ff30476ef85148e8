import "server-only";
import { definitionWords } from "@/lib/charts/definition";
import { stageLabel } from "@/lib/labels";
import { emptyBody, joinSentences, panel, population, span } from "@/lib/charts/panel";
import { MUTED_COLOR, OKABE_ITO, RANGE_COLOR, TRACKED_COLOR } from "@/lib/charts/palette";
import { formatUsdRange } from "@/lib/format/money";
import { formatInteger } from "@/lib/format/numbers";
import { Prisma } from "@/lib/generated/prisma/client";
import { FundingStage } from "@/lib/generated/prisma/enums";
import { defineChart } from "./define";
import { roundConditions, startupIdInScope } from "./sql";

type FundingGroup = {
  key: string | null;
  rounds: number;
  usdRounds: number;
  undisclosed: number;
  unconverted: number;
  ranges: number;
  usdLow: number;
  usdHigh: number;
};

export type FundingOverTimeInput = { by: "year" | "stage"; groups: FundingGroup[] };

type FundingAggregate = {
  group_key: string | null;
  rounds: number;
  usd_rounds: number;
  undisclosed: number;
  unconverted: number;
  ranges: number;
  usd_low: number | null;
  usd_high: number | null;
};

const isStage = (value: string): value is FundingStage => value in FundingStage;

export const fundingOverTime = defineChart<FundingOverTimeInput>({
  definition: {
    key: "funding-over-time",
    ...definitionWords("funding-over-time"),
    filters: ["city", "sector", "unit", "years", "by"],
    years: "announced",
  },

  async query(prisma, scope) {
    const startups = startupIdInScope(scope, "none", Prisma.sql`r."startupId"`);
    const rounds = roundConditions(scope.filters);
    const by: "year" | "stage" = scope.filters.by ?? "year";
    // Stages sort in the enum's declared order (angel → IPO), which is why the stage is grouped as
    // the enum and only cast to text at the end.
    const groupExpression = by === "stage" ? Prisma.sql`r.stage` : Prisma.sql`extract(year FROM r."announcedOn")::int`;
    const rows = await prisma.$queryRaw<FundingAggregate[]>`
      SELECT ${groupExpression}::text AS group_key, ${groupExpression} AS sort_key,
        count(*)::int AS rounds,
        count(*) FILTER (WHERE r."amountUsdLow" IS NOT NULL)::int AS usd_rounds,
        count(*) FILTER (WHERE r."amountKind" = 'UNDISCLOSED')::int AS undisclosed,
        count(*) FILTER (WHERE r."amountKind" <> 'UNDISCLOSED' AND r."amountUsdLow" IS NULL)::int AS unconverted,
        count(*) FILTER (WHERE r."amountUsdLow" IS NOT NULL
          AND COALESCE(r."amountUsdHigh", r."amountUsdLow") > r."amountUsdLow")::int AS ranges,
        sum(r."amountUsdLow")::float8 AS usd_low,
        sum(COALESCE(r."amountUsdHigh", r."amountUsdLow"))::float8 AS usd_high
      FROM "FundingRound" r
      WHERE ${rounds} AND ${startups}
      GROUP BY 1, 2
      ORDER BY 2 NULLS LAST`;
    const groups = rows.map((row) => ({
      key: row.group_key,
      rounds: row.rounds,
      usdRounds: row.usd_rounds,
      undisclosed: row.undisclosed,
      unconverted: row.unconverted,
      ranges: row.ranges,
      usdLow: row.usd_low ?? 0,
      usdHigh: row.usd_high ?? 0,
    }));
    return { by, groups };
  },

  build(input, context) {
    const byYear = input.by === "year";
    const undated = byYear ? input.groups.filter((g) => g.key === null).reduce((sum, g) => sum + g.rounds, 0) : 0;
    let groups = input.groups.flatMap((g) => (g.key === null ? [] : [{ ...g, key: g.key }]));
    if (byYear && groups.length > 0) {
      const years = groups.map((g) => Number(g.key));
      const blank = { rounds: 0, usdRounds: 0, undisclosed: 0, unconverted: 0, ranges: 0, usdLow: 0, usdHigh: 0 };
      const dated = groups;
      groups = span(Math.min(...years), Math.max(...years)).map(
        (year) => dated.find((g) => Number(g.key) === year) ?? { key: String(year), ...blank },
      );
    }
    const label = (key: string) => (byYear ? key : isStage(key) ? stageLabel(key, context.locale) : key);
    const layout = byYear ? "columns" : "bars";
    const { t } = context;
    const categoryAxisLabel = byYear ? t("funding.categoryYear") : t("funding.categoryStage");
    const roundsPanel = panel({
      id: "rounds",
      title: t("funding.roundsTitle"),
      layout,
      stacked: true,
      valueAxisLabel: t("funding.roundsAxis"),
      categoryAxisLabel,
      series: [
        { key: "usd", label: t("funding.usd"), color: TRACKED_COLOR },
        { key: "unconverted", label: t("funding.unconverted"), color: OKABE_ITO.orange },
        { key: "undisclosed", label: t("funding.undisclosed"), color: MUTED_COLOR },
      ],
    });
    const amountsPanel = panel({
      id: "amounts",
      title: t("funding.amountsTitle"),
      layout,
      stacked: true,
      valueAxisLabel: t("funding.amountsAxis"),
      valueFormat: "usd",
      categoryAxisLabel,
      series: [
        { key: "usdLow", label: t("funding.usdLow"), color: TRACKED_COLOR },
        { key: "usdRange", label: t("funding.usdRange"), color: RANGE_COLOR, role: "range" },
      ],
    });
    const columns = [
      { key: "group", label: categoryAxisLabel, numeric: false },
      { key: "rounds", label: t("funding.columns.rounds"), numeric: true },
      { key: "usd", label: t("funding.columns.usd"), numeric: true },
      { key: "unconverted", label: t("funding.columns.unconverted"), numeric: true },
      { key: "undisclosed", label: t("funding.columns.undisclosed"), numeric: true },
      { key: "usdLow", label: t("funding.columns.usdLow"), numeric: true },
      { key: "usdHigh", label: t("funding.columns.usdHigh"), numeric: true },
    ];
    const notes = undated > 0 ? [t("funding.undated", { count: undated, n: formatInteger(undated) })] : [];
    const totalRounds = groups.reduce((sum, g) => sum + g.rounds, 0);
    if (totalRounds === 0) {
      const empty = emptyBody(context, "rounds", columns, roundsPanel);
      return { ...empty, panels: [roundsPanel, amountsPanel], notes };
    }
    roundsPanel.rows = groups.map((g) => ({
      key: g.key,
      label: label(g.key),
      values: { usd: g.usdRounds, unconverted: g.unconverted, undisclosed: g.undisclosed },
      valueLabels: { total: formatInteger(g.rounds) },
    }));
    amountsPanel.rows = groups.map((g) => ({
      key: g.key,
      label: label(g.key),
      values: { usdLow: g.usdLow, usdRange: g.usdHigh - g.usdLow },
      valueLabels: { total: g.usdRounds > 0 ? formatUsdRange(g.usdLow, g.usdHigh, context.locale) : "" },
    }));
    const sumLow = groups.reduce((sum, g) => sum + g.usdLow, 0);
    const sumHigh = groups.reduce((sum, g) => sum + g.usdHigh, 0);
    const usdRounds = groups.reduce((sum, g) => sum + g.usdRounds, 0);
    const notSummed = totalRounds - usdRounds;
    const richest = groups.filter((g) => g.usdRounds > 0).sort((a, b) => b.usdHigh - a.usdHigh)[0];
    const by = byYear ? "year" : "stage";
    const altText = joinSentences(context, [
      t("funding.altIntro", { by, total: totalRounds, totalText: formatInteger(totalRounds) }),
      usdRounds > 0
        ? t("funding.altDisclosed", {
            usdRounds: formatInteger(usdRounds),
            sum: formatUsdRange(sumLow, sumHigh, context.locale),
            notSummed,
            notSummedText: formatInteger(notSummed),
          })
        : t("funding.altNoneDisclosed"),
      richest
        ? t("funding.altRichest", {
            by,
            group: label(richest.key),
            sum: formatUsdRange(richest.usdLow, richest.usdHigh, context.locale),
          })
        : "",
    ]);
    return {
      subtitle: t("funding.subtitle", { by }),
      panels: [roundsPanel, amountsPanel],
      altText,
      table: {
        columns,
        rows: groups.map((g) => [
          label(g.key),
          g.rounds,
          g.usdRounds,
          g.unconverted,
          g.undisclosed,
          g.usdRounds ? g.usdLow : null,
          g.usdRounds ? g.usdHigh : null,
        ]),
      },
      population: population(context, totalRounds, "rounds"),
      emptyMessage: null,
      notes,
    };
  },
});
