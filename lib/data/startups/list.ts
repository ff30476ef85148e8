import "server-only";
import { cache } from "react";
import { cachedRead } from "@/lib/data/cached-read";
import { RECORDS_TAG, pageTag } from "@/lib/data/cache-tags";
import { getPrisma } from "@/lib/db";
import type { AppPrismaClient } from "@/lib/db/connection";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Confidence, Sector, StartupStatus } from "@/lib/generated/prisma/enums";
import { PAGE_SIZE, pageOffset, paginated, type ListOptions, type Paginated } from "@/lib/pagination";
import { formatReportedDate } from "@/lib/format/dates";
import type { StartupListParams } from "@/lib/validation/search-params";
import { alumniFromNullable } from "@/lib/charts/alumni";
import { alumniCondition, alumniYearsNotReportedCondition } from "../alumni";
import { searchCondition } from "../search";
import { getUnitSubtreeIds } from "../units";
import { isSector } from "@/lib/labels";

// The start-up list: the filters as SQL, the sort orders with their fast path for funding, one page
// at a time, and the same rows in batches for the CSV download.

export type StartupListItem = {
  id: number;
  slug: string;
  nameEn: string | null;
  nameZh: string | null;
  label: string | null;
  foundedYear: number | null;
  sectors: Sector[];
  status: StartupStatus | null;
  confidence: Confidence;
  city: { slug: string; nameEn: string; nameZh: string | null } | null;
  founders: { slug: string; nameEn: string | null; nameZh: string | null; label: string | null }[];
  /**
   * Sum of the disclosed US-dollar amounts (the low end of a range). Rounds reported without an
   * amount do not count and amounts are not converted between currencies: rounds reported only in
   * CNY have no US-dollar figure and are left out. Null when no round has a US-dollar amount.
   */
  totalFundingUsd: number | null;
  fundingRounds: number;
  undisclosedRounds: number;
  /** Rounds with an amount in another currency (or none named): not in the US-dollar total, and said so. */
  otherCurrencyRounds: number;
};

// ---------------------------------------------------------------------------------------------
// Filtering

/**
 * The WHERE clause (on alias s) for a filtered start-up list; shared by the page, its count and the CSV.
 * `alumni: "ignore"` leaves the alumni switch out (for the count of start-ups it leaves out).
 */
function startupFilter(
  params: StartupListParams,
  unitIds: number[] = [],
  publicOnly = false,
  alumni: "apply" | "ignore" = "apply",
): Prisma.Sql {
  const conditions: Prisma.Sql[] = [Prisma.sql`s."deletedAt" IS NULL`];
  // The public API never shows synthetic (benchmark) rows; the pages show whatever the database holds.
  if (publicOnly) conditions.push(Prisma.sql`NOT s.synthetic`);
  if (params.q) conditions.push(searchCondition("Startup", "s", params.q));
  if (params.city) {
    conditions.push(
      Prisma.sql`s."cityId" = (SELECT id FROM "City" WHERE slug = ${params.city} AND "deletedAt" IS NULL)`,
    );
  }
  if (params.sector) conditions.push(Prisma.sql`s.sectors @> ARRAY[${params.sector}]::"Sector"[]`);
  if (params.status) conditions.push(Prisma.sql`s.status = ${params.status}::"StartupStatus"`);
  if (params.foundedFrom !== null) conditions.push(Prisma.sql`s."foundedYear" >= ${params.foundedFrom}`);
  if (params.foundedTo !== null) conditions.push(Prisma.sql`s."foundedYear" <= ${params.foundedTo}`);
  if (params.stage) {
    conditions.push(Prisma.sql`EXISTS (
      SELECT 1 FROM "FundingRound" r
      WHERE r."startupId" = s.id AND r."deletedAt" IS NULL AND r.stage = ${params.stage}::"FundingStage")`);
  }
  if (params.investor) {
    conditions.push(Prisma.sql`EXISTS (
      SELECT 1 FROM "FundingRound" r
      JOIN "Investment" i ON i."roundId" = r.id AND i."deletedAt" IS NULL
      WHERE r."startupId" = s.id AND r."deletedAt" IS NULL
        AND i."organizationId" = (SELECT id FROM "Organization" WHERE slug = ${params.investor} AND "deletedAt" IS NULL))`);
  }
  if (params.unit) {
    // A founder worked in the unit or anywhere below it in the organisation tree.
    // Deleted founders are excluded by an anti-join on the few deleted people rather than a join to
    // every founder's Person row.
    conditions.push(Prisma.sql`s.id IN (
      SELECT f."startupId" FROM "Employment" e
      JOIN "Founding" f ON f."personId" = e."personId" AND f."deletedAt" IS NULL
      WHERE e."deletedAt" IS NULL AND e."organizationId" IN (${unitIds.length ? Prisma.join(unitIds) : Prisma.sql`NULL`})
        AND NOT EXISTS (SELECT 1 FROM "Person" p WHERE p.id = e."personId" AND p."deletedAt" IS NOT NULL))`);
  }
  // The alumni switch: one founder (who worked in the chosen unit, when there is one) meets it.
  const switchCondition =
    alumni === "apply" ? alumniCondition(alumniFromNullable(params), params.unit ? unitIds : undefined) : null;
  if (switchCondition) conditions.push(switchCondition);
  return Prisma.join(conditions, " AND ");
}

const displayNameSql = Prisma.sql`lower(COALESCE(s."nameEn", s."nameZh", s.label))`;

function startupOrder(params: StartupListParams): Prisma.Sql {
  const direction = Prisma.raw(params.order === "asc" ? "ASC" : "DESC");
  switch (params.sort) {
    case "founded":
      // Start-ups without a reported year go last whichever the direction.
      return Prisma.sql`s."foundedYear" ${direction} NULLS LAST, ${displayNameSql}, s.id`;
    case "funding":
      return Prisma.sql`funding.total_usd ${direction} NULLS LAST, ${displayNameSql}, s.id`;
    default:
      return Prisma.sql`${displayNameSql} ${direction}, s.id ${direction}`;
  }
}

const fundingTotals = Prisma.sql`
  SELECT sum(r."amountUsdLow")::float8 AS total_usd, count(*)::int AS rounds,
         count(*) FILTER (WHERE r."amountKind" = 'UNDISCLOSED')::int AS undisclosed,
         count(*) FILTER (WHERE r."amountKind" <> 'UNDISCLOSED' AND r."amountUsdLow" IS NULL)::int AS other_currency
  FROM "FundingRound" r WHERE r."startupId" = s.id AND r."deletedAt" IS NULL`;

type ListRow = Omit<StartupListItem, "city" | "founders" | "sectors"> & {
  sectors: string[];
  city_slug: string | null;
  city_name: string | null;
  city_name_zh: string | null;
  founders: StartupListItem["founders"] | null;
};

/**
 * The page's ids first (filter, order, offset over the narrowest rows), then the details for those
 * rows only, so a deep page or a wide match never computes founders and totals it does not show.
 * Sorting by funding joins per-start-up totals read from FundingRound_live_totals_idx.
 */
function pageIds(
  params: StartupListParams,
  limit: number,
  offset: number,
  unitIds: number[],
  publicOnly: boolean,
): Prisma.Sql {
  const totals =
    params.sort === "funding"
      ? Prisma.sql`LEFT JOIN (SELECT r."startupId", sum(r."amountUsdLow") AS total_usd FROM "FundingRound" r
                              WHERE r."deletedAt" IS NULL GROUP BY r."startupId") funding ON funding."startupId" = s.id`
      : Prisma.empty;
  return Prisma.sql`
    -- row_number() over the ordered, limited subquery numbers rows in the order they arrive.
    SELECT s.id, row_number() OVER () AS position FROM (
      SELECT s.id FROM "Startup" s ${totals}
      WHERE ${startupFilter(params, unitIds, publicOnly)}
      ORDER BY ${startupOrder(params)}
      LIMIT ${limit} OFFSET ${offset}
    ) s`;
}

/** True when only the sort and page are set: the whole live list. */
function isUnfiltered(params: StartupListParams): boolean {
  return (
    !params.q &&
    !params.city &&
    !params.sector &&
    !params.status &&
    !params.unit &&
    !params.investor &&
    !params.stage &&
    params.foundedFrom === null &&
    params.foundedTo === null &&
    params.tenure === null &&
    params.leftWithin === null
  );
}

/**
 * The page's ids for the unfiltered list sorted by total funding, without sorting every start-up:
 * totals are summed once from FundingRound_live_totals_idx (deleted start-ups removed by an
 * anti-join on the few deleted rows), the (offset + limit)-th total T is found by a top-N sort of
 * totals alone, and only start-ups with a total at least as high (as low, ascending) — ties with T
 * included — are joined to their names and fully ordered. Those contain the page exactly. When
 * fewer start-ups than offset + limit have a US-dollar total, T does not exist, no row comes back,
 * and the caller falls back to the general query (the page reaches the start-ups without a total).
 */
function fundedPageIds(params: StartupListParams, limit: number, offset: number): Prisma.Sql {
  const asc = params.order === "asc";
  const direction = Prisma.raw(asc ? "ASC" : "DESC");
  const comparison = Prisma.raw(asc ? "<=" : ">=");
  return Prisma.sql`
    WITH funding AS (
      SELECT r."startupId", sum(r."amountUsdLow") AS total_usd FROM "FundingRound" r
      WHERE r."deletedAt" IS NULL
        AND NOT EXISTS (SELECT 1 FROM "Startup" d WHERE d.id = r."startupId" AND d."deletedAt" IS NOT NULL)
      GROUP BY r."startupId" HAVING sum(r."amountUsdLow") IS NOT NULL
    )
    SELECT s.id, row_number() OVER () AS position FROM (
      SELECT s.id FROM funding JOIN "Startup" s ON s.id = funding."startupId"
      WHERE funding.total_usd ${comparison} (
        SELECT total_usd FROM funding ORDER BY total_usd ${direction} LIMIT 1 OFFSET ${offset + limit - 1})
      ORDER BY ${startupOrder(params)}
      LIMIT ${limit} OFFSET ${offset}
    ) s`;
}

async function queryStartupRows(
  params: StartupListParams,
  limit: number,
  offset: number,
  publicOnly = false,
): Promise<StartupListItem[]> {
  const prisma = await getPrisma();
  if (params.sort === "funding" && isUnfiltered(params) && !publicOnly && limit > 0) {
    const rows = await queryRowsForPage(prisma, fundedPageIds(params, limit, offset));
    if (rows.length > 0) return rows;
  }
  const unitIds = params.unit ? await getUnitSubtreeIds(params.unit) : [];
  return queryRowsForPage(prisma, pageIds(params, limit, offset, unitIds, publicOnly));
}

/** The list rows for a page of ids (a query yielding id and position). */
async function queryRowsForPage(prisma: AppPrismaClient, page: Prisma.Sql): Promise<StartupListItem[]> {
  const rows = await prisma.$queryRaw<ListRow[]>`
    SELECT s.id, s.slug, s."nameEn", s."nameZh", s.label, s."foundedYear", s.sectors::text[] AS sectors,
           s.status::text AS status, s.confidence::text AS confidence,
           c.slug AS city_slug, c."nameEn" AS city_name, c."nameZh" AS city_name_zh,
           funding.total_usd AS "totalFundingUsd", funding.rounds AS "fundingRounds",
           funding.undisclosed AS "undisclosedRounds", funding.other_currency AS "otherCurrencyRounds",
           (SELECT json_agg(json_build_object('slug', p.slug, 'nameEn', p."nameEn", 'nameZh', p."nameZh", 'label', p.label) ORDER BY f.id)
            FROM "Founding" f JOIN "Person" p ON p.id = f."personId" AND p."deletedAt" IS NULL
            WHERE f."startupId" = s.id AND f."deletedAt" IS NULL) AS founders
    FROM (${page}) page
    JOIN "Startup" s ON s.id = page.id
    LEFT JOIN "City" c ON c.id = s."cityId" AND c."deletedAt" IS NULL
    CROSS JOIN LATERAL (${fundingTotals}) funding
    ORDER BY page.position`;
  return rows.map(({ city_slug, city_name, city_name_zh, founders, sectors, ...row }) => ({
    ...row,
    sectors: sectors.filter(isSector),
    city: city_slug && city_name ? { slug: city_slug, nameEn: city_name, nameZh: city_name_zh } : null,
    founders: founders ?? [],
  }));
}

async function countStartups(params: StartupListParams, publicOnly = false): Promise<number> {
  const prisma = await getPrisma();
  const unitIds = params.unit ? await getUnitSubtreeIds(params.unit) : [];
  const [row] = await prisma.$queryRaw<{ total: number }[]>`
    SELECT count(*)::int AS total FROM "Startup" s WHERE ${startupFilter(params, unitIds, publicOnly)}`;
  return row?.total ?? 0;
}

/**
 * How many start-ups the other filters match that a strict alumni switch leaves out because the
 * years it needs are not reported (stated beside the list, its CSV and the API's total). Null under
 * "any stint", which leaves nothing out.
 */
export async function countStartupsLeftOut(params: StartupListParams, publicOnly = false): Promise<number | null> {
  if (params.tenure === null && params.leftWithin === null) return null;
  const prisma = await getPrisma();
  const unitIds = params.unit ? await getUnitSubtreeIds(params.unit) : [];
  const [row] = await prisma.$queryRaw<{ total: number }[]>`
    SELECT count(*)::int AS total FROM "Startup" s
    WHERE ${startupFilter(params, unitIds, publicOnly, "ignore")}
      AND ${alumniYearsNotReportedCondition(alumniFromNullable(params), params.unit ? unitIds : undefined)}`;
  return row?.total ?? 0;
}

/**
 * One page of the filtered, sorted start-up list, with the total the filters match. `publicOnly`
 * (the public API) leaves synthetic start-ups out.
 */
export const findStartups = cache(
  async ({
    params,
    pageSize = PAGE_SIZE,
    publicOnly = false,
  }: ListOptions<StartupListParams> & { publicOnly?: boolean }): Promise<Paginated<StartupListItem>> => {
    const [items, total] = await Promise.all([
      queryStartupRows(params, pageSize, pageOffset(params.page, pageSize), publicOnly),
      countStartups(params, publicOnly),
    ]);
    return paginated(items, { total, page: params.page, pageSize });
  },
);

/**
 * The list pages' reads, from the framework's cache. The public API keeps reading `findStartups`
 * directly: its ETag is the data version, and a stale body under a new ETag would be kept by clients.
 */
export const findStartupsForPage = cachedRead(
  "startups",
  () => [pageTag("/startups"), RECORDS_TAG],
  (options: ListOptions<StartupListParams>) => findStartups(options),
);

/** The list page's "left out for years not reported" count, from the framework's cache like the list. */
export const countStartupsLeftOutForPage = cachedRead(
  "startups-left-out",
  () => [pageTag("/startups"), RECORDS_TAG],
  (params: StartupListParams) => countStartupsLeftOut(params),
);

export type StartupExportRow = StartupListItem & {
  aliases: string[];
  website: string | null;
  /** The founding as precise as the source: "2023", "2023-07" or "2023-07-14"; null when not reported. */
  founded: string | null;
};

/** A start-up's founding as precise as its source states it (the year alone when no month is known). */
function foundedAsReported(
  startup: { foundedYear: number | null; foundedDate: Date | null; foundedPrecision: string | null } | undefined,
): string | null {
  if (startup?.foundedDate && startup.foundedPrecision)
    return formatReportedDate(startup.foundedDate.toISOString(), startup.foundedPrecision);
  return startup?.foundedYear == null ? null : String(startup.foundedYear);
}

/** Where one export batch ended, in the list order's own terms: the next batch starts after it. */
type ExportPosition = { id: number; name: string; foundedYear: number | null; total: string | null };

/**
 * Rows strictly after `after` in the list order (startupOrder), as a condition on alias s (and
 * `funding` when sorting by funding). Keyset rather than OFFSET: each batch costs the same however
 * deep the export is, and rows saved meanwhile cannot shift a batch boundary.
 */
function afterPosition(params: StartupListParams, after: ExportPosition): Prisma.Sql {
  const nameThenId = (comparison: "<" | ">") =>
    Prisma.sql`(${displayNameSql}, s.id) ${Prisma.raw(comparison)} (${after.name}, ${after.id})`;
  const later = Prisma.raw(params.order === "asc" ? ">" : "<");
  // A nullable first key sorted NULLS LAST, ties broken by name then id, both ascending.
  const nullableFirst = (column: Prisma.Sql, value: Prisma.Sql | null) =>
    value === null
      ? Prisma.sql`(${column} IS NULL AND ${nameThenId(">")})`
      : Prisma.sql`(${column} ${later} ${value} OR ${column} IS NULL OR (${column} = ${value} AND ${nameThenId(">")}))`;
  switch (params.sort) {
    case "founded":
      return nullableFirst(
        Prisma.sql`s."foundedYear"`,
        after.foundedYear === null ? null : Prisma.sql`${after.foundedYear}`,
      );
    case "funding":
      return nullableFirst(
        Prisma.sql`funding.total_usd`,
        after.total === null ? null : Prisma.sql`${after.total}::numeric`,
      );
    default:
      return nameThenId(params.order === "asc" ? ">" : "<");
  }
}

/** The next batch's ids in list order, with the keys the batch after it starts from. */
function exportBatchIds(
  params: StartupListParams,
  unitIds: number[],
  after: ExportPosition | null,
  limit: number,
): Prisma.Sql {
  const totals =
    params.sort === "funding"
      ? Prisma.sql`LEFT JOIN (SELECT r."startupId", sum(r."amountUsdLow") AS total_usd FROM "FundingRound" r
                              WHERE r."deletedAt" IS NULL GROUP BY r."startupId") funding ON funding."startupId" = s.id`
      : Prisma.empty;
  const total = params.sort === "funding" ? Prisma.sql`funding.total_usd::text` : Prisma.sql`NULL::text`;
  return Prisma.sql`
    SELECT s.id, ${displayNameSql} AS name, s."foundedYear", ${total} AS total
    FROM "Startup" s ${totals}
    WHERE ${startupFilter(params, unitIds)} ${after ? Prisma.sql`AND ${afterPosition(params, after)}` : Prisma.empty}
    ORDER BY ${startupOrder(params)}
    LIMIT ${limit}`;
}

/**
 * Every start-up the filters match, in list order, a batch at a time: the CSV download streams
 * these so a large export never sits in memory whole. Page and page size are ignored.
 *
 * Everything that needs the request (the database client, the unit filter's subtree) is read here,
 * while the request is being handled; the batches read later, as the download is pulled, use only
 * what this captured. A streamed response's pull() runs after the request's scope has ended, where
 * getPrisma() (Next's connection()) throws and the download would stop after the first batch.
 */
export async function openStartupExport({
  params,
  batchSize,
}: {
  params: StartupListParams;
  batchSize?: number;
}): Promise<AsyncGenerator<StartupExportRow[]>> {
  const prisma = await getPrisma();
  const unitIds = params.unit ? await getUnitSubtreeIds(params.unit) : [];
  // Sorting by funding sums every round for each batch (about 0.5 s at 100,000 start-ups), so its
  // batches are larger: 20 of them rather than 100; 5,000 rows are still a few megabytes.
  return exportBatches(prisma, params, unitIds, batchSize ?? (params.sort === "funding" ? 5000 : 1000));
}

async function* exportBatches(
  prisma: AppPrismaClient,
  params: StartupListParams,
  unitIds: number[],
  batchSize: number,
): AsyncGenerator<StartupExportRow[]> {
  let after: ExportPosition | null = null;
  for (;;) {
    const positions: ExportPosition[] = await prisma.$queryRaw<ExportPosition[]>(
      exportBatchIds(params, unitIds, after, batchSize),
    );
    const last = positions.at(-1);
    if (!last) return;
    const ids = positions.map((position) => position.id);
    const [batch, extras] = await Promise.all([
      queryRowsForPage(
        prisma,
        Prisma.sql`SELECT page.id, page.position FROM unnest(ARRAY[${Prisma.join(ids)}]::int[]) WITH ORDINALITY AS page(id, position)`,
      ),
      prisma.startup.findMany({
        where: { id: { in: ids } },
        select: {
          id: true,
          aliases: true,
          website: true,
          foundedYear: true,
          foundedDate: true,
          foundedPrecision: true,
        },
      }),
    ]);
    const byId = new Map(extras.map((extra) => [extra.id, extra]));
    yield batch.map((row) => {
      const extra = byId.get(row.id);
      return {
        ...row,
        aliases: extra?.aliases ?? [],
        website: extra?.website ?? null,
        founded: foundedAsReported(extra),
      };
    });
    if (positions.length < batchSize) return;
    after = last;
  }
}
