import "server-only";
import { cachedRead } from "@/lib/data/cached-read";
import { RECORDS_TAG, pageTag } from "@/lib/data/cache-tags";
import { cache } from "react";
import { getPrisma } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { OrganizationRef } from "./careers";
import { getCitations, type RecordRef, type SourceNotes } from "./citations";

// Alibaba's units: the tree, a unit's page, and the ids below a unit for filters elsewhere.

/**
 * The ids of an Alibaba unit and all units below it (a recursive walk down parentId), fetched
 * before the main query: PostgreSQL cannot estimate a recursive CTE's size (it guesses 200 rows),
 * and with the ids written out it picks index scans for small units and hashes for big ones.
 */
export const getUnitSubtreeIds = cache(async (slug: string): Promise<number[]> => {
  const prisma = await getPrisma();
  const rows = await prisma.$queryRaw<{ id: number }[]>`
    WITH RECURSIVE tree AS (
      SELECT id, 0 AS depth FROM "Organization" WHERE slug = ${slug} AND kind = 'ALIBABA_UNIT' AND "deletedAt" IS NULL
      UNION
      SELECT o.id, t.depth + 1 FROM "Organization" o JOIN tree t ON o."parentId" = t.id
      WHERE o."deletedAt" IS NULL AND t.depth < 10
    )
    SELECT DISTINCT id FROM tree`;
  return rows.map((row) => row.id);
});

export type UnitTreeNode = {
  slug: string;
  nameEn: string;
  nameZh: string | null;
  depth: number;
  /** Founders of tracked start-ups who worked in this unit or a unit below it. */
  alumniFounders: number;
};

/** Every Alibaba unit, in tree order, with how many founders came out of it (subtree included). */
export const getUnitTree = cachedRead(
  "unit-tree",
  () => [pageTag("/units"), RECORDS_TAG],
  async (): Promise<UnitTreeNode[]> => {
    const prisma = await getPrisma();
    return prisma.$queryRaw<UnitTreeNode[]>`
    WITH RECURSIVE tree AS (
      SELECT id, slug, "nameEn", "nameZh", 0 AS depth, ARRAY[lower("nameEn")] AS path, ARRAY[id] AS ancestors
      FROM "Organization" WHERE kind = 'ALIBABA_UNIT' AND "parentId" IS NULL AND "deletedAt" IS NULL
      UNION ALL
      SELECT o.id, o.slug, o."nameEn", o."nameZh", t.depth + 1, t.path || lower(o."nameEn"), t.ancestors || o.id
      FROM "Organization" o JOIN tree t ON o."parentId" = t.id
      WHERE o.kind = 'ALIBABA_UNIT' AND o."deletedAt" IS NULL AND t.depth < 10
    ),
    founders AS (
      SELECT DISTINCT e."personId", e."organizationId" FROM "Employment" e
      JOIN "Founding" f ON f."personId" = e."personId" AND f."deletedAt" IS NULL
      JOIN "Startup" s ON s.id = f."startupId" AND s."deletedAt" IS NULL
      JOIN "Person" p ON p.id = e."personId" AND p."deletedAt" IS NULL
      WHERE e."deletedAt" IS NULL
    )
    SELECT t.slug, t."nameEn", t."nameZh", t.depth,
           (SELECT count(DISTINCT fo."personId")::int FROM founders fo JOIN tree d ON d.id = fo."organizationId"
            WHERE t.id = ANY(d.ancestors)) AS "alumniFounders"
    FROM tree t ORDER BY t.path`;
  },
);

export const UNIT_ALUMNI_SHOWN = 50;

export type UnitAlumnus = {
  person: { slug: string; nameEn: string | null; nameZh: string | null };
  employment: {
    id: number;
    role: string | null;
    startYear: number | null;
    endYear: number | null;
    isCurrent: boolean;
    unit: { slug: string; nameEn: string; nameZh: string | null };
  };
  startups: {
    slug: string;
    nameEn: string | null;
    nameZh: string | null;
    label: string | null;
    foundedYear: number | null;
  }[];
};

export type UnitProfile = {
  id: number;
  slug: string;
  nameEn: string;
  nameZh: string | null;
  aliases: string[];
  description: string | null;
  updatedAt: string;
  parents: OrganizationRef[];
  children: { slug: string; nameEn: string; nameZh: string | null }[];
  alumni: UnitAlumnus[];
  /** All alumni founders and their start-ups, counted in SQL; `alumni` lists the first UNIT_ALUMNI_SHOWN. */
  alumniCount: number;
  startupCount: number;
  sources: SourceNotes;
};

const loadUnit = cache(async (slug: string, deleted = false): Promise<UnitProfile | null> => {
  const prisma = await getPrisma();
  const unit = await prisma.organization.findFirst({
    where: { slug, deletedAt: deleted ? { not: null } : null, kind: "ALIBABA_UNIT" },
    select: {
      id: true,
      slug: true,
      nameEn: true,
      nameZh: true,
      aliases: true,
      description: true,
      updatedAt: true,
      parentId: true,
      children: {
        where: { deletedAt: null, kind: "ALIBABA_UNIT" },
        orderBy: { nameEn: "asc" },
        select: { slug: true, nameEn: true, nameZh: true },
      },
    },
  });
  if (!unit) return null;
  const subtree = await getUnitSubtreeIds(unit.slug);
  const [parents, rows, [counts]] = await Promise.all([
    prisma.$queryRaw<(OrganizationRef & { depth: number })[]>`
      WITH RECURSIVE up AS (
        SELECT id, "parentId", slug, "nameEn", "nameZh", kind, 0 AS depth FROM "Organization" WHERE id = ${unit.parentId}
        UNION
        SELECT o.id, o."parentId", o.slug, o."nameEn", o."nameZh", o.kind, up.depth + 1
        FROM "Organization" o JOIN up ON up."parentId" = o.id WHERE up.depth < 10
      )
      SELECT slug, "nameEn", "nameZh", kind::text AS kind, depth FROM up ORDER BY depth DESC`,
    prisma.$queryRaw<
      {
        employment_id: number;
        role: string | null;
        start_year: number | null;
        end_year: number | null;
        is_current: boolean;
        unit_slug: string;
        unit_name: string;
        unit_name_zh: string | null;
        person_slug: string;
        person_name_en: string | null;
        person_name_zh: string | null;
        startups: UnitAlumnus["startups"];
      }[]
    >`
      WITH alumni AS (
        SELECT e.id, e.role, e."startYear", e."endYear", e."isCurrent", e."organizationId", e."personId"
        FROM "Employment" e
        JOIN "Person" p ON p.id = e."personId" AND p."deletedAt" IS NULL
        WHERE e."deletedAt" IS NULL AND e."organizationId" IN (${Prisma.join(subtree)}) AND EXISTS (SELECT 1 FROM "Founding" f JOIN "Startup" s ON s.id = f."startupId" AND s."deletedAt" IS NULL
                      WHERE f."personId" = e."personId" AND f."deletedAt" IS NULL)
        ORDER BY e."endYear" DESC NULLS LAST, lower(COALESCE(p."nameEn", p."nameZh")), e.id
        LIMIT ${UNIT_ALUMNI_SHOWN}
      )
      SELECT a.id AS employment_id, a.role, a."startYear" AS start_year, a."endYear" AS end_year,
             a."isCurrent" AS is_current, o.slug AS unit_slug, o."nameEn" AS unit_name, o."nameZh" AS unit_name_zh,
             p.slug AS person_slug, p."nameEn" AS person_name_en, p."nameZh" AS person_name_zh,
             (SELECT json_agg(json_build_object('slug', s.slug, 'nameEn', s."nameEn", 'nameZh', s."nameZh", 'label', s.label,
                                                'foundedYear', s."foundedYear") ORDER BY s."foundedYear" NULLS LAST, s.id)
              FROM "Founding" f JOIN "Startup" s ON s.id = f."startupId" AND s."deletedAt" IS NULL
              WHERE f."personId" = p.id AND f."deletedAt" IS NULL) AS startups
      FROM alumni a
      JOIN "Organization" o ON o.id = a."organizationId"
      JOIN "Person" p ON p.id = a."personId"
      ORDER BY a."endYear" DESC NULLS LAST, lower(COALESCE(p."nameEn", p."nameZh")), a.id`,
    // Live foundings by the unit's people (a semi-join: one row per founding, however many jobs in
    // the unit), minus the few deleted people and start-ups found through their deletedAt indexes,
    // instead of joining every founding to Person and Startup rows (~500 ms for Taobao at 100,000 start-ups).
    prisma.$queryRaw<{ alumni: number; startups: number }[]>`
      SELECT count(DISTINCT f."personId")::int AS alumni, count(DISTINCT f."startupId")::int AS startups
      FROM "Founding" f
      WHERE f."deletedAt" IS NULL
        AND f."personId" IN (SELECT e."personId" FROM "Employment" e
                             WHERE e."deletedAt" IS NULL AND e."organizationId" IN (${Prisma.join(subtree)}))
        AND NOT EXISTS (SELECT 1 FROM "Person" p WHERE p.id = f."personId" AND p."deletedAt" IS NOT NULL)
        AND NOT EXISTS (SELECT 1 FROM "Startup" s WHERE s.id = f."startupId" AND s."deletedAt" IS NOT NULL)`,
  ]);
  const alumni: UnitAlumnus[] = rows.map((row) => ({
    person: { slug: row.person_slug, nameEn: row.person_name_en, nameZh: row.person_name_zh },
    employment: {
      id: row.employment_id,
      role: row.role,
      startYear: row.start_year,
      endYear: row.end_year,
      isCurrent: row.is_current,
      unit: { slug: row.unit_slug, nameEn: row.unit_name, nameZh: row.unit_name_zh },
    },
    startups: row.startups,
  }));
  const records: RecordRef[] = [
    { recordType: "ORGANIZATION", recordId: unit.id },
    ...alumni.map((a) => ({ recordType: "EMPLOYMENT" as const, recordId: a.employment.id })),
  ];
  return {
    id: unit.id,
    slug: unit.slug,
    nameEn: unit.nameEn,
    nameZh: unit.nameZh,
    aliases: unit.aliases,
    description: unit.description,
    updatedAt: unit.updatedAt.toISOString(),
    parents: parents.map(({ depth: _depth, ...parent }) => {
      void _depth;
      return parent;
    }),
    children: unit.children,
    alumni,
    alumniCount: counts?.alumni ?? 0,
    startupCount: counts?.startups ?? 0,
    sources: await getCitations({ records }),
  };
});

/** An Alibaba unit's page: where it sits in the group, and the alumni who left it to found start-ups. */
export const getUnitBySlug = cachedRead(
  "unit",
  ({ slug }: { slug: string }) => [pageTag(`/units/${slug}`), RECORDS_TAG],
  ({ slug }: { slug: string }): Promise<UnitProfile | null> => loadUnit(slug),
);

/**
 * A unit deleted since, for its page `?asOf=` a date before the deletion (lib/data/as-of/profiles.ts
 * decides whether it existed then). Not cached: asked for only by dated views of deleted records.
 */
export const getDeletedUnitBySlug = (slug: string): Promise<UnitProfile | null> => loadUnit(slug, true);
