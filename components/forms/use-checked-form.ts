"use client";
import { useEffect, useRef, useState, type FormEvent } from "react";
import type { FormState } from "@/lib/forms/form-state";
import { nestFormValues, readFormValues } from "@/lib/validation/form-data";

type FieldErrors = Record<string, string[]>;

/**
 * What a form checked in the browser with its server's zod schema shares: the browser's errors
 * (until the next submit) over the server's, the error summary's entries and message, and focus
 * moved to the summary whenever a submit is refused on either side.
 */
export function useCheckedForm({
  state,
  check,
  labelOf,
  summaryOf = (count) => `Nothing was sent: ${count} field${count === 1 ? " needs" : "s need"} attention.`,
  listSeparator = "; ",
}: {
  state: FormState;
  /** The same checks the server action runs, on the nested form values; {} when all is well. */
  check: (values: ReturnType<typeof nestFormValues>) => FieldErrors;
  labelOf: (field: string) => string;
  /** The summary's first line when the browser refuses a submit, in the form's language. */
  summaryOf?: (count: number) => string;
  listSeparator?: string;
}) {
  const [clientErrors, setClientErrors] = useState<FieldErrors | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const focusSummary = () => summaryRef.current?.querySelector<HTMLElement>("[tabindex='-1']")?.focus();

  useEffect(() => {
    if (state.status === "error") focusSummary();
  }, [state]);

  function validate(event: FormEvent<HTMLFormElement>) {
    const errors = check(nestFormValues(readFormValues(new FormData(event.currentTarget))));
    if (Object.keys(errors).length > 0) {
      event.preventDefault();
      setClientErrors(errors);
      requestAnimationFrame(focusSummary);
    } else {
      setClientErrors(null);
    }
  }

  const fieldErrors = clientErrors ?? state.fieldErrors ?? {};
  const summaryErrors = Object.entries(fieldErrors).map(([field, messages]) => ({
    field,
    label: labelOf(field),
    message: messages.join(listSeparator),
  }));
  const count = summaryErrors.length;
  return {
    summaryRef,
    validate,
    fieldErrors,
    summaryErrors,
    status: clientErrors ? ("error" as const) : state.status,
    message: clientErrors ? summaryOf(count) : state.message,
  };
}
