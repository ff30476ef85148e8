import "server-only";
import { cachedRead } from "@/lib/data/cached-read";
import { RECORDS_TAG, pageTag } from "@/lib/data/cache-tags";
import { cache } from "react";
import { getPrisma } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { FoundingRole, FundingStage } from "@/lib/generated/prisma/enums";
import { PAGE_SIZE, pageOffset, paginated, type ListOptions, type Paginated } from "@/lib/pagination";
import type { SimpleListParams } from "@/lib/validation/search-params";
import { getAlibabaCareers, type CareerStep } from "./careers";
import { getCitations, type RecordRef, type SourceNotes } from "./citations";
import { searchCondition } from "./search";
import { formatIsoDate } from "@/lib/format/dates";

export type FounderListItem = {
  slug: string;
  nameEn: string | null;
  nameZh: string | null;
  /** `name` as stored (English first); `nameZh` the Chinese name where there is one, for 中文 pages. */
  startups: { slug: string; name: string; nameZh?: string | null }[];
  /** The Alibaba units they worked in, as recorded (the most specific unit). */
  units: { slug: string; nameEn: string; nameZh?: string | null }[];
};

const founderFilter = (q: string | null) =>
  Prisma.sql`p."deletedAt" IS NULL
    AND EXISTS (SELECT 1 FROM "Founding" f JOIN "Startup" s ON s.id = f."startupId" AND s."deletedAt" IS NULL
                WHERE f."personId" = p.id AND f."deletedAt" IS NULL)
    ${q ? Prisma.sql`AND ${searchCondition("Person", "p", q)}` : Prisma.empty}`;

type FounderRow = Omit<FounderListItem, "units"> & { units: FounderListItem["units"] | null };

const founderColumns = Prisma.sql`p.slug, p."nameEn", p."nameZh",
  (SELECT json_agg(json_build_object('slug', s.slug, 'name', COALESCE(s."nameEn", s."nameZh", s.label), 'nameZh', s."nameZh") ORDER BY s."foundedYear" NULLS LAST, s.id)
   FROM "Founding" f JOIN "Startup" s ON s.id = f."startupId" AND s."deletedAt" IS NULL
   WHERE f."personId" = p.id AND f."deletedAt" IS NULL) AS startups,
  (SELECT json_agg(DISTINCT jsonb_build_object('slug', o.slug, 'nameEn', o."nameEn", 'nameZh', o."nameZh"))
   FROM "Employment" e JOIN "Organization" o ON o.id = e."organizationId" AND o.kind = 'ALIBABA_UNIT' AND o."deletedAt" IS NULL
   WHERE e."personId" = p.id AND e."deletedAt" IS NULL) AS units`;

/** The founders list's order; a person always has a name (Person_has_name_check), so the key is never null. */
const founderOrder = Prisma.sql`lower(COALESCE(p."nameEn", p."nameZh")), p.id`;

/** People who founded at least one tracked start-up, by name, a page at a time. */
export const findFounders = cachedRead(
  "founders",
  () => [pageTag("/founders"), RECORDS_TAG],
  async ({ params, pageSize = PAGE_SIZE }: ListOptions<SimpleListParams>): Promise<Paginated<FounderListItem>> => {
    const prisma = await getPrisma();
    const [items, [count]] = await Promise.all([
      prisma.$queryRaw<FounderRow[]>`
        SELECT ${founderColumns}
        FROM "Person" p
        WHERE ${founderFilter(params.q)}
        ORDER BY ${founderOrder}
        LIMIT ${pageSize} OFFSET ${pageOffset(params.page, pageSize)}`,
      params.q
        ? prisma.$queryRaw<
            { total: number }[]
          >`SELECT count(*)::int AS total FROM "Person" p WHERE ${founderFilter(params.q)}`
        : // Unfiltered, the same count read from Founding alone: its live (personId, startupId) index
          // in person order, minus the few deleted people and start-ups found through their deletedAt
          // indexes. Joining every person to every founding to every start-up took ~200 ms at 100,000 start-ups.
          prisma.$queryRaw<{ total: number }[]>`
            SELECT count(*)::int AS total FROM (
              SELECT DISTINCT f."personId" FROM "Founding" f
              WHERE f."deletedAt" IS NULL
                AND NOT EXISTS (SELECT 1 FROM "Person" p WHERE p.id = f."personId" AND p."deletedAt" IS NOT NULL)
                AND NOT EXISTS (SELECT 1 FROM "Startup" s WHERE s.id = f."startupId" AND s."deletedAt" IS NOT NULL)
            ) founders`,
    ]);
    return paginated(
      items.map((item) => ({ ...item, units: item.units ?? [] })),
      { total: count?.total ?? 0, page: params.page, pageSize },
    );
  },
);

/**
 * Every founder the search matches, in the list's order, in batches for a download. Read by keyset
 * (the last row's name and id), not by page: at 100,000 start-ups there are about 170,000 founders,
 * and each deeper OFFSET sorted them all again. The client is captured here, inside the request;
 * the batches are read as the download is pulled (lib/routing/list-csv.ts).
 */
export async function openFounderExport({
  params,
  batchSize = 1000,
}: {
  params: SimpleListParams;
  batchSize?: number;
}): Promise<AsyncGenerator<FounderListItem[]>> {
  const prisma = await getPrisma();
  return (async function* () {
    let after: { key: string; id: number } | null = null;
    for (;;) {
      const rows: (FounderRow & { sortKey: string; id: number })[] = await prisma.$queryRaw`
        SELECT ${founderColumns}, lower(COALESCE(p."nameEn", p."nameZh")) AS "sortKey", p.id
        FROM "Person" p
        WHERE ${founderFilter(params.q)}
          ${after ? Prisma.sql`AND (lower(COALESCE(p."nameEn", p."nameZh")), p.id) > (${after.key}, ${after.id})` : Prisma.empty}
        ORDER BY ${founderOrder}
        LIMIT ${batchSize}`;
      const last = rows.at(-1);
      if (!last) return;
      yield rows.map((row) => ({
        slug: row.slug,
        nameEn: row.nameEn,
        nameZh: row.nameZh,
        startups: row.startups,
        units: row.units ?? [],
      }));
      if (rows.length < batchSize) return;
      after = { key: last.sortKey, id: last.id };
    }
  })();
}

// ---------------------------------------------------------------------------------------------
// Person profile

export type PersonProfile = {
  id: number;
  slug: string;
  nameEn: string | null;
  nameZh: string | null;
  aliases: string[];
  bio: string | null;
  updatedAt: string;
  career: CareerStep[];
  foundings: {
    id: number;
    role: FoundingRole;
    title: string | null;
    startup: {
      slug: string;
      nameEn: string | null;
      nameZh: string | null;
      label: string | null;
      foundedYear: number | null;
      foundedDate: string | null;
      city: string | null;
    };
  }[];
  investments: {
    id: number;
    isLead: boolean;
    note: string | null;
    round: { stage: FundingStage; announcedOn: string | null };
    startup: { slug: string; nameEn: string | null; nameZh: string | null; label: string | null };
  }[];
  sources: SourceNotes;
};

const loadPerson = cache(async (slug: string, deleted = false): Promise<PersonProfile | null> => {
  const prisma = await getPrisma();
  const person = await prisma.person.findFirst({
    where: { slug, deletedAt: deleted ? { not: null } : null },
    select: {
      id: true,
      slug: true,
      nameEn: true,
      nameZh: true,
      aliases: true,
      bio: true,
      updatedAt: true,
      foundings: {
        where: { deletedAt: null, startup: { deletedAt: null } },
        orderBy: [{ startup: { foundedYear: { sort: "asc", nulls: "last" } } }, { id: "asc" }],
        select: {
          id: true,
          role: true,
          title: true,
          startup: {
            select: {
              slug: true,
              nameEn: true,
              nameZh: true,
              label: true,
              foundedYear: true,
              foundedDate: true,
              city: { select: { nameEn: true, deletedAt: true } },
            },
          },
        },
      },
      investments: {
        where: { deletedAt: null, round: { deletedAt: null, startup: { deletedAt: null } } },
        orderBy: { id: "asc" },
        select: {
          id: true,
          isLead: true,
          note: true,
          round: {
            select: {
              stage: true,
              announcedOn: true,
              startup: { select: { slug: true, nameEn: true, nameZh: true, label: true } },
            },
          },
        },
      },
    },
  });
  if (!person) return null;
  const [career] = await getAlibabaCareers({ personIds: [person.id], alibabaOnly: false });
  const steps = career?.steps ?? [];
  const records: RecordRef[] = [
    { recordType: "PERSON", recordId: person.id },
    ...steps.map((step) => ({ recordType: "EMPLOYMENT" as const, recordId: step.id })),
    ...person.foundings.map((f) => ({ recordType: "FOUNDING" as const, recordId: f.id })),
    ...person.investments.map((i) => ({ recordType: "INVESTMENT" as const, recordId: i.id })),
  ];
  return {
    id: person.id,
    slug: person.slug,
    nameEn: person.nameEn,
    nameZh: person.nameZh,
    aliases: person.aliases,
    bio: person.bio,
    updatedAt: person.updatedAt.toISOString(),
    career: steps,
    foundings: person.foundings.map((f) => ({
      id: f.id,
      role: f.role,
      title: f.title,
      startup: {
        slug: f.startup.slug,
        nameEn: f.startup.nameEn,
        nameZh: f.startup.nameZh,
        label: f.startup.label,
        foundedYear: f.startup.foundedYear,
        foundedDate: formatIsoDate(f.startup.foundedDate),
        city: f.startup.city && !f.startup.city.deletedAt ? f.startup.city.nameEn : null,
      },
    })),
    investments: person.investments.map((i) => ({
      id: i.id,
      isLead: i.isLead,
      note: i.note,
      round: { stage: i.round.stage, announcedOn: formatIsoDate(i.round.announcedOn) },
      startup: i.round.startup,
    })),
    sources: await getCitations({ records }),
  };
});

/** A person's page: bio, career (Alibaba units marked), start-ups founded, investments made, sources. */
export const getPersonBySlug = cachedRead(
  "person",
  ({ slug }: { slug: string }) => [pageTag(`/founders/${slug}`), RECORDS_TAG],
  ({ slug }: { slug: string }): Promise<PersonProfile | null> => loadPerson(slug),
);

/**
 * A person deleted since, for its page `?asOf=` a date before the deletion (lib/data/as-of/profiles.ts
 * decides whether it existed then). Not cached: asked for only by dated views of deleted records.
 */
export const getDeletedPersonBySlug = (slug: string): Promise<PersonProfile | null> => loadPerson(slug, true);
