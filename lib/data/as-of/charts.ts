import "server-only";
import { cache } from "react";
import type { ChartKey } from "@/lib/charts/definition";
import type { ChartFilters } from "@/lib/charts/request";
import { chartDataSchema } from "@/lib/charts/data-schema";
import type { ChartData } from "@/lib/charts/types";
import { getPrisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * A chart page's `?asOf=`: the newest pinned snapshot of this chart, with these filters, taken by
 * the end of that day. Charts aggregate every record, so they are not rebuilt from the history: a
 * dated chart is one that was frozen then (by an embed, a share or a citation), shown exactly so.
 */
export const getChartSnapshotAsOf = cache(
  async (options: { key: ChartKey; filters: ChartFilters; atIso: string }): Promise<ChartData | null> => {
    const prisma = await getPrisma();
    const row = await prisma.chartSnapshot.findFirst({
      where: {
        chartKey: options.key,
        filters: { equals: options.filters as Prisma.InputJsonValue },
        createdAt: { lte: new Date(options.atIso) },
        deletedAt: null,
        synthetic: false,
      },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: { slug: true, data: true, createdAt: true },
    });
    if (!row) return null;
    const data = chartDataSchema.parse(row.data);
    return { ...data, snapshot: { id: row.slug, createdAt: row.createdAt.toISOString() } };
  },
);
