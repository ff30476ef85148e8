import "server-only";
import { cache } from "react";
import { z } from "zod";
import { getPrisma } from "@/lib/db";
import type { AppPrismaClient } from "@/lib/db/connection";
import { RELEASE_NAME } from "@/lib/releases/names";

// The published dataset releases (lib/releases writes them): the list for the download page and
// the zip's bytes, read back chunk by chunk so a download never holds the whole file.

export type ReleaseSummary = {
  name: string;
  releasedOn: string;
  cutAt: string;
  previousName: string | null;
  sha256: string;
  byteSize: number;
  recordCounts: Record<string, number>;
  changeCounts: { added: number; changed: number; removed: number };
  citation: string;
  createdByName: string;
};

const summarySelect = {
  name: true,
  releasedOn: true,
  cutAt: true,
  previousName: true,
  sha256: true,
  byteSize: true,
  recordCounts: true,
  changeCounts: true,
  citation: true,
  createdByName: true,
} as const;

type SummaryRow = {
  name: string;
  releasedOn: Date;
  cutAt: Date;
  previousName: string | null;
  sha256: string;
  byteSize: number;
  recordCounts: unknown;
  changeCounts: unknown;
  citation: string;
  createdByName: string;
};

// The counts are JSON columns (written by lib/releases/write.ts): checked as they are read back.
const recordCountsSchema = z.record(z.string(), z.number());
const changeCountsSchema = z.object({ added: z.number(), changed: z.number(), removed: z.number() });

const summary = (row: SummaryRow): ReleaseSummary => ({
  ...row,
  releasedOn: row.releasedOn.toISOString().slice(0, 10),
  cutAt: row.cutAt.toISOString(),
  recordCounts: recordCountsSchema.parse(row.recordCounts),
  changeCounts: changeCountsSchema.parse(row.changeCounts),
});

/** Newest first. */
export const listReleases = cache(async (): Promise<ReleaseSummary[]> => {
  const prisma = await getPrisma();
  const rows = await prisma.datasetRelease.findMany({
    orderBy: [{ cutAt: "desc" }, { id: "desc" }],
    select: summarySelect,
  });
  return rows.map(summary);
});

export const getRelease = cache(async (name: string): Promise<ReleaseSummary | null> => {
  if (!RELEASE_NAME.test(name)) return null;
  const prisma = await getPrisma();
  const row = await prisma.datasetRelease.findUnique({ where: { name }, select: summarySelect });
  return row ? summary(row) : null;
});

/**
 * The release's zip, one stored chunk at a time. The client is captured when called (inside the
 * request), so the later chunks can be read while the response streams.
 */
export async function openReleaseBytes(name: string): Promise<AsyncGenerator<Uint8Array>> {
  const prisma: AppPrismaClient = await getPrisma();
  return (async function* () {
    for (let seq = 0; ; seq += 1) {
      const chunk = await prisma.datasetReleaseChunk.findUnique({
        where: { releaseName_seq: { releaseName: name, seq } },
        select: { data: true },
      });
      if (!chunk) return;
      yield chunk.data;
    }
  })();
}
