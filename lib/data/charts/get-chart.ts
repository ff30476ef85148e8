import "server-only";
import type { AppPrismaClient } from "@/lib/db/connection";
import { cache } from "react";
import { getPrisma } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Sector } from "@/lib/generated/prisma/enums";
import type { ChartKey } from "@/lib/charts/definition";
import type { ChartFilters, FilterProblem } from "@/lib/charts/request";
import type { ChartData } from "@/lib/charts/types";
import type { Locale } from "@/lib/i18n/locales";
import { CHARTS_TAG } from "../cache-tags";
import { cachedRead } from "../cached-read";
import { isStrictAlumni } from "@/lib/charts/alumni";
import { alumniYearsNotReportedCondition } from "../alumni";
import { getDataAsOf } from "../data-as-of";
import { cachedChartQuery } from "./cache";
import type { ChartModule, ChartScope } from "./define";
import { buildChart, CHARTS, type ChartInputs } from "./registry";
import { resolveChartScope } from "./scope";
import { countStartups, startupConditions } from "./sql";

/**
 * The data's as-of date: the latest change to a fact, the seed's research date or an editor's change
 * (lib/data/data-as-of.ts), not the moment rows were last written.
 */
export const getChartDataAsOf = cache(async (): Promise<Date | null> => {
  const asOf = await getDataAsOf();
  return asOf ? new Date(`${asOf.date}T00:00:00.000Z`) : null;
});

export type ChartResult = { chart: ChartData; problems: FilterProblem[] };

/**
 * A chart's data, metadata and data table for the given (already parsed) filters. City and unit
 * slugs that do not exist are dropped and reported in `problems`.
 */
export const getChart = cache(
  async (options: { key: ChartKey; filters: ChartFilters; locale?: Locale }): Promise<ChartResult> => {
    const { scope, problems } = await readChartScope(options.filters);
    return { chart: await computeChart(options.key, scope, options.locale), problems };
  },
);

/** The filters' cities and units resolved to ids and names (a city or unit is a record the charts count). */
export const readChartScope = cachedRead(
  "chart-scope",
  () => [CHARTS_TAG],
  async (filters: ChartFilters): Promise<{ scope: ChartScope; problems: FilterProblem[] }> =>
    resolveChartScope(await getPrisma(), filters),
);

async function computeChart<K extends ChartKey>(key: K, scope: ChartScope, locale?: Locale): Promise<ChartData> {
  const chart: ChartModule<ChartInputs[K]> = CHARTS[key];
  // The query's inputs are exactly the chart key, the normalised filters and the ids they resolved
  // to, so those make the cache key; names and dates are looked up fresh on every call. The cached
  // input holds no words (they are made by the builder, in the reader's language), so one entry
  // serves every language.
  const cacheKey = JSON.stringify([key, scope.filters, scope.cityId ?? null, scope.unitIds ?? null]);
  const [computed, asOf] = await Promise.all([readChartInput(cacheKey, key, scope), getChartDataAsOf()]);
  const input = computed.input as ChartInputs[K];
  const alumniLeftOut = computed.alumniLeftOut;
  return buildChart(key, input, {
    filters: scope.filters,
    names: scope.names,
    asOf,
    // When the data was computed, so the same data gives the same bytes (and ETag) on every request.
    generatedAt: computed.generatedAt,
    supportsYears: chart.definition.filters.includes("years"),
    alumniLeftOut,
    locale,
  });
}

/**
 * A chart's query result, from the framework's cache (shared by every process when REDIS_URL is
 * set) and, within a process, from memory per data version.
 */
const readChartInput = cachedRead(
  "chart-input",
  () => [CHARTS_TAG],
  async (
    cacheKey: string,
    key: ChartKey,
    scope: ChartScope,
  ): Promise<{ input: unknown; alumniLeftOut: number | undefined; generatedAt: Date }> => {
    const prisma = await getPrisma();
    const chart: ChartModule<unknown> = CHARTS[key];
    const [input, alumniLeftOut] = await Promise.all([
      cachedChartQuery(prisma, cacheKey, () => chart.query(prisma, scope)),
      isStrictAlumni(scope.filters)
        ? cachedChartQuery(prisma, `left-out:${cacheKey}`, () =>
            countAlumniLeftOut(prisma, scope, chart.definition.years === "founded" ? "founded" : "none"),
          )
        : undefined,
    ]);
    return { input, alumniLeftOut, generatedAt: new Date() };
  },
);

/** Start-ups in the scope's other filters left out by its alumni definition for want of reported years. */
export async function countAlumniLeftOut(
  prisma: AppPrismaClient,
  scope: ChartScope,
  years: "founded" | "none",
): Promise<number> {
  // The same scope under "any stint": the start-ups the definition could have counted.
  const where = startupConditions(
    { ...scope, filters: { ...scope.filters, tenure: undefined, leftWithin: undefined } },
    years,
  );
  return countStartups(
    prisma,
    Prisma.sql`${where} AND ${alumniYearsNotReportedCondition(scope.filters, scope.unitIds)}`,
  );
}

export type ChartFilterOptions = {
  /** `nameZh` where the record has a Chinese name (a 中文 menu shows it first). */
  cities: { slug: string; name: string; nameZh: string | null; count: number }[];
  units: { slug: string; name: string; nameZh: string | null }[];
  sectors: { sector: Sector; count: number }[];
  years: { min: number; max: number } | null;
};

/** What the filter menus offer: only values that occur in the data, with their counts. */
export const getChartFilterOptions = cachedRead(
  "chart-filter-options",
  () => [CHARTS_TAG],
  async (): Promise<ChartFilterOptions> => {
    const prisma = await getPrisma();
    // Counts over every start-up, so cached per data version like the charts themselves.
    return cachedChartQuery(prisma, "filter-options", () => queryChartFilterOptions(prisma));
  },
);

async function queryChartFilterOptions(prisma: AppPrismaClient): Promise<ChartFilterOptions> {
  const [cities, units, sectors, years] = await Promise.all([
    prisma.$queryRaw<{ slug: string; name: string; nameZh: string | null; count: number }[]>`
      SELECT c.slug, c."nameEn" AS name, c."nameZh", count(*)::int AS count
      FROM "Startup" s JOIN "City" c ON c.id = s."cityId" AND c."deletedAt" IS NULL
      WHERE s."deletedAt" IS NULL
      GROUP BY c.slug, c."nameEn", c."nameZh" ORDER BY count DESC, c."nameEn" LIMIT 200`,
    prisma.$queryRaw<{ slug: string; name: string; nameZh: string | null }[]>`
      SELECT o.slug, o."nameEn" AS name, o."nameZh" FROM "Organization" o
      JOIN "Organization" parent ON parent.id = o."parentId" AND parent."parentId" IS NULL
      WHERE o.kind = 'ALIBABA_UNIT' AND o."deletedAt" IS NULL AND parent.kind = 'ALIBABA_UNIT'
      ORDER BY o."nameEn" LIMIT 200`,
    prisma.$queryRaw<{ sector: Sector; count: number }[]>`
      SELECT sector::text AS sector, count(*)::int AS count
      FROM "Startup" s CROSS JOIN LATERAL unnest(s.sectors) AS sector
      WHERE s."deletedAt" IS NULL GROUP BY sector ORDER BY count DESC, sector`,
    prisma.$queryRaw<{ min: number | null; max: number | null }[]>`
      SELECT min("foundedYear") AS min, max("foundedYear") AS max FROM "Startup" WHERE "deletedAt" IS NULL`,
  ]);
  const range = years[0];
  return {
    cities,
    units,
    sectors,
    years: range?.min != null && range.max != null ? { min: range.min, max: range.max } : null,
  };
}
