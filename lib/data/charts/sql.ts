import "server-only";
import type { AppPrismaClient } from "@/lib/db/connection";
import type { ChartFilters } from "@/lib/charts/request";
import { Prisma } from "@/lib/generated/prisma/client";
import { alumniCondition } from "../alumni";
import type { ChartScope } from "./define";

// SQL the charts share: the filters as conditions on start-ups and rounds, live-record checks, and
// more working memory for the heaviest aggregates.

/** The WHERE conditions on start-ups (alias s) that the filters ask for. */
export function startupConditions(scope: ChartScope, years: "founded" | "none"): Prisma.Sql {
  const { filters } = scope;
  const conditions: Prisma.Sql[] = [Prisma.sql`s."deletedAt" IS NULL`];
  if (scope.cityId !== undefined) conditions.push(Prisma.sql`s."cityId" = ${scope.cityId}`);
  if (filters.sector) conditions.push(Prisma.sql`s.sectors @> ARRAY[${filters.sector}]::"Sector"[]`);
  if (scope.unitIds) {
    conditions.push(Prisma.sql`EXISTS (
      SELECT 1 FROM "Founding" uf
      JOIN "Employment" ue ON ue."personId" = uf."personId" AND ue."deletedAt" IS NULL
      WHERE uf."startupId" = s.id AND uf."deletedAt" IS NULL
        AND ue."organizationId" IN (${Prisma.join(scope.unitIds)}))`);
  }
  const alumni = alumniCondition(filters, scope.unitIds);
  if (alumni) conditions.push(alumni);
  if (years === "founded") {
    if (filters.from !== undefined) conditions.push(Prisma.sql`s."foundedYear" >= ${filters.from}`);
    if (filters.to !== undefined) conditions.push(Prisma.sql`s."foundedYear" <= ${filters.to}`);
  }
  return Prisma.join(conditions, " AND ");
}

/**
 * The same start-up filter as `startupConditions`, as a condition on a column holding a start-up
 * id, so queries that only need the id can skip joining "Startup". Unfiltered, it becomes an
 * anti-join against the (normally empty) set of deleted start-ups, which the deletedAt index finds
 * at once, instead of a scan of every start-up.
 */
export function startupIdInScope(scope: ChartScope, years: "founded" | "none", column: Prisma.Sql): Prisma.Sql {
  const { filters } = scope;
  const filtered =
    scope.cityId !== undefined ||
    filters.sector !== undefined ||
    scope.unitIds !== undefined ||
    filters.tenure !== undefined ||
    filters.leftWithin !== undefined ||
    (years === "founded" && (filters.from !== undefined || filters.to !== undefined));
  if (!filtered) {
    return Prisma.sql`NOT EXISTS (SELECT 1 FROM "Startup" ds WHERE ds.id = ${column} AND ds."deletedAt" IS NOT NULL)`;
  }
  return Prisma.sql`${column} IN (SELECT s.id FROM "Startup" s WHERE ${startupConditions(scope, years)})`;
}

/** A person id column whose person is not deleted: an anti-join, cheaper than joining "Person". */
export function livePerson(column: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`NOT EXISTS (SELECT 1 FROM "Person" dp WHERE dp.id = ${column} AND dp."deletedAt" IS NOT NULL)`;
}

/**
 * Runs one statement with more working memory than the server default (4 MB), so the hash
 * aggregates of the heaviest charts (a few hundred thousand groups at scale) stay in memory
 * instead of spilling to disk. SET LOCAL lasts only until the end of this transaction.
 */
export async function queryWithWorkMem<T>(prisma: AppPrismaClient, query: Prisma.Sql): Promise<T> {
  const [, rows] = await prisma.$transaction(
    [prisma.$executeRaw`SET LOCAL work_mem = '64MB'`, prisma.$queryRaw<T>(query)],
    // Past Prisma's 5 s default: at 100,000 start-ups, with pages being rendered again after an edit
    // beside it, the heaviest chart can take longer, and a cut-off render answers 500.
    { timeout: 120_000, maxWait: 30_000 },
  );
  return rows;
}

/** Rounds (alias r) announced within the years filter. */
export function roundConditions(filters: ChartFilters): Prisma.Sql {
  const conditions: Prisma.Sql[] = [Prisma.sql`r."deletedAt" IS NULL`];
  if (filters.from !== undefined) conditions.push(Prisma.sql`r."announcedOn" >= make_date(${filters.from}::int, 1, 1)`);
  if (filters.to !== undefined) conditions.push(Prisma.sql`r."announcedOn" < make_date(${filters.to}::int + 1, 1, 1)`);
  return Prisma.join(conditions, " AND ");
}

export async function countStartups(prisma: AppPrismaClient, where: Prisma.Sql): Promise<number> {
  const [row] = await prisma.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "Startup" s WHERE ${where}`;
  return row?.n ?? 0;
}
