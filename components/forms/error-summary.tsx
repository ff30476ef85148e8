"use client";
import { Alert } from "@/components/ui/alert";

export type SummaryError = { field: string; label: string; message: string };

/**
 * The message at the top of a form. It lives in an aria-live region so screen readers announce the
 * outcome of a submission; each field error links to its field.
 */
export function ErrorSummary({
  status,
  message,
  errors,
  formId,
  labelSeparator = " ",
}: {
  status: "idle" | "error" | "success";
  message?: string;
  errors: SummaryError[];
  formId: string;
  /** Between a field's name and its message: a space in English, nothing in Chinese. */
  labelSeparator?: string;
}) {
  return (
    <div aria-live="polite" aria-atomic="true">
      {status === "error" && message ? (
        <Alert variant="error" id={`${formId}-summary`} tabIndex={-1}>
          <p className="font-medium">{message}</p>
          {errors.length > 0 ? (
            <ul className="mt-2 list-disc pl-5">
              {errors.map((error) => (
                <li key={error.field}>
                  <a href={`#${formId}-${error.field.replaceAll(".", "-")}`} className="underline">
                    {error.label}
                  </a>
                  {labelSeparator}
                  {error.message}
                </li>
              ))}
            </ul>
          ) : null}
        </Alert>
      ) : null}
      {status === "success" && message ? <Alert variant="success">{message}</Alert> : null}
    </div>
  );
}
