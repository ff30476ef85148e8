import "server-only";
import { getPrisma } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { OrganizationKind } from "@/lib/generated/prisma/enums";
import type { KeysetCursor } from "@/lib/api/cursor";
import { organizationLinks } from "@/lib/api/links";
import type { ApiOrganization, ApiOrganizationListItem, UnitTreeNode } from "@/lib/api/schemas";
import { organizationIsInvestor } from "../investor-definition";
import { searchCondition } from "../search";
import { PUBLIC, findCitationsOf, inOrder, keysetIds, organizationRef, organizationRefSelect } from "./shared";

// Organisations for the public API: investors and Alibaba units alike, by name, and the unit tree.

// Served by Organization_name_order_idx.
const organizationSortKey = Prisma.sql`lower(o."nameEn")`;

export async function findApiOrganizations({
  q,
  kind,
  investorsOnly,
  after,
  limit,
}: {
  q: string | null;
  kind: OrganizationKind | null;
  investorsOnly: boolean;
  after: KeysetCursor | null;
  limit: number;
}): Promise<{ items: ApiOrganizationListItem[]; next: KeysetCursor | null }> {
  const where: Prisma.Sql[] = [];
  if (q) where.push(searchCondition("Organization", "o", q));
  if (kind) where.push(Prisma.sql`o.kind = ${kind}::"OrganizationKind"`);
  if (investorsOnly) where.push(organizationIsInvestor("o"));
  const { ids, next } = await keysetIds({
    table: "Organization",
    alias: "o",
    where,
    sortKey: organizationSortKey,
    after,
    limit,
  });
  const prisma = await getPrisma();
  const rows = await prisma.organization.findMany({
    where: { id: { in: ids } },
    select: {
      ...organizationRefSelect,
      id: true,
      parent: { select: { slug: true, deletedAt: true, synthetic: true } },
    },
  });
  return {
    items: inOrder(ids, rows).map(({ parent, ...row }) => ({
      ...organizationRef(row),
      parentSlug: parent && parent.deletedAt === null && !parent.synthetic ? parent.slug : null,
    })),
    next,
  };
}

export async function getApiOrganization({
  slug,
  includeCitations,
}: {
  slug: string;
  includeCitations: boolean;
}): Promise<ApiOrganization | null> {
  const prisma = await getPrisma();
  const row = await prisma.organization.findFirst({
    where: { slug, ...PUBLIC },
    select: {
      id: true,
      slug: true,
      nameEn: true,
      nameZh: true,
      pinyin: true,
      aliases: true,
      kind: true,
      description: true,
      website: true,
      updatedAt: true,
      parent: { select: { ...organizationRefSelect, deletedAt: true, synthetic: true } },
      children: { where: PUBLIC, orderBy: [{ nameEn: "asc" }, { id: "asc" }], select: organizationRefSelect },
    },
  });
  if (!row) return null;
  const { id, parent, children, updatedAt, ...fields } = row;
  return {
    ...fields,
    updatedAt: updatedAt.toISOString(),
    parent: parent && parent.deletedAt === null && !parent.synthetic ? organizationRef(parent) : null,
    children: children.map(organizationRef),
    links: organizationLinks(row.slug, row.kind),
    ...(includeCitations ? { citations: await findCitationsOf("ORGANIZATION", id) } : {}),
  };
}

/** The Alibaba unit tree: every public unit under its public parent, siblings by name. */
export async function getApiUnitTree(): Promise<UnitTreeNode[]> {
  const prisma = await getPrisma();
  const rows = await prisma.organization.findMany({
    where: { ...PUBLIC, kind: "ALIBABA_UNIT" },
    orderBy: [{ nameEn: "asc" }, { id: "asc" }],
    select: { id: true, parentId: true, slug: true, nameEn: true, nameZh: true },
  });
  const nodes = new Map<number, UnitTreeNode>(
    rows.map((row) => [
      row.id,
      {
        slug: row.slug,
        nameEn: row.nameEn,
        nameZh: row.nameZh,
        links: organizationLinks(row.slug, "ALIBABA_UNIT"),
        children: [],
      },
    ]),
  );
  const roots: UnitTreeNode[] = [];
  for (const row of rows) {
    const node = nodes.get(row.id)!;
    const parent = row.parentId === null ? undefined : nodes.get(row.parentId);
    // A unit whose parent is hidden (deleted, or not a unit) becomes a root rather than vanishing.
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}
