import "server-only";
import { getPrisma } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { CitationRecordType, OrganizationKind } from "@/lib/generated/prisma/enums";
import type { KeysetCursor } from "@/lib/api/cursor";
import { citationLinks, cityLinks, organizationLinks, personLinks, sourceLinks, startupLinks } from "@/lib/api/links";
import type { ApiCitation, CityRef, OrganizationRef, PersonRef, SourceRef, StartupRef } from "@/lib/api/schemas";
import { formatIsoDate } from "@/lib/format/dates";

// What every read of the public API shares: only live, non-synthetic rows (at every level, not
// only the top one), how one record names another, keyset pages and a record's citations.

/** The filter every API read applies, to the record and to everything it embeds. */
export const PUBLIC = { deletedAt: null, synthetic: false } as const;

/** The same in SQL, on a table alias. */
export function publicRow(alias: string): Prisma.Sql {
  const a = Prisma.raw(`"${alias}"`);
  return Prisma.sql`${a}."deletedAt" IS NULL AND NOT ${a}.synthetic`;
}

export const startupRefSelect = { slug: true, nameEn: true, nameZh: true, label: true } as const;
export const personRefSelect = { slug: true, nameEn: true, nameZh: true, label: true } as const;
export const organizationRefSelect = { slug: true, nameEn: true, nameZh: true, kind: true } as const;
export const cityRefSelect = { slug: true, nameEn: true, nameZh: true, deletedAt: true, synthetic: true } as const;
export const sourceRefSelect = { id: true, url: true, publisher: true, title: true, kind: true } as const;

export const startupRef = (s: {
  slug: string;
  nameEn: string | null;
  nameZh: string | null;
  label: string | null;
}): StartupRef => ({
  slug: s.slug,
  nameEn: s.nameEn,
  nameZh: s.nameZh,
  label: s.label,
  links: startupLinks(s.slug),
});

export const personRef = (p: {
  slug: string;
  nameEn: string | null;
  nameZh: string | null;
  label: string | null;
}): PersonRef => ({
  slug: p.slug,
  nameEn: p.nameEn,
  nameZh: p.nameZh,
  label: p.label,
  links: personLinks(p.slug),
});

export const organizationRef = (o: {
  slug: string;
  nameEn: string;
  nameZh: string | null;
  kind: OrganizationKind;
}): OrganizationRef => ({
  slug: o.slug,
  nameEn: o.nameEn,
  nameZh: o.nameZh,
  kind: o.kind,
  links: organizationLinks(o.slug, o.kind),
});

/** A to-one relation cannot be filtered in a Prisma select, so a hidden city is dropped here. */
export const cityRefOrNull = (
  c: { slug: string; nameEn: string; nameZh: string | null; deletedAt: Date | null; synthetic: boolean } | null,
): CityRef | null =>
  c && c.deletedAt === null && !c.synthetic
    ? { slug: c.slug, nameEn: c.nameEn, nameZh: c.nameZh, links: cityLinks(c.slug) }
    : null;

export const sourceRef = (s: {
  id: number;
  url: string;
  publisher: string;
  title: string | null;
  kind: SourceRef["kind"];
}): SourceRef => ({ ...s, links: sourceLinks(s.id) });

export const isoDay = (value: Date | null): string | null => (value === null ? null : formatIsoDate(value));
export const decimalText = (value: Prisma.Decimal | null): string | null => (value === null ? null : value.toString());

/** A page of ids ordered by (sort key, id), starting after `after`, and the cursor of the page after it. */
export async function keysetIds({
  table,
  alias,
  where,
  sortKey,
  after,
  limit,
}: {
  table: string;
  alias: string;
  where: Prisma.Sql[];
  /** A text expression on the alias; null orders by id alone. */
  sortKey: Prisma.Sql | null;
  after: KeysetCursor | null;
  limit: number;
}): Promise<{ ids: number[]; next: KeysetCursor | null }> {
  const prisma = await getPrisma();
  const a = Prisma.raw(`"${alias}"`);
  const key = sortKey ?? Prisma.sql`NULL::text`;
  const conditions = [publicRow(alias), ...where];
  if (after) {
    conditions.push(
      sortKey
        ? Prisma.sql`(${sortKey}, ${a}.id) > (${after.k ?? ""}::text, ${after.i}::int)`
        : Prisma.sql`${a}.id > ${after.i}::int`,
    );
  }
  const rows = await prisma.$queryRaw<{ id: number; k: string | null }[]>`
    SELECT ${a}.id, ${key} AS k FROM ${Prisma.raw(`"${table}"`)} ${a}
    WHERE ${Prisma.join(conditions, " AND ")}
    ORDER BY ${sortKey ? Prisma.sql`${sortKey}, ` : Prisma.empty}${a}.id
    LIMIT ${limit + 1}`;
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    ids: page.map((row) => row.id),
    next: rows.length > limit && last ? { k: last.k, i: last.id } : null,
  };
}

/** Rows fetched by id, put back in the page's order. */
export function inOrder<T extends { id: number }>(ids: number[], rows: T[]): T[] {
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

const citationSelect = {
  id: true,
  recordType: true,
  recordId: true,
  field: true,
  claimedValue: true,
  quote: true,
  note: true,
  source: { select: sourceRefSelect },
} as const;

type CitationRow = Prisma.CitationGetPayload<{ select: typeof citationSelect }>;

export const citationView = (row: CitationRow): ApiCitation => ({
  ...row,
  source: sourceRef(row.source),
  links: citationLinks(row.id),
});

/** Live citations with a live source, for citations lists and ?include=citations. */
export const PUBLIC_CITATION = { ...PUBLIC, source: PUBLIC } as const;

export async function findCitationsOf(recordType: CitationRecordType, recordId: number): Promise<ApiCitation[]> {
  const prisma = await getPrisma();
  const rows = await prisma.citation.findMany({
    where: { ...PUBLIC_CITATION, recordType, recordId },
    orderBy: { id: "asc" },
    select: citationSelect,
  });
  return rows.map(citationView);
}

export async function findCitationsByIds(ids: number[]): Promise<ApiCitation[]> {
  const prisma = await getPrisma();
  const rows = await prisma.citation.findMany({
    where: { ...PUBLIC_CITATION, id: { in: ids } },
    select: citationSelect,
  });
  return inOrder(ids, rows).map(citationView);
}

/** A row without its internal id: records are addressed by slug where they have one. */
export function withoutId<T extends { id: number }>({ id, ...rest }: T): Omit<T, "id"> {
  void id;
  return rest;
}
