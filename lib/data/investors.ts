import "server-only";
import { cachedRead } from "@/lib/data/cached-read";
import { RECORDS_TAG, pageTag } from "@/lib/data/cache-tags";
import { cache } from "react";
import { getPrisma } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { AmountKind, FundingStage, OrganizationKind } from "@/lib/generated/prisma/enums";
import { PAGE_SIZE, pageOffset, paginated, type ListOptions, type Paginated } from "@/lib/pagination";
import type { InvestorListParams } from "@/lib/validation/search-params";
import { getAlibabaCareers, type CareerStep } from "./careers";
import { getCitations, type RecordRef, type SourceNotes } from "./citations";
import { organizationIsInvestor, personIsInvestor } from "./investor-definition";
import { searchCondition } from "./search";

export type InvestorListItem = {
  /** Organisations have investor pages; people invest personally and have person pages. */
  type: "organization" | "person";
  slug: string;
  href: string;
  nameEn: string | null;
  nameZh: string | null;
  /** The organisation's kind; null for a person. */
  kind: OrganizationKind | null;
  portfolio: number;
  rounds: number;
  leads: number;
};

type InvestorRow = Omit<InvestorListItem, "href">;

/**
 * Investors (lib/data/investor-definition.ts: organisations of any kind and people with a live
 * investment), by name or by a count. By name the counts are computed for the page's rows only;
 * by a count they are computed for every investor the search matches, then ranked (ties by name).
 */
export const findInvestors = cachedRead(
  "investors",
  () => [pageTag("/investors"), RECORDS_TAG],
  async ({ params, pageSize = PAGE_SIZE }: ListOptions<InvestorListParams>): Promise<Paginated<InvestorListItem>> => {
    const prisma = await getPrisma();
    const q = params.q;
    const investors = Prisma.sql`
      SELECT 'organization' AS type, o.id, o.slug, o."nameEn", o."nameZh", o.kind::text AS kind
      FROM "Organization" o
      WHERE ${organizationIsInvestor("o")} ${q ? Prisma.sql`AND ${searchCondition("Organization", "o", q)}` : Prisma.empty}
      UNION ALL
      SELECT 'person', p.id, p.slug, p."nameEn", p."nameZh", NULL
      FROM "Person" p
      WHERE ${personIsInvestor("p")} ${q ? Prisma.sql`AND ${searchCondition("Person", "p", q)}` : Prisma.empty}`;
    const counts = (alias: string) => Prisma.sql`
        CROSS JOIN LATERAL (
          SELECT count(DISTINCT s.id)::int AS portfolio, count(DISTINCT r.id)::int AS rounds,
                 count(DISTINCT r.id) FILTER (WHERE i."isLead")::int AS leads
          FROM "Investment" i
          JOIN "FundingRound" r ON r.id = i."roundId" AND r."deletedAt" IS NULL
          JOIN "Startup" s ON s.id = r."startupId" AND s."deletedAt" IS NULL
          WHERE i."deletedAt" IS NULL
            AND (CASE WHEN ${Prisma.raw(alias)}.type = 'organization' THEN i."organizationId" ELSE i."personId" END) = ${Prisma.raw(alias)}.id
        ) counts`;
    const direction = params.order === "desc" ? Prisma.sql`DESC` : Prisma.sql`ASC`;
    const byName = (alias: string) =>
      Prisma.sql`lower(COALESCE(${Prisma.raw(alias)}."nameEn", ${Prisma.raw(alias)}."nameZh")) ${direction}, ${Prisma.raw(alias)}.type, ${Prisma.raw(alias)}.id`;
    const countColumn = { portfolio: "portfolio", rounds: "rounds", led: "leads", name: null }[params.sort];
    const offset = pageOffset(params.page, pageSize);
    const page =
      countColumn === null
        ? Prisma.sql`
        SELECT page.type, page.slug, page."nameEn", page."nameZh", page.kind, counts.portfolio, counts.rounds, counts.leads
        FROM (
          SELECT * FROM (${investors}) investor ORDER BY ${byName("investor")} LIMIT ${pageSize} OFFSET ${offset}
        ) page
        ${counts("page")}
        ORDER BY ${byName("page")}`
        : Prisma.sql`
        SELECT investor.type, investor.slug, investor."nameEn", investor."nameZh", investor.kind,
               counts.portfolio, counts.rounds, counts.leads
        FROM (${investors}) investor
        ${counts("investor")}
        ORDER BY counts.${Prisma.raw(`"${countColumn}"`)} ${direction},
                 lower(COALESCE(investor."nameEn", investor."nameZh")), investor.type, investor.id
        LIMIT ${pageSize} OFFSET ${offset}`;
    const [rows, [count]] = await Promise.all([
      prisma.$queryRaw<InvestorRow[]>(page),
      prisma.$queryRaw<{ total: number }[]>`SELECT count(*)::int AS total FROM (${investors}) investor`,
    ]);
    const items = rows.map((row) => ({
      ...row,
      href: row.type === "organization" ? `/investors/${row.slug}` : `/founders/${row.slug}`,
    }));
    return paginated(items, { total: count?.total ?? 0, page: params.page, pageSize });
  },
);

export type InvestorRound = {
  id: number;
  announcedOn: string | null;
  datePrecision: string | null;
  announcedUntil: string | null;
  untilPrecision: string | null;
  stage: FundingStage;
  stageLabel: string | null;
  amountKind: AmountKind;
  amountLow: string | null;
  amountHigh: string | null;
  currency: string | null;
  isLead: boolean;
  investmentId: number;
  startup: { slug: string; nameEn: string | null; nameZh: string | null; label: string | null };
};

export type InvestorPerson = {
  employmentId: number;
  role: string | null;
  startYear: number | null;
  endYear: number | null;
  isCurrent: boolean;
  endNotStated: boolean;
  note: string | null;
  person: { id: number; slug: string; nameEn: string | null; nameZh: string | null };
  /** The person's Alibaba career: how this firm links to the group. */
  alibaba: CareerStep[];
};

export type InvestorProfile = {
  id: number;
  slug: string;
  nameEn: string;
  nameZh: string | null;
  aliases: string[];
  kind: OrganizationKind;
  description: string | null;
  website: string | null;
  updatedAt: string;
  /** Counted in SQL over all live rounds; the lists below may show only the first part. */
  portfolioCount: number;
  roundCount: number;
  leadCount: number;
  portfolio: {
    slug: string;
    nameEn: string | null;
    nameZh: string | null;
    label: string | null;
    foundedYear: number | null;
    city: string | null;
  }[];
  /** The most recent rounds, up to INVESTOR_ROUNDS_SHOWN. */
  rounds: InvestorRound[];
  people: InvestorPerson[];
  sources: SourceNotes;
};

export const INVESTOR_ROUNDS_SHOWN = 50;
export const INVESTOR_PORTFOLIO_SHOWN = 60;

type InvestorRoundRow = Omit<InvestorRound, "startup"> & {
  startup_slug: string;
  startup_name_en: string | null;
  startup_name_zh: string | null;
  startup_label: string | null;
};

const loadInvestor = cache(async (slug: string, deleted = false): Promise<InvestorProfile | null> => {
  const prisma = await getPrisma();
  const organization = await prisma.organization.findFirst({
    // Any kind of organisation can invest (Alibaba Group backed XPeng); see investor-definition.ts.
    where: { slug, deletedAt: deleted ? { not: null } : null },
    select: {
      id: true,
      slug: true,
      nameEn: true,
      nameZh: true,
      aliases: true,
      kind: true,
      description: true,
      website: true,
      updatedAt: true,
      employments: {
        where: { deletedAt: null, person: { deletedAt: null } },
        orderBy: { id: "asc" },
        take: 100,
        select: {
          id: true,
          role: true,
          startYear: true,
          endYear: true,
          isCurrent: true,
          endNotStated: true,
          note: true,
          person: { select: { id: true, slug: true, nameEn: true, nameZh: true, label: true } },
        },
      },
    },
  });
  if (!organization) return null;
  const live = Prisma.sql`
    FROM "Investment" i
    JOIN "FundingRound" r ON r.id = i."roundId" AND r."deletedAt" IS NULL
    JOIN "Startup" s ON s.id = r."startupId" AND s."deletedAt" IS NULL
    WHERE i."organizationId" = ${organization.id} AND i."deletedAt" IS NULL`;
  const [[counts], roundRows, portfolio, careers] = await Promise.all([
    // Read from Investment_live_organization_idx; deleted start-ups excluded by an anti-join on the
    // few deleted rows rather than a join to every start-up. An organisation invests at most once per
    // round (unique roundId, organizationId), so its investments count its rounds without DISTINCT.
    prisma.$queryRaw<{ portfolio: number; rounds: number; leads: number }[]>`
      SELECT count(DISTINCT r."startupId")::int AS portfolio, count(*)::int AS rounds,
             count(*) FILTER (WHERE i."isLead")::int AS leads
      FROM "Investment" i
      JOIN "FundingRound" r ON r.id = i."roundId" AND r."deletedAt" IS NULL
      WHERE i."organizationId" = ${organization.id} AND i."deletedAt" IS NULL
        AND NOT EXISTS (SELECT 1 FROM "Startup" s WHERE s.id = r."startupId" AND s."deletedAt" IS NOT NULL)`,
    prisma.$queryRaw<InvestorRoundRow[]>`
      SELECT r.id, i.id AS "investmentId", to_char(r."announcedOn", 'YYYY-MM-DD') AS "announcedOn",
             r."datePrecision"::text AS "datePrecision", to_char(r."announcedUntil", 'YYYY-MM-DD') AS "announcedUntil",
             r."untilPrecision"::text AS "untilPrecision", r.stage::text AS stage, r."stageLabel",
             r."amountKind"::text AS "amountKind", r."amountLow"::text AS "amountLow", r."amountHigh"::text AS "amountHigh",
             r.currency, i."isLead", s.slug AS startup_slug, s."nameEn" AS startup_name_en, s."nameZh" AS startup_name_zh,
             s.label AS startup_label
      ${live}
      ORDER BY r."announcedOn" DESC NULLS LAST, lower(COALESCE(s."nameEn", s."nameZh", s.label)), r.id
      LIMIT ${INVESTOR_ROUNDS_SHOWN}`,
    prisma.$queryRaw<InvestorProfile["portfolio"]>`
      SELECT DISTINCT ON (lower(COALESCE(s."nameEn", s."nameZh", s.label)), s.id)
             s.slug, s."nameEn", s."nameZh", s.label, s."foundedYear", c."nameEn" AS city
      FROM "Investment" i
      JOIN "FundingRound" r ON r.id = i."roundId" AND r."deletedAt" IS NULL
      JOIN "Startup" s ON s.id = r."startupId" AND s."deletedAt" IS NULL
      LEFT JOIN "City" c ON c.id = s."cityId" AND c."deletedAt" IS NULL
      WHERE i."organizationId" = ${organization.id} AND i."deletedAt" IS NULL
      ORDER BY lower(COALESCE(s."nameEn", s."nameZh", s.label)), s.id
      LIMIT ${INVESTOR_PORTFOLIO_SHOWN}`,
    getAlibabaCareers({ personIds: organization.employments.map((e) => e.person.id) }),
  ]);
  const roundCount = counts?.rounds ?? 0;
  // A company that never invested is not an investor page; a firm is, even before its first recorded round.
  if (roundCount === 0 && organization.kind !== "INVESTMENT_FIRM") return null;
  const rounds: InvestorRound[] = roundRows.map(
    ({ startup_slug, startup_name_en, startup_name_zh, startup_label, ...round }) => ({
      ...round,
      startup: { slug: startup_slug, nameEn: startup_name_en, nameZh: startup_name_zh, label: startup_label },
    }),
  );
  const records: RecordRef[] = [
    { recordType: "ORGANIZATION", recordId: organization.id },
    ...organization.employments.map((e) => ({ recordType: "EMPLOYMENT" as const, recordId: e.id })),
    ...careers.flatMap((c) => c.steps.map((step) => ({ recordType: "EMPLOYMENT" as const, recordId: step.id }))),
    ...rounds.map((round) => ({ recordType: "INVESTMENT" as const, recordId: round.investmentId })),
    // The rounds too: their amounts and dates are shown, so their conflicting claims are as well.
    ...rounds.map((round) => ({ recordType: "FUNDING_ROUND" as const, recordId: round.id })),
  ];
  return {
    id: organization.id,
    slug: organization.slug,
    nameEn: organization.nameEn,
    nameZh: organization.nameZh,
    aliases: organization.aliases,
    kind: organization.kind,
    description: organization.description,
    website: organization.website,
    updatedAt: organization.updatedAt.toISOString(),
    portfolioCount: counts?.portfolio ?? 0,
    roundCount,
    leadCount: counts?.leads ?? 0,
    portfolio,
    rounds,
    people: organization.employments.map((e) => ({
      employmentId: e.id,
      role: e.role,
      startYear: e.startYear,
      endYear: e.endYear,
      isCurrent: e.isCurrent,
      endNotStated: e.endNotStated,
      note: e.note,
      person: e.person,
      alibaba: careers.find((c) => c.personId === e.person.id)?.steps ?? [],
    })),
    sources: await getCitations({ records }),
  };
});

/** An investor's page: portfolio, rounds, its people and their Alibaba links, sources. */
export const getInvestorBySlug = cachedRead(
  "investor",
  ({ slug }: { slug: string }) => [pageTag(`/investors/${slug}`), RECORDS_TAG],
  ({ slug }: { slug: string }): Promise<InvestorProfile | null> => loadInvestor(slug),
);

/**
 * A investor deleted since, for its page `?asOf=` a date before the deletion (lib/data/as-of/profiles.ts
 * decides whether it existed then). Not cached: asked for only by dated views of deleted records.
 */
export const getDeletedInvestorBySlug = (slug: string): Promise<InvestorProfile | null> => loadInvestor(slug, true);
