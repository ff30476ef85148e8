import "server-only";
import { getPrisma } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { OrganizationKind } from "@/lib/generated/prisma/enums";

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
  /** The source does not say whether or when the job ended. */
  endNotStated: boolean;
  note: string | null;
  organization: OrganizationRef;
  /** The organisation's parents, outermost first: Alibaba Group → DAMO Academy → (this lab). */
  parents: OrganizationRef[];
  /** True for a unit of the Alibaba group. */
  alibaba: boolean;
};

export type Career = { personId: number; steps: CareerStep[] };

type EmploymentRow = Omit<CareerStep, "organization" | "parents" | "alibaba"> & {
  personId: number;
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
    SELECT e.id, e."personId", e.role, e."startYear", e."startMonth", e."endYear", e."endMonth", e."isCurrent", e."endNotStated",
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
