import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ChartScope } from "./define";
import { livePerson, startupConditions } from "./sql";

// The founder-and-start-up pairs the cohort charts count: one row per founder of a start-up in
// scope with an Alibaba career, with the first year they joined, the last year they were there (the
// founding year while still there, "still" when so) and whether those years are reported for every
// Alibaba job that began by the founding year. The same span the alumni switch and "Years at
// Alibaba" use, so the charts and the switch agree.
export function founderPairs(scope: ChartScope): Prisma.Sql {
  const where = startupConditions(scope, "founded");
  return Prisma.sql`
    SELECT f."personId" AS person_id, s.id AS startup_id, s."foundedYear" AS founded_year,
      min(e."startYear") AS first_year,
      max(CASE WHEN e."isCurrent" THEN s."foundedYear" ELSE e."endYear" END) AS last_year,
      bool_or(e."isCurrent") AS still_there,
      bool_and(e."startYear" IS NOT NULL) AS start_known,
      bool_and(e."endYear" IS NOT NULL OR e."isCurrent") AS end_known
    FROM "Startup" s
    JOIN "Founding" f ON f."startupId" = s.id AND f."deletedAt" IS NULL
    JOIN "Employment" e ON e."personId" = f."personId" AND e."deletedAt" IS NULL
      AND e."organizationId" IN (SELECT id FROM "Organization" WHERE kind = 'ALIBABA_UNIT' AND "deletedAt" IS NULL)
    WHERE ${where} AND ${livePerson(Prisma.sql`f."personId"`)}
      AND (s."foundedYear" IS NULL OR e."startYear" IS NULL OR e."startYear" <= s."foundedYear")
    -- foundedYear listed although s.id determines it: over the dated views (lib/data/as-of) there is no key to infer that from.
    GROUP BY f."personId", s.id, s."foundedYear"`;
}
