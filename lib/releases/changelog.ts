import type { ChangeRecordType } from "../generated/prisma/enums";
import { diffSnapshots, type Snapshot } from "../history/snapshot";
import type { ReleaseDb } from "./database";

// A release's changelog: what the change history (ChangeLog) says happened to published kinds of
// record between the previous release's cut and this one's. Per record, the first and last change
// in the window decide: absent before and present after is "added", the reverse "removed", present
// on both sides "changed" (with the fields that differ). Synthetic records and accounts never appear.

export type ChangeKind = "added" | "changed" | "removed";

export type ChangelogEntry = {
  file: string;
  recordId: number;
  change: ChangeKind;
  name: string;
  fields: string[];
  lastChangedAt: string;
};

export const RECORD_FILES: Partial<Record<ChangeRecordType, string>> = {
  CITY: "cities",
  ORGANIZATION: "organizations",
  PERSON: "people",
  STARTUP: "startups",
  EMPLOYMENT: "employments",
  FOUNDING: "foundings",
  FUNDING_ROUND: "funding_rounds",
  INVESTMENT: "investments",
  SOURCE: "sources",
  CITATION: "citations",
  REPORTED_FIGURE: "reported_figures",
};

type Row = {
  recordType: ChangeRecordType;
  recordId: string;
  firstAction: string;
  lastAction: string;
  firstBefore: Snapshot | null;
  lastAfter: Snapshot | null;
  lastChangedAt: Date;
};

const isLive = (snapshot: Snapshot | null) => snapshot !== null && !snapshot.deletedAt;
const isSynthetic = (snapshot: Snapshot | null) => snapshot?.synthetic === true;

function nameOf(snapshot: Snapshot | null): string {
  if (!snapshot) return "";
  for (const key of ["nameEn", "nameZh", "label", "slug", "title", "url", "metric", "role"]) {
    const value = snapshot[key];
    if (typeof value === "string" && value) return value;
  }
  return "";
}

export async function changelogBetween(db: ReleaseDb, from: Date | null, to: Date): Promise<ChangelogEntry[]> {
  const rows = await db.$queryRaw<Row[]>`
    SELECT "recordType", "recordId",
      (array_agg(action::text ORDER BY "createdAt", id))[1] AS "firstAction",
      (array_agg(action::text ORDER BY "createdAt" DESC, id DESC))[1] AS "lastAction",
      (array_agg(before ORDER BY "createdAt", id))[1] AS "firstBefore",
      (array_agg(after ORDER BY "createdAt" DESC, id DESC))[1] AS "lastAfter",
      max("createdAt") AS "lastChangedAt"
    FROM "ChangeLog"
    WHERE "createdAt" > ${from ?? new Date(0)} AND "createdAt" <= ${to} AND "recordType" <> 'USER'
    GROUP BY "recordType", "recordId"
    ORDER BY "recordType", "recordId"`;
  const entries: ChangelogEntry[] = [];
  for (const row of rows) {
    const file = RECORD_FILES[row.recordType];
    const recordId = Number(row.recordId);
    if (!file || !Number.isSafeInteger(recordId)) continue;
    if (isSynthetic(row.firstBefore) || isSynthetic(row.lastAfter)) continue;
    const before = row.firstAction === "CREATE" ? null : row.firstBefore;
    const after = row.lastAction === "DELETE" ? null : row.lastAfter;
    const existedBefore = isLive(before);
    const existsAfter = isLive(after);
    let change: ChangeKind;
    if (!existedBefore && existsAfter) change = "added";
    else if (existedBefore && !existsAfter) change = "removed";
    else if (existedBefore && existsAfter) change = "changed";
    else continue;
    const fields = change === "changed" ? diffSnapshots(before, after).map((difference) => difference.field) : [];
    if (change === "changed" && fields.length === 0) continue;
    entries.push({
      file,
      recordId,
      change,
      name: nameOf(after ?? before),
      fields,
      lastChangedAt: row.lastChangedAt.toISOString(),
    });
  }
  return entries;
}

export function countChanges(entries: readonly ChangelogEntry[]): Record<ChangeKind, number> {
  const counts: Record<ChangeKind, number> = { added: 0, changed: 0, removed: 0 };
  for (const entry of entries) counts[entry.change] += 1;
  return counts;
}
