"use client";
import { useLocale, useTranslations } from "next-intl";
import { useActionState, useEffect, useId, useRef, useState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Label } from "@/components/ui/label";
import { ErrorSummary } from "@/components/forms/error-summary";
import { SubmitButton } from "@/components/forms/submit-button";
import { useCheckedForm } from "@/components/forms/use-checked-form";
import { addFounderAction, addRoundAction } from "@/lib/actions/entries";
import { createInPlaceAction } from "@/lib/actions/records";
import { createInPlaceValues } from "@/lib/forms/create-in-place";
import { localizedEntryParts, localizedForm, localizeFieldErrors } from "@/lib/i18n/admin-forms";
import { initialFormState, isCreatedRecord, type CreatedRecord, type FormState } from "@/lib/forms/form-state";
import { newSubmissionKey, SUBMISSION_KEY_FIELD } from "@/lib/forms/submission-key";
import {
  entryCitationFields,
  entryDefaults,
  founderEntryParts,
  parseFounderEntry,
  parseRoundEntry,
  roundEntryParts,
  typedEntryFields,
  type EntryPart,
} from "@/lib/validation/entries";
import type { FormValues, NestedValues } from "@/lib/validation/form-data";
import type { ParseResult } from "@/lib/validation/parse";
import { CitationsEditor } from "./citations-editor";
import { CreateInPlaceContext, type CreateRequest } from "./create-in-place";
import { RecordField } from "./record-field";
import { RecordForm } from "./record-form";
import { ReferencePicker } from "./reference-picker";

type Action = (previous: FormState, formData: FormData) => Promise<FormState>;
type Source = { id: number; label: string };

const text = (value: FormValues[string] | undefined) => (Array.isArray(value) ? (value[0] ?? "") : (value ?? ""));

/** How many rows of a repeated part ("jobs.N.") the values hold: a refused form shows them all again. */
function rowCount(values: FormValues, prefix: string, atLeast: number): number {
  const pattern = new RegExp(`^${prefix}\\.(\\d+)\\.`);
  const indexes = Object.keys(values).flatMap((key) => {
    const match = pattern.exec(key);
    return match ? [Number(match[1])] : [];
  });
  return Math.max(atLeast, ...indexes.map((i) => i + 1));
}

const sourceFields = ["sourceId", "newUrl", "newPublisher", "fields"] as const;
const isSourceField = (name: string): name is (typeof sourceFields)[number] =>
  sourceFields.some((field) => field === name);

/**
 * What the founder and round entries share: one form, checked in the browser with the server's
 * parser, records created in place from its pickers (in a dialog, as in any record form), and one
 * set of cite-once sources for every record it enters.
 */
function EntryForm({
  name,
  action,
  parse,
  parts,
  repeated,
  initialValues,
  entryLabels,
  submitLabel,
  suggestedSources,
  onCreated,
  children,
}: {
  name: string;
  action: Action;
  parse: (values: NestedValues) => ParseResult<unknown>;
  /** The entry's records, given how many rows the repeated part has. */
  parts: (rows: number) => EntryPart[];
  repeated: { prefix: string; label: string };
  initialValues: FormValues;
  /** Labels of the entry's own fields (not a part's) for the error summary. */
  entryLabels: Record<string, string>;
  submitLabel: string;
  suggestedSources: Source[];
  onCreated: (record: CreatedRecord) => void;
  children: (context: {
    formId: string;
    values: FormValues;
    errors: Record<string, string[]>;
    field: (part: EntryPart, fieldName: string) => ReactNode;
    rows: EntryPart[];
  }) => ReactNode;
}) {
  const locale = useLocale();
  const t = useTranslations("adminForms");
  const [state, formAction] = useActionState(action, initialFormState);
  const [submissionKey] = useState(newSubmissionKey);
  const formId = `${name}-${useId().replaceAll(":", "")}`;
  const values = state.values ?? initialValues;
  const [rows, setRows] = useState(() => rowCount(values, repeated.prefix, 1));
  // A refused form comes back with its rows: show as many as were sent.
  const [shownFor, setShownFor] = useState(state.submissionId);
  if (shownFor !== state.submissionId) {
    setShownFor(state.submissionId);
    setRows(rowCount(values, repeated.prefix, 1));
  }
  // The parts with their titles and fields in the editor's language (the server reads the English ones).
  const allParts = localizedEntryParts(parts(rows), locale);
  const [creating, setCreating] = useState<(CreateRequest & { key: string }) | null>(null);
  const [citedInDialogs, setCitedInDialogs] = useState<Source[]>([]);
  const offeredSources = [...suggestedSources, ...citedInDialogs].filter(
    (source, i, all) => all.findIndex((other) => other.id === source.id) === i,
  );

  const reported = useRef<number | undefined>(undefined);
  useEffect(() => {
    if (state.status !== "success" || !isCreatedRecord(state.data) || reported.current === state.submissionId) return;
    reported.current = state.submissionId;
    onCreated(state.data);
  }, [state, onCreated]);

  const labelOf = (field: string) => {
    if (entryLabels[field]) return entryLabels[field];
    const source = /^sources\.(\d+)\.(\w+)/.exec(field);
    if (source) {
      const name = source[2] ?? "";
      return t("form.sourceRow", {
        number: Number(source[1]) + 1,
        field: isSourceField(name) ? t(`form.rowFields.${name}`) : name,
      });
    }
    const part = allParts.find((p) => field.startsWith(p.path));
    const spec = part?.fields.find((f) => `${part.path}${f.name}` === field);
    return part && spec ? t("entries.partField", { part: part.title, field: spec.label }) : field;
  };
  const { summaryRef, validate, fieldErrors, summaryErrors, status, message } = useCheckedForm({
    state,
    labelOf,
    summaryOf: (count) => t("form.summary", { count }),
    listSeparator: locale === "zh" ? "；" : "; ",
    check: (nested) => {
      const parsed = parse(nested);
      return parsed.success ? {} : localizeFieldErrors(parsed.fieldErrors, locale);
    },
  });
  const presets = entryDefaults(allParts);

  const field = (part: EntryPart, fieldName: string) => {
    const spec = part.fields.find((f) => f.name === fieldName);
    if (!spec) return null;
    const prefixed = { ...spec, name: `${part.path}${spec.name}` };
    return (
      <RecordField
        key={prefixed.name}
        formId={formId}
        field={prefixed}
        values={values}
        errors={fieldErrors[prefixed.name]}
      />
    );
  };

  const creatingForm = creating ? localizedForm(creating.entity, locale) : null;
  return (
    <CreateInPlaceContext.Provider value={(request) => setCreating({ ...request, key: newSubmissionKey() })}>
      <form
        key={state.submissionId ?? 0}
        id={formId}
        action={formAction}
        onSubmit={(event) => {
          event.stopPropagation();
          validate(event);
        }}
        noValidate
        className="grid grid-cols-1 gap-6"
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
        <input type="hidden" name={SUBMISSION_KEY_FIELD} value={submissionKey} />
        {children({ formId, values, errors: fieldErrors, field, rows: allParts })}
        <div>
          <Button variant="outline" size="sm" onClick={() => setRows((n) => n + 1)}>
            + {repeated.label}
          </Button>
        </div>
        {/* Its own grid: the editor spans two columns, which would otherwise add a column to the form's. */}
        <div className="grid min-w-0">
          <CitationsEditor
            formId={formId}
            citationFields={entryCitationFields(allParts)}
            existing={[]}
            suggestedSources={offeredSources}
            values={values}
            errors={fieldErrors}
            wholeRecord={false}
            typedFields={(data) => typedEntryFields(allParts, data, presets)}
          />
        </div>
        <div className="flex items-center gap-3 border-t border-rule pt-4">
          <SubmitButton variant="accent" pendingLabel={t("form.saving")}>
            {submitLabel}
          </SubmitButton>
          <span className="text-xs text-ink-muted">{t("entries.together")}</span>
        </div>
      </form>
      {creating && creatingForm ? (
        <Dialog
          closeLabel={t("form.close")}
          title={t("form.newRecord", { entity: creatingForm.singular })}
          description={t("form.newRecordDescription")}
          onClose={() => setCreating(null)}
        >
          <CreateInPlaceForm
            creating={creating}
            suggestedSources={offeredSources}
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

/** The dialog's form: the record form every picker's create-in-place uses. */
function CreateInPlaceForm({
  creating,
  suggestedSources,
  onCreated,
}: {
  creating: CreateRequest & { key: string };
  suggestedSources: Source[];
  onCreated: (record: CreatedRecord) => void;
}) {
  const locale = useLocale();
  const form = localizedForm(creating.entity, locale);
  return (
    <RecordForm
      entity={creating.entity}
      action={createInPlaceAction.bind(null, creating.entity)}
      initialValues={createInPlaceValues(form.fields, creating.query, form.defaults, creating.pickerDefaults)}
      existingCitations={[]}
      canCite={form.citationFields.length > 0}
      submissionKey={creating.key}
      suggestedSources={suggestedSources}
      presets={creating.pickerDefaults}
      onCreated={onCreated}
    />
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <fieldset className="grid min-w-0 gap-x-6 gap-y-5 rounded-lg border border-rule p-4 sm:grid-cols-2">
      <legend className="px-1 text-sm font-semibold text-ink">{title}</legend>
      {children}
    </fieldset>
  );
}

/**
 * "Add a founder" on a start-up's page: the person (chosen, or typed in as new), the founding and
 * the person's Alibaba jobs, cited once, saved in one transaction.
 */
export function FounderEntryForm({
  startupId,
  suggestedSources,
  onCreated,
}: {
  startupId: number;
  suggestedSources: Source[];
  onCreated: (record: CreatedRecord) => void;
}) {
  const t = useTranslations("adminForms.entries");
  const initialValues = { startupId: String(startupId), ...entryDefaults(founderEntryParts(1)) };
  return (
    <EntryForm
      name="founder-entry"
      action={addFounderAction}
      parse={parseFounderEntry}
      parts={founderEntryParts}
      repeated={{ prefix: "jobs", label: t("anotherJob") }}
      initialValues={initialValues}
      entryLabels={{ personId: t("existingPerson"), startupId: t("startup") }}
      submitLabel={t("addFounder")}
      suggestedSources={suggestedSources}
      onCreated={onCreated}
    >
      {({ formId, values, errors, field, rows }) => {
        const [person, founding, ...jobs] = rows as [EntryPart, EntryPart, ...EntryPart[]];
        const personError = errors.personId;
        return (
          <>
            <input type="hidden" name="startupId" value={startupId} />
            <Section title={t("founder")}>
              <div className="grid gap-1.5 sm:col-span-2">
                <Label htmlFor={`${formId}-personId`}>{t("existingPerson")}</Label>
                <ReferencePicker
                  id={`${formId}-personId`}
                  name="personId"
                  entity="people"
                  initialId={text(values.personId)}
                  initialLabel={text(values.personId__label)}
                  invalid={Boolean(personError)}
                  describedBy={personError ? `${formId}-personId-error` : undefined}
                  placeholder={t("searchPeople")}
                  allowCreate={false}
                />
                {personError ? (
                  <p id={`${formId}-personId-error`} className="text-sm font-medium text-red-700">
                    {personError.join("; ")}
                  </p>
                ) : null}
              </div>
              <p className="text-xs font-medium text-ink-muted sm:col-span-2">{t("orNewPerson")}</p>
              {field(person, "nameEn")}
              {field(person, "nameZh")}
            </Section>
            <Section title={t("founding")}>
              {field(founding, "role")}
              {field(founding, "title")}
              {field(founding, "confidence")}
            </Section>
            {jobs.map((job) => (
              <Section key={job.path} title={t("job", { title: job.title })}>
                {job.fields.map((spec) => field(job, spec.name))}
              </Section>
            ))}
          </>
        );
      }}
    </EntryForm>
  );
}

/** "Add a funding round" on a start-up's page: the round and all its investors, cited once, in one transaction. */
export function RoundEntryForm({
  startupId,
  suggestedSources,
  onCreated,
}: {
  startupId: number;
  suggestedSources: Source[];
  onCreated: (record: CreatedRecord) => void;
}) {
  const t = useTranslations("adminForms.entries");
  return (
    <EntryForm
      name="round-entry"
      action={addRoundAction}
      parse={parseRoundEntry}
      parts={roundEntryParts}
      repeated={{ prefix: "investors", label: t("anotherInvestor") }}
      initialValues={{ startupId: String(startupId), ...entryDefaults(roundEntryParts(1)) }}
      entryLabels={{ startupId: t("startup") }}
      submitLabel={t("addRound")}
      suggestedSources={suggestedSources}
      onCreated={onCreated}
    >
      {({ field, rows }) => {
        const [round, ...investors] = rows as [EntryPart, ...EntryPart[]];
        return (
          <>
            <input type="hidden" name="startupId" value={startupId} />
            <Section title={t("round")}>{round.fields.map((spec) => field(round, spec.name))}</Section>
            {investors.map((investor) => (
              <Section key={investor.path} title={investor.title}>
                {investor.fields.map((spec) => field(investor, spec.name))}
              </Section>
            ))}
          </>
        );
      }}
    </EntryForm>
  );
}
