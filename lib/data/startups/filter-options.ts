import "server-only";
import { cachedRead } from "@/lib/data/cached-read";
import { RECORDS_TAG } from "@/lib/data/cache-tags";
import { getPrisma } from "@/lib/db";

export type StartupFilterOptions = {
  cities: { slug: string; nameEn: string; nameZh: string | null; count: number }[];
  units: { slug: string; nameEn: string; nameZh: string | null; depth: number }[];
  foundedYears: { min: number | null; max: number | null };
};

/** What the filter controls offer: cities that have start-ups, the Alibaba unit tree, the year span. */
export const getStartupFilterOptions = cachedRead(
  "startup-filter-options",
  () => [RECORDS_TAG],
  async (): Promise<StartupFilterOptions> => {
    const prisma = await getPrisma();
    const [cities, units, [years]] = await Promise.all([
      prisma.$queryRaw<StartupFilterOptions["cities"]>`
      SELECT c.slug, c."nameEn", c."nameZh", count(s.id)::int AS count
      FROM "City" c JOIN "Startup" s ON s."cityId" = c.id AND s."deletedAt" IS NULL
      WHERE c."deletedAt" IS NULL
      GROUP BY c.id ORDER BY count(s.id) DESC, c."nameEn"`,
      prisma.$queryRaw<StartupFilterOptions["units"]>`
      WITH RECURSIVE tree AS (
        SELECT id, slug, "nameEn", "nameZh", 0 AS depth, ARRAY[lower("nameEn")] AS path
        FROM "Organization" WHERE kind = 'ALIBABA_UNIT' AND "parentId" IS NULL AND "deletedAt" IS NULL
        UNION ALL
        SELECT o.id, o.slug, o."nameEn", o."nameZh", t.depth + 1, t.path || lower(o."nameEn")
        FROM "Organization" o JOIN tree t ON o."parentId" = t.id
        WHERE o.kind = 'ALIBABA_UNIT' AND o."deletedAt" IS NULL AND t.depth < 10
      )
      SELECT slug, "nameEn", "nameZh", depth FROM tree ORDER BY path`,
      prisma.$queryRaw<{ min: number | null; max: number | null }[]>`
      SELECT min("foundedYear") AS min, max("foundedYear") AS max FROM "Startup" WHERE "deletedAt" IS NULL`,
    ]);
    return { cities, units, foundedYears: years ?? { min: null, max: null } };
  },
);

/** Names for the active filters, so a page can say "in Hangzhou, founders from DAMO Academy". */
export const getFilterLabels = cachedRead(
  "filter-labels",
  () => [RECORDS_TAG],
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
