import "server-only";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { roleAllows, type CurrentUser, type Role } from "@/lib/auth/roles";
import { getPrisma } from "@/lib/db";
import { isUnavailableError } from "@/lib/db/availability";
import { historyRecorder, type RecordChange } from "@/lib/data/admin/history";
import type { Tx } from "@/lib/data/admin/delegates";
import { Prisma } from "@/lib/generated/prisma/client";
import { nestFormValues, readFormValues, type FormValues, type NestedValues } from "@/lib/validation/form-data";
import type { ParseResult } from "@/lib/validation/parse";
import { ActionError, ConflictError, ReferencedError } from "@/lib/forms/errors";
import type { FormState } from "@/lib/forms/form-state";

export { parseWith, type ParseResult } from "@/lib/validation/parse";

export type WriteContext<T> = { input: T; values: FormValues; user: CurrentUser; tx: Tx; record: RecordChange };

export type FormActionConfig<T, R> = {
  /** The least role allowed; checked here, on every call, whatever the page or layout did. */
  role: Role;
  parse(values: NestedValues, raw: FormValues): ParseResult<T>;
  write(context: WriteContext<T>): Promise<R>;
  /** Paths whose pages show what was written. */
  revalidate?(result: R): string[];
  /** Where to go after success; without it the form shows `message`. */
  redirectTo?(result: R): string | null;
  message?(result: R): string;
  /** Answer data for the form (e.g. a preview); no redirect then. */
  data?(result: R): unknown;
};

let submissions = 0;

/**
 * The one way a form writes: authorize → parse with the form's zod schema → write in a transaction
 * (history rows included) → revalidate → redirect. Expected refusals come back as form state with
 * what the user typed; unexpected failures are logged and answered with a plain message, never a 500.
 */
export function defineFormAction<T, R>(config: FormActionConfig<T, R>) {
  return async function action(_previous: FormState, formData: FormData): Promise<FormState> {
    const values = readFormValues(formData);
    const submissionId = ++submissions;
    const refuse = (message: string, extra: Partial<FormState> = {}): FormState => ({
      status: "error",
      message,
      values,
      submissionId,
      ...extra,
    });

    let user: CurrentUser | null;
    try {
      user = await getCurrentUser();
    } catch (error) {
      // Reading the session needs the database too: an outage here must keep the form, like one below.
      return refuse(failureMessage(error));
    }
    if (!user)
      return refuse(
        "You are not signed in (or your session ended). Sign in again in another tab, then save: what you typed is kept here.",
      );
    if (!roleAllows(user.role, config.role))
      return refuse(`Your role (${user.role}) does not allow this; it needs ${config.role}.`);

    const parsed = config.parse(nestFormValues(values), values);
    if (!parsed.success) {
      const count = Object.keys(parsed.fieldErrors).length;
      return refuse(`Nothing was saved: ${count} field${count === 1 ? " needs" : "s need"} attention.`, {
        fieldErrors: parsed.fieldErrors,
      });
    }

    let result: R;
    try {
      const prisma = await getPrisma();
      result = await prisma.$transaction(
        (tx) => config.write({ input: parsed.data, values, user, tx, record: historyRecorder(tx, user) }),
        { timeout: 60_000, maxWait: 20_000 },
      );
    } catch (error) {
      if (error instanceof ConflictError)
        return refuse(error.message, { conflict: error.conflict, fieldErrors: error.fieldErrors });
      if (error instanceof ReferencedError) return refuse(error.message, { referrers: error.referrers });
      if (error instanceof ActionError) return refuse(error.message, { fieldErrors: error.fieldErrors });
      const known = describeDatabaseError(error);
      if (known) return refuse(known);
      return refuse(failureMessage(error));
    }

    for (const path of config.revalidate?.(result) ?? []) revalidatePath(path);
    const target = config.redirectTo?.(result);
    if (target) redirect(target);
    return {
      status: "success",
      message: config.message?.(result) ?? "Saved.",
      submissionId,
      data: config.data?.(result),
    };
  };
}

export const DATABASE_UNAVAILABLE_MESSAGE =
  "Nothing was saved: the database is briefly unavailable. What you typed is kept here; save again in a few seconds.";

/** For a failure no check explains: an outage in words the editor can act on, anything else logged once. */
function failureMessage(error: unknown): string {
  if (isUnavailableError(error)) return DATABASE_UNAVAILABLE_MESSAGE;
  console.error("[admin] unexpected error while saving", error);
  return "Something went wrong on our side and nothing was saved. Try again; if it keeps happening, tell an admin.";
}

/** Database refusals that can reach us despite the checks (races between two editors), in words. */
function describeDatabaseError(error: unknown): string | null {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return null;
  switch (error.code) {
    case "P2002":
      return "Another record with the same unique value was saved a moment ago. Nothing was saved; check the names and URL name.";
    case "P2003":
      return "A chosen record no longer exists. Nothing was saved; choose it again.";
    case "P2025":
      return "The record was removed meanwhile. Nothing was saved.";
    default:
      return null;
  }
}
