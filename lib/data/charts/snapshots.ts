import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { cache } from "react";
import { getPrisma } from "@/lib/db";
import type { ChartKey } from "@/lib/charts/definition";
import type { ChartFilters } from "@/lib/charts/request";
import { chartDataSchema } from "@/lib/charts/data-schema";
import type { ChartData } from "@/lib/charts/types";
import { consumeRateLimit, type RateLimitDecision } from "../rate-limit";
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
 * Limits on public snapshot creation (anyone may pin a chart, without an account):
 * - per client address (clientAddress: the socket or a trusted proxy's X-Forwarded-For), every
 *   request counted, 30 per 10 minutes: a journalist pins a handful, a script is stopped;
 * - new snapshots across all clients, 500 per day: repeats of existing content do not count, they
 *   add no row;
 * - at most 50,000 live snapshots in all: past that, pinning new data is refused until an
 *   administrator removes old ones (each is a few kilobytes, so the table stays near 200 MB).
 */
export const SNAPSHOT_LIMITS = {
  perClient: { limit: 30, windowSeconds: 600 },
  newPerDay: { limit: 500, windowSeconds: 86_400 },
  maxRows: 50_000,
} as const;

export type CreateSnapshotResult =
  | { ok: true; created: boolean; snapshot: { id: string; createdAt: string }; rateLimit: RateLimitDecision }
  | { ok: false; reason: "invalid"; problems: { message: string }[] }
  | { ok: false; reason: "rate-limited" | "daily-cap" | "full"; message: string; rateLimit: RateLimitDecision };

/**
 * Freezes a chart's current data so an embed can be pinned to it. Pinning identical data twice
 * returns the existing snapshot, so repeated clicks do not pile up rows; parallel identical pins
 * meet in one INSERT … ON CONFLICT on the content hash, never in a unique-key error.
 */
export async function createChartSnapshot(options: {
  key: ChartKey;
  filters: ChartFilters;
  /** Who is asking, for the per-client limit: clientAddress(request headers). */
  client: string;
}): Promise<CreateSnapshotResult> {
  const prisma = await getPrisma();
  const rateLimit = await consumeRateLimit(prisma, { key: `snapshot:${options.client}`, ...SNAPSHOT_LIMITS.perClient });
  if (!rateLimit.allowed) {
    return {
      ok: false,
      reason: "rate-limited",
      rateLimit,
      message: `Too many pins from your address: at most ${rateLimit.limit} every ${SNAPSHOT_LIMITS.perClient.windowSeconds / 60} minutes. Try again in ${rateLimit.resetSeconds} s.`,
    };
  }
  const { chart, problems } = await getChart(options);
  if (problems.length > 0) return { ok: false, reason: "invalid", problems };
  const hash = contentHash(chart);

  const existing = await prisma.chartSnapshot.findUnique({
    where: { contentHash: hash },
    select: { slug: true, createdAt: true, deletedAt: true },
  });
  if (existing && !existing.deletedAt) {
    return {
      ok: true,
      created: false,
      rateLimit,
      snapshot: { id: existing.slug, createdAt: existing.createdAt.toISOString() },
    };
  }
  if (!existing) {
    // Only new content grows the table, so only new content counts against the caps.
    const daily = await consumeRateLimit(prisma, { key: "snapshot:new-per-day", ...SNAPSHOT_LIMITS.newPerDay });
    if (!daily.allowed) {
      return {
        ok: false,
        reason: "daily-cap",
        rateLimit: daily,
        message: `The site has pinned its ${daily.limit} new charts for today. The live chart and its embed still work; try pinning again in ${Math.ceil(daily.resetSeconds / 3600)} h.`,
      };
    }
    const live = await prisma.chartSnapshot.count({ where: { deletedAt: null } });
    if (live >= SNAPSHOT_LIMITS.maxRows) {
      return {
        ok: false,
        reason: "full",
        rateLimit: { ...daily, allowed: false, remaining: 0 },
        message: `The site holds its maximum of ${SNAPSHOT_LIMITS.maxRows.toLocaleString("en")} pinned charts; an administrator has to remove old ones first. The live chart and its embed still work.`,
      };
    }
  }

  // A row that exists by now (a parallel identical pin got there first, or it was deleted once) is
  // answered as it is, live again; only a row this statement inserted reports created (xmax = 0).
  const [row] = await prisma.$queryRaw<{ slug: string; createdAt: Date; created: boolean }[]>`
    INSERT INTO "ChartSnapshot" (slug, "chartKey", filters, data, "contentHash", "dataAsOf", "updatedAt")
    VALUES (${newSnapshotSlug()}, ${chart.key}, ${JSON.stringify(chart.filters)}::jsonb, ${JSON.stringify(chart)}::jsonb,
            ${hash}, ${chart.asOf ? new Date(chart.asOf) : null}, now())
    ON CONFLICT ("contentHash") DO UPDATE SET "deletedAt" = NULL
    RETURNING slug, "createdAt", (xmax = 0) AS created`;
  if (!row) throw new Error("The snapshot upsert returned no row");
  return {
    ok: true,
    created: row.created,
    rateLimit,
    snapshot: { id: row.slug, createdAt: row.createdAt.toISOString() },
  };
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
  const data = chartDataSchema.parse(row.data);
  return { ...data, snapshot: { id: row.slug, createdAt: row.createdAt.toISOString() } };
});
