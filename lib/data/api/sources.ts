import "server-only";
import { getPrisma } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { CitationRecordType, SourceKind } from "@/lib/generated/prisma/enums";
import type { KeysetCursor } from "@/lib/api/cursor";
import { reportedFigureLinks, sourceLinks } from "@/lib/api/links";
import type { ApiCitation, ApiReportedFigure, ApiSource } from "@/lib/api/schemas";
import {
  PUBLIC,
  cityRefOrNull,
  cityRefSelect,
  decimalText,
  findCitationsByIds,
  findCitationsOf,
  inOrder,
  isoDay,
  keysetIds,
  withoutId,
  sourceRef,
  sourceRefSelect,
} from "./shared";

// Sources, citations and reported figures for the public API.

const sourceSelect = {
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
} as const;

function sourceView(row: Prisma.SourceGetPayload<{ select: typeof sourceSelect }>): ApiSource {
  return {
    ...row,
    publishedOn: isoDay(row.publishedOn),
    retrievedOn: isoDay(row.retrievedOn),
    links: sourceLinks(row.id),
  };
}

export async function findApiSources({
  kind,
  publisher,
  after,
  limit,
}: {
  kind: SourceKind | null;
  publisher: string | null;
  after: KeysetCursor | null;
  limit: number;
}): Promise<{ items: ApiSource[]; next: KeysetCursor | null }> {
  const where: Prisma.Sql[] = [];
  if (kind) where.push(Prisma.sql`src.kind = ${kind}::"SourceKind"`);
  if (publisher) where.push(Prisma.sql`src.publisher = ${publisher}`);
  const { ids, next } = await keysetIds({ table: "Source", alias: "src", where, sortKey: null, after, limit });
  const prisma = await getPrisma();
  const rows = await prisma.source.findMany({ where: { id: { in: ids } }, select: sourceSelect });
  return { items: inOrder(ids, rows).map(sourceView), next };
}

export async function getApiSource({ id }: { id: number }): Promise<ApiSource | null> {
  const prisma = await getPrisma();
  const row = await prisma.source.findFirst({ where: { id, ...PUBLIC }, select: sourceSelect });
  return row ? sourceView(row) : null;
}

const CITED_TABLES: Record<CitationRecordType, string> = {
  CITY: "City",
  STARTUP: "Startup",
  PERSON: "Person",
  ORGANIZATION: "Organization",
  EMPLOYMENT: "Employment",
  FOUNDING: "Founding",
  FUNDING_ROUND: "FundingRound",
  INVESTMENT: "Investment",
  REPORTED_FIGURE: "ReportedFigure",
};

/** The citation (alias ct) is of a public record and from a public source. */
const citationIsPublic = Prisma.sql`
  EXISTS (SELECT 1 FROM "Source" cs WHERE cs.id = ct."sourceId" AND cs."deletedAt" IS NULL AND NOT cs.synthetic)
  AND (${Prisma.join(
    Object.entries(CITED_TABLES).map(
      ([type, table]) => Prisma.sql`(ct."recordType" = ${type}::"CitationRecordType" AND EXISTS (
        SELECT 1 FROM ${Prisma.raw(`"${table}"`)} x WHERE x.id = ct."recordId" AND x."deletedAt" IS NULL AND NOT x.synthetic))`,
    ),
    " OR ",
  )})`;

export async function findApiCitations({
  recordType,
  recordId,
  source,
  after,
  limit,
}: {
  recordType: CitationRecordType | null;
  recordId: number | null;
  source: number | null;
  after: KeysetCursor | null;
  limit: number;
}): Promise<{ items: ApiCitation[]; next: KeysetCursor | null }> {
  const where: Prisma.Sql[] = [citationIsPublic];
  if (recordType) where.push(Prisma.sql`ct."recordType" = ${recordType}::"CitationRecordType"`);
  if (recordId !== null) where.push(Prisma.sql`ct."recordId" = ${recordId}`);
  if (source !== null) where.push(Prisma.sql`ct."sourceId" = ${source}`);
  const { ids, next } = await keysetIds({ table: "Citation", alias: "ct", where, sortKey: null, after, limit });
  return { items: await findCitationsByIds(ids), next };
}

export async function getApiCitation({ id }: { id: number }): Promise<ApiCitation | null> {
  const { ids } = await keysetIds({
    table: "Citation",
    alias: "ct",
    where: [citationIsPublic, Prisma.sql`ct.id = ${id}`],
    sortKey: null,
    after: null,
    limit: 1,
  });
  const [citation] = await findCitationsByIds(ids);
  return citation ?? null;
}

const figureSelect = {
  id: true,
  slug: true,
  metric: true,
  value: true,
  valueText: true,
  unit: true,
  asOfDate: true,
  asOfLabel: true,
  scope: true,
  originalDataSource: true,
  alibabaSpecific: true,
  note: true,
  scopeCity: { select: cityRefSelect },
  baseFigure: { select: { slug: true, deletedAt: true, synthetic: true } },
  source: { select: sourceRefSelect },
} as const;

function figureView({
  value,
  asOfDate,
  scopeCity,
  baseFigure,
  source,
  ...row
}: Prisma.ReportedFigureGetPayload<{ select: typeof figureSelect }>): ApiReportedFigure {
  return {
    ...withoutId(row),
    value: decimalText(value),
    asOfDate: isoDay(asOfDate),
    scopeCity: cityRefOrNull(scopeCity),
    baseFigureSlug: baseFigure && baseFigure.deletedAt === null && !baseFigure.synthetic ? baseFigure.slug : null,
    source: sourceRef(source),
    links: reportedFigureLinks(row.slug),
  };
}

export async function findApiReportedFigures({
  city,
  after,
  limit,
}: {
  city: string | null;
  after: KeysetCursor | null;
  limit: number;
}): Promise<{ items: ApiReportedFigure[]; next: KeysetCursor | null }> {
  const where: Prisma.Sql[] = [
    Prisma.sql`EXISTS (SELECT 1 FROM "Source" fs WHERE fs.id = rf."sourceId" AND fs."deletedAt" IS NULL AND NOT fs.synthetic)`,
  ];
  if (city) {
    where.push(
      Prisma.sql`rf."scopeCityId" = (SELECT id FROM "City" WHERE slug = ${city} AND "deletedAt" IS NULL AND NOT synthetic)`,
    );
  }
  const { ids, next } = await keysetIds({ table: "ReportedFigure", alias: "rf", where, sortKey: null, after, limit });
  const prisma = await getPrisma();
  const rows = await prisma.reportedFigure.findMany({ where: { id: { in: ids } }, select: figureSelect });
  return { items: inOrder(ids, rows).map(figureView), next };
}

export async function getApiReportedFigure({
  slug,
  includeCitations,
}: {
  slug: string;
  includeCitations: boolean;
}): Promise<ApiReportedFigure | null> {
  const prisma = await getPrisma();
  const row = await prisma.reportedFigure.findFirst({
    where: { slug, ...PUBLIC, source: PUBLIC },
    select: figureSelect,
  });
  if (!row) return null;
  return {
    ...figureView(row),
    ...(includeCitations ? { citations: await findCitationsOf("REPORTED_FIGURE", row.id) } : {}),
  };
}
