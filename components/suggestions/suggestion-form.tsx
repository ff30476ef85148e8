"use client";
import { useActionState } from "react";
import { CHINESE_SEPARATORS, DEFAULT_SEPARATORS, describedBy, FieldShell } from "@/components/forms/field-shell";
import { ErrorSummary } from "@/components/forms/error-summary";
import { SubmitButton } from "@/components/forms/submit-button";
import { useCheckedForm } from "@/components/forms/use-checked-form";
import { Input, Textarea } from "@/components/ui/input";
import { submitFactFlagAction, submitStartupSuggestionAction } from "@/lib/actions/suggestions";
import { initialFormState } from "@/lib/forms/form-state";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import type { FormValues } from "@/lib/validation/form-data";
import { localizeIssue, type ValidationMessages } from "@/lib/validation/issue-messages";
import { parseWith } from "@/lib/validation/parse";
import { factFlagSchema, HONEYPOT_FIELD, startupSuggestionSchema } from "@/lib/validation/suggestion";
import { ProofOfWorkField } from "./proof-of-work-field";

/** The form's words in the reader's language, given by the server page (no translation runtime here). */
export type SuggestionFormWords = Messages["suggest"]["form"];
type FieldName = keyof SuggestionFormWords["labels"];

type Field = {
  name: FieldName;
  kind: "text" | "url" | "number" | "email" | "textarea";
  required?: boolean;
  hint?: keyof SuggestionFormWords["hints"];
  lang?: string;
  wide?: boolean;
  placeholder?: "url" | "nameZh";
};

const sourceFields: Field[] = [
  { name: "sourceUrl", kind: "url", required: true, wide: true, hint: "sourceUrl", placeholder: "url" },
  { name: "sourceQuote", kind: "textarea", wide: true, hint: "sourceQuote" },
  { name: "comment", kind: "textarea", wide: true, hint: "comment" },
  { name: "contactEmail", kind: "email", wide: true, hint: "contactEmail" },
];

const startupFields: Field[] = [
  { name: "nameEn", kind: "text", hint: "nameEn" },
  { name: "nameZh", kind: "text", lang: "zh", placeholder: "nameZh" },
  { name: "website", kind: "url", placeholder: "url" },
  { name: "cityName", kind: "text", hint: "cityName" },
  { name: "foundedYear", kind: "number" },
  { name: "founders", kind: "text", hint: "founders" },
  { name: "alibabaLink", kind: "textarea", wide: true, hint: "alibabaLink" },
  ...sourceFields,
];

const factFields: Field[] = [
  { name: "proposedValue", kind: "textarea", required: true, wide: true, hint: "proposedValue" },
  ...sourceFields,
];

/**
 * The public suggestion forms ("Suggest a start-up", "Flag this fact"). No account; the browser checks
 * the fields with the same zod schema as the server, its errors worded by `validation` when the page
 * is not in English; the anti-robot check runs as the reader types.
 */
export function SuggestionForm({
  kind,
  words,
  validation,
  locale,
  hidden = {},
  initialValues = {},
}: {
  kind: "startup" | "fact";
  words: SuggestionFormWords;
  /** How a non-English page words the schema's issues; null keeps the schema's English. */
  validation: ValidationMessages | null;
  locale: Locale;
  hidden?: Record<string, string>;
  initialValues?: FormValues;
}) {
  const [state, formAction] = useActionState(
    kind === "startup" ? submitStartupSuggestionAction : submitFactFlagAction,
    initialFormState,
  );
  const formId = `suggest-${kind}`;
  const fields = kind === "startup" ? startupFields : factFields;
  const values = state.values ?? initialValues;
  const separators = locale === "zh" ? CHINESE_SEPARATORS : DEFAULT_SEPARATORS;
  const labelOf = (field: string) => (field in words.labels ? words.labels[field as FieldName] : field);
  const { summaryRef, validate, fieldErrors, summaryErrors, status, message } = useCheckedForm({
    state,
    labelOf,
    listSeparator: separators.list,
    summaryOf: (count) => (count === 1 ? words.summaryOne : words.summaryOther).replace("{count}", String(count)),
    check: (nested) => {
      const parsed = parseWith(
        kind === "startup" ? startupSuggestionSchema : factFlagSchema,
        nested,
        "",
        validation ? (issue) => localizeIssue(issue, validation) : undefined,
      );
      return parsed.success ? {} : parsed.fieldErrors;
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
        <ErrorSummary
          status={status}
          message={message}
          errors={summaryErrors}
          formId={formId}
          labelSeparator={separators.label}
        />
      </div>
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div className="grid gap-x-6 gap-y-5 sm:grid-cols-2">
        {fields.map((field) => {
          const id = `${formId}-${field.name}`;
          const errors = fieldErrors[field.name];
          const hint = field.hint ? words.hints[field.hint] : undefined;
          const value = values[field.name];
          const common = {
            id,
            name: field.name,
            lang: field.lang,
            placeholder:
              field.placeholder === "url"
                ? "https://"
                : field.placeholder === "nameZh"
                  ? words.nameZhPlaceholder
                  : undefined,
            defaultValue: Array.isArray(value) ? value[0] : (value ?? ""),
            "aria-invalid": errors ? true : undefined,
            "aria-describedby": describedBy(id, hint, errors),
            "aria-required": field.required || undefined,
          };
          return (
            <FieldShell
              key={field.name}
              id={id}
              label={words.labels[field.name]}
              required={field.required}
              hint={hint}
              errors={errors}
              wide={field.wide}
              separators={separators}
            >
              {field.kind === "textarea" ? (
                <Textarea {...common} rows={field.name === "proposedValue" ? 3 : 2} />
              ) : (
                <Input
                  {...common}
                  type={field.kind === "number" ? "text" : field.kind}
                  inputMode={field.kind === "number" ? "numeric" : undefined}
                  autoComplete={field.kind === "email" ? "email" : "off"}
                />
              )}
            </FieldShell>
          );
        })}
      </div>
      {/* The honeypot: off-screen and out of the tab order, so only robots that fill every field see it. */}
      <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
        <label htmlFor={`${formId}-${HONEYPOT_FIELD}`}>{words.honeypot}</label>
        <input id={`${formId}-${HONEYPOT_FIELD}`} name={HONEYPOT_FIELD} type="text" tabIndex={-1} autoComplete="off" />
      </div>
      <ProofOfWorkField formId={formId} words={words.proofOfWork} locale={locale} />
      <div className="flex flex-wrap items-center gap-3 border-t border-rule pt-4">
        <SubmitButton variant="accent" pendingLabel={words.sending}>
          {kind === "startup" ? words.sendStartup : words.sendFact}
        </SubmitButton>
        <span className="text-xs text-ink-muted">{words.footnote}</span>
      </div>
    </form>
  );
}
