import "server-only";
import { cachedRead } from "@/lib/data/cached-read";
import { RECORDS_TAG, pageTag } from "@/lib/data/cache-tags";
import type { AppPrismaClient } from "@/lib/db/connection";
import { getPrisma } from "@/lib/db";
import { formatIsoDate } from "@/lib/format/dates";
import { httpUrlOrNull } from "@/lib/urls";
import { fieldFootnotes, getCitations, recordConflicts, type Conflict, type SourceView } from "./citations";

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
  scopeCity: { slug: string; nameEn: string; nameZh: string | null } | null;
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
      scopeCity: { select: { slug: true, nameEn: true, nameZh: true } },
      source: { select: { url: true, publisher: true, originalPublisher: true, title: true, publishedOn: true } },
    },
  });
  return COMPARABLE_FIGURE_SLUGS.flatMap((slug) => {
    const figure = figures.find((f) => f.slug === slug);
    return figure ? [{ ...figure, value: figure.value === null ? null : Number(figure.value) }] : [];
  });
}

export const getComparableReportedFigures = cachedRead(
  "comparable-figures",
  () => [pageTag("/"), pageTag("/reported-figures"), RECORDS_TAG],
  async (): Promise<ReportedFigureWithComparison[]> => {
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
  },
);

export type ReportedFigureView = {
  slug: string;
  metric: string;
  value: number | null;
  valueText: string | null;
  unit: string;
  asOfLabel: string;
  asOfDate: string | null;
  scope: string | null;
  originalDataSource: string | null;
  alibabaSpecific: boolean;
  note: string | null;
  /** The figure this one is part of ("of the 541"), by slug and metric. */
  base: { slug: string; metric: string } | null;
  scopeCity: { slug: string; nameEn: string; nameZh: string | null } | null;
  source: SourceView;
  /** The source's own words for the figure, when recorded. */
  quotes: string[];
  /** Conflicting values other sources give for it. */
  conflicts: Conflict[];
  /** What this database tracks for the same measure, for the comparable figures only. */
  tracked: ReportedFigureWithComparison["tracked"] | null;
};

/**
 * Every reported figure with who reported it, when, what it counts and its source (and the quoted
 * words), beside what this database tracks where the two measure the same thing. Alibaba-specific
 * figures first, then context; within each, newest first.
 */
export const findReportedFigures = cachedRead(
  "reported-figures",
  () => [pageTag("/reported-figures"), RECORDS_TAG],
  async (): Promise<ReportedFigureView[]> => {
    const prisma = await getPrisma();
    const [figures, comparable] = await Promise.all([
      prisma.reportedFigure.findMany({
        where: { deletedAt: null, source: { deletedAt: null } },
        orderBy: [{ alibabaSpecific: "desc" }, { asOfDate: { sort: "desc", nulls: "last" } }, { id: "asc" }],
        select: {
          id: true,
          slug: true,
          metric: true,
          value: true,
          valueText: true,
          unit: true,
          asOfLabel: true,
          asOfDate: true,
          scope: true,
          originalDataSource: true,
          alibabaSpecific: true,
          note: true,
          sourceId: true,
          baseFigure: { select: { slug: true, metric: true, deletedAt: true } },
          scopeCity: { select: { slug: true, nameEn: true, nameZh: true, deletedAt: true } },
        },
      }),
      getComparableReportedFigures(),
    ]);
    const notes = await getCitations({
      records: figures.map((figure) => ({ recordType: "REPORTED_FIGURE" as const, recordId: figure.id })),
    });
    const trackedBySlug = new Map(comparable.map((figure) => [figure.slug, figure.tracked]));
    const sources = await prisma.source.findMany({
      where: { id: { in: [...new Set(figures.map((f) => f.sourceId))] } },
      select: {
        id: true,
        url: true,
        publisher: true,
        originalPublisher: true,
        canonicalUrl: true,
        title: true,
        publishedOn: true,
        publishedPrecision: true,
        retrievedOn: true,
        language: true,
        kind: true,
        note: true,
      },
    });
    const directSource = new Map(
      sources.map((s) => [
        s.id,
        {
          number: 0,
          url: httpUrlOrNull(s.url),
          publisher: s.publisher,
          originalPublisher: s.originalPublisher,
          canonicalUrl: httpUrlOrNull(s.canonicalUrl),
          title: s.title,
          publishedOn: formatIsoDate(s.publishedOn),
          publishedPrecision: s.publishedOn ? (s.publishedPrecision ?? "DAY") : null,
          retrievedOn: formatIsoDate(s.retrievedOn),
          language: s.language,
          kind: s.kind,
          note: s.note,
        } satisfies SourceView,
      ]),
    );
    return figures.flatMap((figure) => {
      const source = directSource.get(figure.sourceId);
      if (!source) return [];
      const record = { recordType: "REPORTED_FIGURE" as const, recordId: figure.id };
      const quotes = [
        ...fieldFootnotes(notes, record, figure.value === null ? "valueText" : "value"),
        ...fieldFootnotes(notes, record, "metric"),
      ].flatMap((ref) => ref.quotes);
      return [
        {
          slug: figure.slug,
          metric: figure.metric,
          value: figure.value === null ? null : Number(figure.value),
          valueText: figure.valueText,
          unit: figure.unit,
          asOfLabel: figure.asOfLabel,
          asOfDate: formatIsoDate(figure.asOfDate),
          scope: figure.scope,
          originalDataSource: figure.originalDataSource,
          alibabaSpecific: figure.alibabaSpecific,
          note: figure.note,
          base:
            figure.baseFigure && !figure.baseFigure.deletedAt
              ? { slug: figure.baseFigure.slug, metric: figure.baseFigure.metric }
              : null,
          scopeCity:
            figure.scopeCity && !figure.scopeCity.deletedAt
              ? { slug: figure.scopeCity.slug, nameEn: figure.scopeCity.nameEn, nameZh: figure.scopeCity.nameZh }
              : null,
          source,
          quotes: [...new Set(quotes)],
          conflicts: recordConflicts(notes, record),
          tracked: trackedBySlug.get(figure.slug) ?? null,
        },
      ];
    });
  },
);
