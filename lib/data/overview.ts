import "server-only";
import { cachedRead } from "@/lib/data/cached-read";
import { RECORDS_TAG, pageTag } from "@/lib/data/cache-tags";
import { getPrisma } from "@/lib/db";
import type { AppPrismaClient } from "@/lib/db/connection";
import { cachedChartQuery } from "./charts/cache";
import { investorCount } from "./investor-definition";

export type OverviewCounts = {
  startups: number;
  founders: number;
  cities: number;
  fundingRounds: number;
  investors: number;
  sources: number;
  /** The most recent change to any tracked start-up: the data's as-of date. */
  lastUpdated: Date | null;
};

/**
 * Headline numbers of what this database tracks, counted in one SQL statement. The distinct
 * founder and investor counts scan every founding and investment (~0.7 s at 100,000 start-ups), so
 * the result is kept per data version like the charts' (lib/data/charts/cache.ts).
 */
export const getOverviewCounts = cachedRead(
  "overview-counts",
  () => [pageTag("/"), RECORDS_TAG],
  async (): Promise<OverviewCounts> => {
    const prisma = await getPrisma();
    return cachedChartQuery(prisma, "overview-counts", () => countOverview(prisma));
  },
);

async function countOverview(prisma: AppPrismaClient): Promise<OverviewCounts> {
  const [row] = await prisma.$queryRaw<
    {
      startups: bigint;
      founders: bigint;
      cities: bigint;
      funding_rounds: bigint;
      investors: bigint;
      sources: bigint;
      last_updated: Date | null;
    }[]
  >`
    WITH live_startups AS (SELECT id, "cityId", "updatedAt" FROM "Startup" WHERE "deletedAt" IS NULL),
         live_rounds AS (
           SELECT r.id FROM "FundingRound" r JOIN live_startups s ON s.id = r."startupId" WHERE r."deletedAt" IS NULL
         )
    SELECT
      (SELECT count(*) FROM live_startups) AS startups,
      (SELECT count(DISTINCT f."personId") FROM "Founding" f
         JOIN live_startups s ON s.id = f."startupId" WHERE f."deletedAt" IS NULL) AS founders,
      (SELECT count(DISTINCT "cityId") FROM live_startups) AS cities,
      (SELECT count(*) FROM live_rounds) AS funding_rounds,
      ${investorCount} AS investors,
      (SELECT count(*) FROM "Source" WHERE "deletedAt" IS NULL) AS sources,
      (SELECT max("updatedAt") FROM live_startups) AS last_updated
  `;
  return {
    startups: Number(row?.startups ?? 0),
    founders: Number(row?.founders ?? 0),
    cities: Number(row?.cities ?? 0),
    fundingRounds: Number(row?.funding_rounds ?? 0),
    investors: Number(row?.investors ?? 0),
    sources: Number(row?.sources ?? 0),
    lastUpdated: row?.last_updated ?? null,
  };
}

export type RecentStartup = {
  slug: string;
  nameEn: string | null;
  nameZh: string | null;
  label: string | null;
  foundedYear: number | null;
  city: { slug: string; nameEn: string; nameZh: string | null } | null;
  /** Each founder's names as stored; the page picks the one its language shows first. */
  founders: { nameEn: string | null; nameZh: string | null }[];
};

/** The start-ups edited most recently, for the home page. */
export const getRecentStartups = cachedRead(
  "recent-startups",
  () => [pageTag("/"), RECORDS_TAG],
  async (limit: number = 8): Promise<RecentStartup[]> => {
    const prisma = await getPrisma();
    const rows = await prisma.startup.findMany({
      where: { deletedAt: null },
      orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
      take: limit,
      select: {
        slug: true,
        nameEn: true,
        nameZh: true,
        label: true,
        foundedYear: true,
        city: { select: { slug: true, nameEn: true, nameZh: true } },
        foundings: {
          where: { deletedAt: null },
          orderBy: { id: "asc" },
          select: { person: { select: { nameEn: true, nameZh: true } } },
        },
      },
    });
    return rows.map(({ foundings, ...startup }) => ({
      ...startup,
      founders: foundings.map((f) => f.person),
    }));
  },
);
