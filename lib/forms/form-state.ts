import type { FormValues } from "@/lib/validation/form-data";

export type ConflictField = { name: string; label: string; theirs: string; yours: string };

export type Referrer = { label: string; count: number; examples: { label: string; href: string }[] };

/** What a form action answers: the form shows it and keeps what the user typed. */
export type FormState = {
  status: "idle" | "error" | "success";
  message?: string;
  /** Errors by field name; "citations.0.newUrl" style names for nested rows. */
  fieldErrors?: Record<string, string[]>;
  /** What the user submitted, so the form can show it again. */
  values?: FormValues;
  /** Someone else saved the record after this form was opened. */
  conflict?: { version: number; savedBy: string | null; savedAt: string | null; fields: ConflictField[] };
  /** Records that still refer to the one being deleted. */
  referrers?: Referrer[];
  /** Changes on every answer, so the form re-renders with the returned values. */
  submissionId?: number;
  /** Extra answer for forms that need one (the CSV preview). */
  data?: unknown;
};

/** What a create-in-place form answers with: the new record, for the picker that asked for it. */
export type CreatedRecord = { id: number; label: string; sources?: { id: number; label: string }[] };

export function isCreatedRecord(data: unknown): data is CreatedRecord {
  return (
    typeof data === "object" &&
    data !== null &&
    "id" in data &&
    typeof data.id === "number" &&
    "label" in data &&
    typeof data.label === "string"
  );
}

export const initialFormState: FormState = { status: "idle" };
