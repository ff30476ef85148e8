import "server-only";
import { getPrisma } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { KeysetCursor } from "@/lib/api/cursor";
import { cityLinks } from "@/lib/api/links";
import type { ApiCity, ApiCityListItem } from "@/lib/api/schemas";
import { PUBLIC, findCitationsOf, inOrder, keysetIds, withoutId } from "./shared";

// Cities for the public API, by name, each with its count of public start-ups.

const citySelect = {
  id: true,
  slug: true,
  nameEn: true,
  nameZh: true,
  pinyin: true,
  region: true,
  country: true,
  latitude: true,
  longitude: true,
  updatedAt: true,
  _count: { select: { startups: { where: PUBLIC } } },
} as const;

type CityRow = Prisma.CityGetPayload<{ select: typeof citySelect }>;

function cityView({ _count, latitude, longitude, updatedAt, ...row }: CityRow): ApiCityListItem {
  void updatedAt;
  return {
    ...withoutId(row),
    latitude: latitude === null ? null : latitude.toNumber(),
    longitude: longitude === null ? null : longitude.toNumber(),
    startups: _count.startups,
    links: cityLinks(row.slug),
  };
}

export async function findApiCities({
  country,
  after,
  limit,
}: {
  country: string | null;
  after: KeysetCursor | null;
  limit: number;
}): Promise<{ items: ApiCityListItem[]; next: KeysetCursor | null }> {
  const where = country ? [Prisma.sql`c.country = ${country}`] : [];
  const { ids, next } = await keysetIds({
    table: "City",
    alias: "c",
    where,
    sortKey: Prisma.sql`lower(c."nameEn")`,
    after,
    limit,
  });
  const prisma = await getPrisma();
  const rows = await prisma.city.findMany({ where: { id: { in: ids } }, select: citySelect });
  return { items: inOrder(ids, rows).map(cityView), next };
}

export async function getApiCity({
  slug,
  includeCitations,
}: {
  slug: string;
  includeCitations: boolean;
}): Promise<ApiCity | null> {
  const prisma = await getPrisma();
  const row = await prisma.city.findFirst({ where: { slug, ...PUBLIC }, select: citySelect });
  if (!row) return null;
  return {
    ...cityView(row),
    updatedAt: row.updatedAt.toISOString(),
    ...(includeCitations ? { citations: await findCitationsOf("CITY", row.id) } : {}),
  };
}
