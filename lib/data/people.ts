import "server-only";
import { cache } from "react";
import { getPrisma } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { FoundingRole, FundingStage, OrganizationKind } from "@/lib/generated/prisma/enums";
import { PAGE_SIZE, pageOffset, paginated, type Paginated } from "@/lib/pagination";
import type { SimpleListParams } from "@/lib/validation/search-params";
import { getCitations, type RecordRef, type SourceNotes } from "./citations";
import { searchCondition } from "./search";

export type OrganizationRef = { slug: string; nameEn: string; nameZh: string | null; kind: OrganizationKind };

export type CareerStep = {
  /** The Employment id (for its citations). */
  id: number;
  role: string | null;
  startYear: number | null;
  startMonth: number | null;
  endYear: number | null;
  endMonth: number | null;
  isCurrent: boolean;
  note: string | null;
  organization: OrganizationRef;
  /** The organisation's parents, outermost first: Alibaba Group → DAMO Academy → (this lab). */
  parents: OrganizationRef[];
  /** True for a unit of the Alibaba group. */
  alibaba: boolean;
};

export type Career = { personId: number; steps: CareerStep[] };

type EmploymentRow = {
  id: number;
  personId: number;
  role: string | null;
  startYear: number | null;
  startMonth: number | null;
  endYear: number | null;
  endMonth: number | null;
  isCurrent: boolean;
  note: string | null;
  organizationId: number;
};

type OrganizationRow = OrganizationRef & { id: number; parentId: number | null };

/**
 * The careers of some people: every live employment, oldest first (undated last), each with its
 * organisation's chain of parents. `alibabaOnly` keeps the Alibaba units, for start-up profiles.
 */
export async function getAlibabaCareers({
  personIds,
  alibabaOnly = true,
}: {
  personIds: number[];
  alibabaOnly?: boolean;
}): Promise<Career[]> {
  if (personIds.length === 0) return [];
  const prisma = await getPrisma();
  const employments = await prisma.$queryRaw<EmploymentRow[]>`
    SELECT e.id, e."personId", e.role, e."startYear", e."startMonth", e."endYear", e."endMonth", e."isCurrent",
           e.note, e."organizationId"
    FROM "Employment" e
    JOIN "Organization" o ON o.id = e."organizationId" AND o."deletedAt" IS NULL
    WHERE e."deletedAt" IS NULL AND e."personId" IN (${Prisma.join(personIds)})
      ${alibabaOnly ? Prisma.sql`AND o.kind = 'ALIBABA_UNIT'` : Prisma.empty}
    ORDER BY e."personId", e."startYear" ASC NULLS LAST, e."startMonth" ASC NULLS LAST, e.id`;
  if (employments.length === 0) return personIds.map((personId) => ({ personId, steps: [] }));

  // The organisations and all their ancestors, in one recursive walk up the tree.
  const organizations = await prisma.$queryRaw<OrganizationRow[]>`
    WITH RECURSIVE up AS (
      SELECT id, "parentId", slug, "nameEn", "nameZh", kind, 0 AS depth FROM "Organization"
      WHERE id IN (${Prisma.join([...new Set(employments.map((e) => e.organizationId))])})
      UNION
      SELECT o.id, o."parentId", o.slug, o."nameEn", o."nameZh", o.kind, up.depth + 1 FROM "Organization" o
      JOIN up ON up."parentId" = o.id WHERE o."deletedAt" IS NULL AND up.depth < 10
    )
    SELECT DISTINCT id, "parentId", slug, "nameEn", "nameZh", kind::text AS kind FROM up`;
  const byId = new Map(organizations.map((o) => [o.id, o]));
  const ref = (o: OrganizationRow): OrganizationRef => ({
    slug: o.slug,
    nameEn: o.nameEn,
    nameZh: o.nameZh,
    kind: o.kind,
  });
  const parentsOf = (id: number): OrganizationRef[] => {
    const chain: OrganizationRef[] = [];
    const seen = new Set<number>([id]);
    let parentId = byId.get(id)?.parentId ?? null;
    while (parentId !== null && !seen.has(parentId)) {
      const parent = byId.get(parentId);
      if (!parent) break;
      chain.unshift(ref(parent));
      seen.add(parentId);
      parentId = parent.parentId;
    }
    return chain;
  };

  return personIds.map((personId) => ({
    personId,
    steps: employments
      .filter((e) => e.personId === personId && byId.has(e.organizationId))
      .map((e) => {
        const organization = byId.get(e.organizationId)!;
        const { organizationId: _organizationId, personId: _personId, ...step } = e;
        void _organizationId;
        void _personId;
        return {
          ...step,
          organization: ref(organization),
          parents: parentsOf(organization.id),
          alibaba: organization.kind === "ALIBABA_UNIT",
        };
      }),
  }));
}

// ---------------------------------------------------------------------------------------------
// Founders list

export type FounderListItem = {
  slug: string;
  nameEn: string | null;
  nameZh: string | null;
  startups: { slug: string; name: string }[];
  /** The Alibaba units they worked in, as recorded (the most specific unit). */
  units: { slug: string; nameEn: string }[];
};

const founderFilter = (q: string | null) =>
  Prisma.sql`p."deletedAt" IS NULL
    AND EXISTS (SELECT 1 FROM "Founding" f JOIN "Startup" s ON s.id = f."startupId" AND s."deletedAt" IS NULL
                WHERE f."personId" = p.id AND f."deletedAt" IS NULL)
    ${q ? Prisma.sql`AND ${searchCondition("Person", "p", q)}` : Prisma.empty}`;

/** People who founded at least one tracked start-up, by name, a page at a time. */
export const findFounders = cache(
  async ({
    params,
    pageSize = PAGE_SIZE,
  }: {
    params: SimpleListParams;
    pageSize?: number;
  }): Promise<Paginated<FounderListItem>> => {
    const prisma = await getPrisma();
    const [items, [count]] = await Promise.all([
      prisma.$queryRaw<
        (Omit<FounderListItem, "startups" | "units"> & {
          startups: FounderListItem["startups"];
          units: FounderListItem["units"] | null;
        })[]
      >`
        SELECT p.slug, p."nameEn", p."nameZh",
          (SELECT json_agg(json_build_object('slug', s.slug, 'name', COALESCE(s."nameEn", s."nameZh", s.label)) ORDER BY s."foundedYear" NULLS LAST, s.id)
           FROM "Founding" f JOIN "Startup" s ON s.id = f."startupId" AND s."deletedAt" IS NULL
           WHERE f."personId" = p.id AND f."deletedAt" IS NULL) AS startups,
          (SELECT json_agg(DISTINCT jsonb_build_object('slug', o.slug, 'nameEn', o."nameEn"))
           FROM "Employment" e JOIN "Organization" o ON o.id = e."organizationId" AND o.kind = 'ALIBABA_UNIT' AND o."deletedAt" IS NULL
           WHERE e."personId" = p.id AND e."deletedAt" IS NULL) AS units
        FROM "Person" p
        WHERE ${founderFilter(params.q)}
        ORDER BY lower(COALESCE(p."nameEn", p."nameZh")), p.id
        LIMIT ${pageSize} OFFSET ${pageOffset(params.page, pageSize)}`,
      params.q
        ? prisma.$queryRaw<
            { total: number }[]
          >`SELECT count(*)::int AS total FROM "Person" p WHERE ${founderFilter(params.q)}`
        : // Unfiltered, the same count read from Founding alone: its live (personId, startupId) index
          // in person order, minus the few deleted people and start-ups found through their deletedAt
          // indexes. Joining every person to every founding to every start-up took ~200 ms at 100,000 start-ups.
          prisma.$queryRaw<{ total: number }[]>`
            SELECT count(*)::int AS total FROM (
              SELECT DISTINCT f."personId" FROM "Founding" f
              WHERE f."deletedAt" IS NULL
                AND NOT EXISTS (SELECT 1 FROM "Person" p WHERE p.id = f."personId" AND p."deletedAt" IS NOT NULL)
                AND NOT EXISTS (SELECT 1 FROM "Startup" s WHERE s.id = f."startupId" AND s."deletedAt" IS NOT NULL)
            ) founders`,
    ]);
    return paginated(
      items.map((item) => ({ ...item, units: item.units ?? [] })),
      { total: count?.total ?? 0, page: params.page, pageSize },
    );
  },
);

// ---------------------------------------------------------------------------------------------
// Person profile

export type PersonProfile = {
  id: number;
  slug: string;
  nameEn: string | null;
  nameZh: string | null;
  aliases: string[];
  bio: string | null;
  updatedAt: string;
  career: CareerStep[];
  foundings: {
    id: number;
    role: FoundingRole;
    title: string | null;
    startup: {
      slug: string;
      nameEn: string | null;
      nameZh: string | null;
      label: string | null;
      foundedYear: number | null;
      city: string | null;
    };
  }[];
  investments: {
    id: number;
    isLead: boolean;
    note: string | null;
    round: { stage: FundingStage; announcedOn: string | null };
    startup: { slug: string; nameEn: string | null; nameZh: string | null; label: string | null };
  }[];
  sources: SourceNotes;
};

const loadPerson = cache(async (slug: string): Promise<PersonProfile | null> => {
  const prisma = await getPrisma();
  const person = await prisma.person.findFirst({
    where: { slug, deletedAt: null },
    select: {
      id: true,
      slug: true,
      nameEn: true,
      nameZh: true,
      aliases: true,
      bio: true,
      updatedAt: true,
      foundings: {
        where: { deletedAt: null, startup: { deletedAt: null } },
        orderBy: [{ startup: { foundedYear: { sort: "asc", nulls: "last" } } }, { id: "asc" }],
        select: {
          id: true,
          role: true,
          title: true,
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
      investments: {
        where: { deletedAt: null, round: { deletedAt: null, startup: { deletedAt: null } } },
        orderBy: { id: "asc" },
        select: {
          id: true,
          isLead: true,
          note: true,
          round: {
            select: {
              stage: true,
              announcedOn: true,
              startup: { select: { slug: true, nameEn: true, nameZh: true, label: true } },
            },
          },
        },
      },
    },
  });
  if (!person) return null;
  const [career] = await getAlibabaCareers({ personIds: [person.id], alibabaOnly: false });
  const steps = career?.steps ?? [];
  const records: RecordRef[] = [
    { recordType: "PERSON", recordId: person.id },
    ...steps.map((step) => ({ recordType: "EMPLOYMENT" as const, recordId: step.id })),
    ...person.foundings.map((f) => ({ recordType: "FOUNDING" as const, recordId: f.id })),
    ...person.investments.map((i) => ({ recordType: "INVESTMENT" as const, recordId: i.id })),
  ];
  return {
    id: person.id,
    slug: person.slug,
    nameEn: person.nameEn,
    nameZh: person.nameZh,
    aliases: person.aliases,
    bio: person.bio,
    updatedAt: person.updatedAt.toISOString(),
    career: steps,
    foundings: person.foundings.map((f) => ({
      id: f.id,
      role: f.role,
      title: f.title,
      startup: {
        slug: f.startup.slug,
        nameEn: f.startup.nameEn,
        nameZh: f.startup.nameZh,
        label: f.startup.label,
        foundedYear: f.startup.foundedYear,
        city: f.startup.city && !f.startup.city.deletedAt ? f.startup.city.nameEn : null,
      },
    })),
    investments: person.investments.map((i) => ({
      id: i.id,
      isLead: i.isLead,
      note: i.note,
      round: { stage: i.round.stage, announcedOn: i.round.announcedOn?.toISOString().slice(0, 10) ?? null },
      startup: i.round.startup,
    })),
    sources: await getCitations({ records }),
  };
});

/** A person's page: bio, career (Alibaba units marked), start-ups founded, investments made, sources. */
export function getPersonBySlug({ slug }: { slug: string }): Promise<PersonProfile | null> {
  return loadPerson(slug);
}
