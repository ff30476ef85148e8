"use client";
import { useActionState } from "react";
import { describedBy, FieldShell } from "@/components/forms/field-shell";
import { ErrorSummary } from "@/components/forms/error-summary";
import { SubmitButton } from "@/components/forms/submit-button";
import { useCheckedForm } from "@/components/forms/use-checked-form";
import { Input, Textarea } from "@/components/ui/input";
import { submitFactFlagAction, submitStartupSuggestionAction } from "@/lib/actions/suggestions";
import { initialFormState } from "@/lib/forms/form-state";
import type { FormValues } from "@/lib/validation/form-data";
import { parseWith } from "@/lib/validation/parse";
import {
  factFlagSchema,
  HONEYPOT_FIELD,
  startupSuggestionSchema,
  suggestionFieldLabels,
} from "@/lib/validation/suggestion";
import { ProofOfWorkField } from "./proof-of-work-field";

type Field = {
  name: string;
  kind: "text" | "url" | "number" | "email" | "textarea";
  required?: boolean;
  hint?: string;
  lang?: string;
  wide?: boolean;
  placeholder?: string;
};

const sourceFields: Field[] = [
  {
    name: "sourceUrl",
    kind: "url",
    required: true,
    wide: true,
    hint: "Where you read it: a news article, a company announcement, a filing. We check every suggestion against its source.",
    placeholder: "https://",
  },
  {
    name: "sourceQuote",
    kind: "textarea",
    wide: true,
    hint: "Optional: the sentence in the source that says it, copied as it is (any language).",
  },
  { name: "comment", kind: "textarea", wide: true, hint: "Optional: anything that helps the editors." },
  {
    name: "contactEmail",
    kind: "email",
    wide: true,
    hint: "Optional, only if you are happy to be asked about it. Never shown, never shared.",
  },
];

const startupFields: Field[] = [
  { name: "nameEn", kind: "text", hint: "English or Chinese name: at least one." },
  { name: "nameZh", kind: "text", lang: "zh", placeholder: "e.g. 灵伴科技" },
  { name: "website", kind: "url", placeholder: "https://" },
  { name: "cityName", kind: "text", hint: "Where it is based, e.g. Hangzhou." },
  { name: "foundedYear", kind: "number" },
  {
    name: "founders",
    kind: "text",
    hint: "Names of the founders, as the source gives them.",
  },
  {
    name: "alibabaLink",
    kind: "textarea",
    wide: true,
    hint: "Which founder worked at Alibaba Group (Alibaba, Ant Group, Alibaba Cloud, DAMO …), in what role, when.",
  },
  ...sourceFields,
];

const factFields: Field[] = [
  {
    name: "proposedValue",
    kind: "textarea",
    required: true,
    wide: true,
    hint: "The value as your source gives it.",
  },
  ...sourceFields,
];

/**
 * The public suggestion forms ("Suggest a start-up", "Flag this fact"). No account; the browser checks
 * the fields with the same zod schema as the server; the anti-robot check runs as the reader types.
 */
export function SuggestionForm({
  kind,
  hidden = {},
  initialValues = {},
}: {
  kind: "startup" | "fact";
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
  const { summaryRef, validate, fieldErrors, summaryErrors, status, message } = useCheckedForm({
    state,
    labelOf: (field) => suggestionFieldLabels[field] ?? field,
    check: (nested) => {
      const parsed = parseWith(kind === "startup" ? startupSuggestionSchema : factFlagSchema, nested);
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
        <ErrorSummary status={status} message={message} errors={summaryErrors} formId={formId} />
      </div>
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div className="grid gap-x-6 gap-y-5 sm:grid-cols-2">
        {fields.map((field) => {
          const id = `${formId}-${field.name}`;
          const errors = fieldErrors[field.name];
          const label = suggestionFieldLabels[field.name] ?? field.name;
          const value = values[field.name];
          const common = {
            id,
            name: field.name,
            lang: field.lang,
            placeholder: field.placeholder,
            defaultValue: Array.isArray(value) ? value[0] : (value ?? ""),
            "aria-invalid": errors ? true : undefined,
            "aria-describedby": describedBy(id, field.hint, errors),
            "aria-required": field.required || undefined,
          };
          return (
            <FieldShell
              key={field.name}
              id={id}
              label={label}
              required={field.required}
              hint={field.hint}
              errors={errors}
              wide={field.wide}
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
        <label htmlFor={`${formId}-${HONEYPOT_FIELD}`}>Leave this empty</label>
        <input id={`${formId}-${HONEYPOT_FIELD}`} name={HONEYPOT_FIELD} type="text" tabIndex={-1} autoComplete="off" />
      </div>
      <ProofOfWorkField formId={formId} />
      <div className="flex flex-wrap items-center gap-3 border-t border-rule pt-4">
        <SubmitButton variant="accent" pendingLabel="Sending…">
          {kind === "startup" ? "Send suggestion" : "Send correction"}
        </SubmitButton>
        <span className="text-xs text-ink-muted">
          An editor checks it against the source before anything changes on the site.
        </span>
      </div>
    </form>
  );
}
