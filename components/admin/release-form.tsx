"use client";
import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { SubmitButton } from "@/components/forms/submit-button";
import { Alert } from "@/components/ui/alert";
import { initialFormState, type FormState } from "@/lib/forms/form-state";
import { newSubmissionKey, SUBMISSION_KEY_FIELD } from "@/lib/forms/submission-key";

type Action = (previous: FormState, formData: FormData) => Promise<FormState>;

/** The admin's "publish a release" button: one submission key per release, so a double click makes one. */
export function PublishReleaseForm({ action, submissionKey }: { action: Action; submissionKey: string }) {
  const [state, formAction] = useActionState(action, initialFormState);
  const t = useTranslations("admin.releases");
  const [key, setKey] = useState({ value: submissionKey, afterSubmission: 0 });
  if (state.status === "success" && state.submissionId !== undefined && state.submissionId !== key.afterSubmission) {
    setKey({ value: newSubmissionKey(), afterSubmission: state.submissionId });
  }
  return (
    <form
      action={formAction}
      className="grid gap-3"
      onSubmit={(event) => {
        if (!window.confirm(t("confirm"))) event.preventDefault();
      }}
    >
      <input type="hidden" name={SUBMISSION_KEY_FIELD} value={key.value} />
      <div>
        <SubmitButton pendingLabel={t("publishing")}>{t("publish")}</SubmitButton>
      </div>
      <div aria-live="polite">
        {state.status === "error" ? <Alert variant="error">{state.message}</Alert> : null}
        {state.status === "success" ? <Alert variant="success">{state.message}</Alert> : null}
      </div>
    </form>
  );
}
