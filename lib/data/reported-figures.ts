import "server-only";
import type { AppPrismaClient } from "@/lib/db/connection";
import { cache } from "react";
import { getPrisma } from "@/lib/db";

/**
 * Reported figures that describe the same population this database tracks (AI start-ups founded by
 * former Alibaba staff), so they can stand beside the tracked counts. Other reported figures (all
 * sectors, other companies' alumni) are context, not comparisons.
 */
export const COMPARABLE_FIGURE_SLUGS = [
  "itjuzi-alibaba-alumni-ai-startups-2024",
  "itjuzi-alibaba-alumni-ai-startups-hangzhou-share-2024",
] as const;

export type ReportedFigureWithComparison = {
  slug: string;
  metric: string;
  value: number | null;
  valueText: string | null;
  unit: string;
  asOfLabel: string;
  scope: string | null;
  originalDataSource: string | null;
  source: { url: string; publisher: string; title: string | null; publishedOn: Date | null };
  scopeCity: { slug: string; nameEn: string } | null;
  /** What this database holds for the same measure. */
  tracked: { value: number; unit: "companies" | "percent"; count: number; total: number };
};

/**
 * The comparable reported figures, in COMPARABLE_FIGURE_SLUGS order, with their sources: the one
 * read that the home page comparison and the city chart both build on.
 */
export async function findComparableFigures(prisma: AppPrismaClient) {
  const figures = await prisma.reportedFigure.findMany({
    where: { slug: { in: [...COMPARABLE_FIGURE_SLUGS] }, deletedAt: null },
    select: {
      slug: true,
      metric: true,
      value: true,
      valueText: true,
      unit: true,
      asOfLabel: true,
      scope: true,
      originalDataSource: true,
      scopeCityId: true,
      scopeCity: { select: { slug: true, nameEn: true } },
      source: { select: { url: true, publisher: true, originalPublisher: true, title: true, publishedOn: true } },
    },
  });
  return COMPARABLE_FIGURE_SLUGS.flatMap((slug) => {
    const figure = figures.find((f) => f.slug === slug);
    return figure ? [{ ...figure, value: figure.value === null ? null : Number(figure.value) }] : [];
  });
}

export const getComparableReportedFigures = cache(async (): Promise<ReportedFigureWithComparison[]> => {
  const prisma = await getPrisma();
  const figures = await findComparableFigures(prisma);
  const total = await prisma.startup.count({ where: { deletedAt: null } });
  const cityIds = figures.map((f) => f.scopeCityId).filter((id): id is number => id !== null);
  const perCity = cityIds.length
    ? await prisma.startup.groupBy({
        by: ["cityId"],
        where: { deletedAt: null, cityId: { in: cityIds } },
        _count: { _all: true },
      })
    : [];
  const countByCity = new Map(perCity.map((row) => [row.cityId, row._count._all]));

  return figures.map(({ scopeCityId, source, ...rest }) => {
    const tracked =
      rest.unit === "percent" && scopeCityId !== null
        ? (() => {
            const count = countByCity.get(scopeCityId) ?? 0;
            return { value: total ? (100 * count) / total : 0, unit: "percent" as const, count, total };
          })()
        : { value: total, unit: "companies" as const, count: total, total };
    const { url, publisher, title, publishedOn } = source;
    return { ...rest, source: { url, publisher, title, publishedOn }, tracked };
  });
});
