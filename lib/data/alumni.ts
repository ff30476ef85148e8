import "server-only";
import { isStrictAlumni, type AlumniDefinition } from "@/lib/charts/alumni";
import { Prisma } from "@/lib/generated/prisma/client";

// The alumni switch (lib/charts/alumni.ts) as SQL conditions on a start-up, for every query that
// counts or lists start-ups: the charts (through lib/data/charts/sql.ts), the network and its
// exports. Values are always bound, never spliced.

/**
 * One row per founder and start-up with their Alibaba Group years: the first year joined, the last
 * year there (the founding year while still there), and whether those years are reported for every
 * Alibaba job that began by the founding year. Set-based (one grouped scan of foundings and jobs)
 * rather than correlated per start-up, so it stays a hash aggregate at 100,000 start-ups.
 */
function founderYears(unitIds: number[] | undefined): Prisma.Sql {
  const inUnit = unitIds
    ? Prisma.sql`AND af."personId" IN (SELECT ue."personId" FROM "Employment" ue
        WHERE ue."deletedAt" IS NULL AND ue."organizationId" IN (${Prisma.join(unitIds)}))`
    : Prisma.empty;
  return Prisma.sql`
    SELECT af."startupId" AS startup_id, ast."foundedYear" AS founded_year,
      min(ae."startYear") AS first_year,
      max(CASE WHEN ae."isCurrent" THEN ast."foundedYear" ELSE ae."endYear" END) AS last_year,
      bool_and(ae."startYear" IS NOT NULL) AS start_known,
      bool_and(ae."endYear" IS NOT NULL OR ae."isCurrent") AS end_known
    FROM "Founding" af
    JOIN "Startup" ast ON ast.id = af."startupId"
    JOIN "Employment" ae ON ae."personId" = af."personId" AND ae."deletedAt" IS NULL
      AND ae."organizationId" IN (SELECT id FROM "Organization" WHERE kind = 'ALIBABA_UNIT' AND "deletedAt" IS NULL)
    WHERE af."deletedAt" IS NULL
      AND NOT EXISTS (SELECT 1 FROM "Person" ap WHERE ap.id = af."personId" AND ap."deletedAt" IS NOT NULL)
      AND (ast."foundedYear" IS NULL OR ae."startYear" IS NULL OR ae."startYear" <= ast."foundedYear")
      ${inUnit}
    GROUP BY af."startupId", af."personId", ast."foundedYear"`;
}

/** The founder row (alias fy) meets the definition, its years all known. */
function meets(alumni: AlumniDefinition): Prisma.Sql {
  const conditions: Prisma.Sql[] = [Prisma.sql`fy.founded_year IS NOT NULL`];
  if (alumni.tenure !== undefined) {
    conditions.push(
      Prisma.sql`fy.start_known AND fy.end_known AND LEAST(fy.last_year, fy.founded_year) - fy.first_year >= ${alumni.tenure}`,
    );
  }
  if (alumni.leftWithin !== undefined) {
    conditions.push(Prisma.sql`fy.end_known AND fy.founded_year - fy.last_year <= ${alumni.leftWithin}`);
  }
  return Prisma.join(conditions, " AND ");
}

/** The founder row (alias fy) lacks a year the definition needs. */
function undecidable(alumni: AlumniDefinition): Prisma.Sql {
  const conditions: Prisma.Sql[] = [Prisma.sql`fy.founded_year IS NULL`, Prisma.sql`NOT fy.end_known`];
  if (alumni.tenure !== undefined) conditions.push(Prisma.sql`NOT fy.start_known`);
  return Prisma.sql`(${Prisma.join(conditions, " OR ")})`;
}

/** Each start-up with a founder's Alibaba career: whether it counts, and whether a founder's years are missing. */
function classified(alumni: AlumniDefinition, unitIds: number[] | undefined): Prisma.Sql {
  return Prisma.sql`
    SELECT fy.startup_id, bool_or(${meets(alumni)}) AS counts, bool_or(${undecidable(alumni)}) AS unknown
    FROM (${founderYears(unitIds)}) fy GROUP BY fy.startup_id`;
}

/**
 * The start-up (alias s) counts under the definition: one of its founders (who worked in the unit
 * subtree, when one is chosen) meets it. Null under "any stint", which adds no condition. A semi-join
 * (IN), which PostgreSQL hashes; NOT IN over 100,000 ids would not be.
 */
export function alumniCondition(alumni: AlumniDefinition, unitIds: number[] | undefined): Prisma.Sql | null {
  if (!isStrictAlumni(alumni)) return null;
  return Prisma.sql`s.id IN (SELECT c.startup_id FROM (${classified(alumni, unitIds)}) c WHERE c.counts)`;
}

/**
 * The start-up (alias s) is left out only because years are not reported: it does not count, but a
 * founder's years (or its founding year) that the definition needs are missing, or no founder's
 * Alibaba career is recorded at all. Under "any stint" it counts.
 */
export function alumniYearsNotReportedCondition(alumni: AlumniDefinition, unitIds: number[] | undefined): Prisma.Sql {
  return Prisma.sql`(s.id IN (SELECT c.startup_id FROM (${classified(alumni, unitIds)}) c WHERE NOT c.counts AND c.unknown)
    OR NOT EXISTS (
      SELECT 1 FROM "Founding" nf
      JOIN "Employment" ne ON ne."personId" = nf."personId" AND ne."deletedAt" IS NULL
      JOIN "Organization" no ON no.id = ne."organizationId" AND no.kind = 'ALIBABA_UNIT' AND no."deletedAt" IS NULL
      WHERE nf."startupId" = s.id AND nf."deletedAt" IS NULL
        AND NOT EXISTS (SELECT 1 FROM "Person" np WHERE np.id = nf."personId" AND np."deletedAt" IS NOT NULL)))`;
}
