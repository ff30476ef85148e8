import "server-only";
import { revalidatePath, revalidateTag } from "next/cache";
import { draftMode } from "next/headers";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/session";
import { roleAllows, type CurrentUser, type Role } from "@/lib/auth/roles";
import { getPrisma } from "@/lib/db";
import { localizeAdminMessage, localizeFieldErrors, localizeReferrer } from "@/lib/i18n/admin-forms";
import { localizedPath } from "@/lib/i18n/locales";
import { isUnavailableError } from "@/lib/db/availability";
import { invalidateResponses } from "@/lib/observability/context";
import { historyRecorder, type RecordChange } from "@/lib/data/admin/history";
import {
  claimSubmission,
  recordSubmissionAnswer,
  submissionFingerprint,
  type SubmissionAnswer,
} from "@/lib/data/admin/submissions";
import type { Tx } from "@/lib/data/admin/delegates";
import { Prisma } from "@/lib/generated/prisma/client";
import {
  FormShapeError,
  nestFormValues,
  readFormValues,
  type FormValues,
  type NestedValues,
} from "@/lib/validation/form-data";
import type { ParseResult } from "@/lib/validation/parse";
import { ActionError, ConflictError, ReferencedError } from "@/lib/forms/errors";
import type { FormState } from "@/lib/forms/form-state";
import { readSubmissionKey, SUBMISSION_KEY_FIELD } from "@/lib/forms/submission-key";

export { parseWith, type ParseResult } from "@/lib/validation/parse";

export type WriteContext<T> = { input: T; values: FormValues; user: CurrentUser; tx: Tx; record: RecordChange };

export type FormActionConfig<T, R> = {
  /** The least role allowed; checked here, on every call, whatever the page or layout did. */
  role: Role;
  parse(values: NestedValues, raw: FormValues): ParseResult<T>;
  write(context: WriteContext<T>): Promise<R>;
  /** Paths whose pages show what was written. */
  revalidate?(result: R): string[];
  /** Cache tags of the public reads that show what was written (lib/data/cache-tags.ts). */
  tags?(result: R): string[];
  /** Where to go after success; without it the form shows `message`. */
  redirectTo?(result: R): string | null;
  message?(result: R): string;
  /** Answer data for the form (e.g. a preview); no redirect then. */
  data?(result: R): unknown;
  /**
   * For forms that create: the form's name ("create:cities"). The form must carry a submission key;
   * the first submission with it writes, and every repeat (a double click, a resend, twenty at once)
   * writes nothing and gets the first one's answer.
   */
  once?: string;
  /** What a submission created, kept with its key. */
  recordId?(result: R): string;
  /**
   * After a unique violation (a race lost to another save): runs the write's checks again against
   * the data as it is now, so that the refusal names the field and the record as the check would.
   */
  recheck?(context: { input: T; tx: Tx }): Promise<unknown>;
};

let submissions = 0;

/** Fields never sent back to the browser with a refusal: a password stays in the page it was typed in. */
const SECRET_FIELD = /password/i;

function withoutSecrets(values: FormValues): FormValues {
  return Object.fromEntries(Object.entries(values).filter(([name]) => !SECRET_FIELD.test(name)));
}

type ActionWords = Awaited<ReturnType<typeof getTranslations<"adminForms.action">>>;

/**
 * The one way a form writes: authorize → parse with the form's zod schema → write in a transaction
 * (history rows included) → revalidate → redirect. Expected refusals come back as form state with
 * what the user typed; unexpected failures are logged and answered with a plain message, never a 500.
 * Refusals are in the editor's language (the page's address: /zh/admin posts to itself): the wrapper's
 * own in its messages, the schemas' and the data layer's English through lib/i18n/admin-forms.
 */
export function defineFormAction<T, R>(config: FormActionConfig<T, R>) {
  return async function action(_previous: FormState, formData: FormData): Promise<FormState> {
    const values = readFormValues(formData);
    const submissionId = ++submissions;
    const locale = await getLocale();
    const [t, roles] = await Promise.all([
      getTranslations({ locale, namespace: "adminForms.action" }),
      getTranslations({ locale, namespace: "admin.shell.roles" }),
    ]);
    const refuse = (message: string, extra: Partial<FormState> = {}): FormState => ({
      status: "error",
      message: localizeAdminMessage(message, locale),
      values: withoutSecrets(values),
      submissionId,
      ...extra,
      ...(extra.fieldErrors ? { fieldErrors: localizeFieldErrors(extra.fieldErrors, locale) } : {}),
    });

    let user: CurrentUser | null;
    try {
      user = await getCurrentUser();
    } catch (error) {
      // Reading the session needs the database too: an outage here must keep the form, like one below.
      return refuse(failureMessage(error, t));
    }
    if (!user) return refuse(t("notSignedIn"));
    if (!roleAllows(user.role, config.role))
      return refuse(t("notAllowed", { role: roles(user.role), needed: roles(config.role) }));

    let nested: NestedValues;
    try {
      nested = nestFormValues(values);
    } catch (error) {
      if (!(error instanceof FormShapeError)) throw error;
      return refuse(t("needsAttention", { count: 1 }), { fieldErrors: { [error.field]: [error.message] } });
    }
    const parsed = config.parse(nested, values);
    if (!parsed.success) {
      return refuse(t("needsAttention", { count: Object.keys(parsed.fieldErrors).length }), {
        fieldErrors: parsed.fieldErrors,
      });
    }

    const key = config.once ? readSubmissionKey(values) : null;
    if (config.once && !key) return refuse(t("noKey"));
    const submission =
      config.once && key
        ? {
            userId: user.id,
            key,
            action: config.once,
            fingerprint: submissionFingerprint(values, SUBMISSION_KEY_FIELD),
          }
        : null;
    const answerOf = (result: R): SubmissionAnswer => {
      const target = config.redirectTo?.(result);
      return target
        ? { redirect: target }
        : {
            message: config.message ? localizeAdminMessage(config.message(result), locale) : t("saved"),
            data: config.data?.(result),
          };
    };

    let outcome: { result: R } | { repeated: SubmissionAnswer };
    try {
      const prisma = await getPrisma();
      outcome = await prisma.$transaction(
        async (tx): Promise<{ result: R } | { repeated: SubmissionAnswer }> => {
          if (submission) {
            const claim = await claimSubmission(tx, submission);
            if (!claim.claimed) return { repeated: claim.answer };
          }
          const result = await config.write({
            input: parsed.data,
            values,
            user,
            tx,
            record: historyRecorder(tx, user),
          });
          if (submission)
            await recordSubmissionAnswer(tx, submission, answerOf(result), config.recordId?.(result) ?? null);
          return { result };
        },
        { timeout: 60_000, maxWait: 20_000 },
      );
    } catch (first) {
      let error = first;
      if (isUniqueViolation(error) && config.recheck) {
        const recheck = config.recheck;
        try {
          const prisma = await getPrisma();
          await prisma.$transaction((tx) => recheck({ input: parsed.data, tx }), { timeout: 60_000, maxWait: 20_000 });
        } catch (explained) {
          if (explained instanceof ActionError) error = explained;
        }
      }
      if (error instanceof ConflictError)
        return refuse(error.message, { conflict: error.conflict, fieldErrors: error.fieldErrors });
      if (error instanceof ReferencedError)
        return refuse(error.message, {
          referrers: error.referrers.map((r) => localizeReferrer(r, locale)),
        });
      if (error instanceof ActionError) return refuse(error.message, { fieldErrors: error.fieldErrors });
      const known = describeDatabaseError(error, t);
      if (known) return refuse(known);
      return refuse(failureMessage(error, t));
    }

    // A repeat: the first submission already wrote and revalidated; answer as it was answered.
    if ("repeated" in outcome) {
      const answer = outcome.repeated;
      if ("redirect" in answer) redirect(localizedPath(answer.redirect, locale));
      return { status: "success", message: answer.message, submissionId, data: answer.data };
    }
    const { result } = outcome;
    await invalidate(config.tags?.(result) ?? []);
    for (const path of config.revalidate?.(result) ?? []) revalidatePath(path);
    const answer = answerOf(result);
    // Actions name English addresses; an editor working in 中文 stays in 中文.
    if ("redirect" in answer) redirect(localizedPath(answer.redirect, locale));
    return { status: "success", message: answer.message, submissionId, data: answer.data };
  };
}

/**
 * Expires the public reads a write touched, in the writing request, and marks the rendered pages
 * that showed them stale: readers get the previous page at once while it is rendered again
 * (stale-while-revalidate in lib/server/response-cache.ts, no reader waits for the cold path). The editor who wrote must see the change at once on every page, so the write also turns on
 * draft mode for the editor's browser, which reads past the framework's cache (README "Cached rendering").
 */
export async function invalidate(tags: readonly string[]): Promise<void> {
  if (tags.length === 0) return;
  for (const tag of tags) revalidateTag(tag, { expire: 0 });
  await invalidateResponses(tags);
  (await draftMode()).enable();
}

/** The outage refusal in English (adminForms.action.unavailable), for the callers that check it. */
export const DATABASE_UNAVAILABLE_MESSAGE =
  "Nothing was saved: the database is briefly unavailable. What you typed is kept here; save again in a few seconds.";

/** For a failure no check explains: an outage in words the editor can act on, anything else logged once. */
function failureMessage(error: unknown, t: ActionWords): string {
  if (isUnavailableError(error)) return t("unavailable");
  console.error("[admin] unexpected error while saving", error);
  return t("unexpected");
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

/** Database refusals that can reach us despite the checks (races between two editors), in words. */
function describeDatabaseError(error: unknown, t: ActionWords): string | null {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return null;
  switch (error.code) {
    case "P2002":
      return t("uniqueRace");
    case "P2003":
      return t("missingReference");
    case "P2025":
      return t("removedMeanwhile");
    default:
      return null;
  }
}
