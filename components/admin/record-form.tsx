"use client";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { SubmitButton } from "@/components/forms/submit-button";
import { useCheckedForm } from "@/components/forms/use-checked-form";
import { initialFormState, type FormState } from "@/lib/forms/form-state";
import { SUBMISSION_KEY_FIELD } from "@/lib/forms/submission-key";
import { citationRowsSchema } from "@/lib/validation/citation-rows";
import type { FormValues } from "@/lib/validation/form-data";
import type { EntityKey } from "@/lib/validation/form-spec";
import { parseWith } from "@/lib/validation/parse";
import { recordForms } from "@/lib/validation/record-forms";
import { CitationsEditor, type ExistingCitation } from "./citations-editor";
import { ConflictPanel } from "./conflict-panel";
import { RecordField } from "./record-field";

type Action = (previous: FormState, formData: FormData) => Promise<FormState>;

const citationRowLabels: Record<string, string> = {
  sourceId: "existing source",
  newUrl: "web address",
  newPublisher: "publisher",
  newTitle: "title",
  newPublishedOn: "published on",
  newLanguage: "language",
  field: "supports",
  claimedValue: "value stated",
  quote: "quote",
};

/**
 * The form for any record. The browser checks it with the same zod schema the server uses (so most
 * mistakes show at once), the server checks again and answers with errors beside the fields, a
 * summary at the top and everything the user typed.
 */
export function RecordForm({
  entity,
  action,
  initialValues,
  recordId,
  version,
  existingCitations,
  canCite,
  submitLabel,
  submissionKey,
}: {
  entity: EntityKey;
  action: Action;
  initialValues: FormValues;
  recordId?: number;
  version?: number;
  existingCitations: ExistingCitation[];
  canCite: boolean;
  submitLabel: string;
  /** Create forms: the key generated when the page was shown, kept while the form is refused and sent again. */
  submissionKey?: string;
}) {
  const definition = recordForms[entity];
  const [state, formAction] = useActionState(action, initialFormState);
  const formId = `record-${entity}`;
  const values = state.values ?? initialValues;
  // After a conflict the next save deliberately goes over the version the editor has now seen.
  const currentVersion = state.conflict?.version ?? version;

  const labelOf = (name: string) => {
    const field = definition.fields.find((f) => f.name === name);
    if (field) return field.label;
    const row = /^citations\.(\d+)\.(\w+)$/.exec(name);
    return row ? `Source ${Number(row[1]) + 1}, ${citationRowLabels[row[2] ?? ""] ?? row[2]}` : name;
  };
  const { summaryRef, validate, fieldErrors, summaryErrors, status, message } = useCheckedForm({
    state,
    labelOf,
    check: (nested) => {
      const record = parseWith(definition.schema, nested);
      const citations = canCite
        ? parseWith(citationRowsSchema(definition.citationFields), nested)
        : { success: true as const };
      return {
        ...(record.success ? {} : record.fieldErrors),
        ...(citations.success ? {} : citations.fieldErrors),
      };
    },
  });

  return (
    <form
      key={state.submissionId ?? 0}
      id={formId}
      action={formAction}
      onSubmit={validate}
      noValidate
      className="grid gap-6"
    >
      <div ref={summaryRef}>
        <ErrorSummary status={status} message={message} errors={summaryErrors} formId={formId} />
      </div>
      {state.conflict ? <ConflictPanel conflict={state.conflict} /> : null}
      {submissionKey ? <input type="hidden" name={SUBMISSION_KEY_FIELD} value={submissionKey} /> : null}
      {recordId ? <input type="hidden" name="id" value={recordId} /> : null}
      {currentVersion ? <input type="hidden" name="version" value={currentVersion} /> : null}
      <div className="grid gap-x-6 gap-y-5 sm:grid-cols-2">
        {definition.fields.map((field) => (
          <RecordField
            key={field.name}
            formId={formId}
            field={field}
            values={values}
            errors={fieldErrors[field.name]}
          />
        ))}
        {canCite ? (
          <CitationsEditor
            formId={formId}
            citationFields={definition.citationFields}
            existing={existingCitations}
            values={values}
            errors={fieldErrors}
          />
        ) : null}
      </div>
      <div className="flex items-center gap-3 border-t border-rule pt-4">
        <SubmitButton variant="accent">{submitLabel}</SubmitButton>
        {currentVersion ? <span className="text-xs text-ink-muted">Editing version {currentVersion}</span> : null}
      </div>
    </form>
  );
}
