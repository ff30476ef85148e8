"use client";
import { useLocale, useTranslations } from "next-intl";
import { CHINESE_SEPARATORS, DEFAULT_SEPARATORS, describedBy, FieldShell } from "@/components/forms/field-shell";
import { Input, Select, Textarea } from "@/components/ui/input";
import type { FormValues } from "@/lib/validation/form-data";
import { referenceOf, type FieldSpec } from "@/lib/validation/form-spec";
import { localizedForm } from "@/lib/i18n/admin-forms";
import { ReferencePicker } from "./reference-picker";

const text = (value: FormValues[string] | undefined) => (Array.isArray(value) ? (value[0] ?? "") : (value ?? ""));

/** One field of a record form, drawn from its spec (in the editor's language); errors and hints are tied to the control. */
export function RecordField({
  formId,
  field,
  values,
  errors,
  watched = {},
}: {
  formId: string;
  field: FieldSpec;
  values: FormValues;
  errors?: string[];
  /** Current values of the fields others follow (a citation's kind of record). */
  watched?: Record<string, string>;
}) {
  const t = useTranslations("adminForms.form");
  const locale = useLocale();
  const separators = locale === "zh" ? CHINESE_SEPARATORS : DEFAULT_SEPARATORS;
  const id = `${formId}-${field.name.replaceAll(".", "-")}`;
  const invalid = errors && errors.length > 0 ? true : undefined;
  const described = describedBy(id, field.hint, errors);
  const common = { id, name: field.name, "aria-invalid": invalid, "aria-describedby": described, lang: field.lang };
  const value = values[field.name];
  const reference = field.kind === "reference" ? referenceOf(field, { ...values, ...watched }) : null;
  // A field whose options follow another field starts over when that field changes.
  const followed = field.citableFieldsOf
    ? field.citableFieldsOf.entities[watched[field.citableFieldsOf.field] ?? text(values[field.citableFieldsOf.field])]
    : reference && field.referenceBy
      ? reference
      : undefined;
  const initialReference = field.kind === "reference" ? referenceOf(field, values) : null;
  const options = field.citableFieldsOf
    ? followed
      ? localizedForm(followed, locale).citationFields
      : []
    : (field.options ?? []);

  switch (field.kind) {
    case "textarea":
      return (
        <FieldShell
          id={id}
          label={field.label}
          required={field.required}
          hint={field.hint}
          errors={errors}
          wide={field.wide}
          separators={separators}
        >
          <Textarea {...common} defaultValue={text(value)} rows={4} />
        </FieldShell>
      );
    case "list":
      return (
        <FieldShell
          id={id}
          label={field.label}
          required={field.required}
          hint={field.hint}
          errors={errors}
          wide={field.wide}
          separators={separators}
        >
          <Textarea {...common} defaultValue={text(value)} rows={3} className="min-h-16" />
        </FieldShell>
      );
    case "select":
      return (
        <FieldShell
          id={id}
          label={field.label}
          required={field.required}
          hint={field.hint}
          errors={errors}
          wide={field.wide}
          separators={separators}
        >
          <Select {...common} key={followed ?? ""} defaultValue={text(value)}>
            {field.required ? null : (
              <option value="">
                {field.citableFieldsOf ? t("wholeRecordOption") : (field.blankOption ?? t("notReported"))}
              </option>
            )}
            {field.required && text(value) === "" ? <option value="">{t("choose")}</option> : null}
            {options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </Select>
        </FieldShell>
      );
    case "checkbox":
      return (
        <div className={field.wide ? "sm:col-span-2" : undefined}>
          <label className="flex items-start gap-2 pt-6 text-sm text-ink">
            <input
              type="checkbox"
              {...common}
              defaultChecked={text(value) === "on"}
              className="mt-0.5 size-4 accent-[var(--color-accent)]"
            />
            <span>
              <span className="font-medium">{field.label}</span>
              {field.hint ? (
                <span id={`${id}-hint`} className="block text-xs text-ink-muted">
                  {field.hint}
                </span>
              ) : null}
            </span>
          </label>
          {errors ? (
            <p id={`${id}-error`} className="text-sm font-medium text-red-700">
              {field.label}
              {separators.label}
              {errors.join(separators.list)}
            </p>
          ) : null}
        </div>
      );
    case "checkboxes": {
      const checked = new Set(Array.isArray(value) ? value : value ? [value] : []);
      return (
        <FieldShell
          id={id}
          label={field.label}
          hint={field.hint}
          errors={errors}
          wide={field.wide}
          separators={separators}
          asGroup
        >
          <div id={id} className="grid gap-x-4 gap-y-1 sm:grid-cols-3">
            {field.options?.map((option) => (
              <label key={option.value} className="flex items-center gap-2 text-sm text-ink">
                <input
                  type="checkbox"
                  name={field.name}
                  value={option.value}
                  defaultChecked={checked.has(option.value)}
                  className="size-4 accent-[var(--color-accent)]"
                />
                {option.label}
              </label>
            ))}
          </div>
        </FieldShell>
      );
    }
    case "reference":
      return (
        <FieldShell
          id={id}
          label={field.label}
          required={field.required}
          hint={field.hint}
          errors={errors}
          wide={field.wide}
          separators={separators}
        >
          {reference ? (
            <ReferencePicker
              key={reference}
              id={id}
              name={field.name}
              entity={reference}
              initialId={reference === field.reference || reference === initialReference ? text(value) : ""}
              initialLabel={
                reference === field.reference || reference === initialReference
                  ? text(values[`${field.name}__label`])
                  : ""
              }
              invalid={invalid}
              describedBy={described}
              createDefaults={field.createDefaults}
            />
          ) : (
            <Input {...common} disabled placeholder={t("chooseKindFirst")} />
          )}
        </FieldShell>
      );
    case "slug":
      return (
        <FieldShell
          id={id}
          label={field.label}
          required={field.required}
          hint={field.hint}
          errors={errors}
          wide={field.wide}
          separators={separators}
        >
          <Input {...common} defaultValue={text(value)} placeholder={t("slugPlaceholder")} spellCheck={false} />
        </FieldShell>
      );
    default:
      return (
        <FieldShell
          id={id}
          label={field.label}
          required={field.required}
          hint={field.hint}
          errors={errors}
          wide={field.wide}
          separators={separators}
        >
          <Input
            {...common}
            type={field.kind === "date" ? "date" : field.kind === "url" ? "url" : "text"}
            inputMode={field.kind === "number" ? "numeric" : undefined}
            defaultValue={text(value)}
          />
        </FieldShell>
      );
  }
}
