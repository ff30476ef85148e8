import "server-only";
import { cache } from "react";
import { getPrisma } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { z } from "zod";
import { CitationRecordType, SourceKind } from "@/lib/generated/prisma/enums";
import { romanizedName } from "@/lib/format/names";
import type { Locale } from "@/lib/i18n/locales";
import type { EntityKey } from "@/lib/validation/form-spec";
import { citationTargets, entities } from "./entities";

/*
 * What the data-quality page shows editors: per kind of record, how many facts have a source; which
 * sources lack a title, a date or a kind; which records rest on second-hand or AI-generated pages
 * alone; which names have no Chinese or no romanisation. Every row links to the form that fixes it.
 * Counted in SQL, so the page works on a large database too; lists show the first QUALITY_LIST_LIMIT.
 */

export const QUALITY_LIST_LIMIT = 50;

const TABLES: Record<CitationRecordType, string> = {
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

export type FieldCoverage = {
  recordType: CitationRecordType;
  entity: EntityKey;
  label: string;
  records: number;
  /** Facts held (non-empty fields) and how many of them a source supports. */
  facts: number;
  sourcedFacts: number;
  /** The field with the most unsourced values, to start with. */
  weakestField: { field: string; label: string; unsourced: number } | null;
};

/** A stored value counts as a fact needing a source unless it is a default (false, HIGH confidence). */
function hasValue(column: string, kind: string): Prisma.Sql {
  const c = Prisma.raw(`x."${column}"`);
  if (kind === "checkbox") return Prisma.sql`${c} = true`;
  if (kind === "checkboxes" || kind === "list") return Prisma.sql`cardinality(${c}) > 0`;
  if (column === "confidence") return Prisma.sql`${c} <> 'HIGH'`;
  return Prisma.sql`${c} IS NOT NULL`;
}

/** Per kind of record: facts held and facts with a supporting citation, field by field, in one statement each. */
export const getFieldCoverage = cache(async (): Promise<FieldCoverage[]> => {
  const prisma = await getPrisma();
  return Promise.all(
    Object.values(CitationRecordType).map(async (recordType) => {
      const { key } = citationTargets[recordType];
      const entity = entities[key];
      const fields = entity.form.fields.filter((field) => field.kind !== "slug");
      const columns = fields.map((field) => {
        const reference = field.kind === "reference";
        const citationField = reference ? field.name.replace(/Id$/, "") : field.name;
        const held = hasValue(field.name, field.kind);
        // A link (a founding's person, a round's start-up) is what a whole-record citation supports; a
        // figure's source is its citation.
        // A date's precision is supported by the date's citation.
        const supports = reference
          ? Prisma.sql`(c.field = ${citationField} OR c.field IS NULL)`
          : field.name === "datePrecision"
            ? Prisma.sql`c.field IN ('datePrecision', 'announcedOn')`
            : Prisma.sql`c.field = ${citationField}`;
        const sourced =
          recordType === "REPORTED_FIGURE" && field.name === "sourceId"
            ? held
            : Prisma.sql`${held} AND EXISTS (SELECT 1 FROM "Citation" c JOIN "Source" s ON s.id = c."sourceId" AND s."deletedAt" IS NULL
            WHERE c."recordType" = ${recordType}::"CitationRecordType" AND c."recordId" = x.id AND ${supports}
              AND c."claimedValue" IS NULL AND c."deletedAt" IS NULL)`;
        return { field: citationField, label: field.label, held, sourced };
      });
      const table = Prisma.raw(`"${TABLES[recordType]}"`);
      const selects = columns.flatMap((column, index) => [
        Prisma.sql`count(*) FILTER (WHERE ${column.held})::int AS ${Prisma.raw(`h${index}`)}`,
        Prisma.sql`count(*) FILTER (WHERE ${column.sourced})::int AS ${Prisma.raw(`s${index}`)}`,
      ]);
      const [row] = await prisma.$queryRaw<Record<string, number>[]>`
        SELECT count(*)::int AS records, ${Prisma.join(selects)}
        FROM ${table} x WHERE x."deletedAt" IS NULL AND x.synthetic = false`;
      const perField = columns.map((column, index) => ({
        field: column.field,
        label: column.label,
        held: row?.[`h${index}`] ?? 0,
        sourced: row?.[`s${index}`] ?? 0,
      }));
      const weakest = perField
        .map((f) => ({ field: f.field, label: f.label, unsourced: f.held - f.sourced }))
        .filter((f) => f.unsourced > 0)
        .sort((a, b) => b.unsourced - a.unsourced)[0];
      return {
        recordType,
        entity: key,
        label: entity.plural,
        records: row?.records ?? 0,
        facts: perField.reduce((sum, f) => sum + f.held, 0),
        sourcedFacts: perField.reduce((sum, f) => sum + f.sourced, 0),
        weakestField: weakest ?? null,
      };
    }),
  );
});

export type SourceGap = {
  id: number;
  url: string;
  publisher: string;
  missing: ("title" | "date" | "kind")[];
  citations: number;
};

/** Sources without a title, a date or a kind, the most cited first. */
export const getSourceGaps = cache(async (): Promise<{ total: number; items: SourceGap[] }> => {
  const prisma = await getPrisma();
  const rows = await prisma.$queryRaw<
    (Omit<SourceGap, "missing"> & { no_title: boolean; no_date: boolean; no_kind: boolean; total: number })[]
  >`
    SELECT s.id, s.url, s.publisher, s.title IS NULL AS no_title, s."publishedOn" IS NULL AS no_date, s.kind IS NULL AS no_kind,
           (SELECT count(*)::int FROM "Citation" c WHERE c."sourceId" = s.id AND c."deletedAt" IS NULL) AS citations,
           count(*) OVER ()::int AS total
    FROM "Source" s
    WHERE s."deletedAt" IS NULL AND s.synthetic = false AND (s.title IS NULL OR s."publishedOn" IS NULL OR s.kind IS NULL)
    ORDER BY s.kind IS NULL DESC, citations DESC, s.id
    LIMIT ${QUALITY_LIST_LIMIT}`;
  return {
    total: rows[0]?.total ?? 0,
    items: rows.map(({ no_title, no_date, no_kind, total: _total, ...row }) => {
      void _total;
      const missing: SourceGap["missing"] = [];
      if (no_kind) missing.push("kind");
      if (no_title) missing.push("title");
      if (no_date) missing.push("date");
      return { ...row, missing };
    }),
  };
});

export type WeakRecord = {
  recordType: CitationRecordType;
  recordId: number;
  entity: EntityKey;
  label: string;
  sources: number;
  kinds: (SourceKind | "UNCLASSIFIED")[];
  confidence: string | null;
};

/**
 * Records whose every supporting source is second-hand (aggregator, mirror) or AI-generated: `single`
 * lists those resting on one such source, `all` every one of them. Start-ups and foundings marked
 * high confidence here break the source policy; other kinds carry no confidence and are listed to check.
 */
export const getWeakSupport = cache(
  async (locale: Locale = "en"): Promise<{ total: number; single: number; items: WeakRecord[] }> => {
    const prisma = await getPrisma();
    const rows = await prisma.$queryRaw<
      {
        record_type: CitationRecordType;
        record_id: number;
        sources: number;
        kinds: string[];
        total: number;
        single: number;
      }[]
    >`
    WITH support AS (
      SELECT c."recordType" AS record_type, c."recordId" AS record_id, count(DISTINCT c."sourceId")::int AS sources,
             array_agg(DISTINCT COALESCE(s.kind::text, 'UNCLASSIFIED')) AS kinds,
             bool_and(s.kind IN ('AGGREGATOR', 'MIRROR', 'AI_GENERATED')) AS weak
      FROM "Citation" c JOIN "Source" s ON s.id = c."sourceId" AND s."deletedAt" IS NULL
      WHERE c."deletedAt" IS NULL AND c."claimedValue" IS NULL AND (c.field IS NULL OR c.field <> 'confidence')
        AND c.synthetic = false
      GROUP BY 1, 2
    )
    SELECT record_type, record_id, sources, kinds,
           count(*) OVER ()::int AS total, count(*) FILTER (WHERE sources = 1) OVER ()::int AS single
    FROM support WHERE weak
    -- Start-ups and foundings first: their confidence is what the policy governs.
    ORDER BY CASE record_type WHEN 'STARTUP' THEN 0 WHEN 'FOUNDING' THEN 1 ELSE 2 END, sources, record_type, record_id
    LIMIT ${QUALITY_LIST_LIMIT}`;
    const items = await Promise.all(rows.map(async (row) => describe(row.record_type, row.record_id, row)));
    return { total: rows[0]?.total ?? 0, single: rows[0]?.single ?? 0, items };

    async function describe(
      recordType: CitationRecordType,
      recordId: number,
      row: { sources: number; kinds: string[] },
    ): Promise<WeakRecord> {
      const { key } = citationTargets[recordType];
      const entity = entities[key];
      const record = await entity.findById(prisma, recordId);
      return {
        recordType,
        recordId,
        entity: key,
        label: record ? entity.display(record, locale) : `#${recordId}`,
        sources: row.sources,
        kinds: weakKinds.parse(row.kinds),
        confidence: record && typeof record.confidence === "string" ? record.confidence : null,
      };
    }
  },
);

// The kinds the query aggregates, checked rather than trusted: an unknown kind is a bug to see.
const weakKinds = z.array(z.union([z.enum(SourceKind), z.literal("UNCLASSIFIED")]));

export type NameGap = {
  entity: EntityKey;
  id: number;
  name: string;
  problem: "no Chinese name" | "no romanisation";
};

/** Named records without a Chinese name, or Chinese-only names that cannot be romanised for readers. */
export const getNameGaps = cache(async (): Promise<{ total: number; items: NameGap[] }> => {
  const prisma = await getPrisma();
  const named = Prisma.sql`
    SELECT 'startups' AS entity, id, "nameEn" AS name_en, "nameZh" AS name_zh, false AS person FROM "Startup"
      WHERE "deletedAt" IS NULL AND synthetic = false
    UNION ALL SELECT 'people', id, "nameEn", "nameZh", true FROM "Person" WHERE "deletedAt" IS NULL AND synthetic = false
    UNION ALL SELECT 'organizations', id, "nameEn", "nameZh", false FROM "Organization" WHERE "deletedAt" IS NULL AND synthetic = false
    UNION ALL SELECT 'cities', id, "nameEn", "nameZh", false FROM "City" WHERE "deletedAt" IS NULL AND synthetic = false`;
  type NameRow = {
    entity: EntityKey;
    id: number;
    name_en: string | null;
    name_zh: string | null;
    person: boolean;
    total: number;
  };
  const [noChinese, chineseOnly] = await Promise.all([
    prisma.$queryRaw<NameRow[]>`
      SELECT *, count(*) OVER ()::int AS total FROM (${named}) n WHERE name_zh IS NULL AND name_en IS NOT NULL
      ORDER BY entity, id LIMIT ${QUALITY_LIST_LIMIT}`,
    // Romanisation is computed (lib/text/pinyin.ts); only Chinese-only names need checking.
    prisma.$queryRaw<NameRow[]>`
      SELECT *, 0 AS total FROM (${named}) n WHERE name_zh IS NOT NULL AND (name_en IS NULL OR name_en = name_zh)
      ORDER BY entity, id LIMIT 1000`,
  ]);
  const unromanised = chineseOnly.filter(
    (row) => !romanizedName({ nameEn: row.name_en, nameZh: row.name_zh }, row.person ? "person" : "other"),
  );
  const items: NameGap[] = [
    ...unromanised.map((row) => ({
      entity: row.entity,
      id: row.id,
      name: row.name_zh!,
      problem: "no romanisation" as const,
    })),
    ...noChinese.map((row) => ({
      entity: row.entity,
      id: row.id,
      name: row.name_en!,
      problem: "no Chinese name" as const,
    })),
  ];
  return { total: (noChinese[0]?.total ?? 0) + unromanised.length, items: items.slice(0, QUALITY_LIST_LIMIT) };
});
