import "server-only";
import { getPrisma } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

export type RelatedStartup = {
  slug: string;
  nameEn: string | null;
  nameZh: string | null;
  label: string | null;
  foundedYear: number | null;
  reason: string;
  /** The city, division or investor named in the reason, for pages that say it in another language. */
  reasonName: string;
  /** The city's Chinese name, where the reason is a city that has one (a 中文 page shows it). */
  reasonNameZh?: string | null;
};

export type RelatedStartups = {
  sameCity: RelatedStartup[];
  sameUnit: RelatedStartup[];
  sharedInvestors: RelatedStartup[];
};

const RELATED_LIMIT = 6;

/**
 * Start-ups related by city, by the Alibaba division the founders came from (the unit directly
 * under the group, so two DAMO labs count as "DAMO Academy"), and by investors in common.
 */
export async function findRelatedStartups(startupId: number): Promise<RelatedStartups> {
  const prisma = await getPrisma();
  const select = Prisma.sql`s.slug, s."nameEn", s."nameZh", s.label, s."foundedYear"`;
  const [sameCity, sameUnit, sharedInvestors] = await Promise.all([
    prisma.$queryRaw<RelatedStartup[]>`
      SELECT ${select}, 'Also in ' || c."nameEn" AS reason, c."nameEn" AS "reasonName", c."nameZh" AS "reasonNameZh"
      FROM "Startup" me
      JOIN "City" c ON c.id = me."cityId" AND c."deletedAt" IS NULL
      JOIN "Startup" s ON s."cityId" = me."cityId" AND s.id <> me.id AND s."deletedAt" IS NULL
      WHERE me.id = ${startupId}
      ORDER BY abs(COALESCE(s."foundedYear", 0) - COALESCE(me."foundedYear", 0)), s.id
      LIMIT ${RELATED_LIMIT}`,
    prisma.$queryRaw<RelatedStartup[]>`
      WITH RECURSIVE my_units AS (
        SELECT o.id, o."parentId", o."nameEn" FROM "Founding" f
        JOIN "Employment" e ON e."personId" = f."personId" AND e."deletedAt" IS NULL
        JOIN "Organization" o ON o.id = e."organizationId" AND o.kind = 'ALIBABA_UNIT' AND o."deletedAt" IS NULL
        WHERE f."startupId" = ${startupId} AND f."deletedAt" IS NULL
        UNION
        SELECT p.id, p."parentId", p."nameEn" FROM "Organization" p JOIN my_units u ON u."parentId" = p.id
        WHERE p.kind = 'ALIBABA_UNIT' AND p."deletedAt" IS NULL
      ),
      divisions AS (
        -- A division sits directly under a root unit (the group); the root itself is too broad to relate by.
        SELECT d.id, d."nameEn" FROM my_units d JOIN "Organization" root ON root.id = d."parentId" AND root."parentId" IS NULL
      ),
      division_tree AS (
        SELECT id, id AS division_id FROM divisions
        UNION
        SELECT o.id, t.division_id FROM "Organization" o JOIN division_tree t ON o."parentId" = t.id
        WHERE o."deletedAt" IS NULL
      ),
      -- A sample of other founders from each division, not all of them: big divisions have thousands.
      candidates AS (
        SELECT d."nameEn" AS division, c."startupId" FROM divisions d
        CROSS JOIN LATERAL (
          SELECT f2."startupId" FROM division_tree t
          JOIN "Employment" e ON e."organizationId" = t.id AND e."deletedAt" IS NULL
          JOIN "Founding" f2 ON f2."personId" = e."personId" AND f2."deletedAt" IS NULL
          WHERE t.division_id = d.id AND f2."startupId" <> ${startupId}
          LIMIT 60
        ) c
      ),
      matches AS (
        SELECT "startupId", min(division) AS division FROM candidates GROUP BY "startupId"
      )
      SELECT ${select}, 'Founders also from ' || m.division AS reason, m.division AS "reasonName"
      FROM matches m JOIN "Startup" s ON s.id = m."startupId" AND s."deletedAt" IS NULL
      ORDER BY s."foundedYear" DESC NULLS LAST, lower(COALESCE(s."nameEn", s."nameZh", s.label)), s.id
      LIMIT ${RELATED_LIMIT}`,
    prisma.$queryRaw<RelatedStartup[]>`
      WITH my_investors AS (
        SELECT DISTINCT i."organizationId", i."personId" FROM "FundingRound" r
        JOIN "Investment" i ON i."roundId" = r.id AND i."deletedAt" IS NULL
        WHERE r."startupId" = ${startupId} AND r."deletedAt" IS NULL
      ),
      named AS (
        SELECT m.*, COALESCE(o."nameEn", p."nameEn", p."nameZh") AS name FROM my_investors m
        LEFT JOIN "Organization" o ON o.id = m."organizationId" AND o."deletedAt" IS NULL
        LEFT JOIN "Person" p ON p.id = m."personId" AND p."deletedAt" IS NULL
        WHERE o.id IS NOT NULL OR p.id IS NOT NULL
      ),
      -- A sample of each investor's other investments: a busy fund has thousands.
      candidates AS (
        SELECT n.name, c."startupId" FROM named n
        CROSS JOIN LATERAL (
          (SELECT r."startupId" FROM "Investment" i
           JOIN "FundingRound" r ON r.id = i."roundId" AND r."deletedAt" IS NULL
           WHERE i."deletedAt" IS NULL AND r."startupId" <> ${startupId} AND i."organizationId" = n."organizationId"
           LIMIT 60)
          UNION ALL
          (SELECT r."startupId" FROM "Investment" i
           JOIN "FundingRound" r ON r.id = i."roundId" AND r."deletedAt" IS NULL
           WHERE i."deletedAt" IS NULL AND r."startupId" <> ${startupId} AND i."personId" = n."personId"
           LIMIT 60)
        ) c
      ),
      matches AS (
        SELECT "startupId", min(name) AS investor, count(DISTINCT name) AS shared FROM candidates GROUP BY "startupId"
      )
      SELECT ${select}, 'Also backed by ' || m.investor AS reason, m.investor AS "reasonName"
      FROM matches m JOIN "Startup" s ON s.id = m."startupId" AND s."deletedAt" IS NULL
      ORDER BY m.shared DESC, lower(COALESCE(s."nameEn", s."nameZh", s.label)), s.id
      LIMIT ${RELATED_LIMIT}`,
  ]);
  return { sameCity, sameUnit, sharedInvestors };
}
