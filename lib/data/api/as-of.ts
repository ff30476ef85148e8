import "server-only";
import { getPrisma } from "@/lib/db";
import type { ChangeRecordType } from "@/lib/generated/prisma/enums";
import type { Snapshot } from "@/lib/history/snapshot";

// Records as they were at a moment, rebuilt from the change history (ChangeLog): the `after` of
// the last change at or before the moment; failing that, the `before` of the first change after
// it; failing that (no recorded change at all), the row as it is now if it existed by then.
// Seeded rows carry no history of their own, so what the seed itself changed on a reload is not
// visible; every editor's change is.

type Change = { recordId: string; action: string; createdAt: Date; before: Snapshot | null; after: Snapshot | null };

/** The state of each record at `at` (null: it did not exist, or was deleted), by id. */
export async function snapshotsAt({
  recordType,
  ids,
  current,
  at,
}: {
  recordType: ChangeRecordType;
  ids: number[];
  /** The rows as they are now, as snapshots with createdAt. */
  current: Map<number, Snapshot>;
  at: Date;
}): Promise<Map<number, Snapshot | null>> {
  const prisma = await getPrisma();
  const changes = ids.length
    ? await prisma.changeLog.findMany({
        where: { recordType, recordId: { in: ids.map(String) } },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: { recordId: true, action: true, createdAt: true, before: true, after: true },
      })
    : [];
  const byRecord = new Map<string, Change[]>();
  for (const change of changes as Change[]) {
    const list = byRecord.get(change.recordId) ?? [];
    list.push(change);
    byRecord.set(change.recordId, list);
  }
  const result = new Map<number, Snapshot | null>();
  for (const id of ids) {
    const history = byRecord.get(String(id)) ?? [];
    const last = history.filter((change) => change.createdAt <= at).at(-1);
    const next = history.find((change) => change.createdAt > at);
    let state: Snapshot | null;
    if (last) state = last.action === "DELETE" ? null : last.after;
    else if (next) state = next.action === "CREATE" ? null : next.before;
    else {
      state = current.get(id) ?? null;
    }
    // Without a change at or before the moment, a row (seeded, or edited only later) existed from its createdAt.
    const existed =
      state && (last !== undefined || typeof state.createdAt !== "string" || new Date(state.createdAt) <= at);
    result.set(id, state && existed && (state.deletedAt === null || state.deletedAt === undefined) ? state : null);
  }
  return result;
}

/** Ids of records of a type whose history ever pointed `column` at `value` (children that may have moved away since). */
export async function idsEverLinked(recordType: ChangeRecordType, column: string, value: number): Promise<number[]> {
  const prisma = await getPrisma();
  const rows = await prisma.$queryRaw<{ id: string }[]>`
    SELECT DISTINCT "recordId" AS id FROM "ChangeLog"
    WHERE "recordType" = ${recordType}::"ChangeRecordType"
      AND ((after ->> ${column}) = ${String(value)} OR (before ->> ${column}) = ${String(value)})`;
  return rows.map((row) => Number(row.id)).filter((id) => Number.isSafeInteger(id));
}

/** Children of a parent (by `column`) as they were at `at`: current rows and any the history ever linked. */
export async function childrenAt({
  recordType,
  column,
  parentId,
  currentRows,
  at,
}: {
  recordType: ChangeRecordType;
  column: string;
  parentId: number;
  /** Every row now linked (deleted ones included) and, by id, any other row the history names. */
  currentRows: (ids: number[]) => Promise<Snapshot[]>;
  at: Date;
}): Promise<Snapshot[]> {
  const linkedNow = await currentRows([]);
  const ids = new Set([
    ...linkedNow.map((row) => Number(row.id)),
    ...(await idsEverLinked(recordType, column, parentId)),
  ]);
  const extra = [...ids].filter((id) => !linkedNow.some((row) => Number(row.id) === id));
  const current = new Map<number, Snapshot>();
  for (const row of [...linkedNow, ...(extra.length ? await currentRows(extra) : [])]) current.set(Number(row.id), row);
  const states = await snapshotsAt({ recordType, ids: [...ids], current, at });
  return [...ids]
    .sort((a, b) => a - b)
    .flatMap((id) => {
      const state = states.get(id);
      return state && Number(state[column]) === parentId ? [{ ...state, id }] : [];
    });
}
