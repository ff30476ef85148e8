import "server-only";
import type { ChangeAction, ChangeRecordType, Prisma } from "@/lib/generated/prisma/client";
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
        before: (entry.before ?? undefined) as Prisma.InputJsonValue | undefined,
        after: (entry.after ?? undefined) as Prisma.InputJsonValue | undefined,
        summary: entry.summary ?? null,
        actorId: actor.id,
        actorName: actor.name || actor.email,
      },
    });
  };
}
