import "server-only";
import { cachedRead } from "@/lib/data/cached-read";
import { RECORDS_TAG } from "@/lib/data/cache-tags";
import { getPrisma } from "@/lib/db";
import type { CitationRecordType } from "@/lib/generated/prisma/enums";
import type { AppPrismaClient } from "@/lib/db/connection";
import { formatDay } from "@/lib/format/dates";

/**
 * "Data as of": the latest change to a fact, which is either the date the seed's facts were compiled
 * from the research (DataRelease, written by the seed) or an editor's change recorded in the history
 * — never the day the seed happened to be loaded on this machine.
 */
export type DataAsOf = {
  /** YYYY-MM-DD. */
  date: string;
  /** What the date is: "research compiled" for the seed, "edited" for an editor's change. */
  basis: "research compiled" | "edited";
};

function latest(compiledOn: Date | null, editedAt: Date | null): DataAsOf | null {
  if (!compiledOn && !editedAt) return null;
  if (editedAt && (!compiledOn || formatDay(editedAt) > formatDay(compiledOn)))
    return { date: formatDay(editedAt), basis: "edited" };
  return { date: formatDay(compiledOn!), basis: "research compiled" };
}

/**
 * The database's as-of date. A database that was never seeded and never edited through the admin
 * (a synthetic benchmark copy) falls back to its newest row change.
 */
export async function readDataAsOf(prisma: AppPrismaClient): Promise<DataAsOf | null> {
  const [row] = await prisma.$queryRaw<{ compiled_on: Date | null; edited_at: Date | null; touched_at: Date | null }[]>`
    SELECT (SELECT max("compiledOn") FROM "DataRelease") AS compiled_on,
           (SELECT max("createdAt") FROM "ChangeLog" WHERE "recordType" <> 'USER') AS edited_at,
           GREATEST((SELECT max("updatedAt") FROM "Startup"), (SELECT max("updatedAt") FROM "ReportedFigure")) AS touched_at`;
  if (!row) return null;
  return (
    latest(row.compiled_on, row.edited_at) ??
    (row.touched_at ? { date: formatDay(row.touched_at), basis: "edited" } : null)
  );
}

export const getDataAsOf = cachedRead(
  "data-as-of",
  () => [RECORDS_TAG],
  async (): Promise<DataAsOf | null> => readDataAsOf(await getPrisma()),
);

/** The as-of date of the facts on one page: the latest editor's change to its records, else the seed's date. */
export const getFactsAsOf = cachedRead("facts-as-of", () => [RECORDS_TAG], readFactsAsOf);

async function readFactsAsOf({
  records,
}: {
  records: { recordType: CitationRecordType; recordId: number }[];
}): Promise<DataAsOf | null> {
  const prisma = await getPrisma();
  const byType = new Map<CitationRecordType, string[]>();
  for (const { recordType, recordId } of records)
    byType.set(recordType, [...(byType.get(recordType) ?? []), String(recordId)]);
  const [release, edits] = await Promise.all([
    prisma.dataRelease.aggregate({ _max: { compiledOn: true } }),
    byType.size === 0
      ? null
      : prisma.changeLog.aggregate({
          _max: { createdAt: true },
          where: { OR: [...byType].map(([recordType, recordId]) => ({ recordType, recordId: { in: recordId } })) },
        }),
  ]);
  return latest(release._max.compiledOn ?? null, edits?._max.createdAt ?? null);
}
