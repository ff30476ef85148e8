import "server-only";
import { cache } from "react";
import { getPrisma } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { AmountKind, FundingStage, OrganizationKind } from "@/lib/generated/prisma/enums";
import { PAGE_SIZE, type SimpleListParams } from "@/lib/validation/search-params";
import { getCitations, type RecordRef, type SourceNotes } from "./citations";
import { getAlibabaCareers, type CareerStep, type OrganizationRef } from "./people";
import { searchCondition } from "./search";
import type { Paginated } from "./startups";

// ---------------------------------------------------------------------------------------------
// Investors

export type InvestorListItem = {
  slug: string;
  nameEn: string;
  nameZh: string | null;
  kind: OrganizationKind;
  portfolio: number;
  rounds: number;
  leads: number;
};

const investorFilter = (q: string | null) => Prisma.sql`
  o."deletedAt" IS NULL AND o.kind <> 'ALIBABA_UNIT'
  ${q ? Prisma.sql`AND ${searchCondition("Organization", "o", q)}` : Prisma.empty}`;

/** Organisations with at least one recorded investment, most portfolio companies first. */
export const findInvestors = cache(
  async ({ params, pageSize = PAGE_SIZE }: { params: SimpleListParams; pageSize?: number }): Promise<
    Paginated<InvestorListItem>
  > => {
    const prisma = await getPrisma();
    const live = Prisma.sql`
      FROM "Organization" o
      JOIN "Investment" i ON i."organizationId" = o.id AND i."deletedAt" IS NULL
      JOIN "FundingRound" r ON r.id = i."roundId" AND r."deletedAt" IS NULL
      JOIN "Startup" s ON s.id = r."startupId" AND s."deletedAt" IS NULL
      WHERE ${investorFilter(params.q)}`;
    const [items, [count]] = await Promise.all([
      prisma.$queryRaw<InvestorListItem[]>`
        SELECT o.slug, o."nameEn", o."nameZh", o.kind::text AS kind,
               count(DISTINCT s.id)::int AS portfolio, count(DISTINCT r.id)::int AS rounds,
               count(DISTINCT r.id) FILTER (WHERE i."isLead")::int AS leads
        ${live}
        GROUP BY o.id
        ORDER BY count(DISTINCT s.id) DESC, lower(o."nameEn"), o.id
        LIMIT ${pageSize} OFFSET ${(params.page - 1) * pageSize}`,
      prisma.$queryRaw<{ total: number }[]>`SELECT count(DISTINCT o.id)::int AS total ${live}`,
    ]);
    const total = count?.total ?? 0;
    return { items, total, page: params.page, pageSize, pageCount: Math.max(1, Math.ceil(total / pageSize)) };
  },
);

export type InvestorRound = {
  id: number;
  announcedOn: string | null;
  datePrecision: string | null;
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
  portfolio: { slug: string; nameEn: string | null; nameZh: string | null; label: string | null; foundedYear: number | null; city: string | null }[];
  rounds: InvestorRound[];
  people: InvestorPerson[];
  sources: SourceNotes;
};

const loadInvestor = cache(async (slug: string): Promise<InvestorProfile | null> => {
  const prisma = await getPrisma();
  const organization = await prisma.organization.findFirst({
    where: { slug, deletedAt: null, kind: { not: "ALIBABA_UNIT" } },
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
      investments: {
        where: { deletedAt: null, round: { deletedAt: null, startup: { deletedAt: null } } },
        select: {
          id: true,
          isLead: true,
          round: {
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
              startup: {
                select: {
                  slug: true,
                  nameEn: true,
                  nameZh: true,
                  label: true,
                  foundedYear: true,
                  city: { select: { nameEn: true, deletedAt: true } },
                },
              },
            },
          },
        },
      },
      employments: {
        where: { deletedAt: null, person: { deletedAt: null } },
        orderBy: { id: "asc" },
        select: {
          id: true,
          role: true,
          startYear: true,
          endYear: true,
          isCurrent: true,
          note: true,
          person: { select: { id: true, slug: true, nameEn: true, nameZh: true } },
        },
      },
    },
  });
  if (!organization) return null;
  // A firm that neither invested nor employs anyone recorded is not an investor page.
  if (organization.investments.length === 0 && organization.kind !== "INVESTMENT_FIRM") return null;

  const careers = await getAlibabaCareers({ personIds: organization.employments.map((e) => e.person.id) });
  const rounds: InvestorRound[] = organization.investments
    .map((investment) => ({
      id: investment.round.id,
      investmentId: investment.id,
      announcedOn: investment.round.announcedOn?.toISOString().slice(0, 10) ?? null,
      datePrecision: investment.round.datePrecision,
      stage: investment.round.stage,
      stageLabel: investment.round.stageLabel,
      amountKind: investment.round.amountKind,
      amountLow: investment.round.amountLow?.toString() ?? null,
      amountHigh: investment.round.amountHigh?.toString() ?? null,
      currency: investment.round.currency,
      isLead: investment.isLead,
      startup: {
        slug: investment.round.startup.slug,
        nameEn: investment.round.startup.nameEn,
        nameZh: investment.round.startup.nameZh,
        label: investment.round.startup.label,
      },
    }))
    .sort(
      (a, b) =>
        (a.announcedOn ?? "9999").localeCompare(b.announcedOn ?? "9999") ||
        (a.startup.nameEn ?? "").localeCompare(b.startup.nameEn ?? "") ||
        a.id - b.id,
    );
  const portfolio = new Map<string, InvestorProfile["portfolio"][number]>();
  for (const investment of organization.investments) {
    const startup = investment.round.startup;
    portfolio.set(startup.slug, {
      slug: startup.slug,
      nameEn: startup.nameEn,
      nameZh: startup.nameZh,
      label: startup.label,
      foundedYear: startup.foundedYear,
      city: startup.city && !startup.city.deletedAt ? startup.city.nameEn : null,
    });
  }
  const records: RecordRef[] = [
    { recordType: "ORGANIZATION", recordId: organization.id },
    ...organization.employments.map((e) => ({ recordType: "EMPLOYMENT" as const, recordId: e.id })),
    ...careers.flatMap((c) => c.steps.map((s) => ({ recordType: "EMPLOYMENT" as const, recordId: s.id }))),
    ...organization.investments.map((i) => ({ recordType: "INVESTMENT" as const, recordId: i.id })),
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
    portfolio: [...portfolio.values()].sort((a, b) =>
      (a.nameEn ?? a.nameZh ?? a.label ?? "").localeCompare(b.nameEn ?? b.nameZh ?? b.label ?? ""),
    ),
    rounds,
    people: organization.employments.map((e) => ({
      employmentId: e.id,
      role: e.role,
      startYear: e.startYear,
      endYear: e.endYear,
      isCurrent: e.isCurrent,
      note: e.note,
      person: e.person,
      alibaba: careers.find((c) => c.personId === e.person.id)?.steps ?? [],
    })),
    sources: await getCitations({ records }),
  };
});

/** An investor's page: portfolio, rounds, its people and their Alibaba links, sources. */
export function getInvestorBySlug({ slug }: { slug: string }): Promise<InvestorProfile | null> {
  return loadInvestor(slug);
}

// ---------------------------------------------------------------------------------------------
// Alibaba units

export type UnitTreeNode = {
  slug: string;
  nameEn: string;
  nameZh: string | null;
  depth: number;
  /** Founders of tracked start-ups who worked in this unit or a unit below it. */
  alumniFounders: number;
};

/** Every Alibaba unit, in tree order, with how many founders came out of it (subtree included). */
export const getUnitTree = cache(async (): Promise<UnitTreeNode[]> => {
  const prisma = await getPrisma();
  return prisma.$queryRaw<UnitTreeNode[]>`
    WITH RECURSIVE tree AS (
      SELECT id, slug, "nameEn", "nameZh", 0 AS depth, ARRAY[lower("nameEn")] AS path, ARRAY[id] AS ancestors
      FROM "Organization" WHERE kind = 'ALIBABA_UNIT' AND "parentId" IS NULL AND "deletedAt" IS NULL
      UNION ALL
      SELECT o.id, o.slug, o."nameEn", o."nameZh", t.depth + 1, t.path || lower(o."nameEn"), t.ancestors || o.id
      FROM "Organization" o JOIN tree t ON o."parentId" = t.id
      WHERE o.kind = 'ALIBABA_UNIT' AND o."deletedAt" IS NULL AND t.depth < 10
    ),
    founders AS (
      SELECT DISTINCT e."personId", e."organizationId" FROM "Employment" e
      JOIN "Founding" f ON f."personId" = e."personId" AND f."deletedAt" IS NULL
      JOIN "Startup" s ON s.id = f."startupId" AND s."deletedAt" IS NULL
      JOIN "Person" p ON p.id = e."personId" AND p."deletedAt" IS NULL
      WHERE e."deletedAt" IS NULL
    )
    SELECT t.slug, t."nameEn", t."nameZh", t.depth,
           (SELECT count(DISTINCT fo."personId")::int FROM founders fo JOIN tree d ON d.id = fo."organizationId"
            WHERE t.id = ANY(d.ancestors)) AS "alumniFounders"
    FROM tree t ORDER BY t.path`;
});

export type UnitAlumnus = {
  person: { slug: string; nameEn: string | null; nameZh: string | null };
  employment: {
    id: number;
    role: string | null;
    startYear: number | null;
    endYear: number | null;
    isCurrent: boolean;
    unit: { slug: string; nameEn: string };
  };
  startups: { slug: string; nameEn: string | null; nameZh: string | null; label: string | null; foundedYear: number | null }[];
};

export type UnitProfile = {
  id: number;
  slug: string;
  nameEn: string;
  nameZh: string | null;
  aliases: string[];
  description: string | null;
  updatedAt: string;
  parents: OrganizationRef[];
  children: { slug: string; nameEn: string; nameZh: string | null }[];
  alumni: UnitAlumnus[];
  startupCount: number;
  sources: SourceNotes;
};

const loadUnit = cache(async (slug: string): Promise<UnitProfile | null> => {
  const prisma = await getPrisma();
  const unit = await prisma.organization.findFirst({
    where: { slug, deletedAt: null, kind: "ALIBABA_UNIT" },
    select: {
      id: true,
      slug: true,
      nameEn: true,
      nameZh: true,
      aliases: true,
      description: true,
      updatedAt: true,
      parentId: true,
      children: {
        where: { deletedAt: null, kind: "ALIBABA_UNIT" },
        orderBy: { nameEn: "asc" },
        select: { slug: true, nameEn: true, nameZh: true },
      },
    },
  });
  if (!unit) return null;
  const [parents, rows] = await Promise.all([
    prisma.$queryRaw<(OrganizationRef & { depth: number })[]>`
      WITH RECURSIVE up AS (
        SELECT id, "parentId", slug, "nameEn", "nameZh", kind, 0 AS depth FROM "Organization" WHERE id = ${unit.parentId}
        UNION
        SELECT o.id, o."parentId", o.slug, o."nameEn", o."nameZh", o.kind, up.depth + 1
        FROM "Organization" o JOIN up ON up."parentId" = o.id WHERE up.depth < 10
      )
      SELECT slug, "nameEn", "nameZh", kind::text AS kind, depth FROM up ORDER BY depth DESC`,
    prisma.$queryRaw<
      {
        employment_id: number;
        role: string | null;
        start_year: number | null;
        end_year: number | null;
        is_current: boolean;
        unit_slug: string;
        unit_name: string;
        person_slug: string;
        person_name_en: string | null;
        person_name_zh: string | null;
        startups: UnitAlumnus["startups"];
      }[]
    >`
      WITH RECURSIVE tree AS (
        SELECT id FROM "Organization" WHERE id = ${unit.id}
        UNION
        SELECT o.id FROM "Organization" o JOIN tree t ON o."parentId" = t.id WHERE o."deletedAt" IS NULL
      )
      SELECT e.id AS employment_id, e.role, e."startYear" AS start_year, e."endYear" AS end_year,
             e."isCurrent" AS is_current, o.slug AS unit_slug, o."nameEn" AS unit_name,
             p.slug AS person_slug, p."nameEn" AS person_name_en, p."nameZh" AS person_name_zh,
             founded.startups
      FROM tree
      JOIN "Employment" e ON e."organizationId" = tree.id AND e."deletedAt" IS NULL
      JOIN "Organization" o ON o.id = e."organizationId"
      JOIN "Person" p ON p.id = e."personId" AND p."deletedAt" IS NULL
      CROSS JOIN LATERAL (
        SELECT json_agg(json_build_object('slug', s.slug, 'nameEn', s."nameEn", 'nameZh', s."nameZh", 'label', s.label,
                                          'foundedYear', s."foundedYear") ORDER BY s."foundedYear" NULLS LAST, s.id) AS startups
        FROM "Founding" f JOIN "Startup" s ON s.id = f."startupId" AND s."deletedAt" IS NULL
        WHERE f."personId" = p.id AND f."deletedAt" IS NULL
      ) founded
      WHERE founded.startups IS NOT NULL
      ORDER BY e."endYear" DESC NULLS LAST, lower(COALESCE(p."nameEn", p."nameZh")), e.id
      LIMIT 500`,
  ]);
  const alumni: UnitAlumnus[] = rows.map((row) => ({
    person: { slug: row.person_slug, nameEn: row.person_name_en, nameZh: row.person_name_zh },
    employment: {
      id: row.employment_id,
      role: row.role,
      startYear: row.start_year,
      endYear: row.end_year,
      isCurrent: row.is_current,
      unit: { slug: row.unit_slug, nameEn: row.unit_name },
    },
    startups: row.startups,
  }));
  const startupCount = new Set(alumni.flatMap((a) => a.startups.map((s) => s.slug))).size;
  const records: RecordRef[] = [
    { recordType: "ORGANIZATION", recordId: unit.id },
    ...alumni.map((a) => ({ recordType: "EMPLOYMENT" as const, recordId: a.employment.id })),
  ];
  return {
    id: unit.id,
    slug: unit.slug,
    nameEn: unit.nameEn,
    nameZh: unit.nameZh,
    aliases: unit.aliases,
    description: unit.description,
    updatedAt: unit.updatedAt.toISOString(),
    parents: parents.map(({ depth: _depth, ...parent }) => {
      void _depth;
      return parent;
    }),
    children: unit.children,
    alumni,
    startupCount,
    sources: await getCitations({ records }),
  };
});

/** An Alibaba unit's page: where it sits in the group, and the alumni who left it to found start-ups. */
export function getUnitBySlug({ slug }: { slug: string }): Promise<UnitProfile | null> {
  return loadUnit(slug);
}
