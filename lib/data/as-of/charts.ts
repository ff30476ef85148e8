import "server-only";
import { cache } from "react";
import type { ChartKey } from "@/lib/charts/definition";
import type { ChartFilters, ChartRequest, FilterProblem } from "@/lib/charts/request";
import { parseAsOf } from "@/lib/validation/as-of";
import { getChartForRequest, type ChartRequestResult } from "@/lib/data/charts/get-chart-for-request";
import { chartDataSchema } from "@/lib/charts/data-schema";
import type { ChartData } from "@/lib/charts/types";
import type { Locale } from "@/lib/i18n/locales";
import { isStrictAlumni } from "@/lib/charts/alumni";
import { getPrisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { cachedChartQuery } from "@/lib/data/charts/cache";
import type { ChartModule } from "@/lib/data/charts/define";
import { countAlumniLeftOut, type ChartResult } from "@/lib/data/charts/get-chart";
import { buildChart, CHARTS, type ChartInputs } from "@/lib/data/charts/registry";
import { resolveChartScope } from "@/lib/data/charts/scope";
import { readAsOf } from "./dated-tables";

/**
 * A chart as it was at a date (`?asOf=`): its counts rebuilt from the change history, over the
 * tables as they stood then (lib/data/as-of/dated-tables.ts). The filters' city and unit names are
 * looked up as they are now. Results are kept in memory per data version, like the live charts'.
 */
export const getChartAsOf = cache(
  async <K extends ChartKey>(options: {
    key: K;
    filters: ChartFilters;
    /** The end of the requested day, or the instant asked for. */
    atIso: string;
    /** The version's name as given in ?asOf=, kept on the chart for its download and embed links. */
    version: string;
    locale?: Locale;
  }): Promise<ChartResult> => {
    const prisma = await getPrisma();
    const at = new Date(options.atIso);
    const { scope, problems } = await resolveChartScope(prisma, options.filters);
    const chart: ChartModule<ChartInputs[K]> = CHARTS[options.key];
    const cacheKey = JSON.stringify([
      "as-of",
      options.atIso,
      options.key,
      scope.filters,
      scope.cityId ?? null,
      scope.unitIds ?? null,
    ]);
    const { input, alumniLeftOut } = await cachedChartQuery(prisma, cacheKey, () =>
      readAsOf(at, async (dated) => ({
        input: await chart.query(dated, scope),
        alumniLeftOut: isStrictAlumni(scope.filters)
          ? await countAlumniLeftOut(dated, scope, chart.definition.years === "founded" ? "founded" : "none")
          : undefined,
      })),
    );
    const built = buildChart(options.key, input, {
      filters: scope.filters,
      names: scope.names,
      // The data is as of the version's date; it is computed from that state, so it is stamped so.
      asOf: at,
      generatedAt: at,
      supportsYears: chart.definition.filters.includes("years"),
      alumniLeftOut,
      locale: options.locale,
    });
    return { chart: { ...built, version: options.version }, problems };
  },
);

/**
 * The newest pinned snapshot of this chart, with these filters, taken by the end of that day: a
 * frozen version a reader may prefer to cite, offered beside the rebuilt one.
 */
export const getChartSnapshotAsOf = cache(
  async (options: { key: ChartKey; filters: ChartFilters; atIso: string }): Promise<ChartData | null> => {
    const prisma = await getPrisma();
    const row = await prisma.chartSnapshot.findFirst({
      where: {
        chartKey: options.key,
        filters: { equals: options.filters as Prisma.InputJsonValue },
        createdAt: { lte: new Date(options.atIso) },
        deletedAt: null,
        synthetic: false,
      },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: { slug: true, data: true, createdAt: true },
    });
    if (!row) return null;
    const data = chartDataSchema.parse(row.data);
    return { ...data, snapshot: { id: row.slug, createdAt: row.createdAt.toISOString() } };
  },
);

/**
 * For the data endpoints, font and embed: `getChartForRequest`, and with `?asOf=` (and no
 * snapshot) the chart as it was at that date. A bad date is an error (400), like a bad filter.
 */
export async function getChartForDatedRequest(
  request: ChartRequest,
  asOfParameter: string | string[] | undefined,
  locale?: Locale,
): Promise<ChartRequestResult> {
  // A URL's getAll("asOf"): none, one, or (refused) several.
  const given = Array.isArray(asOfParameter) && asOfParameter.length <= 1 ? asOfParameter[0] : asOfParameter;
  const asOf = request.snapshot ? null : parseAsOf(given);
  if (!asOf) return getChartForRequest(request, locale);
  if (!asOf.ok) return { ok: false, status: 400, message: asOf.message };
  if (request.problems.length > 0) return { ok: false, status: 400, message: listed(request.problems) };
  const result = await getChartAsOf({
    key: request.key,
    filters: request.filters,
    atIso: asOf.at.toISOString(),
    version: asOf.date,
    locale,
  });
  if (result.problems.length > 0) return { ok: false, status: 400, message: listed(result.problems) };
  return { ok: true, chart: result.chart };
}

const listed = (problems: FilterProblem[]) => `${problems.map((p) => p.message).join("; ")}.`;
