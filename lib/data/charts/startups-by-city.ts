import "server-only";
import type { ReportedFigureInput } from "@/lib/charts/build";
import { COVERAGE_NOTE } from "@/lib/charts/definition";
import { emptyBody, panel, population, share } from "@/lib/charts/panel";
import { REPORTED_COLOR, TRACKED_COLOR } from "@/lib/charts/palette";
import { hasDataFilters } from "@/lib/charts/request";
import type { ChartRow, ChartTable } from "@/lib/charts/types";
import { formatIsoDate } from "@/lib/format/dates";
import { formatInteger, formatShare, plural } from "@/lib/format/numbers";
import { findComparableFigures } from "../reported-figures";
import { defineChart } from "./define";
import { startupConditions } from "./sql";

export type StartupsByCityInput = {
  total: number;
  cities: { slug: string | null; name: string | null; count: number }[];
  reported: ReportedFigureInput[];
};

export const startupsByCity = defineChart<StartupsByCityInput>({
  definition: {
    key: "startups-by-city",
    title: "Where the start-ups are",
    subtitle:
      "Share of AI start-ups founded by former Alibaba staff, by city: tracked in this database beside the figure ITJuzi reported",
    description: "Cities of the tracked start-ups, with ITJuzi's reported Hangzhou share beside them.",
    notes: [
      COVERAGE_NOTE,
      "Reported and tracked figures count different sets of companies: ITJuzi's list behind its figure is not public.",
    ],
    filters: ["sector", "unit", "years"],
    years: "founded",
  },

  async query(prisma, scope) {
    const where = startupConditions(scope, "founded");
    const cities = await prisma.$queryRaw<StartupsByCityInput["cities"]>`
      SELECT c.slug, c."nameEn" AS name, count(*)::int AS count
      FROM "Startup" s
      LEFT JOIN "City" c ON c.id = s."cityId" AND c."deletedAt" IS NULL
      WHERE ${where}
      GROUP BY c.slug, c."nameEn"
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
    const reportedLabel = totalFigure
      ? `Reported by ITJuzi, ${totalFigure.asOfLabel} (n = ${totalFigure.value !== null ? formatInteger(totalFigure.value) : (totalFigure.valueText ?? "not reported")})`
      : "Reported by ITJuzi";
    const mainPanel = panel({
      layout: "bars",
      valueAxisLabel: "Share of start-ups (%)",
      valueFormat: "percent",
      series: [
        { key: "tracked", label: `Tracked in this database (n = ${formatInteger(input.total)})`, color: TRACKED_COLOR },
        ...(showReported ? [{ key: "reported", label: reportedLabel, color: REPORTED_COLOR }] : []),
      ],
    });
    const columns = [
      { key: "city", label: "City", numeric: false },
      { key: "tracked", label: "Tracked start-ups", numeric: true },
      { key: "trackedShare", label: "Tracked share (%)", numeric: true },
      ...(showReported ? [{ key: "reportedShare", label: "Reported share (%)", numeric: true }] : []),
    ];
    const reportedOnlyNote = showReported
      ? []
      : input.reported.length > 0
        ? ["ITJuzi's reported figures cover all of its count, so they are shown only on the unfiltered chart."]
        : [];
    if (input.total === 0) return { ...emptyBody("start-ups", columns, mainPanel), notes: reportedOnlyNote };

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
        valueLabels.reported = reported ? formatShare(reported.value) : "not reported";
      }
      return {
        key: city.slug ?? "not-reported",
        label: city.name ?? "City not reported",
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
            label: figure.scopeCity.nameEn,
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
    const sentences = [`Bar chart of start-ups by city.`];
    if (top) {
      sentences.push(
        `Of the ${plural(input.total, "start-up")} tracked in this database, ${formatInteger(top.count)} (${formatShare(share(top.count, input.total))}) are in ${top.name}, the most of any city.`,
      );
    }
    if (showReported && totalFigure) {
      const hangzhou = shareFigures[0];
      sentences.push(
        `ITJuzi reported ${totalFigure.value !== null ? formatInteger(totalFigure.value) : totalFigure.valueText} such start-ups at the ${totalFigure.asOfLabel}${hangzhou ? `, ${formatShare(hangzhou.value)} of them in ${hangzhou.scopeCity.nameEn}` : ""}.`,
      );
    }
    const subtitle =
      showReported && totalFigure?.value != null
        ? `Share of AI start-ups founded by former Alibaba staff, by city. ITJuzi reported ${formatInteger(totalFigure.value)} such start-ups at the ${totalFigure.asOfLabel}; this database tracks ${formatInteger(input.total)}.`
        : undefined;
    return {
      subtitle,
      panels: [{ ...mainPanel, rows }],
      altText: sentences.join(" "),
      table,
      population: population(input.total, "start-up"),
      emptyMessage: null,
      notes: reportedOnlyNote,
      reportedSources: showReported ? input.reported : [],
    };
  },
});
