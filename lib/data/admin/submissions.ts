import "server-only";
import { createHash } from "node:crypto";
import type { FormValues } from "@/lib/validation/form-data";
import { ActionError } from "@/lib/forms/errors";
import { z } from "zod";
import type { Tx } from "./delegates";

/** What the first submission of a form was answered with, given again to every repeat. */
export type SubmissionAnswer = { redirect: string } | { message: string; data?: unknown };

type Submission = { userId: string; key: string; action: string; fingerprint: string };

const REUSED =
  "This form was already used for another save, so it was not saved again. Reload the page and fill it in again.";
const CHANGED =
  "This form was already saved once; what was changed in it since was not saved. Reload the page for a new form to create another.";

/** A digest of what was submitted, the key aside, in a fixed order. */
export function submissionFingerprint(values: FormValues, keyField: string): string {
  const entries = Object.entries(values)
    .filter(([name]) => name !== keyField)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return createHash("sha256").update(JSON.stringify(entries)).digest("hex");
}

const answerSchema = z.union([
  z.object({ redirect: z.string() }),
  z.object({ message: z.string(), data: z.unknown().optional() }),
]);

function asAnswer(value: unknown): SubmissionAnswer | null {
  const answer = answerSchema.safeParse(value);
  return answer.success ? answer.data : null;
}

/**
 * Claims a form's submission key, first thing in the transaction that creates the record. A repeat
 * of a submission that committed gets its answer; a repeat of one still running waits here for it
 * (the insert meets the other transaction's uncommitted row and PostgreSQL waits for its outcome):
 * if it commits, its answer; if it was refused and rolled back, the key is free and this one goes on.
 */
export async function claimSubmission(
  tx: Tx,
  submission: Submission,
): Promise<{ claimed: true } | { claimed: false; answer: SubmissionAnswer }> {
  const { count } = await tx.formSubmission.createMany({ data: [submission], skipDuplicates: true });
  if (count === 1) return { claimed: true };
  const first = await tx.formSubmission.findUnique({
    where: { userId_key: { userId: submission.userId, key: submission.key } },
  });
  const answer = first?.action === submission.action ? asAnswer(first.response) : null;
  if (!first || !answer) throw new ActionError(REUSED);
  if (first.fingerprint !== submission.fingerprint) throw new ActionError(CHANGED);
  return { claimed: false, answer };
}

/** Stores the answer with the claim, in the same transaction as the record it names. */
export async function recordSubmissionAnswer(
  tx: Tx,
  submission: Submission,
  answer: SubmissionAnswer,
  recordId: string | null,
): Promise<void> {
  await tx.formSubmission.update({
    where: { userId_key: { userId: submission.userId, key: submission.key } },
    // A JSON round trip: the answer's data (an import summary) is plain JSON by construction.
    data: { response: JSON.parse(JSON.stringify(answer)), recordId },
  });
}
