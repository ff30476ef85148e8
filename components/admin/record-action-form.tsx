"use client";
import { useActionState } from "react";
import { SubmitButton } from "@/components/forms/submit-button";
import { useLocalizedPath } from "@/components/i18n/client-link";
import { Alert } from "@/components/ui/alert";
import { initialFormState, type FormState } from "@/lib/forms/form-state";
import type { ButtonProps } from "@/components/ui/button";

type Action = (previous: FormState, formData: FormData) => Promise<FormState>;

/**
 * A one-button form (delete, restore a version): sends the record id and the version the editor
 * saw, and shows a refusal in place — for a delete, the records that still refer to this one.
 */
export function RecordActionForm({
  action,
  fields,
  label,
  pendingLabel,
  variant = "outline",
  confirm,
}: {
  action: Action;
  fields: Record<string, string | number>;
  label: string;
  pendingLabel: string;
  variant?: ButtonProps["variant"];
  confirm?: string;
}) {
  const [state, formAction] = useActionState(action, initialFormState);
  const localized = useLocalizedPath();
  return (
    <form
      action={formAction}
      className="grid gap-2"
      onSubmit={(event) => {
        if (confirm && !window.confirm(confirm)) event.preventDefault();
      }}
    >
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div>
        <SubmitButton variant={variant} size="sm" pendingLabel={pendingLabel}>
          {label}
        </SubmitButton>
      </div>
      <div aria-live="polite">
        {state.status === "error" ? (
          <Alert variant="error">
            <p>{state.message}</p>
            {state.referrers ? (
              <ul className="mt-2 list-disc pl-5">
                {state.referrers.map((referrer) => (
                  <li key={referrer.label}>
                    {referrer.count} {referrer.label}
                    {referrer.examples.length > 0 ? ": " : ""}
                    {referrer.examples.map((example, index) => (
                      <span key={example.href}>
                        {index > 0 ? ", " : ""}
                        <a href={localized(example.href)} className="underline">
                          {example.label}
                        </a>
                      </span>
                    ))}
                    {referrer.count > referrer.examples.length ? " …" : ""}
                  </li>
                ))}
              </ul>
            ) : null}
          </Alert>
        ) : null}
      </div>
    </form>
  );
}
