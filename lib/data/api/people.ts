import "server-only";
import { getPrisma } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { KeysetCursor } from "@/lib/api/cursor";
import { employmentLinks, foundingLinks, personLinks } from "@/lib/api/links";
import type { ApiPerson, ApiPersonListItem } from "@/lib/api/schemas";
import { personIsInvestor } from "../investor-definition";
import { searchCondition } from "../search";
import {
  PUBLIC,
  findCitationsOf,
  inOrder,
  keysetIds,
  withoutId,
  organizationRef,
  organizationRefSelect,
  startupRef,
  startupRefSelect,
} from "./shared";

// People for the public API: by name like the founders page, searched with the pages' own search.

// Never null (Person_has_name_check: a name or a label); served by Person_display_name_idx.
const personSortKey = Prisma.sql`lower(COALESCE(p."nameEn", p."nameZh", p.label))`;

export async function findApiPeople({
  q,
  role,
  after,
  limit,
}: {
  q: string | null;
  role: "founder" | "investor" | null;
  after: KeysetCursor | null;
  limit: number;
}): Promise<{ items: ApiPersonListItem[]; next: KeysetCursor | null }> {
  const where: Prisma.Sql[] = [];
  if (q) where.push(searchCondition("Person", "p", q));
  if (role === "founder") {
    where.push(Prisma.sql`EXISTS (SELECT 1 FROM "Founding" f JOIN "Startup" s ON s.id = f."startupId"
      AND s."deletedAt" IS NULL AND NOT s.synthetic
      WHERE f."personId" = p.id AND f."deletedAt" IS NULL AND NOT f.synthetic)`);
  }
  if (role === "investor") where.push(personIsInvestor("p"));
  const { ids, next } = await keysetIds({ table: "Person", alias: "p", where, sortKey: personSortKey, after, limit });
  const prisma = await getPrisma();
  const rows = await prisma.person.findMany({
    where: { id: { in: ids } },
    select: { id: true, slug: true, nameEn: true, nameZh: true, label: true, pinyin: true, aliases: true },
  });
  return { items: inOrder(ids, rows).map((row) => ({ ...withoutId(row), links: personLinks(row.slug) })), next };
}

export async function getApiPerson({
  slug,
  includeCitations,
}: {
  slug: string;
  includeCitations: boolean;
}): Promise<ApiPerson | null> {
  const prisma = await getPrisma();
  const row = await prisma.person.findFirst({
    where: { slug, ...PUBLIC },
    select: {
      id: true,
      slug: true,
      nameEn: true,
      nameZh: true,
      label: true,
      pinyin: true,
      aliases: true,
      bio: true,
      updatedAt: true,
      foundings: {
        where: { ...PUBLIC, startup: PUBLIC },
        orderBy: { id: "asc" },
        select: {
          id: true,
          role: true,
          title: true,
          note: true,
          confidence: true,
          startup: { select: startupRefSelect },
        },
      },
      employments: {
        where: { ...PUBLIC, organization: PUBLIC },
        orderBy: [{ startYear: { sort: "asc", nulls: "last" } }, { id: "asc" }],
        select: {
          id: true,
          role: true,
          startYear: true,
          startMonth: true,
          endYear: true,
          endMonth: true,
          isCurrent: true,
          endNotStated: true,
          note: true,
          organization: { select: organizationRefSelect },
        },
      },
    },
  });
  if (!row) return null;
  const { id, foundings, employments, updatedAt, ...fields } = row;
  return {
    ...fields,
    updatedAt: updatedAt.toISOString(),
    foundings: foundings.map(({ startup, ...founding }) => ({
      ...founding,
      startup: startupRef(startup),
      links: foundingLinks(founding.id),
    })),
    employments: employments.map(({ organization, ...employment }) => ({
      ...employment,
      organization: organizationRef(organization),
      links: employmentLinks(employment.id),
    })),
    links: personLinks(row.slug),
    ...(includeCitations ? { citations: await findCitationsOf("PERSON", id) } : {}),
  };
}
