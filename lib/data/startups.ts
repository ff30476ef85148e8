import "server-only";
import { cache } from "react";
import { getPrisma } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type {
  AmountKind,
  Confidence,
  DatePrecision,
  FoundingRole,
  FundingStage,
  Sector,
  StartupStatus,
} from "@/lib/generated/prisma/enums";
import { PAGE_SIZE, pageOffset, paginated, type Paginated } from "@/lib/pagination";
import type { StartupListParams } from "@/lib/validation/search-params";
import { getCitations, type RecordRef, type SourceNotes } from "./citations";
import { getAlibabaCareers, type CareerStep } from "./people";
import { searchCondition } from "./search";

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
  city: { slug: string; nameEn: string } | null;
  founders: { slug: string; nameEn: string | null; nameZh: string | null }[];
  /**
   * Sum of the disclosed US-dollar amounts (the low end of a range). Rounds reported without an
   * amount do not count and amounts are not converted between currencies: rounds reported only in
   * CNY have no US-dollar figure and are left out. Null when no round has a US-dollar amount.
   */
  totalFundingUsd: number | null;
  fundingRounds: number;
  undisclosedRounds: number;
};

// ---------------------------------------------------------------------------------------------
// Filtering

/** The WHERE clause (on alias s) for a filtered start-up list; shared by the page, its count and the CSV. */
function startupFilter(params: StartupListParams, unitIds: number[] = []): Prisma.Sql {
  const conditions: Prisma.Sql[] = [Prisma.sql`s."deletedAt" IS NULL`];
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
  return Prisma.join(conditions, " AND ");
}

/**
 * The ids of an Alibaba unit and all units below it (a recursive walk down parentId), fetched
 * before the main query: PostgreSQL cannot estimate a recursive CTE's size (it guesses 200 rows),
 * and with the ids written out it picks index scans for small units and hashes for big ones.
 */
export const getUnitSubtreeIds = cache(async (slug: string): Promise<number[]> => {
  const prisma = await getPrisma();
  const rows = await prisma.$queryRaw<{ id: number }[]>`
    WITH RECURSIVE tree AS (
      SELECT id, 0 AS depth FROM "Organization" WHERE slug = ${slug} AND kind = 'ALIBABA_UNIT' AND "deletedAt" IS NULL
      UNION
      SELECT o.id, t.depth + 1 FROM "Organization" o JOIN tree t ON o."parentId" = t.id
      WHERE o."deletedAt" IS NULL AND t.depth < 10
    )
    SELECT DISTINCT id FROM tree`;
  return rows.map((row) => row.id);
});

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
         count(*) FILTER (WHERE r."amountKind" = 'UNDISCLOSED')::int AS undisclosed
  FROM "FundingRound" r WHERE r."startupId" = s.id AND r."deletedAt" IS NULL`;

type ListRow = Omit<StartupListItem, "city" | "founders" | "sectors"> & {
  sectors: string[];
  city_slug: string | null;
  city_name: string | null;
  founders: StartupListItem["founders"] | null;
};

/**
 * The page's ids first (filter, order, offset over the narrowest rows), then the details for those
 * rows only, so a deep page or a wide match never computes founders and totals it does not show.
 * Sorting by funding joins per-start-up totals read from FundingRound_live_totals_idx.
 */
function pageIds(params: StartupListParams, limit: number, offset: number, unitIds: number[]): Prisma.Sql {
  const totals =
    params.sort === "funding"
      ? Prisma.sql`LEFT JOIN (SELECT r."startupId", sum(r."amountUsdLow") AS total_usd FROM "FundingRound" r
                              WHERE r."deletedAt" IS NULL GROUP BY r."startupId") funding ON funding."startupId" = s.id`
      : Prisma.empty;
  return Prisma.sql`
    -- row_number() over the ordered, limited subquery numbers rows in the order they arrive.
    SELECT s.id, row_number() OVER () AS position FROM (
      SELECT s.id FROM "Startup" s ${totals}
      WHERE ${startupFilter(params, unitIds)}
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
    params.foundedTo === null
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

async function queryStartupRows(params: StartupListParams, limit: number, offset: number): Promise<StartupListItem[]> {
  if (params.sort === "funding" && isUnfiltered(params) && limit > 0) {
    const rows = await queryRowsForPage(fundedPageIds(params, limit, offset));
    if (rows.length > 0) return rows;
  }
  const unitIds = params.unit ? await getUnitSubtreeIds(params.unit) : [];
  return queryRowsForPage(pageIds(params, limit, offset, unitIds));
}

/** The list rows for a page of ids (a query yielding id and position). */
async function queryRowsForPage(page: Prisma.Sql): Promise<StartupListItem[]> {
  const prisma = await getPrisma();
  const rows = await prisma.$queryRaw<ListRow[]>`
    SELECT s.id, s.slug, s."nameEn", s."nameZh", s.label, s."foundedYear", s.sectors::text[] AS sectors,
           s.status::text AS status, s.confidence::text AS confidence,
           c.slug AS city_slug, c."nameEn" AS city_name,
           funding.total_usd AS "totalFundingUsd", funding.rounds AS "fundingRounds",
           funding.undisclosed AS "undisclosedRounds",
           (SELECT json_agg(json_build_object('slug', p.slug, 'nameEn', p."nameEn", 'nameZh', p."nameZh") ORDER BY f.id)
            FROM "Founding" f JOIN "Person" p ON p.id = f."personId" AND p."deletedAt" IS NULL
            WHERE f."startupId" = s.id AND f."deletedAt" IS NULL) AS founders
    FROM (${page}) page
    JOIN "Startup" s ON s.id = page.id
    LEFT JOIN "City" c ON c.id = s."cityId" AND c."deletedAt" IS NULL
    CROSS JOIN LATERAL (${fundingTotals}) funding
    ORDER BY page.position`;
  return rows.map(({ city_slug, city_name, founders, sectors, ...row }) => ({
    ...row,
    sectors: sectors as Sector[],
    city: city_slug && city_name ? { slug: city_slug, nameEn: city_name } : null,
    founders: founders ?? [],
  }));
}

async function countStartups(params: StartupListParams): Promise<number> {
  const prisma = await getPrisma();
  const unitIds = params.unit ? await getUnitSubtreeIds(params.unit) : [];
  const [row] = await prisma.$queryRaw<{ total: number }[]>`
    SELECT count(*)::int AS total FROM "Startup" s WHERE ${startupFilter(params, unitIds)}`;
  return row?.total ?? 0;
}

/** One page of the filtered, sorted start-up list, with the total the filters match. */
export const findStartups = cache(
  async ({
    params,
    pageSize = PAGE_SIZE,
  }: {
    params: StartupListParams;
    pageSize?: number;
  }): Promise<Paginated<StartupListItem>> => {
    const [items, total] = await Promise.all([
      queryStartupRows(params, pageSize, pageOffset(params.page, pageSize)),
      countStartups(params),
    ]);
    return paginated(items, { total, page: params.page, pageSize });
  },
);

export type StartupExportRow = StartupListItem & { aliases: string[]; website: string | null };

/**
 * Every start-up the filters match, in list order, a batch at a time: the CSV download streams
 * these so a large export never sits in memory whole. Page and page size are ignored.
 */
export async function* iterateStartupsForExport({
  params,
  batchSize = 1000,
}: {
  params: StartupListParams;
  batchSize?: number;
}): AsyncGenerator<StartupExportRow[]> {
  const prisma = await getPrisma();
  for (let offset = 0; ; offset += batchSize) {
    const batch = await queryStartupRows(params, batchSize, offset);
    if (batch.length === 0) return;
    const extras = await prisma.startup.findMany({
      where: { id: { in: batch.map((row) => row.id) } },
      select: { id: true, aliases: true, website: true },
    });
    const byId = new Map(extras.map((extra) => [extra.id, extra]));
    yield batch.map((row) => ({
      ...row,
      aliases: byId.get(row.id)?.aliases ?? [],
      website: byId.get(row.id)?.website ?? null,
    }));
    if (batch.length < batchSize) return;
  }
}

// ---------------------------------------------------------------------------------------------
// Filter options

export type StartupFilterOptions = {
  cities: { slug: string; nameEn: string; count: number }[];
  units: { slug: string; nameEn: string; depth: number }[];
  foundedYears: { min: number | null; max: number | null };
};

/** What the filter controls offer: cities that have start-ups, the Alibaba unit tree, the year span. */
export const getStartupFilterOptions = cache(async (): Promise<StartupFilterOptions> => {
  const prisma = await getPrisma();
  const [cities, units, [years]] = await Promise.all([
    prisma.$queryRaw<StartupFilterOptions["cities"]>`
      SELECT c.slug, c."nameEn", count(s.id)::int AS count
      FROM "City" c JOIN "Startup" s ON s."cityId" = c.id AND s."deletedAt" IS NULL
      WHERE c."deletedAt" IS NULL
      GROUP BY c.id ORDER BY count(s.id) DESC, c."nameEn"`,
    prisma.$queryRaw<StartupFilterOptions["units"]>`
      WITH RECURSIVE tree AS (
        SELECT id, slug, "nameEn", 0 AS depth, ARRAY[lower("nameEn")] AS path
        FROM "Organization" WHERE kind = 'ALIBABA_UNIT' AND "parentId" IS NULL AND "deletedAt" IS NULL
        UNION ALL
        SELECT o.id, o.slug, o."nameEn", t.depth + 1, t.path || lower(o."nameEn")
        FROM "Organization" o JOIN tree t ON o."parentId" = t.id
        WHERE o.kind = 'ALIBABA_UNIT' AND o."deletedAt" IS NULL AND t.depth < 10
      )
      SELECT slug, "nameEn", depth FROM tree ORDER BY path`,
    prisma.$queryRaw<{ min: number | null; max: number | null }[]>`
      SELECT min("foundedYear") AS min, max("foundedYear") AS max FROM "Startup" WHERE "deletedAt" IS NULL`,
  ]);
  return { cities, units, foundedYears: years ?? { min: null, max: null } };
});

/** Names for the active filters, so a page can say "in Hangzhou, founders from DAMO Academy". */
export const getFilterLabels = cache(
  async (
    city: string | null,
    unit: string | null,
    investor: string | null = null,
  ): Promise<{ city: string | null; unit: string | null; investor: string | null }> => {
    const prisma = await getPrisma();
    const [cityRow, unitRow, investorRow] = await Promise.all([
      city ? prisma.city.findFirst({ where: { slug: city, deletedAt: null }, select: { nameEn: true } }) : null,
      unit
        ? prisma.organization.findFirst({
            where: { slug: unit, kind: "ALIBABA_UNIT", deletedAt: null },
            select: { nameEn: true },
          })
        : null,
      investor
        ? prisma.organization.findFirst({ where: { slug: investor, deletedAt: null }, select: { nameEn: true } })
        : null,
    ]);
    return { city: cityRow?.nameEn ?? null, unit: unitRow?.nameEn ?? null, investor: investorRow?.nameEn ?? null };
  },
);

// ---------------------------------------------------------------------------------------------
// Profile

export type FundingRoundView = {
  id: number;
  announcedOn: string | null;
  datePrecision: DatePrecision | null;
  stage: FundingStage;
  stageLabel: string | null;
  amountKind: AmountKind;
  amountLow: string | null;
  amountHigh: string | null;
  currency: string | null;
  amountUsdLow: string | null;
  amountUsdHigh: string | null;
  note: string | null;
  investors: {
    id: number;
    kind: "organization" | "person";
    slug: string;
    nameEn: string | null;
    nameZh: string | null;
    isLead: boolean;
    note: string | null;
  }[];
};

export type StartupFounder = {
  foundingId: number;
  role: FoundingRole;
  title: string | null;
  note: string | null;
  confidence: Confidence;
  person: { id: number; slug: string; nameEn: string | null; nameZh: string | null; bio: string | null };
  career: CareerStep[];
};

export type RelatedStartup = {
  slug: string;
  nameEn: string | null;
  nameZh: string | null;
  label: string | null;
  foundedYear: number | null;
  reason: string;
};

export type StartupProfile = {
  id: number;
  slug: string;
  nameEn: string | null;
  nameZh: string | null;
  label: string | null;
  aliases: string[];
  description: string | null;
  foundedYear: number | null;
  foundedDate: string | null;
  locationNote: string | null;
  sectors: Sector[];
  status: StartupStatus | null;
  statusNote: string | null;
  website: string | null;
  confidence: Confidence;
  updatedAt: string;
  city: { slug: string; nameEn: string; nameZh: string | null } | null;
  founders: StartupFounder[];
  fundingRounds: FundingRoundView[];
  totalFundingUsd: number | null;
  related: { sameCity: RelatedStartup[]; sameUnit: RelatedStartup[]; sharedInvestors: RelatedStartup[] };
  sources: SourceNotes;
};

const decimalText = (value: Prisma.Decimal | null): string | null => (value === null ? null : value.toString());
const isoDate = (value: Date | null): string | null => (value ? value.toISOString().slice(0, 10) : null);

const loadStartupProfile = cache(async (slug: string): Promise<StartupProfile | null> => {
  const prisma = await getPrisma();
  const startup = await prisma.startup.findFirst({
    where: { slug, deletedAt: null },
    select: {
      id: true,
      slug: true,
      nameEn: true,
      nameZh: true,
      label: true,
      aliases: true,
      description: true,
      foundedYear: true,
      foundedDate: true,
      locationNote: true,
      sectors: true,
      status: true,
      statusNote: true,
      website: true,
      confidence: true,
      updatedAt: true,
      city: { select: { slug: true, nameEn: true, nameZh: true, deletedAt: true } },
      foundings: {
        where: { deletedAt: null, person: { deletedAt: null } },
        orderBy: { id: "asc" },
        select: {
          id: true,
          role: true,
          title: true,
          note: true,
          confidence: true,
          person: { select: { id: true, slug: true, nameEn: true, nameZh: true, bio: true } },
        },
      },
      fundingRounds: {
        where: { deletedAt: null },
        // Dated rounds in order; undated ones after, in the order they were recorded.
        orderBy: [{ announcedOn: { sort: "asc", nulls: "last" } }, { id: "asc" }],
        select: {
          id: true,
          announcedOn: true,
          datePrecision: true,
          stage: true,
          stageLabel: true,
          amountKind: true,
          amountLow: true,
          amountHigh: true,
          currency: true,
          amountUsdLow: true,
          amountUsdHigh: true,
          note: true,
          investments: {
            where: { deletedAt: null },
            orderBy: [{ isLead: "desc" }, { id: "asc" }],
            select: {
              id: true,
              isLead: true,
              note: true,
              organization: { select: { slug: true, nameEn: true, nameZh: true, deletedAt: true } },
              person: { select: { slug: true, nameEn: true, nameZh: true, deletedAt: true } },
            },
          },
        },
      },
    },
  });
  if (!startup) return null;

  const personIds = startup.foundings.map((f) => f.person.id);
  const careers = await getAlibabaCareers({ personIds });

  const fundingRounds: FundingRoundView[] = startup.fundingRounds.map((round) => ({
    id: round.id,
    announcedOn: isoDate(round.announcedOn),
    datePrecision: round.datePrecision,
    stage: round.stage,
    stageLabel: round.stageLabel,
    amountKind: round.amountKind,
    amountLow: decimalText(round.amountLow),
    amountHigh: decimalText(round.amountHigh),
    currency: round.currency,
    amountUsdLow: decimalText(round.amountUsdLow),
    amountUsdHigh: decimalText(round.amountUsdHigh),
    note: round.note,
    investors: round.investments.flatMap((investment) => {
      const organization =
        investment.organization && !investment.organization.deletedAt ? investment.organization : null;
      const person = investment.person && !investment.person.deletedAt ? investment.person : null;
      const who = organization ?? person;
      if (!who) return [];
      return [
        {
          id: investment.id,
          kind: organization ? ("organization" as const) : ("person" as const),
          slug: who.slug,
          nameEn: who.nameEn,
          nameZh: who.nameZh,
          isLead: investment.isLead,
          note: investment.note,
        },
      ];
    }),
  }));
  const usdAmounts = startup.fundingRounds.flatMap((round) => (round.amountUsdLow ? [Number(round.amountUsdLow)] : []));

  const records: RecordRef[] = [
    { recordType: "STARTUP", recordId: startup.id },
    ...startup.foundings.map((f) => ({ recordType: "FOUNDING" as const, recordId: f.id })),
    ...careers.flatMap((c) => c.steps.map((step) => ({ recordType: "EMPLOYMENT" as const, recordId: step.id }))),
    ...startup.fundingRounds.map((r) => ({ recordType: "FUNDING_ROUND" as const, recordId: r.id })),
    ...startup.fundingRounds.flatMap((r) =>
      r.investments.map((i) => ({ recordType: "INVESTMENT" as const, recordId: i.id })),
    ),
  ];
  const [sources, related] = await Promise.all([getCitations({ records }), findRelatedStartups(startup.id)]);

  const city = startup.city && !startup.city.deletedAt ? startup.city : null;
  return {
    id: startup.id,
    slug: startup.slug,
    nameEn: startup.nameEn,
    nameZh: startup.nameZh,
    label: startup.label,
    aliases: startup.aliases,
    description: startup.description,
    foundedYear: startup.foundedYear,
    foundedDate: isoDate(startup.foundedDate),
    locationNote: startup.locationNote,
    sectors: startup.sectors,
    status: startup.status,
    statusNote: startup.statusNote,
    website: startup.website,
    confidence: startup.confidence,
    updatedAt: startup.updatedAt.toISOString(),
    city: city ? { slug: city.slug, nameEn: city.nameEn, nameZh: city.nameZh } : null,
    founders: startup.foundings.map((f) => ({
      foundingId: f.id,
      role: f.role,
      title: f.title,
      note: f.note,
      confidence: f.confidence,
      person: f.person,
      career: careers.find((c) => c.personId === f.person.id)?.steps ?? [],
    })),
    fundingRounds,
    totalFundingUsd: usdAmounts.length ? usdAmounts.reduce((a, b) => a + b, 0) : null,
    related,
    sources,
  };
});

/** A start-up's profile: names, facts, founders with their Alibaba careers, rounds, related start-ups, sources. */
export function getStartupBySlug({ slug }: { slug: string }): Promise<StartupProfile | null> {
  return loadStartupProfile(slug);
}

const RELATED_LIMIT = 6;

/**
 * Start-ups related by city, by the Alibaba division the founders came from (the unit directly
 * under the group, so two DAMO labs count as "DAMO Academy"), and by investors in common.
 */
async function findRelatedStartups(startupId: number): Promise<StartupProfile["related"]> {
  const prisma = await getPrisma();
  const select = Prisma.sql`s.slug, s."nameEn", s."nameZh", s.label, s."foundedYear"`;
  const [sameCity, sameUnit, sharedInvestors] = await Promise.all([
    prisma.$queryRaw<RelatedStartup[]>`
      SELECT ${select}, 'Also in ' || c."nameEn" AS reason
      FROM "Startup" me
      JOIN "City" c ON c.id = me."cityId" AND c."deletedAt" IS NULL
      JOIN "Startup" s ON s."cityId" = me."cityId" AND s.id <> me.id AND s."deletedAt" IS NULL
      WHERE me.id = ${startupId}
      ORDER BY abs(COALESCE(s."foundedYear", 0) - COALESCE(me."foundedYear", 0)), s.id
      LIMIT ${RELATED_LIMIT}`,
    prisma.$queryRaw<RelatedStartup[]>`
      WITH RECURSIVE my_units AS (
        SELECT o.id, o."parentId", o."nameEn" FROM "Founding" f
        JOIN "Employment" e ON e."personId" = f."personId" AND e."deletedAt" IS NULL
        JOIN "Organization" o ON o.id = e."organizationId" AND o.kind = 'ALIBABA_UNIT' AND o."deletedAt" IS NULL
        WHERE f."startupId" = ${startupId} AND f."deletedAt" IS NULL
        UNION
        SELECT p.id, p."parentId", p."nameEn" FROM "Organization" p JOIN my_units u ON u."parentId" = p.id
        WHERE p.kind = 'ALIBABA_UNIT' AND p."deletedAt" IS NULL
      ),
      divisions AS (
        -- A division sits directly under a root unit (the group); the root itself is too broad to relate by.
        SELECT d.id, d."nameEn" FROM my_units d JOIN "Organization" root ON root.id = d."parentId" AND root."parentId" IS NULL
      ),
      division_tree AS (
        SELECT id, id AS division_id FROM divisions
        UNION
        SELECT o.id, t.division_id FROM "Organization" o JOIN division_tree t ON o."parentId" = t.id
        WHERE o."deletedAt" IS NULL
      ),
      -- A sample of other founders from each division, not all of them: big divisions have thousands.
      candidates AS (
        SELECT d."nameEn" AS division, c."startupId" FROM divisions d
        CROSS JOIN LATERAL (
          SELECT f2."startupId" FROM division_tree t
          JOIN "Employment" e ON e."organizationId" = t.id AND e."deletedAt" IS NULL
          JOIN "Founding" f2 ON f2."personId" = e."personId" AND f2."deletedAt" IS NULL
          WHERE t.division_id = d.id AND f2."startupId" <> ${startupId}
          LIMIT 60
        ) c
      ),
      matches AS (
        SELECT "startupId", min(division) AS division FROM candidates GROUP BY "startupId"
      )
      SELECT ${select}, 'Founders also from ' || m.division AS reason
      FROM matches m JOIN "Startup" s ON s.id = m."startupId" AND s."deletedAt" IS NULL
      ORDER BY s."foundedYear" DESC NULLS LAST, lower(COALESCE(s."nameEn", s."nameZh", s.label)), s.id
      LIMIT ${RELATED_LIMIT}`,
    prisma.$queryRaw<RelatedStartup[]>`
      WITH my_investors AS (
        SELECT DISTINCT i."organizationId", i."personId" FROM "FundingRound" r
        JOIN "Investment" i ON i."roundId" = r.id AND i."deletedAt" IS NULL
        WHERE r."startupId" = ${startupId} AND r."deletedAt" IS NULL
      ),
      named AS (
        SELECT m.*, COALESCE(o."nameEn", p."nameEn", p."nameZh") AS name FROM my_investors m
        LEFT JOIN "Organization" o ON o.id = m."organizationId" AND o."deletedAt" IS NULL
        LEFT JOIN "Person" p ON p.id = m."personId" AND p."deletedAt" IS NULL
        WHERE o.id IS NOT NULL OR p.id IS NOT NULL
      ),
      -- A sample of each investor's other investments: a busy fund has thousands.
      candidates AS (
        SELECT n.name, c."startupId" FROM named n
        CROSS JOIN LATERAL (
          (SELECT r."startupId" FROM "Investment" i
           JOIN "FundingRound" r ON r.id = i."roundId" AND r."deletedAt" IS NULL
           WHERE i."deletedAt" IS NULL AND r."startupId" <> ${startupId} AND i."organizationId" = n."organizationId"
           LIMIT 60)
          UNION ALL
          (SELECT r."startupId" FROM "Investment" i
           JOIN "FundingRound" r ON r.id = i."roundId" AND r."deletedAt" IS NULL
           WHERE i."deletedAt" IS NULL AND r."startupId" <> ${startupId} AND i."personId" = n."personId"
           LIMIT 60)
        ) c
      ),
      matches AS (
        SELECT "startupId", min(name) AS investor, count(DISTINCT name) AS shared FROM candidates GROUP BY "startupId"
      )
      SELECT ${select}, 'Also backed by ' || m.investor AS reason
      FROM matches m JOIN "Startup" s ON s.id = m."startupId" AND s."deletedAt" IS NULL
      ORDER BY m.shared DESC, lower(COALESCE(s."nameEn", s."nameZh", s.label)), s.id
      LIMIT ${RELATED_LIMIT}`,
  ]);
  return { sameCity, sameUnit, sharedInvestors };
}
