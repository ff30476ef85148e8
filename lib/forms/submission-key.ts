import type { FormValues } from "@/lib/validation/form-data";

/**
 * Every create form carries a key, generated once when the form is shown and kept while it is
 * refused and sent again; the server creates at most one record per key (lib/actions/safe-action.ts).
 */
export const SUBMISSION_KEY_FIELD = "submissionKey";

const KEY_PATTERN = /^[A-Za-z0-9_-]{16,100}$/;

/** 128 random bits as hex. getRandomValues, unlike randomUUID, also works on a page served over plain http. */
export function newSubmissionKey(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");
}

/** The submitted key, or null when it is missing or not one we could have generated. */
export function readSubmissionKey(values: FormValues): string | null {
  const value = values[SUBMISSION_KEY_FIELD];
  return typeof value === "string" && KEY_PATTERN.test(value) ? value : null;
}
