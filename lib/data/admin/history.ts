import "server-only";
import { z } from "zod";
import type { ChangeAction, ChangeRecordType } from "@/lib/generated/prisma/client";
import type { CurrentUser } from "@/lib/auth/roles";
import type { Snapshot } from "@/lib/history/snapshot";
import type { Tx } from "./delegates";

export type ChangeEntry = {
  recordType: ChangeRecordType;
  recordId: number | string;
  action: ChangeAction;
  version?: number | null;
  before?: Snapshot | null;
  after?: Snapshot | null;
  summary?: string | null;
};

export type RecordChange = (entry: ChangeEntry) => Promise<void>;

/** Writes change-log rows inside the caller's transaction, so a change and its history commit together. */
export function historyRecorder(tx: Tx, actor: Pick<CurrentUser, "id" | "name" | "email">): RecordChange {
  return async (entry) => {
    await tx.changeLog.create({
      data: {
        recordType: entry.recordType,
        recordId: String(entry.recordId),
        action: entry.action,
        version: entry.version ?? null,
        before: entry.before ?? undefined,
        after: entry.after ?? undefined,
        summary: entry.summary ?? null,
        actorId: actor.id,
        actorName: actor.name || actor.email,
      },
    });
  };
}

const snapshotSchema = z.record(
  z.string(),
  z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(z.string())]),
);

/** A change-log row's stored version of a record, checked to be the snapshot `toSnapshot` wrote (null if none). */
export function readSnapshot(stored: unknown): Snapshot | null {
  if (stored === null || stored === undefined) return null;
  const parsed = snapshotSchema.safeParse(stored);
  if (!parsed.success)
    throw new Error(`A change-log entry holds something other than a record snapshot: ${parsed.error.message}`);
  return parsed.data;
}
