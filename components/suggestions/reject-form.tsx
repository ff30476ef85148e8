"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { describedBy } from "@/components/forms/field-shell";
import { SubmitButton } from "@/components/forms/submit-button";
import { Alert } from "@/components/ui/alert";
import { Textarea } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { initialFormState, type FormState } from "@/lib/forms/form-state";

type Action = (previous: FormState, formData: FormData) => Promise<FormState>;

/** Rejecting a suggestion: the reason is required, and the reader sees it under their reference. */
export function RejectSuggestionForm({ action }: { action: Action }) {
  const [state, formAction] = useActionState(action, initialFormState);
  const errors = state.fieldErrors?.reason;
  const id = "reject-reason";
  const t = useTranslations("admin.review.rejectForm");
  const hint = t("hint");
  return (
    <form key={state.submissionId ?? 0} action={formAction} className="grid gap-2" noValidate>
      <div aria-live="polite">
        {state.status === "error" && state.message ? <Alert variant="error">{state.message}</Alert> : null}
      </div>
      <Label htmlFor={id}>
        {t("reason")} <span className="text-red-700">*</span>
      </Label>
      <p id={`${id}-hint`} className="text-xs text-ink-muted">
        {hint}
      </p>
      <Textarea
        id={id}
        name="reason"
        rows={3}
        defaultValue={typeof state.values?.reason === "string" ? state.values.reason : ""}
        aria-invalid={errors ? true : undefined}
        aria-describedby={describedBy(id, hint, errors)}
      />
      {errors ? (
        <p id={`${id}-error`} className="text-sm font-medium text-red-700">
          {t("reason")} {errors.join("; ")}
        </p>
      ) : null}
      <div>
        <SubmitButton variant="outline" pendingLabel={t("rejecting")}>
          {t("submit")}
        </SubmitButton>
      </div>
    </form>
  );
}
