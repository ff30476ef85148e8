import "server-only";
import { getPrisma } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ChangeAction, ChangeRecordType } from "@/lib/generated/prisma/enums";
import { diffSnapshots, type Snapshot } from "@/lib/history/snapshot";
import type { StartupListParams } from "@/lib/validation/search-params";
import { findStartups } from "../startups/list";
import { hasSyntheticStartups } from "./startups";

// The change history (ChangeLog) as the feeds show it: only changes to records that are public
// now (live, not synthetic; never accounts), newest first, with the names of the fields that
// changed but none of the values or who made them.

export const FEED_ENTRIES = 50;

const TABLES: Partial<Record<ChangeRecordType, string>> = {
  CITY: "City",
  STARTUP: "Startup",
  PERSON: "Person",
  ORGANIZATION: "Organization",
  EMPLOYMENT: "Employment",
  FOUNDING: "Founding",
  FUNDING_ROUND: "FundingRound",
  INVESTMENT: "Investment",
  SOURCE: "Source",
  CITATION: "Citation",
  REPORTED_FIGURE: "ReportedFigure",
};

/**
 * The change (alias c) is of a record that is public today. Users' changes never qualify. Exchange
 * rates are never synthetic (they have no such column): an added or corrected rate changes the
 * converted totals readers see, so it is news like any record's change.
 */
const recordIsPublic = Prisma.sql`(${Prisma.join(
  [
    ...Object.entries(TABLES).map(
      ([type, table]) => Prisma.sql`(c."recordType" = ${type}::"ChangeRecordType" AND EXISTS (
      SELECT 1 FROM ${Prisma.raw(`"${table}"`)} x WHERE x.id::text = c."recordId" AND x."deletedAt" IS NULL AND NOT x.synthetic))`,
    ),
    Prisma.sql`(c."recordType" = 'EXCHANGE_RATE'::"ChangeRecordType" AND EXISTS (
      SELECT 1 FROM "ExchangeRate" x WHERE x.id::text = c."recordId" AND x."deletedAt" IS NULL))`,
  ],
  " OR ",
)})`;

const ofType = (type: ChangeRecordType) => Prisma.sql`c."recordType" = ${type}::"ChangeRecordType"`;
const recordIn = (table: string, condition: Prisma.Sql) =>
  Prisma.sql`c."recordId" IN (SELECT x.id::text FROM ${Prisma.raw(`"${table}"`)} x WHERE ${condition})`;

/** Changes to these start-ups (an SQL set of ids), their foundings, rounds, investments and citations. */
function startupScope(ids: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(
    (${ofType("STARTUP")} AND c."recordId" IN (SELECT id::text FROM "Startup" WHERE id IN (${ids})))
    OR (${ofType("FOUNDING")} AND ${recordIn("Founding", Prisma.sql`x."startupId" IN (${ids})`)})
    OR (${ofType("FUNDING_ROUND")} AND ${recordIn("FundingRound", Prisma.sql`x."startupId" IN (${ids})`)})
    OR (${ofType("INVESTMENT")} AND ${recordIn(
      "Investment",
      Prisma.sql`x."roundId" IN (SELECT r.id FROM "FundingRound" r WHERE r."startupId" IN (${ids}))`,
    )})
    OR (${ofType("CITATION")} AND ${recordIn("Citation", Prisma.sql`x."recordType" = 'STARTUP' AND x."recordId" IN (${ids})`)}))`;
}

export type ChangeScope =
  | { kind: "all" }
  | { kind: "startups"; ids: number[] }
  | { kind: "organization"; id: number }
  | { kind: "city"; id: number };

function scopeCondition(scope: ChangeScope): Prisma.Sql {
  switch (scope.kind) {
    case "all":
      return Prisma.sql`TRUE`;
    case "startups":
      return scope.ids.length ? startupScope(Prisma.join(scope.ids)) : Prisma.sql`FALSE`;
    case "organization":
      return Prisma.sql`(
        (${ofType("ORGANIZATION")} AND c."recordId" = ${String(scope.id)})
        OR (${ofType("INVESTMENT")} AND ${recordIn("Investment", Prisma.sql`x."organizationId" = ${scope.id}`)})
        OR (${ofType("EMPLOYMENT")} AND ${recordIn("Employment", Prisma.sql`x."organizationId" = ${scope.id}`)})
        OR (${ofType("CITATION")} AND ${recordIn("Citation", Prisma.sql`x."recordType" = 'ORGANIZATION' AND x."recordId" = ${scope.id}`)}))`;
    case "city":
      return Prisma.sql`(
        (${ofType("CITY")} AND c."recordId" = ${String(scope.id)})
        OR ${startupScope(Prisma.sql`SELECT s.id FROM "Startup" s WHERE s."cityId" = ${scope.id} AND s."deletedAt" IS NULL AND NOT s.synthetic`)})`;
  }
}

export type PublicChange = {
  id: number;
  recordType: ChangeRecordType;
  recordId: string;
  action: ChangeAction;
  createdAt: Date;
  summary: string | null;
  /** The record's name or slug as of the change, when it has one. */
  name: string | null;
  slug: string | null;
  /** An organisation's kind as of the change: units and investors have pages in different places. */
  kind: string | null;
  changedFields: string[];
};

type Row = Omit<PublicChange, "name" | "slug" | "kind" | "changedFields"> & {
  before: Snapshot | null;
  after: Snapshot | null;
};

const text = (value: Snapshot[string] | undefined) => (typeof value === "string" && value !== "" ? value : null);

/** An exchange rate is named by its currency and day ("CNY on 2024-03-01"). */
function rateName(snapshot: Snapshot): string | null {
  const currency = text(snapshot.currency);
  const day = text(snapshot.rateOn)?.slice(0, 10);
  return currency && day ? `${currency} on ${day}` : null;
}

export async function findPublicChanges({
  scope,
  limit = FEED_ENTRIES,
}: {
  scope: ChangeScope;
  limit?: number;
}): Promise<PublicChange[]> {
  const prisma = await getPrisma();
  const rows = await prisma.$queryRaw<Row[]>`
    SELECT c.id, c."recordType"::text AS "recordType", c."recordId", c.action::text AS action, c."createdAt",
           c.summary, c.before, c.after
    FROM "ChangeLog" c
    WHERE ${recordIsPublic} AND ${scopeCondition(scope)}
    ORDER BY c."createdAt" DESC, c.id DESC
    LIMIT ${limit}`;
  return rows.map(({ before, after, ...row }) => {
    const latest = after ?? before ?? {};
    return {
      ...row,
      name:
        text(latest.nameEn) ??
        text(latest.nameZh) ??
        text(latest.label) ??
        text(latest.title) ??
        text(latest.metric) ??
        rateName(latest),
      slug: text(latest.slug),
      kind: text(latest.kind),
      changedFields: diffSnapshots(before, after).map((change) => change.field),
    };
  });
}

/** The id of a public record by slug, for a feed's scope; null when there is none. */
export async function findPublicId(table: "Startup" | "Organization" | "City", slug: string): Promise<number | null> {
  const prisma = await getPrisma();
  const [row] = await prisma.$queryRaw<{ id: number }[]>`
    SELECT id FROM ${Prisma.raw(`"${table}"`)} WHERE slug = ${slug} AND "deletedAt" IS NULL AND NOT synthetic`;
  return row?.id ?? null;
}

/** A filtered start-up list's feed follows its first this-many start-ups (in the list's order). */
export const FEED_LIST_STARTUPS = 1000;

/** The ids of the public start-ups a list's filters match (the page's own query), for a feed's scope. */
export async function findStartupIdsForFeed(params: StartupListParams): Promise<number[]> {
  const result = await findStartups({
    params: { ...params, page: 1 },
    pageSize: FEED_LIST_STARTUPS,
    publicOnly: await hasSyntheticStartups(),
  });
  return result.items.map((item) => item.id);
}
