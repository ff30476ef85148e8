import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { cache } from "react";
import { getDataAsOf } from "@/lib/data/data-as-of";
import { getPrisma } from "@/lib/db";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import type { Sector } from "@/lib/generated/prisma/enums";
import { buildChart, type ChartInput, type ReportedFigureInput, type ResolvedFilterNames } from "@/lib/charts/build";
import { normaliseFilters, parseChartFilters, type ChartFilters, type FilterProblem } from "@/lib/charts/filters";
import { CHARTS, isChartKey, type ChartKey } from "@/lib/charts/registry";
import type { ChartData } from "@/lib/charts/types";
import { cachedChartQuery } from "@/lib/data/chart-cache";
import { findComparableFigures } from "@/lib/data/reported-figures";

// Every chart is one or two aggregate SQL statements: the database does the counting and summing,
// and only the aggregated rows (a few dozen at most) come back to JavaScript.

type ResolvedFilters = {
  filters: ChartFilters;
  names: ResolvedFilterNames;
  cityId?: number;
  /** The unit and every unit below it in the organisation tree. */
  unitIds?: number[];
};

/** Looks up the city and unit slugs in the filters; unknown ones are dropped and reported. */
async function resolveFilters(
  prisma: PrismaClient,
  filters: ChartFilters,
): Promise<{ resolved: ResolvedFilters; problems: FilterProblem[] }> {
  const problems: FilterProblem[] = [];
  const kept: ChartFilters = { ...filters };
  const names: ResolvedFilterNames = {};
  let cityId: number | undefined;
  let unitIds: number[] | undefined;
  if (filters.city) {
    const city = await prisma.city.findFirst({
      where: { slug: filters.city, deletedAt: null },
      select: { id: true, nameEn: true },
    });
    if (city) {
      cityId = city.id;
      names.city = city.nameEn;
    } else {
      problems.push({ parameter: "city", message: `city "${filters.city}" is not a city in this database` });
      delete kept.city;
    }
  }
  if (filters.unit) {
    const rows = await prisma.$queryRaw<{ id: number; nameEn: string; depth: number }[]>`
      WITH RECURSIVE subtree AS (
        SELECT id, "nameEn", 0 AS depth FROM "Organization"
        WHERE slug = ${filters.unit} AND kind = 'ALIBABA_UNIT' AND "deletedAt" IS NULL
        UNION ALL
        SELECT o.id, o."nameEn", subtree.depth + 1 FROM "Organization" o
        JOIN subtree ON o."parentId" = subtree.id
        WHERE o.kind = 'ALIBABA_UNIT' AND o."deletedAt" IS NULL AND subtree.depth < 20
      )
      SELECT id, "nameEn", depth FROM subtree ORDER BY depth`;
    if (rows.length > 0) {
      unitIds = rows.map((row) => row.id);
      names.unit = rows[0]!.nameEn;
    } else {
      problems.push({ parameter: "unit", message: `unit "${filters.unit}" is not an Alibaba unit in this database` });
      delete kept.unit;
    }
  }
  return { resolved: { filters: normaliseFilters(kept), names, cityId, unitIds }, problems };
}

/** The WHERE conditions on start-ups (alias s) that the filters ask for. */
function startupConditions(resolved: ResolvedFilters, years: "founded" | "none"): Prisma.Sql {
  const { filters } = resolved;
  const conditions: Prisma.Sql[] = [Prisma.sql`s."deletedAt" IS NULL`];
  if (resolved.cityId !== undefined) conditions.push(Prisma.sql`s."cityId" = ${resolved.cityId}`);
  if (filters.sector) conditions.push(Prisma.sql`s.sectors @> ARRAY[${filters.sector}]::"Sector"[]`);
  if (resolved.unitIds) {
    conditions.push(Prisma.sql`EXISTS (
      SELECT 1 FROM "Founding" uf
      JOIN "Employment" ue ON ue."personId" = uf."personId" AND ue."deletedAt" IS NULL
      WHERE uf."startupId" = s.id AND uf."deletedAt" IS NULL
        AND ue."organizationId" IN (${Prisma.join(resolved.unitIds)}))`);
  }
  if (years === "founded") {
    if (filters.from !== undefined) conditions.push(Prisma.sql`s."foundedYear" >= ${filters.from}`);
    if (filters.to !== undefined) conditions.push(Prisma.sql`s."foundedYear" <= ${filters.to}`);
  }
  return Prisma.join(conditions, " AND ");
}

/**
 * The same start-up filter as `startupConditions`, as a condition on a column holding a start-up
 * id, so queries that only need the id can skip joining "Startup". Unfiltered, it becomes an
 * anti-join against the (normally empty) set of deleted start-ups, which the deletedAt index finds
 * at once, instead of a scan of every start-up.
 */
function startupScope(resolved: ResolvedFilters, years: "founded" | "none", column: Prisma.Sql): Prisma.Sql {
  const { filters } = resolved;
  const filtered =
    resolved.cityId !== undefined ||
    filters.sector !== undefined ||
    resolved.unitIds !== undefined ||
    (years === "founded" && (filters.from !== undefined || filters.to !== undefined));
  if (!filtered) {
    return Prisma.sql`NOT EXISTS (SELECT 1 FROM "Startup" ds WHERE ds.id = ${column} AND ds."deletedAt" IS NOT NULL)`;
  }
  return Prisma.sql`${column} IN (SELECT s.id FROM "Startup" s WHERE ${startupConditions(resolved, years)})`;
}

/** A person id column whose person is not deleted: an anti-join, cheaper than joining "Person". */
function livePerson(column: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`NOT EXISTS (SELECT 1 FROM "Person" dp WHERE dp.id = ${column} AND dp."deletedAt" IS NOT NULL)`;
}

/**
 * Runs one statement with more working memory than the server default (4 MB), so the hash
 * aggregates of the heaviest charts (a few hundred thousand groups at scale) stay in memory
 * instead of spilling to disk. SET LOCAL lasts only until the end of this transaction.
 */
async function queryWithWorkMem<T>(prisma: PrismaClient, query: Prisma.Sql): Promise<T> {
  const [, rows] = await prisma.$transaction([
    prisma.$executeRaw`SET LOCAL work_mem = '64MB'`,
    prisma.$queryRaw<T>(query),
  ]);
  return rows;
}

/** Rounds (alias r) announced within the years filter. */
function roundConditions(filters: ChartFilters): Prisma.Sql {
  const conditions: Prisma.Sql[] = [Prisma.sql`r."deletedAt" IS NULL`];
  if (filters.from !== undefined) conditions.push(Prisma.sql`r."announcedOn" >= make_date(${filters.from}::int, 1, 1)`);
  if (filters.to !== undefined) conditions.push(Prisma.sql`r."announcedOn" < make_date(${filters.to}::int + 1, 1, 1)`);
  return Prisma.join(conditions, " AND ");
}

async function countStartups(prisma: PrismaClient, where: Prisma.Sql): Promise<number> {
  const [row] = await prisma.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "Startup" s WHERE ${where}`;
  return row?.n ?? 0;
}

/**
 * The data's as-of date: the latest change to a fact, the seed's research date or an editor's change
 * (lib/data/data-as-of.ts), not the moment rows were last written.
 */
export const getChartDataAsOf = cache(async (): Promise<Date | null> => {
  const asOf = await getDataAsOf();
  return asOf ? new Date(`${asOf.date}T00:00:00.000Z`) : null;
});

async function queryStartupsByCity(prisma: PrismaClient, resolved: ResolvedFilters) {
  const where = startupConditions(resolved, "founded");
  const cities = await prisma.$queryRaw<{ slug: string | null; name: string | null; count: number }[]>`
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
      publishedOn: figure.source.publishedOn?.toISOString().slice(0, 10) ?? null,
    },
    scopeCity: figure.scopeCity,
  }));
  return {
    key: "startups-by-city" as const,
    total: cities.reduce((sum, row) => sum + row.count, 0),
    cities,
    reported,
  };
}

async function queryFoundedPerYear(prisma: PrismaClient, resolved: ResolvedFilters) {
  const where = startupConditions(resolved, "founded");
  const stack = resolved.filters.stack;
  // Stacking by sector uses each start-up's first-listed sector, so the stacks add up to the
  // number of start-ups founded that year.
  const group =
    stack === "city"
      ? Prisma.sql`c.slug AS group_key, c."nameEn" AS group_label`
      : stack === "sector"
        ? Prisma.sql`s.sectors[1]::text AS group_key, NULL::text AS group_label`
        : Prisma.sql`NULL::text AS group_key, NULL::text AS group_label`;
  const rows = await prisma.$queryRaw<
    { year: number | null; group_key: string | null; group_label: string | null; count: number }[]
  >`
    SELECT s."foundedYear" AS year, ${group}, count(*)::int AS count
    FROM "Startup" s
    LEFT JOIN "City" c ON c.id = s."cityId" AND c."deletedAt" IS NULL
    WHERE ${where}
    GROUP BY 1, 2, 3
    ORDER BY 1, 4 DESC`;
  return {
    key: "founded-per-year" as const,
    stack: stack ?? null,
    counts: rows.map((row) => ({
      year: row.year,
      groupKey: row.group_key,
      groupLabel: row.group_label,
      count: row.count,
    })),
  };
}

async function queryStartupsBySector(prisma: PrismaClient, resolved: ResolvedFilters) {
  const where = startupConditions(resolved, "founded");
  const counts = await prisma.$queryRaw<{ sector: Sector | null; count: number }[]>`
    SELECT sector::text AS sector, count(*)::int AS count
    FROM "Startup" s
    LEFT JOIN LATERAL unnest(s.sectors) AS sector ON true
    WHERE ${where}
    GROUP BY sector
    ORDER BY count DESC, sector NULLS LAST`;
  return { key: "startups-by-sector" as const, total: await countStartups(prisma, where), counts };
}

/** Each ALIBABA_UNIT with the top-level unit it rolls up to (a root stands for itself). */
const UNIT_ROLLUP = Prisma.sql`
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

async function queryStartupsByUnit(prisma: PrismaClient, resolved: ResolvedFilters) {
  const where = startupConditions(resolved, "founded");
  // One statement: the (start-up, top-level unit) links are found once and counted three ways —
  // per unit, start-ups with any unit, and all start-ups. Foundings are joined to employments
  // directly; founders and start-ups are checked by anti-join or semi-join rather than joined.
  const rows = await queryWithWorkMem<
    {
      row_type: "unit" | "linked" | "total";
      slug: string | null;
      name: string | null;
      is_root: boolean | null;
      count: number;
    }[]
  >(
    prisma,
    Prisma.sql`
    ${UNIT_ROLLUP}, links AS MATERIALIZED (
      SELECT DISTINCT f."startupId" AS startup_id, units.top_id
      FROM "Founding" f
      JOIN "Employment" e ON e."personId" = f."personId" AND e."deletedAt" IS NULL
      JOIN units ON units.id = e."organizationId"
      WHERE f."deletedAt" IS NULL AND ${livePerson(Prisma.sql`f."personId"`)}
        AND ${startupScope(resolved, "founded", Prisma.sql`f."startupId"`)}
    )
    SELECT * FROM (
      SELECT 'unit' AS row_type, o.slug, o."nameEn" AS name, o."parentId" IS NULL AS is_root, count(*)::int AS count
      FROM links JOIN "Organization" o ON o.id = links.top_id
      GROUP BY o.slug, o."nameEn", o."parentId"
      UNION ALL
      SELECT 'linked', NULL, NULL, NULL, (SELECT count(*) FROM (SELECT DISTINCT startup_id FROM links) linked)::int
      UNION ALL
      SELECT 'total', NULL, NULL, NULL, (SELECT count(*) FROM "Startup" s WHERE ${where})::int
    ) counted
    ORDER BY row_type <> 'unit', count DESC, name`,
  );
  const total = rows.find((row) => row.row_type === "total")?.count ?? 0;
  const linked = rows.find((row) => row.row_type === "linked")?.count ?? 0;
  const units = rows
    .filter((row) => row.row_type === "unit")
    .map((u) => ({ slug: u.slug!, name: u.name!, isRoot: u.is_root!, count: u.count }));
  return { key: "startups-by-alibaba-unit" as const, total, withoutUnit: total - linked, units };
}

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

async function queryFunding(prisma: PrismaClient, resolved: ResolvedFilters) {
  const startups = startupScope(resolved, "none", Prisma.sql`r."startupId"`);
  const rounds = roundConditions(resolved.filters);
  const by: "year" | "stage" = resolved.filters.by ?? "year";
  // Stages sort in the enum's declared order (angel → IPO), which is why the stage is grouped as
  // the enum and only cast to text at the end.
  const groupExpression = by === "stage" ? Prisma.sql`r.stage` : Prisma.sql`extract(year FROM r."announcedOn")::int`;
  const rows = await prisma.$queryRaw<(FundingAggregate & { sort_key: unknown })[]>`
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
  return { key: "funding-over-time" as const, by, groups };
}

async function queryTopInvestors(prisma: PrismaClient, resolved: ResolvedFilters, limit = 15) {
  const startups = startupScope(resolved, "none", Prisma.sql`r."startupId"`);
  const rounds = roundConditions(resolved.filters);
  // Investments are first grouped by (investor, start-up), so each investor's start-ups are a
  // plain count of groups and its rounds a sum — no count(DISTINCT …) over the full join. That
  // holds because every investment names exactly one investor (Investment_one_investor_check)
  // and an investor appears at most once per round (the two unique keys on Investment).
  // The list and the totals come from the same grouping, in one statement.
  const rows = await queryWithWorkMem<
    {
      row_type: "investor" | "totals";
      kind: "organization" | "person" | null;
      slug: string | null;
      name: string | null;
      startups: number;
      rounds: number;
    }[]
  >(
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
      LIMIT ${limit}
    )
    UNION ALL
    SELECT 'totals', NULL, NULL, NULL,
      (SELECT count(*) FROM (SELECT DISTINCT startup_id FROM backing) backed)::int,
      (SELECT count(*) FROM investors)::int`,
  );
  const totals = rows.find((row) => row.row_type === "totals");
  return {
    key: "top-investors" as const,
    investorCount: totals?.rounds ?? 0,
    startupCount: totals?.startups ?? 0,
    investors: rows
      .filter((row) => row.row_type === "investor")
      .map((row) => ({
        kind: row.kind!,
        slug: row.slug!,
        name: row.name!,
        startups: row.startups,
        rounds: row.rounds,
      })),
  };
}

async function queryYearsAtAlibaba(prisma: PrismaClient, resolved: ResolvedFilters) {
  const where = startupConditions(resolved, "founded");
  // One row per founder and start-up. Complete only when the founding year and the years of every
  // Alibaba job that began before it are known; then the span runs from the first year joined to
  // the last year there, capped at the founding year.
  const rows = await queryWithWorkMem<{ years: number | null; count: number }[]>(
    prisma,
    Prisma.sql`
    WITH alibaba AS (
      SELECT id FROM "Organization" WHERE kind = 'ALIBABA_UNIT' AND "deletedAt" IS NULL
    ), pairs AS (
      SELECT f."personId", s.id,
        bool_and(s."foundedYear" IS NOT NULL AND e."startYear" IS NOT NULL
                 AND (e."endYear" IS NOT NULL OR e."isCurrent")) AS complete,
        min(e."startYear") AS first_year,
        max(CASE WHEN e."isCurrent" THEN s."foundedYear" ELSE LEAST(e."endYear", s."foundedYear") END) AS last_year
      FROM "Startup" s
      JOIN "Founding" f ON f."startupId" = s.id AND f."deletedAt" IS NULL
      JOIN "Employment" e ON e."personId" = f."personId" AND e."deletedAt" IS NULL
        AND e."organizationId" IN (SELECT id FROM alibaba)
      WHERE ${where} AND ${livePerson(Prisma.sql`f."personId"`)}
        AND (s."foundedYear" IS NULL OR e."startYear" IS NULL OR e."startYear" <= s."foundedYear")
      GROUP BY f."personId", s.id
    )
    SELECT CASE WHEN complete THEN last_year - first_year END AS years, count(*)::int AS count
    FROM pairs GROUP BY 1 ORDER BY 1 NULLS LAST`,
  );
  return {
    key: "years-at-alibaba" as const,
    counts: rows.filter((row) => row.years !== null) as { years: number; count: number }[],
    excluded: rows.find((row) => row.years === null)?.count ?? 0,
  };
}

async function queryChartInput(prisma: PrismaClient, key: ChartKey, resolved: ResolvedFilters): Promise<ChartInput> {
  switch (key) {
    case "startups-by-city":
      return queryStartupsByCity(prisma, resolved);
    case "founded-per-year":
      return queryFoundedPerYear(prisma, resolved);
    case "startups-by-sector":
      return queryStartupsBySector(prisma, resolved);
    case "startups-by-alibaba-unit":
      return queryStartupsByUnit(prisma, resolved);
    case "funding-over-time":
      return queryFunding(prisma, resolved);
    case "top-investors":
      return queryTopInvestors(prisma, resolved);
    case "years-at-alibaba":
      return queryYearsAtAlibaba(prisma, resolved);
  }
}

export type ChartResult = { chart: ChartData; problems: FilterProblem[] };

/**
 * A chart's data, metadata and data table for the given (already zod-parsed) filters. City and
 * unit slugs that do not exist are dropped and reported in `problems`.
 */
export const getChart = cache(async (options: { key: ChartKey; filters: ChartFilters }): Promise<ChartResult> => {
  const prisma = await getPrisma();
  const supported = new Set(CHARTS[options.key].filters);
  const { resolved, problems } = await resolveFilters(prisma, options.filters);
  // The query's inputs are exactly the chart key, the normalised filters and the ids they resolved
  // to, so those make the cache key; names and dates are looked up fresh on every call.
  const cacheKey = JSON.stringify([options.key, resolved.filters, resolved.cityId ?? null, resolved.unitIds ?? null]);
  const [input, asOf] = await Promise.all([
    cachedChartQuery(prisma, cacheKey, () => queryChartInput(prisma, options.key, resolved)),
    getChartDataAsOf(),
  ]);
  const chart = buildChart(input, {
    filters: resolved.filters,
    names: resolved.names,
    asOf,
    generatedAt: new Date(),
    supportsYears: supported.has("years"),
  });
  return { chart, problems };
});

export type ChartFilterOptions = {
  cities: { slug: string; name: string; count: number }[];
  units: { slug: string; name: string }[];
  sectors: { sector: Sector; count: number }[];
  years: { min: number; max: number } | null;
};

/** What the filter menus offer: only values that occur in the data, with their counts. */
export const getChartFilterOptions = cache(async (): Promise<ChartFilterOptions> => {
  const prisma = await getPrisma();
  // Counts over every start-up, so cached per data version like the charts themselves.
  return cachedChartQuery(prisma, "filter-options", () => queryChartFilterOptions(prisma));
});

async function queryChartFilterOptions(prisma: PrismaClient): Promise<ChartFilterOptions> {
  const [cities, units, sectors, years] = await Promise.all([
    prisma.$queryRaw<{ slug: string; name: string; count: number }[]>`
      SELECT c.slug, c."nameEn" AS name, count(*)::int AS count
      FROM "Startup" s JOIN "City" c ON c.id = s."cityId" AND c."deletedAt" IS NULL
      WHERE s."deletedAt" IS NULL
      GROUP BY c.slug, c."nameEn" ORDER BY count DESC, c."nameEn" LIMIT 200`,
    prisma.$queryRaw<{ slug: string; name: string }[]>`
      SELECT o.slug, o."nameEn" AS name FROM "Organization" o
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

/** Snapshot identifiers: 12 random URL-safe characters, so pinned embeds cannot be guessed. */
function newSnapshotSlug(): string {
  return randomBytes(9).toString("base64url");
}

function contentHash(chart: ChartData): string {
  // generatedAt changes on every render; it is not part of what the chart says.
  const content = { ...chart, generatedAt: undefined, snapshot: undefined };
  return createHash("sha256").update(JSON.stringify(content)).digest("hex");
}

/**
 * Freezes a chart's current data so an embed can be pinned to it. Pinning identical data twice
 * returns the existing snapshot, so repeated clicks do not pile up rows.
 */
export async function createChartSnapshot(options: { key: ChartKey; filters: ChartFilters }) {
  const { chart, problems } = await getChart(options);
  if (problems.length > 0) return { ok: false as const, problems };
  const prisma = await getPrisma();
  const hash = contentHash(chart);
  const snapshot = await prisma.chartSnapshot.upsert({
    where: { contentHash: hash },
    update: {},
    create: {
      slug: newSnapshotSlug(),
      chartKey: chart.key,
      filters: chart.filters as Prisma.InputJsonValue,
      data: chart as unknown as Prisma.InputJsonValue,
      contentHash: hash,
      dataAsOf: chart.asOf ? new Date(chart.asOf) : null,
    },
    select: { slug: true, createdAt: true },
  });
  return { ok: true as const, snapshot: { id: snapshot.slug, createdAt: snapshot.createdAt.toISOString() } };
}

/** A pinned chart as it was frozen; null when the snapshot does not exist or belongs to another chart. */
export const getChartSnapshot = cache(async (options: { key: ChartKey; id: string }): Promise<ChartData | null> => {
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(options.id)) return null;
  const prisma = await getPrisma();
  const row = await prisma.chartSnapshot.findFirst({
    where: { slug: options.id, chartKey: options.key, deletedAt: null },
    select: { slug: true, data: true, createdAt: true },
  });
  if (!row) return null;
  const data = row.data as unknown as ChartData;
  return { ...data, snapshot: { id: row.slug, createdAt: row.createdAt.toISOString() } };
});

export type ChartRequestResult = { ok: true; chart: ChartData } | { ok: false; status: 400 | 404; message: string };

/**
 * For the API and embeds: a chart from URL parameters, strictly. A bad or unknown filter is an
 * error (400) rather than silently ignored, because a caller downloading data must get what it asked for.
 */
export async function getChartForRequest(options: {
  key: string;
  searchParams: URLSearchParams | Record<string, string | string[] | undefined>;
}): Promise<ChartRequestResult> {
  if (!isChartKey(options.key))
    return { ok: false, status: 404, message: `There is no chart called "${options.key}".` };
  const raw =
    options.searchParams instanceof URLSearchParams
      ? options.searchParams.get("snapshot")
      : options.searchParams.snapshot;
  if (raw !== undefined && raw !== null && raw !== "") {
    if (typeof raw !== "string") return { ok: false, status: 400, message: "snapshot was given more than once." };
    const snapshot = await getChartSnapshot({ key: options.key, id: raw });
    return snapshot
      ? { ok: true, chart: snapshot }
      : { ok: false, status: 404, message: `There is no snapshot "${raw.slice(0, 64)}" of this chart.` };
  }
  const { filters, problems } = parseChartFilters(options.key, options.searchParams);
  if (problems.length > 0) return { ok: false, status: 400, message: `${problems.map((p) => p.message).join("; ")}.` };
  const result = await getChart({ key: options.key, filters });
  if (result.problems.length > 0) {
    return { ok: false, status: 400, message: `${result.problems.map((p) => p.message).join("; ")}.` };
  }
  return { ok: true, chart: result.chart };
}
