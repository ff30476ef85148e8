import type { ConflictField, Referrer } from "./form-state";

// Refusals are thrown by the data layer (a stale version, a record still referred to) and turned
// into form state by the action wrapper, so they live below both.

/** An expected refusal: shown to the editor as written; nothing was saved. */
export class ActionError extends Error {
  override name = "ActionError";
  constructor(
    message: string,
    readonly fieldErrors: Record<string, string[]> = {},
  ) {
    super(message);
  }
}

export class FieldError extends ActionError {
  constructor(field: string, message: string) {
    super(`Check the highlighted field: ${message}`, { [field]: [message] });
  }
}

export class NotFoundError extends ActionError {
  constructor(what: string) {
    super(`${what} does not exist (it may have been removed). Nothing was saved.`);
  }
}

export class ConflictError extends ActionError {
  constructor(
    readonly conflict: { version: number; savedBy: string | null; savedAt: string | null; fields: ConflictField[] },
  ) {
    super(
      `Someone else saved this record after you opened it${conflict.savedBy ? ` (${conflict.savedBy})` : ""}. ` +
        `Your changes were not saved. Their version is shown beside yours; saving again will replace theirs with yours.`,
    );
  }
}

export class ReferencedError extends ActionError {
  constructor(
    what: string,
    readonly referrers: Referrer[],
  ) {
    const list = referrers.map((r) => `${r.count} ${r.label}`).join(", ");
    super(
      `${what} cannot be deleted while ${list} refer${referrers.length === 1 && referrers[0]?.count === 1 ? "s" : ""} to it. Move or delete those first.`,
    );
  }
}
