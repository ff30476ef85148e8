"use client";
import { useLocale, useTranslations } from "next-intl";
import { useActionState, useState, type ReactNode } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import {
  CHINESE_SEPARATORS,
  DEFAULT_SEPARATORS,
  describedBy,
  FieldShell,
  type ErrorSeparators,
} from "@/components/forms/field-shell";
import { SubmitButton } from "@/components/forms/submit-button";
import { Alert } from "@/components/ui/alert";
import { Input, Select } from "@/components/ui/input";
import { initialFormState, type FormState } from "@/lib/forms/form-state";
import { newSubmissionKey, SUBMISSION_KEY_FIELD } from "@/lib/forms/submission-key";
import type { ButtonProps } from "@/components/ui/button";

type Action = (previous: FormState, formData: FormData) => Promise<FormState>;

const FIELDS = ["email", "name", "password", "role", "userId", "reason"] as const;

/** How error lines join in the editor's language. */
function useSeparators(): ErrorSeparators {
  return useLocale() === "zh" ? CHINESE_SEPARATORS : DEFAULT_SEPARATORS;
}

/** A field's name in the editor's language, or the field's own name for one the form does not know. */
function useFieldLabel(): (field: string) => string {
  const t = useTranslations("admin.users.fields");
  return (field) => {
    const known = FIELDS.find((name) => name === field);
    return known ? t(known) : field;
  };
}

export function CreateUserForm({ action, submissionKey }: { action: Action; submissionKey: string }) {
  const [state, formAction] = useActionState(action, initialFormState);
  const t = useTranslations("admin.users");
  const fieldLabel = useFieldLabel();
  const separators = useSeparators();
  // One key per account: kept while the form is refused and sent again, renewed once it has saved.
  const [key, setKey] = useState({ value: submissionKey, afterSubmission: 0 });
  if (state.status === "success" && state.submissionId !== undefined && state.submissionId !== key.afterSubmission) {
    setKey({ value: newSubmissionKey(), afterSubmission: state.submissionId });
  }
  const errors = state.status === "error" ? (state.fieldErrors ?? {}) : {};
  const values = state.status === "error" ? (state.values ?? {}) : {};
  const value = (name: string) => {
    const typed = values[name];
    return typeof typed === "string" ? typed : "";
  };
  const input = (name: string) => ({
    id: `new-user-${name}`,
    name,
    "aria-invalid": errors[name] ? true : undefined,
    "aria-describedby": describedBy(`new-user-${name}`, name === "password" ? "hint" : undefined, errors[name]),
  });
  return (
    <form key={state.submissionId ?? 0} id="new-user" action={formAction} noValidate className="grid gap-4">
      <input type="hidden" name={SUBMISSION_KEY_FIELD} value={key.value} />
      <ErrorSummary
        status={state.status}
        message={state.message}
        formId="new-user"
        labelSeparator={separators.label}
        errors={Object.entries(errors).map(([field, messages]) => ({
          field,
          label: fieldLabel(field),
          message: messages.join(separators.list),
        }))}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <FieldShell id="new-user-name" label={t("fields.name")} required errors={errors.name} separators={separators}>
          <Input {...input("name")} defaultValue={value("name")} autoComplete="off" />
        </FieldShell>
        <FieldShell
          id="new-user-email"
          label={t("fields.email")}
          required
          errors={errors.email}
          separators={separators}
        >
          <Input {...input("email")} type="email" defaultValue={value("email")} autoComplete="off" />
        </FieldShell>
        <FieldShell
          id="new-user-password"
          label={t("fields.password")}
          required
          separators={separators}
          hint={t("passwordHint")}
          errors={errors.password}
        >
          <Input {...input("password")} type="password" autoComplete="new-password" />
        </FieldShell>
        <FieldShell id="new-user-role" label={t("fields.role")} required errors={errors.role} separators={separators}>
          <Select {...input("role")} defaultValue={value("role") || "editor"}>
            <option value="editor">{t("roleEditor")}</option>
            <option value="admin">{t("roleAdmin")}</option>
          </Select>
        </FieldShell>
      </div>
      <div>
        <SubmitButton variant="accent" pendingLabel={t("creating")}>
          {t("create")}
        </SubmitButton>
      </div>
    </form>
  );
}

/** A small form acting on one account, with its answer shown beneath it. */
export function UserActionForm({
  action,
  userId,
  label,
  pendingLabel,
  variant = "outline",
  children,
  confirm,
}: {
  action: Action;
  userId: string;
  label: string;
  pendingLabel: string;
  variant?: ButtonProps["variant"];
  children?: ReactNode;
  confirm?: string;
}) {
  const [state, formAction] = useActionState(action, initialFormState);
  const fieldLabel = useFieldLabel();
  const separators = useSeparators();
  return (
    <form
      action={formAction}
      className="grid gap-1.5"
      onSubmit={(event) => {
        if (confirm && !window.confirm(confirm)) event.preventDefault();
      }}
    >
      <input type="hidden" name="userId" value={userId} />
      <div className="flex flex-wrap items-end gap-2">
        {children}
        <SubmitButton size="sm" variant={variant} pendingLabel={pendingLabel}>
          {label}
        </SubmitButton>
      </div>
      <div aria-live="polite">
        {state.status !== "idle" && state.message ? (
          <Alert variant={state.status === "error" ? "error" : "success"} className="px-2 py-1 text-xs">
            {state.message}
            {state.fieldErrors
              ? Object.entries(state.fieldErrors).map(([field, messages]) => (
                  <span key={field} className="block">
                    {fieldLabel(field)}
                    {separators.label}
                    {messages.join(separators.list)}
                  </span>
                ))
              : null}
          </Alert>
        ) : null}
      </div>
    </form>
  );
}
