import "server-only";
import { formatAsOfLabel } from "@/lib/format/dates";
import type { ReportedFigureInput } from "@/lib/charts/build";
import { definitionWords } from "@/lib/charts/definition";
import { emptyBody, joinSentences, panel, population, share } from "@/lib/charts/panel";
import { REPORTED_COLOR, TRACKED_COLOR } from "@/lib/charts/palette";
import { hasDataFilters } from "@/lib/charts/request";
import type { ChartRow, ChartTable } from "@/lib/charts/types";
import { formatIsoDate } from "@/lib/format/dates";
import { formatInteger, formatShare } from "@/lib/format/numbers";
import { findComparableFigures } from "../reported-figures";
import { defineChart } from "./define";
import { startupConditions } from "./sql";

export type StartupsByCityInput = {
  total: number;
  cities: { slug: string | null; name: string | null; nameZh?: string | null; count: number }[];
  reported: ReportedFigureInput[];
};

export const startupsByCity = defineChart<StartupsByCityInput>({
  definition: {
    key: "startups-by-city",
    ...definitionWords("startups-by-city"),
    filters: ["sector", "unit", "years"],
    years: "founded",
  },

  async query(prisma, scope) {
    const where = startupConditions(scope, "founded");
    const cities = await prisma.$queryRaw<StartupsByCityInput["cities"]>`
      SELECT c.slug, c."nameEn" AS name, c."nameZh" AS "nameZh", count(*)::int AS count
      FROM "Startup" s
      LEFT JOIN "City" c ON c.id = s."cityId" AND c."deletedAt" IS NULL
      WHERE ${where}
      GROUP BY c.slug, c."nameEn", c."nameZh"
      ORDER BY count DESC, c."nameEn" NULLS LAST`;
    const reported: ReportedFigureInput[] = (await findComparableFigures(prisma)).map((figure) => ({
      slug: figure.slug,
      metric: figure.metric,
      value: figure.value,
      valueText: figure.valueText,
      unit: figure.unit,
      asOfLabel: figure.asOfLabel,
      scope: figure.scope,
      originalDataSource: figure.originalDataSource,
      source: {
        url: figure.source.url,
        // The original publisher (SCMP) rather than the mirror the link points to.
        publisher: figure.source.originalPublisher ?? figure.source.publisher,
        publishedOn: formatIsoDate(figure.source.publishedOn),
      },
      scopeCity: figure.scopeCity,
    }));
    return { total: cities.reduce((sum, row) => sum + row.count, 0), cities, reported };
  },

  build(input, context) {
    const totalFigure = input.reported.find((f) => f.unit !== "percent");
    const shareFigures = input.reported.flatMap((figure) =>
      figure.unit === "percent" && figure.scopeCity && figure.value !== null
        ? [{ ...figure, scopeCity: figure.scopeCity, value: figure.value }]
        : [],
    );
    // Reported figures describe all of ITJuzi's 85; beside a filtered subset they would mislead.
    const showReported = !hasDataFilters(context.filters) && input.reported.length > 0;
    const { t } = context;
    // The figure's date as the chart's language writes it ("end of 2024" → 2024年底); other words as written.
    const asOfLabel = totalFigure ? formatAsOfLabel(totalFigure.asOfLabel, context.locale).text : "";
    // A city's name in the chart's language: 中文 where the record has one.
    const cityName = (city: { slug: string | null; nameEn?: string; name?: string | null }) => {
      const row = input.cities.find((c) => c.slug === city.slug);
      const english = row?.name ?? city.name ?? city.nameEn ?? "";
      return context.locale === "zh" ? (row?.nameZh ?? english) : english;
    };
    const reportedLabel = totalFigure
      ? t("city.reportedByAsOf", {
          asOf: asOfLabel,
          n:
            totalFigure.value !== null
              ? formatInteger(totalFigure.value)
              : (totalFigure.valueText ?? t("city.notReported")),
        })
      : t("city.reportedBy");
    const mainPanel = panel({
      layout: "bars",
      valueAxisLabel: t("city.axis"),
      valueFormat: "percent",
      series: [
        { key: "tracked", label: t("city.tracked", { n: formatInteger(input.total) }), color: TRACKED_COLOR },
        ...(showReported ? [{ key: "reported", label: reportedLabel, color: REPORTED_COLOR }] : []),
      ],
    });
    const columns = [
      { key: "city", label: t("city.columns.city"), numeric: false },
      { key: "tracked", label: t("city.columns.tracked"), numeric: true },
      { key: "trackedShare", label: t("city.columns.trackedShare"), numeric: true },
      ...(showReported ? [{ key: "reportedShare", label: t("city.columns.reportedShare"), numeric: true }] : []),
    ];
    const reportedOnlyNote = showReported ? [] : input.reported.length > 0 ? [t("city.reportedOnlyNote")] : [];
    if (input.total === 0) return { ...emptyBody(context, "startups", columns, mainPanel), notes: reportedOnlyNote };

    // "City not reported" goes last: it is a gap in the data, not a place.
    const cities = [...input.cities.filter((c) => c.slug !== null), ...input.cities.filter((c) => c.slug === null)];
    const rows: ChartRow[] = cities.map((city) => {
      const trackedShare = share(city.count, input.total);
      const reported = showReported ? shareFigures.find((f) => f.scopeCity.slug === city.slug) : undefined;
      const values: Record<string, number | null> = { tracked: trackedShare };
      const valueLabels: Record<string, string> = {
        tracked: `${formatShare(trackedShare)} (${formatInteger(city.count)})`,
      };
      if (showReported) {
        values.reported = reported?.value ?? null;
        valueLabels.reported = reported ? formatShare(reported.value) : t("city.notReported");
      }
      return {
        key: city.slug ?? "not-reported",
        label: city.slug === null ? t("city.cityNotReported") : cityName(city),
        href: city.slug ? `/cities/${city.slug}` : undefined,
        values,
        valueLabels,
        muted: city.slug === null,
      };
    });
    // Reported shares for cities with no tracked start-up still belong on the chart.
    if (showReported) {
      for (const figure of shareFigures) {
        if (!rows.some((row) => row.key === figure.scopeCity.slug)) {
          rows.push({
            key: figure.scopeCity.slug,
            label: cityName(figure.scopeCity),
            href: `/cities/${figure.scopeCity.slug}`,
            values: { tracked: 0, reported: figure.value },
            valueLabels: { tracked: "0% (0)", reported: formatShare(figure.value) },
          });
        }
      }
    }
    const countOf = new Map(input.cities.map((c) => [c.slug ?? "not-reported", c.count]));
    const table: ChartTable = {
      columns,
      rows: rows.map((row) => [
        row.label,
        countOf.get(row.key) ?? 0,
        row.values.tracked ?? null,
        ...(showReported ? [row.values.reported ?? null] : []),
      ]),
    };
    const top = input.cities.find((c) => c.slug !== null);
    const sentences = [t("city.altIntro")];
    if (top) {
      sentences.push(
        t("city.altTop", {
          total: input.total,
          totalText: formatInteger(input.total),
          count: formatInteger(top.count),
          share: formatShare(share(top.count, input.total)),
          city: cityName(top),
        }),
      );
    }
    if (showReported && totalFigure) {
      const hangzhou = shareFigures[0];
      const n = totalFigure.value !== null ? formatInteger(totalFigure.value) : String(totalFigure.valueText);
      sentences.push(
        hangzhou
          ? t("city.altReportedCity", {
              n,
              asOf: asOfLabel,
              share: formatShare(hangzhou.value),
              city: cityName(hangzhou.scopeCity),
            })
          : t("city.altReported", { n, asOf: asOfLabel }),
      );
    }
    const subtitle =
      showReported && totalFigure?.value != null
        ? t("city.subtitleReported", {
            reported: formatInteger(totalFigure.value),
            asOf: asOfLabel,
            tracked: formatInteger(input.total),
          })
        : undefined;
    return {
      subtitle,
      panels: [{ ...mainPanel, rows }],
      altText: joinSentences(context, sentences),
      table,
      population: population(context, input.total, "startups"),
      emptyMessage: null,
      notes: reportedOnlyNote,
      reportedSources: showReported ? input.reported : [],
    };
  },
});
