import "server-only";
import { cachedRead } from "@/lib/data/cached-read";
import { RECORDS_TAG, pageTag } from "@/lib/data/cache-tags";
import { cache } from "react";
import { getPrisma } from "@/lib/db";
import type { Sector } from "@/lib/generated/prisma/enums";
import { getCitations, type SourceNotes } from "./citations";

export type CityListItem = {
  slug: string;
  nameEn: string;
  nameZh: string | null;
  region: string | null;
  country: string;
  startups: number;
  /** Percentage of all tracked start-ups (those with and without a city). */
  share: number;
};

/**
 * Every city (not a page: there are dozens, not thousands) with how many tracked start-ups each
 * has and its share of all tracked start-ups, which are counted too, with those without a city.
 */
export const findCities = cachedRead(
  "cities",
  () => [pageTag("/cities"), RECORDS_TAG],
  async (): Promise<{ cities: CityListItem[]; trackedStartups: number; withoutCity: number }> => {
    const prisma = await getPrisma();
    const [items, [totals]] = await Promise.all([
      prisma.$queryRaw<Omit<CityListItem, "share">[]>`
      SELECT c.slug, c."nameEn", c."nameZh", c.region, c.country, count(s.id)::int AS startups
      FROM "City" c LEFT JOIN "Startup" s ON s."cityId" = c.id AND s."deletedAt" IS NULL
      WHERE c."deletedAt" IS NULL
      GROUP BY c.id
      ORDER BY count(s.id) DESC, c."nameEn"`,
      prisma.$queryRaw<{ total: number; without_city: number }[]>`
      SELECT count(*)::int AS total,
             count(*) FILTER (WHERE c.id IS NULL)::int AS without_city
      FROM "Startup" s LEFT JOIN "City" c ON c.id = s."cityId" AND c."deletedAt" IS NULL
      WHERE s."deletedAt" IS NULL`,
    ]);
    const total = totals?.total ?? 0;
    return {
      cities: items.map((item) => ({ ...item, share: total ? (100 * item.startups) / total : 0 })),
      trackedStartups: total,
      withoutCity: totals?.without_city ?? 0,
    };
  },
);

export type CityProfile = {
  id: number;
  slug: string;
  nameEn: string;
  nameZh: string | null;
  region: string | null;
  country: string;
  updatedAt: string;
  startups: number;
  totalStartups: number;
  share: number;
  /** Start-ups founded per year (years without any left out); `unknown` counts those without a year. */
  foundedYears: { year: number; count: number }[];
  foundedYearUnknown: number;
  sectors: { sector: Sector; count: number }[];
  sources: SourceNotes;
};

const loadCity = cache(async (slug: string, deleted = false): Promise<CityProfile | null> => {
  const prisma = await getPrisma();
  const city = await prisma.city.findFirst({
    where: { slug, deletedAt: deleted ? { not: null } : null },
    select: { id: true, slug: true, nameEn: true, nameZh: true, region: true, country: true, updatedAt: true },
  });
  if (!city) return null;
  // The city's start-ups are read once, grouped by founding year (the NULL group is "year unknown",
  // and the groups add up to the city's count); the count of all start-ups comes from the deletedAt
  // index alone instead of a pass over every start-up's row.
  const [[totals], yearGroups, sectors, sources] = await Promise.all([
    prisma.$queryRaw<{ total: number }[]>`
      SELECT count(*)::int AS total FROM "Startup" s WHERE s."deletedAt" IS NULL`,
    prisma.$queryRaw<{ year: number | null; count: number }[]>`
      SELECT s."foundedYear" AS year, count(*)::int AS count FROM "Startup" s
      WHERE s."deletedAt" IS NULL AND s."cityId" = ${city.id}
      GROUP BY s."foundedYear" ORDER BY s."foundedYear"`,
    prisma.$queryRaw<{ sector: Sector; count: number }[]>`
      SELECT sector::text AS sector, count(*)::int AS count
      FROM "Startup" s CROSS JOIN LATERAL unnest(s.sectors) AS sector
      WHERE s."deletedAt" IS NULL AND s."cityId" = ${city.id}
      GROUP BY sector ORDER BY count(*) DESC, sector::text`,
    getCitations({ records: [{ recordType: "CITY", recordId: city.id }] }),
  ]);
  const years = yearGroups.flatMap(({ year, count }) => (year === null ? [] : [{ year, count }]));
  const here = yearGroups.reduce((sum, group) => sum + group.count, 0);
  const total = totals?.total ?? 0;
  return {
    ...city,
    updatedAt: city.updatedAt.toISOString(),
    startups: here,
    totalStartups: total,
    share: total ? (100 * here) / total : 0,
    foundedYears: years,
    foundedYearUnknown: yearGroups.find((group) => group.year === null)?.count ?? 0,
    sectors,
    sources,
  };
});

/** A city's page: its start-ups' count and share, founding years and sectors at a glance, sources. */
export const getCityBySlug = cachedRead(
  "city",
  ({ slug }: { slug: string }) => [pageTag(`/cities/${slug}`), RECORDS_TAG],
  ({ slug }: { slug: string }): Promise<CityProfile | null> => loadCity(slug),
);

/**
 * A city deleted since, for its page `?asOf=` a date before the deletion (lib/data/as-of/profiles.ts
 * decides whether it existed then). Not cached: asked for only by dated views of deleted records.
 */
export const getDeletedCityBySlug = (slug: string): Promise<CityProfile | null> => loadCity(slug, true);
