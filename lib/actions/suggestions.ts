"use server";
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getLocale, getMessages, getTranslations } from "next-intl/server";
import { z } from "zod";
import { checkProofOfWork, spendProofOfWork, replayedProofOfWork } from "@/lib/auth/proof-of-work";
import { getPrisma } from "@/lib/db";
import { entities } from "@/lib/data/admin/entities";
import type { Tx } from "@/lib/data/admin/delegates";
import type { RecordInput } from "@/lib/data/admin/entities/define";
import { createRecord, updateRecord, type WriteResult } from "@/lib/data/admin/write";
import { consumeRateLimit } from "@/lib/data/rate-limit";
import {
  createSuggestion,
  decideSuggestion,
  findSuggestionToDecide,
  getFlagTarget,
  type FlagTarget,
} from "@/lib/data/suggestions";
import { ActionError } from "@/lib/forms/errors";
import type { FormState } from "@/lib/forms/form-state";
import { localizedPath } from "@/lib/i18n/locales";
import { clientAddress } from "@/lib/security/client-address";
import { versionField, requiredId } from "@/lib/validation/fields";
import { readFormValues, nestFormValues, type FormValues } from "@/lib/validation/form-data";
import { isEntityKey, type EntityKey } from "@/lib/validation/form-spec";
import { localizeIssue } from "@/lib/validation/issue-messages";
import { mergeParsed, parseWith, type ParseResult } from "@/lib/validation/parse";
import {
  factFlagSchema,
  HONEYPOT_FIELD,
  PROOF_OF_WORK_FIELD,
  rejectSuggestionSchema,
  startupSuggestionSchema,
} from "@/lib/validation/suggestion";
import { tagsForRecordWrite } from "@/lib/data/cache-tags";
import { defineFormAction } from "./safe-action";

/*
 * Readers' suggestions. The public forms need no account; what keeps robots and floods out, in the
 * order checked: the honeypot, the form's own schema, the proof of work (ALTCHA, checked here, spent
 * in the writing transaction so a replay is refused), and a per-client limit. Any refusal writes
 * nothing but the rate limiter's counter. Editors then accept (through the admin's write path:
 * records, citations and history in one transaction with the decision) or reject with a reason.
 */

/** Suggestions one client address may send per window. */
const SUGGESTION_LIMIT = { limit: 5, windowSeconds: 60 * 60 };

let submissions = 0;

type IssueWording = Parameters<typeof parseWith>[3];

type PublicPlan<T> = {
  values: FormValues;
  parse(values: FormValues, wording: IssueWording, notShown: string): ParseResult<T> | Promise<ParseResult<T>>;
  write(tx: Tx, input: T): Promise<{ reference: string }>;
};

/**
 * How long until the limit lets the client send again, in words (rounded up as lib/format/dates'
 * formatDuration says it in English).
 */
function waitInWords(seconds: number, t: Awaited<ReturnType<typeof getTranslations<"suggest.action">>>): string {
  const s = Math.max(1, Math.ceil(seconds));
  if (s < 60) return t("seconds", { count: s });
  const minutes = Math.ceil(s / 60);
  if (minutes < 120) return t("minutes", { count: minutes });
  return t("hours", { count: Math.ceil(minutes / 60) });
}

async function submitPublic<T>(plan: PublicPlan<T>): Promise<FormState> {
  const submissionId = ++submissions;
  // The reader's language is the address's (/zh/suggest posts to itself): refusals and field errors
  // come back in it, and the status page it leads to is in it too.
  const [locale, t, messages] = await Promise.all([getLocale(), getTranslations("suggest.action"), getMessages()]);
  // English keeps the schemas' own words; another language rewords each issue.
  const validation = messages.suggest.validation;
  const wording: IssueWording = locale === "en" ? undefined : (issue) => localizeIssue(issue, validation);
  // What the reader typed comes back with a refusal; the spent or refused challenge does not.
  const { [PROOF_OF_WORK_FIELD]: proofField, [HONEYPOT_FIELD]: honeypot, ...kept } = plan.values;
  const refuse = (message: string, fieldErrors?: Record<string, string[]>): FormState => ({
    status: "error",
    message,
    values: kept,
    submissionId,
    ...(fieldErrors ? { fieldErrors } : {}),
  });

  if (typeof honeypot === "string" ? honeypot.trim() !== "" : honeypot !== undefined && honeypot.length > 0) {
    return refuse(t("honeypot"));
  }

  const parsed = await plan.parse(kept, wording, validation.notShown);
  if (!parsed.success) {
    return refuse(t("needsAttention", { count: Object.keys(parsed.fieldErrors).length }), parsed.fieldErrors);
  }

  const proof = await checkProofOfWork(typeof proofField === "string" ? proofField : undefined);
  if (!proof.ok) return refuse(t(`proofOfWork.${proof.reason}`));

  const prisma = await getPrisma();
  const address = clientAddress(await headers());
  const limit = await consumeRateLimit(prisma, { key: `suggestion:${address}`, ...SUGGESTION_LIMIT });
  if (!limit.allowed) {
    return refuse(t("rateLimited", { limit: SUGGESTION_LIMIT.limit, wait: waitInWords(limit.resetSeconds, t) }));
  }

  let reference: string;
  try {
    ({ reference } = await prisma.$transaction(async (tx) => {
      if (!(await spendProofOfWork(tx, proof))) throw new ActionError(replayedProofOfWork);
      return plan.write(tx, parsed.data);
    }));
  } catch (error) {
    if (error instanceof ActionError)
      return refuse(error.message === replayedProofOfWork ? t("proofOfWork.replayed") : error.message);
    console.error("[suggestions] unexpected error while storing a suggestion", error);
    return refuse(t("unexpected"));
  }
  revalidatePath("/admin/suggestions");
  redirect(localizedPath(`/suggest/status?ref=${reference}&sent=1`, locale));
}

export async function submitStartupSuggestionAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return submitPublic({
    values: readFormValues(formData),
    parse: (values, wording) => parseWith(startupSuggestionSchema, nestFormValues(values), "", wording),
    write: (tx, input) => createSuggestion(tx, { kind: "STARTUP", input }),
  });
}

export async function submitFactFlagAction(_previous: FormState, formData: FormData): Promise<FormState> {
  let target: FlagTarget | null = null;
  return submitPublic({
    values: readFormValues(formData),
    async parse(values, wording, notShown) {
      const parsed = parseWith(factFlagSchema, nestFormValues(values), "", wording);
      if (!parsed.success) return parsed;
      target = await getFlagTarget({
        recordType: parsed.data.targetType,
        recordId: parsed.data.targetId,
        field: parsed.data.targetField,
      });
      if (!target) return { success: false, fieldErrors: { targetId: [notShown] } };
      return parsed;
    },
    write: (tx, input) => createSuggestion(tx, { kind: "FACT", input, target: target! }),
  });
}

// —— Review (editors) ——

/** Said before the records are checked, so an editor who comes second learns that first. */
function refuseIfDecided(suggestion: { reference: string; status: string }) {
  if (suggestion.status !== "PENDING")
    throw new ActionError(
      `Suggestion ${suggestion.reference} was already ${suggestion.status.toLowerCase()} by another editor. Nothing was saved.`,
    );
}

const reviewPath = (id: number) => `/admin/suggestions/${id}`;
const adminPaths = (key: EntityKey, result: WriteResult) => [
  ...result.paths,
  "/charts",
  `/admin/${key}`,
  "/admin/suggestions",
];

const acceptStartup = (suggestionId: number) =>
  defineFormAction<RecordInput, WriteResult>({
    role: "editor",
    // A double click or a resend gets the first answer instead of the "already accepted" refusal.
    once: `accept-suggestion:${suggestionId}`,
    recordId: (result) => String(result.id),
    parse: (values) => entities.startups.parseWithCitations(values),
    async write({ input, tx, record, user }) {
      const pending = await findSuggestionToDecide(tx, suggestionId);
      if (!pending || pending.kind !== "STARTUP")
        throw new ActionError(`Suggestion #${suggestionId} is not a start-up suggestion. Nothing was saved.`);
      refuseIfDecided(pending);
      const result = await createRecord(tx, entities.startups, input.record, record, {
        citations: input.citations,
        summary: `Accepted from readers' suggestion ${pending.reference}`,
      });
      await decideSuggestion(tx, suggestionId, user, {
        status: "ACCEPTED",
        resultType: "STARTUP",
        resultId: result.id,
      });
      return result;
    },
    revalidate: (result) => [...adminPaths("startups", result), reviewPath(suggestionId)],
    tags: (result) => tagsForRecordWrite("startups", result.paths),
    redirectTo: () => `${reviewPath(suggestionId)}?decided=accepted`,
  });

const factTargetSchema = z.object({ id: requiredId("a record"), version: versionField() });

const acceptFact = (suggestionId: number, key: EntityKey) =>
  defineFormAction<RecordInput & { id: number; version: number }, WriteResult>({
    role: "editor",
    parse: (values) => mergeParsed(parseWith(factTargetSchema, values), entities[key].parseWithCitations(values)),
    async write({ input, tx, record, user, values }) {
      const entity = entities[key];
      const pending = await findSuggestionToDecide(tx, suggestionId);
      if (
        !pending ||
        pending.kind !== "FACT" ||
        pending.targetType !== entity.citationType ||
        pending.targetId !== input.id
      )
        throw new ActionError(`This form does not belong to suggestion #${suggestionId}. Nothing was saved.`);
      refuseIfDecided(pending);
      const result = await updateRecord(tx, entity, input.id, input.version, input.record, record, {
        citations: input.citations,
        typed: values,
        summary: `Corrected from readers' suggestion ${pending.reference}`,
      });
      await decideSuggestion(tx, suggestionId, user, {
        status: "ACCEPTED",
        resultType: entity.citationType!,
        resultId: input.id,
      });
      return result;
    },
    revalidate: (result) => [...adminPaths(key, result), reviewPath(suggestionId)],
    tags: (result) => tagsForRecordWrite(key, result.paths),
    redirectTo: () => `${reviewPath(suggestionId)}?decided=accepted`,
  });

const reject = (suggestionId: number) =>
  defineFormAction<{ reason: string }, { id: number }>({
    role: "editor",
    parse: (values) => parseWith(rejectSuggestionSchema, values),
    async write({ input, tx, user }) {
      await decideSuggestion(tx, suggestionId, user, { status: "REJECTED", reason: input.reason });
      return { id: suggestionId };
    },
    revalidate: () => ["/admin/suggestions", reviewPath(suggestionId)],
    redirectTo: () => `${reviewPath(suggestionId)}?decided=rejected`,
  });

export async function acceptStartupSuggestionAction(
  suggestionId: number,
  previous: FormState,
  formData: FormData,
): Promise<FormState> {
  return acceptStartup(suggestionId)(previous, formData);
}

export async function acceptFactSuggestionAction(
  suggestionId: number,
  key: string,
  previous: FormState,
  formData: FormData,
): Promise<FormState> {
  if (!isEntityKey(key)) return { status: "error", message: "Unknown kind of record. Nothing was saved." };
  return acceptFact(suggestionId, key)(previous, formData);
}

export async function rejectSuggestionAction(
  suggestionId: number,
  previous: FormState,
  formData: FormData,
): Promise<FormState> {
  return reject(suggestionId)(previous, formData);
}
