import "server-only";
import { getPrisma } from "@/lib/db";
import type { AppPrismaClient } from "@/lib/db/connection";
import type { ChangeRecordType } from "@/lib/generated/prisma/enums";

// The database as it was at a moment, for aggregate reads (the charts): inside one transaction,
// temporary views named like the tables ("Startup", "Founding", …) shadow them, since PostgreSQL
// looks in the session's temporary schema first for an unqualified name. Each view is the table
// as it is now, minus the rows changed since the moment, plus those rows as the history's first
// later change found them (its `before`). Only rows changed since are rebuilt, so the cost grows
// with the changes since the date, not with the table. The transaction is rolled back, so the
// views never outlive the read. Queries that name tables unqualified (raw SQL) read the past;
// Prisma's model queries qualify the schema and still read the present.

/** The tables the charts read, with the history's name for their records. */
const DATED_TABLES: [table: string, recordType: ChangeRecordType][] = [
  ["City", "CITY"],
  ["Startup", "STARTUP"],
  ["Person", "PERSON"],
  ["Organization", "ORGANIZATION"],
  ["Employment", "EMPLOYMENT"],
  ["Founding", "FOUNDING"],
  ["FundingRound", "FUNDING_ROUND"],
  ["Investment", "INVESTMENT"],
];

/** A view of `table` as it was at `at` (an ISO instant, written into the DDL, which takes no parameters). */
function datedViewSql(table: string, recordType: ChangeRecordType, instant: string): string {
  const at = `'${instant}'::timestamptz`;
  // No CTE: a view with one is not flattened into the chart's query, and the charts' NOT EXISTS
  // checks against "Startup" or "Person" would each run it once per row.
  return `CREATE TEMP VIEW "${table}" AS
    SELECT t.* FROM public."${table}" t
    WHERE t."createdAt" <= ${at}
      AND NOT EXISTS (SELECT 1 FROM public."ChangeLog" c
                      WHERE c."recordType" = '${recordType}' AND c."recordId" = t.id::text AND c."createdAt" > ${at})
    UNION ALL
    SELECT r.* FROM (
      SELECT DISTINCT ON (c."recordId") c.action, c.before
      FROM public."ChangeLog" c
      WHERE c."recordType" = '${recordType}' AND c."createdAt" > ${at}
      ORDER BY c."recordId", c."createdAt", c.id
    ) later CROSS JOIN LATERAL jsonb_populate_record(NULL::public."${table}", later.before) r
    WHERE later.action <> 'CREATE' AND later.before IS NOT NULL AND r."createdAt" <= ${at}`;
}

/**
 * The founders' Alibaba years (normally kept by triggers, see its migration) recomputed from the
 * dated tables, for the alumni switch.
 */
const DATED_FOUNDER_YEARS = `CREATE TEMP VIEW "FounderAlibabaYears" AS
  SELECT f.id AS "foundingId", f."startupId", f."personId", s."foundedYear",
      bool_or(j.counted) AS "beforeFounding",
      min(e."startYear") FILTER (WHERE j.counted) AS "firstYear",
      max(CASE WHEN e."isCurrent" THEN s."foundedYear" ELSE e."endYear" END) FILTER (WHERE j.counted) AS "lastYear",
      COALESCE(bool_and(e."startYear" IS NOT NULL) FILTER (WHERE j.counted), false) AS "startKnown",
      COALESCE(bool_and(e."endYear" IS NOT NULL OR e."isCurrent") FILTER (WHERE j.counted), false) AS "endKnown"
  FROM "Founding" f
  JOIN "Startup" s ON s.id = f."startupId"
  JOIN "Person" p ON p.id = f."personId" AND p."deletedAt" IS NULL
  JOIN "Employment" e ON e."personId" = f."personId" AND e."deletedAt" IS NULL
  JOIN "Organization" o ON o.id = e."organizationId" AND o.kind = 'ALIBABA_UNIT' AND o."deletedAt" IS NULL
  CROSS JOIN LATERAL (SELECT s."foundedYear" IS NULL OR e."startYear" IS NULL
                             OR e."startYear" <= s."foundedYear" AS counted) j
  WHERE f."deletedAt" IS NULL
  GROUP BY f.id, f."startupId", f."personId", s."foundedYear"`;

/** Thrown to roll the transaction back once the read is done, carrying its result out. */
class ReadDone<T> {
  constructor(readonly value: T) {}
}

/**
 * Runs `read` against the database as it was at `at`. The client it gets is the transaction's,
 * so its raw queries see the dated views; it also answers `$transaction([...])` (which some chart
 * queries use to raise work_mem) by running the statements in order within this transaction.
 */
export async function readAsOf<T>(at: Date, read: (prisma: AppPrismaClient) => Promise<T>): Promise<T> {
  const prisma = await getPrisma();
  const instant = at.toISOString();
  try {
    await prisma.$transaction(
      async (tx) => {
        // The views make the planner's estimates high enough to switch on JIT compilation, which
        // cost seconds per chart at 100,000 start-ups for queries that run in a fraction of that.
        await tx.$executeRawUnsafe("SET LOCAL jit = off");
        for (const [table, recordType] of DATED_TABLES)
          await tx.$executeRawUnsafe(datedViewSql(table, recordType, instant));
        await tx.$executeRawUnsafe(DATED_FOUNDER_YEARS);
        const client = new Proxy(tx, {
          get(target, property, receiver) {
            if (property === "$transaction") {
              return async (statements: PromiseLike<unknown>[]) => {
                const results: unknown[] = [];
                for (const statement of statements) results.push(await statement);
                return results;
              };
            }
            return Reflect.get(target, property, receiver) as unknown;
          },
        }) as unknown as AppPrismaClient;
        throw new ReadDone(await read(client));
      },
      { timeout: 30_000, maxWait: 10_000 },
    );
  } catch (error) {
    if (error instanceof ReadDone) return error.value as T;
    throw error;
  }
  throw new Error("readAsOf: the read returned without a result");
}
