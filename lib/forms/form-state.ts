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

export const initialFormState: FormState = { status: "idle" };
