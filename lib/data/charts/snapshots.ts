import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { cache } from "react";
import { getPrisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ChartKey } from "@/lib/charts/definition";
import type { ChartFilters } from "@/lib/charts/request";
import type { ChartData } from "@/lib/charts/types";
import { getChart } from "./get-chart";

/** Snapshot identifiers: 12 random URL-safe characters, so pinned embeds cannot be guessed. */
function newSnapshotSlug(): string {
  return randomBytes(9).toString("base64url");
}

function contentHash(chart: ChartData): string {
  // generatedAt changes on every render; it is not part of what the chart says.
  const content = { ...chart, generatedAt: undefined, snapshot: undefined };
  return createHash("sha256").update(JSON.stringify(content)).digest("hex");
}

/**
 * Freezes a chart's current data so an embed can be pinned to it. Pinning identical data twice
 * returns the existing snapshot, so repeated clicks do not pile up rows.
 */
export async function createChartSnapshot(options: { key: ChartKey; filters: ChartFilters }) {
  const { chart, problems } = await getChart(options);
  if (problems.length > 0) return { ok: false as const, problems };
  const prisma = await getPrisma();
  const hash = contentHash(chart);
  const snapshot = await prisma.chartSnapshot.upsert({
    where: { contentHash: hash },
    update: {},
    create: {
      slug: newSnapshotSlug(),
      chartKey: chart.key,
      filters: chart.filters as Prisma.InputJsonValue,
      data: chart as unknown as Prisma.InputJsonValue,
      contentHash: hash,
      dataAsOf: chart.asOf ? new Date(chart.asOf) : null,
    },
    select: { slug: true, createdAt: true },
  });
  return { ok: true as const, snapshot: { id: snapshot.slug, createdAt: snapshot.createdAt.toISOString() } };
}

/** A pinned chart as it was frozen; null when the snapshot does not exist or belongs to another chart. */
export const getChartSnapshot = cache(async (options: { key: ChartKey; id: string }): Promise<ChartData | null> => {
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(options.id)) return null;
  const prisma = await getPrisma();
  const row = await prisma.chartSnapshot.findFirst({
    where: { slug: options.id, chartKey: options.key, deletedAt: null },
    select: { slug: true, data: true, createdAt: true },
  });
  if (!row) return null;
  const data = row.data as unknown as ChartData;
  return { ...data, snapshot: { id: row.slug, createdAt: row.createdAt.toISOString() } };
});
