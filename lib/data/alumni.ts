import "server-only";
import { isStrictAlumni, type AlumniDefinition } from "@/lib/charts/alumni";
import { Prisma } from "@/lib/generated/prisma/client";

// The alumni switch (lib/charts/alumni.ts) as SQL conditions on a start-up, for every query that
// counts or lists start-ups: the charts (through lib/data/charts/sql.ts), the network and its
// exports. Values are always bound, never spliced.

/**
 * One row per founder and start-up with their Alibaba Group years: the first year joined, the last
 * year there (the founding year while still there), and whether those years are reported for every
 * Alibaba job that began by the founding year. Read from "FounderAlibabaYears", which triggers keep
 * in step with foundings, jobs, start-ups, people and units (migration
 * 20261130194500_founder_alibaba_years): a scan of one narrow row per founder rather than a grouped
 * join of foundings, start-ups and jobs, which took 22–45 s at 100,000 start-ups.
 */
function founderYears(unitIds: number[] | undefined): Prisma.Sql {
  const inUnit = unitIds
    ? Prisma.sql`AND y."personId" IN (SELECT ue."personId" FROM "Employment" ue
        WHERE ue."deletedAt" IS NULL AND ue."organizationId" IN (${Prisma.join(unitIds)}))`
    : Prisma.empty;
  return Prisma.sql`
    SELECT y."startupId" AS startup_id, y."foundedYear" AS founded_year, y."firstYear" AS first_year,
      y."lastYear" AS last_year, y."startKnown" AS start_known, y."endKnown" AS end_known
    FROM "FounderAlibabaYears" y
    WHERE y."beforeFounding" ${inUnit}`;
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
    OR NOT EXISTS (SELECT 1 FROM "FounderAlibabaYears" ny WHERE ny."startupId" = s.id))`;
}
