"use client";
import { useLocale, useTranslations } from "next-intl";
import { useActionState, useEffect, useId, useRef, useState } from "react";
import { Dialog } from "@/components/ui/dialog";
import { ErrorSummary } from "@/components/forms/error-summary";
import { SubmitButton } from "@/components/forms/submit-button";
import { useCheckedForm } from "@/components/forms/use-checked-form";
import { createInPlaceAction } from "@/lib/actions/records";
import { createInPlaceValues } from "@/lib/forms/create-in-place";
import { adminIssueWording, localizedForm } from "@/lib/i18n/admin-forms";
import { initialFormState, isCreatedRecord, type CreatedRecord, type FormState } from "@/lib/forms/form-state";
import { newSubmissionKey } from "@/lib/forms/submission-key";
import { SUBMISSION_KEY_FIELD } from "@/lib/forms/submission-key";
import { citationRowsSchema } from "@/lib/validation/citation-rows";
import { singleRecordPart, typedEntryFields } from "@/lib/validation/entries";
import type { FormValues } from "@/lib/validation/form-data";
import type { EntityKey } from "@/lib/validation/form-spec";
import { parseWith } from "@/lib/validation/parse";
import { CitationsEditor, type ExistingCitation } from "./citations-editor";
import { ConflictPanel } from "./conflict-panel";
import { CreateInPlaceContext, type CreateRequest } from "./create-in-place";
import { RecordField } from "./record-field";

type Action = (previous: FormState, formData: FormData) => Promise<FormState>;

const citationRowFields = [
  "sourceId",
  "newUrl",
  "newPublisher",
  "newOriginalPublisher",
  "newNote",
  "fields",
  "newTitle",
  "newPublishedOn",
  "newLanguage",
  "field",
  "claimedValue",
  "quote",
] as const;
const isCitationRowField = (name: string): name is (typeof citationRowFields)[number] =>
  citationRowFields.some((field) => field === name);

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
  onCreated,
  suggestedSources = [],
  presets = {},
}: {
  entity: EntityKey;
  action: Action;
  initialValues: FormValues;
  recordId?: number;
  version?: number;
  existingCitations: ExistingCitation[];
  canCite: boolean;
  /** The submit button's words; a create-in-place dialog's default says what it creates. */
  submitLabel?: string;
  /** Create forms: the key generated when the page was shown, kept while the form is refused and sent again. */
  submissionKey?: string;
  /** In a create-in-place dialog: called with the new record instead of going to its page. */
  onCreated?: (record: CreatedRecord) => void;
  /** Sources to cite again with one click: those of the record this one is added to. */
  suggestedSources?: { id: number; label: string }[];
  /** Values the form was given rather than typed (a picker's defaults for what it creates). */
  presets?: FormValues;
}) {
  const locale = useLocale();
  const t = useTranslations("adminForms.form");
  // The spec with its words in the editor's language; its schema is the server's, whatever the language.
  const definition = localizedForm(entity, locale);
  const [state, formAction] = useActionState(action, initialFormState);
  const nested = useId().replaceAll(":", "");
  // A dialog's form may be for the same kind of record as the page's (a unit's parent): its own ids.
  const formId = onCreated ? `create-${entity}-${nested}` : `record-${entity}`;
  // Fields that others follow (a citation's kind of record decides its record picker and fields).
  const followedNames = definition.fields.flatMap((f) => [f.referenceBy?.field, f.citableFieldsOf?.field]);
  const [watched, setWatched] = useState<Record<string, string>>({});
  const [creating, setCreating] = useState<(CreateRequest & { key: string }) | null>(null);
  // Sources cited in a dialog opened from this form: offered here to cite again with one click.
  const [citedInDialogs, setCitedInDialogs] = useState<{ id: number; label: string }[]>([]);
  const offeredSources = [...suggestedSources, ...citedInDialogs].filter(
    (source, i, all) => all.findIndex((other) => other.id === source.id) === i,
  );

  const reported = useRef<number | undefined>(undefined);
  useEffect(() => {
    if (state.status !== "success" || !isCreatedRecord(state.data) || reported.current === state.submissionId) return;
    reported.current = state.submissionId;
    onCreated?.(state.data);
  }, [state, onCreated]);
  const values = state.values ?? initialValues;
  // After a conflict the next save deliberately goes over the version the editor has now seen.
  const currentVersion = state.conflict?.version ?? version;

  const labelOf = (name: string) => {
    const field = definition.fields.find((f) => f.name === name);
    if (field) return field.label;
    const row = /^(citations|sources)\.(\d+)\.(\w+)/.exec(name);
    if (!row) return name;
    const rowField = row[3] ?? "";
    return t("sourceRow", {
      number: Number(row[2]) + 1,
      field: isCitationRowField(rowField) ? t(`rowFields.${rowField}`) : rowField,
    });
  };
  const wording = adminIssueWording(locale);
  const { summaryRef, validate, fieldErrors, summaryErrors, status, message } = useCheckedForm({
    state,
    labelOf,
    summaryOf: (count) => t("summary", { count }),
    listSeparator: locale === "zh" ? "；" : "; ",
    check: (nested) => {
      const record = parseWith(definition.schema, nested, "", wording);
      const citations = canCite
        ? parseWith(citationRowsSchema(definition.citationFields), nested, "", wording)
        : { success: true as const };
      return {
        ...(record.success ? {} : record.fieldErrors),
        ...(citations.success ? {} : citations.fieldErrors),
      };
    },
  });

  const creatingForm = creating ? localizedForm(creating.entity, locale) : null;
  return (
    <CreateInPlaceContext.Provider value={(request) => setCreating({ ...request, key: newSubmissionKey() })}>
      <form
        key={state.submissionId ?? 0}
        id={formId}
        action={formAction}
        onChange={(event) => {
          const target = event.target;
          if (
            (target instanceof HTMLSelectElement || target instanceof HTMLInputElement) &&
            followedNames.includes(target.name)
          )
            setWatched((current) => ({ ...current, [target.name]: target.value }));
        }}
        onSubmit={(event) => {
          // A dialog's form is drawn outside the page's form, but React still passes its submit up
          // the component tree: the page's form must not check (or stop) a submit that is not its own.
          event.stopPropagation();
          validate(event);
        }}
        noValidate
        className="grid gap-6"
      >
        <div ref={summaryRef}>
          <ErrorSummary
            status={status}
            message={message}
            errors={summaryErrors}
            formId={formId}
            labelSeparator={locale === "zh" ? "" : " "}
          />
        </div>
        {state.conflict ? (
          <ConflictPanel
            conflict={state.conflict}
            labelOf={(name, label) => definition.fields.find((f) => f.name === name)?.label ?? label}
          />
        ) : null}
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
              watched={watched}
            />
          ))}
          {canCite ? (
            <CitationsEditor
              formId={formId}
              citationFields={definition.citationFields}
              existing={existingCitations}
              suggestedSources={offeredSources}
              values={values}
              errors={fieldErrors}
              typedFields={(data) =>
                typedEntryFields([singleRecordPart(definition)], data, { ...definition.defaults, ...presets })
              }
            />
          ) : null}
        </div>
        <div className="flex items-center gap-3 border-t border-rule pt-4">
          <SubmitButton variant="accent" pendingLabel={t("saving")}>
            {submitLabel ?? t("createAndChoose", { entity: definition.singular })}
          </SubmitButton>
          {currentVersion ? (
            <span className="text-xs text-ink-muted">{t("editingVersion", { version: currentVersion })}</span>
          ) : null}
        </div>
      </form>
      {creating && creatingForm ? (
        <Dialog
          closeLabel={t("close")}
          title={t("newRecord", { entity: creatingForm.singular })}
          description={t("newRecordDescription")}
          onClose={() => setCreating(null)}
        >
          <RecordForm
            entity={creating.entity}
            action={createInPlaceAction.bind(null, creating.entity)}
            initialValues={createInPlaceValues(
              creatingForm.fields,
              creating.query,
              creatingForm.defaults,
              creating.pickerDefaults,
            )}
            existingCitations={[]}
            canCite={creatingForm.citationFields.length > 0}
            submissionKey={creating.key}
            suggestedSources={offeredSources}
            presets={creating.pickerDefaults}
            onCreated={(record) => {
              creating.onCreated(record);
              setCitedInDialogs((sources) => [...sources, ...(record.sources ?? [])]);
              setCreating(null);
            }}
          />
        </Dialog>
      ) : null}
    </CreateInPlaceContext.Provider>
  );
}
