"use client";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Input, Select, Textarea } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { adminFormsMessages } from "@/lib/i18n/admin-forms";
import { SOURCE_KIND_LABELS, sourceKindLabel } from "@/lib/sources/kinds";
import type { SourceKind } from "@/lib/generated/prisma/enums";
import { sourceLanguages, WHOLE_RECORD } from "@/lib/validation/citation-rows";
import type { FormValues } from "@/lib/validation/form-data";
import type { Option } from "@/lib/validation/form-spec";
import { ReferencePicker } from "./reference-picker";

/** A field a source can support; `group` names the record it belongs to in a form that enters several. */
export type CitableField = Option & { group?: string };

/** Columns a form derives from others (not one of its fields) that a stored citation can name. */
const DERIVED_FIELDS = ["amountUsdLow", "amountUsdHigh"] as const;
const isDerivedField = (field: string): field is (typeof DERIVED_FIELDS)[number] =>
  (DERIVED_FIELDS as readonly string[]).includes(field);

export type ExistingCitation = {
  id: number;
  sourceLabel: string;
  url: string;
  field: string | null;
  claimedValue: string | null;
  quote: string | null;
};

const text = (value: FormValues[string] | undefined) => (Array.isArray(value) ? (value[0] ?? "") : (value ?? ""));

function groupBySource(citations: ExistingCitation[]) {
  const groups = new Map<string, { url: string; sourceLabel: string; citations: ExistingCitation[] }>();
  for (const citation of citations) {
    const group = groups.get(citation.url) ?? { url: citation.url, sourceLabel: citation.sourceLabel, citations: [] };
    group.citations.push(citation);
    groups.set(citation.url, group);
  }
  return [...groups.values()];
}

/** Indexes of the new-citation rows present in submitted values, so a refused form shows them again. */
function rowsIn(values: FormValues): number[] {
  const indexes = new Set<number>();
  for (const key of Object.keys(values)) {
    const match = /^citations\.(\d+)\./.exec(key);
    if (match) indexes.add(Number(match[1]));
  }
  return [...indexes].sort((a, b) => a - b);
}

/** Indexes of the source blocks present in submitted values. */
function blocksIn(values: FormValues): number[] {
  const indexes = new Set<number>();
  for (const key of Object.keys(values)) {
    const match = /^sources\.(\d+)\./.exec(key);
    if (match) indexes.add(Number(match[1]));
  }
  return [...indexes].sort((a, b) => a - b);
}

const sourceKinds = Object.keys(SOURCE_KIND_LABELS) as SourceKind[];

const listOf = (value: FormValues[string] | undefined) => (Array.isArray(value) ? value : value ? [value] : []);

/**
 * Sources for the record: existing citations (tick to remove) and new ones — an existing source
 * found by search, or a new web address — each marked with the field it supports.
 */
export function CitationsEditor({
  formId,
  citationFields,
  existing,
  values,
  errors,
  suggestedSources = [],
  wholeRecord = true,
  typedFields,
}: {
  formId: string;
  /** The fields a source can support; grouped (under a record's name) when the form enters several records. */
  citationFields: readonly CitableField[];
  existing: ExistingCitation[];
  suggestedSources?: { id: number; label: string }[];
  values: FormValues;
  errors: Record<string, string[]>;
  /** Whether "the record as a whole" can be ticked (not where the form enters several records). */
  wholeRecord?: boolean;
  /** The fields holding something typed or chosen (not a default), for a block's "tick every field typed". */
  typedFields?: (data: FormData) => string[];
}) {
  const t = useTranslations("adminForms.citations");
  // Rows come only from values sent in (a reader's suggestion prefills one per source it names);
  // new sources are added as blocks, each cited once for as many fields as it supports.
  const [rows, setRows] = useState<number[]>(() => rowsIn(values));
  const [blocks, setBlocks] = useState<number[]>(() => blocksIn(values));
  // Blocks opened from a "cite again" button start with that source chosen; "add a new source"
  // opens with the new source's fields shown.
  const [chosen, setChosen] = useState<Record<number, { id: number; label: string }>>({});
  const [startNew, setStartNew] = useState<Set<number>>(() => new Set());
  const addBlock = (source?: { id: number; label: string }, isNew = false) => {
    const index = (blocks.length ? Math.max(...blocks) : -1) + 1;
    if (source) setChosen((c) => ({ ...c, [index]: source }));
    if (isNew) setStartNew((s) => new Set([...s, index]));
    setBlocks([...blocks, index]);
  };
  const removed = new Set(
    Array.isArray(values.removeCitations)
      ? values.removeCitations
      : values.removeCitations
        ? [values.removeCitations]
        : [],
  );
  // Columns the form derives rather than shows (a round's US$ amounts) can still carry a citation.
  const derived = (field: string) => (isDerivedField(field) ? t(`derivedFields.${field}`) : field);
  const fieldLabel = (field: string | null) =>
    citationFields.find((f) => f.value === field)?.label ?? (field ? derived(field) : t("wholeRecord"));

  return (
    <fieldset className="grid min-w-0 grid-cols-1 gap-4 rounded-lg border border-rule bg-canvas/60 p-4 sm:col-span-2">
      <legend className="px-1 text-sm font-semibold text-ink">{t("legend")}</legend>
      <p className="text-xs text-ink-muted">{t("intro")}</p>
      {existing.length > 0 ? (
        <ul className="grid gap-2">
          {groupBySource(existing).map((group) => (
            <li key={group.url} className="rounded-md border border-rule bg-paper px-3 py-2 text-sm">
              <a
                href={group.url}
                target="_blank"
                rel="noreferrer noopener"
                className="font-medium break-all text-ink underline underline-offset-2"
              >
                {group.sourceLabel}
              </a>
              <ul className="mt-1.5 grid gap-1">
                {group.citations.map((citation) => (
                  <li key={citation.id} className="flex flex-wrap items-center justify-between gap-2">
                    <span className="flex flex-wrap items-center gap-1.5">
                      <Badge variant="tracked">{t("supportsBadge", { field: fieldLabel(citation.field) })}</Badge>
                      {citation.claimedValue ? (
                        <Badge variant="reported">{t("statesBadge", { value: citation.claimedValue })}</Badge>
                      ) : null}
                      {citation.quote ? <span className="text-xs text-ink-muted">“{citation.quote}”</span> : null}
                    </span>
                    <label className="flex items-center gap-1.5 text-xs text-ink-muted">
                      <input
                        type="checkbox"
                        name="removeCitations"
                        value={citation.id}
                        defaultChecked={removed.has(String(citation.id))}
                      />
                      {t("remove")}
                    </label>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-ink-muted">{t("none")}</p>
      )}

      {rows.map((index, position) => {
        const name = (field: string) => `citations.${index}.${field}`;
        const id = (field: string) => `${formId}-citations-${index}-${field}`;
        const err = (field: string) => errors[name(field)];
        const errorText = (field: string) =>
          err(field) ? (
            <p id={`${id(field)}-error`} className="text-sm font-medium text-red-700">
              {err(field)?.join("; ")}
            </p>
          ) : null;
        const aria = (field: string) => ({
          "aria-invalid": err(field) ? true : undefined,
          "aria-describedby": err(field) ? `${id(field)}-error` : undefined,
        });
        return (
          <div
            key={index}
            className="grid gap-3 rounded-md border border-rule bg-paper p-3 sm:grid-cols-2"
            data-citation-row={position}
          >
            <div className="grid gap-1.5 sm:col-span-2">
              <Label htmlFor={id("sourceId")}>{t("existingSource")}</Label>
              <ReferencePicker
                id={id("sourceId")}
                name={name("sourceId")}
                entity="sources"
                initialId={text(values[name("sourceId")])}
                initialLabel={text(values[`${name("sourceId")}__label`])}
                invalid={Boolean(err("sourceId"))}
                describedBy={aria("sourceId")["aria-describedby"]}
                placeholder={t("searchSources")}
              />
              {errorText("sourceId")}
            </div>
            <p className="text-xs font-medium text-ink-muted sm:col-span-2">{t("orNewSource")}</p>
            <div className="grid gap-1.5 sm:col-span-2">
              <Label htmlFor={id("newUrl")}>{t("newUrl")}</Label>
              <Input
                id={id("newUrl")}
                name={name("newUrl")}
                type="url"
                defaultValue={text(values[name("newUrl")])}
                placeholder="https://…"
                {...aria("newUrl")}
              />
              {errorText("newUrl")}
            </div>
            <div className="grid gap-1.5">
              <Label htmlFor={id("newPublisher")}>{t("publisher")}</Label>
              <Input
                id={id("newPublisher")}
                name={name("newPublisher")}
                defaultValue={text(values[name("newPublisher")])}
                {...aria("newPublisher")}
              />
              {errorText("newPublisher")}
            </div>
            <div className="grid gap-1.5">
              <Label htmlFor={id("newTitle")}>{t("title")}</Label>
              <Input
                id={id("newTitle")}
                name={name("newTitle")}
                defaultValue={text(values[name("newTitle")])}
                {...aria("newTitle")}
              />
              {errorText("newTitle")}
            </div>
            <div className="grid gap-1.5">
              <Label htmlFor={id("newPublishedOn")}>{t("publishedOn")}</Label>
              <Input
                id={id("newPublishedOn")}
                name={name("newPublishedOn")}
                type="date"
                defaultValue={text(values[name("newPublishedOn")])}
                {...aria("newPublishedOn")}
              />
              {errorText("newPublishedOn")}
            </div>
            <NewSourceLanguageAndKind id={id} name={name} values={values} />
            <div className="grid gap-1.5">
              <Label htmlFor={id("field")}>{t("supports")}</Label>
              <Select
                id={id("field")}
                name={name("field")}
                defaultValue={text(values[name("field")])}
                {...aria("field")}
              >
                <option value="">{t("wholeRecord")}</option>
                {citationFields.map((f) => (
                  <option key={f.value} value={f.value}>
                    {f.label}
                  </option>
                ))}
              </Select>
              {errorText("field")}
            </div>
            <div className="grid gap-1.5">
              <Label htmlFor={id("claimedValue")}>{t("claimedValue")}</Label>
              <Input
                id={id("claimedValue")}
                name={name("claimedValue")}
                defaultValue={text(values[name("claimedValue")])}
                {...aria("claimedValue")}
              />
              {errorText("claimedValue")}
            </div>
            <div className="grid gap-1.5 sm:col-span-2">
              <Label htmlFor={id("quote")}>{t("quote")}</Label>
              <Textarea
                id={id("quote")}
                name={name("quote")}
                defaultValue={text(values[name("quote")])}
                rows={2}
                className="min-h-14"
                {...aria("quote")}
              />
              {errorText("quote")}
            </div>
            <div className="sm:col-span-2">
              <Button variant="ghost" size="sm" onClick={() => setRows((r) => r.filter((i) => i !== index))}>
                {t("removeRow")}
              </Button>
            </div>
          </div>
        );
      })}
      {blocks.map((index, position) => (
        <SourceBlock
          key={index}
          formId={formId}
          index={index}
          position={position}
          citationFields={citationFields}
          values={
            chosen[index]
              ? {
                  ...values,
                  [`sources.${index}.sourceId`]: String(chosen[index].id),
                  [`sources.${index}.sourceId__label`]: chosen[index].label,
                }
              : values
          }
          errors={errors}
          onRemove={() => setBlocks((b) => b.filter((i) => i !== index))}
          startNew={startNew.has(index)}
          wholeRecord={wholeRecord}
          typedFields={typedFields}
        />
      ))}
      <div className="flex flex-wrap items-center gap-2">
        <Button variant="outline" size="sm" onClick={() => addBlock()}>
          {t("addSource")}
        </Button>
        <Button variant="outline" size="sm" onClick={() => addBlock(undefined, true)}>
          {t("addNewSource")}
        </Button>
        {suggestedSources.length > 0 ? <span className="text-xs text-ink-muted">{t("citeAgain")}</span> : null}
        {suggestedSources.map((source) => (
          <Button
            key={source.id}
            variant="outline"
            size="sm"
            className="h-auto max-w-full py-1 text-left [overflow-wrap:anywhere] whitespace-normal"
            aria-label={t("citeAgainLabel", { source: source.label })}
            onClick={() => addBlock(source)}
          >
            {source.label}
          </Button>
        ))}
      </div>
    </fieldset>
  );
}

/**
 * One source cited for many fields: found by search or typed in as new (with its original publisher
 * and a note), then the fields it supports ticked, each with an optional quote and stated value.
 */
function SourceBlock({
  formId,
  index,
  position,
  citationFields,
  values,
  errors,
  onRemove,
  startNew,
  wholeRecord,
  typedFields,
}: {
  formId: string;
  index: number;
  position: number;
  citationFields: readonly CitableField[];
  values: FormValues;
  errors: Record<string, string[]>;
  onRemove: () => void;
  startNew: boolean;
  wholeRecord: boolean;
  typedFields?: (data: FormData) => string[];
}) {
  const t = useTranslations("adminForms.citations");
  const name = (field: string) => `sources.${index}.${field}`;
  const id = (field: string) => `${formId}-sources-${index}-${field.replaceAll(/[.:]/g, "-")}`;
  const [ticked, setTicked] = useState<Set<string>>(() => new Set(listOf(values[name("fields")])));
  const choices: CitableField[] = [
    ...citationFields,
    ...(wholeRecord ? [{ value: WHOLE_RECORD, label: t("wholeRecordChoice") }] : []),
  ];
  const groups = [...new Set(choices.map((choice) => choice.group ?? ""))];
  // Ticks what the form holds that no other source of this form supports yet; the editor unticks
  // what this source does not say. Read from the form as it is now, so nothing is ticked unseen.
  const tickTyped = () => {
    const form = document.getElementById(formId);
    if (!(form instanceof HTMLFormElement) || !typedFields) return;
    const data = new FormData(form);
    const elsewhere = new Set(
      [...data.entries()]
        .filter(([key]) => /^sources\.\d+\.fields$/.test(key) && key !== name("fields"))
        .map(([, value]) => String(value)),
    );
    const offered = new Set(choices.map((choice) => choice.value));
    setTicked(new Set([...ticked, ...typedFields(data).filter((f) => offered.has(f) && !elsewhere.has(f))]));
  };
  const err = (field: string) => errors[name(field)];
  const errorText = (field: string) =>
    err(field) ? (
      <p id={`${id(field)}-error`} className="text-sm font-medium text-red-700">
        {err(field)?.join("; ")}
      </p>
    ) : null;
  const aria = (field: string) => ({
    "aria-invalid": err(field) ? true : undefined,
    "aria-describedby": err(field) ? `${id(field)}-error` : undefined,
  });
  const textInput = (field: string, label: string, props: { type?: string; placeholder?: string } = {}) => (
    <div className="grid gap-1.5">
      <Label htmlFor={id(field)}>{label}</Label>
      <Input id={id(field)} name={name(field)} defaultValue={text(values[name(field)])} {...props} {...aria(field)} />
      {errorText(field)}
    </div>
  );

  return (
    <div
      className="grid gap-3 rounded-md border border-rule bg-paper p-3 sm:grid-cols-2"
      data-source-block={position}
      role="group"
      aria-label={t("newSourceGroup", { number: position + 1 })}
    >
      <div className="grid gap-1.5 sm:col-span-2">
        <Label htmlFor={id("sourceId")}>{t("existingSource")}</Label>
        <ReferencePicker
          id={id("sourceId")}
          name={name("sourceId")}
          entity="sources"
          initialId={text(values[name("sourceId")])}
          initialLabel={text(values[`${name("sourceId")}__label`])}
          invalid={Boolean(err("sourceId"))}
          describedBy={aria("sourceId")["aria-describedby"]}
          placeholder={t("searchSources")}
          allowCreate={false}
        />
        {errorText("sourceId")}
      </div>
      <details className="group sm:col-span-2" open={startNew || Boolean(text(values[name("newUrl")])) || undefined}>
        <summary className="cursor-pointer text-sm font-medium text-ink-muted hover:text-ink">
          {t("orNewSourceSummary")}
        </summary>
        <div className="mt-3 grid gap-3 sm:grid-cols-2">
          <div className="sm:col-span-2">
            {textInput("newUrl", t("newUrl"), { type: "url", placeholder: "https://…" })}
          </div>
          {textInput("newPublisher", t("publisher"))}
          {textInput("newOriginalPublisher", t("originalPublisher"))}
          <div className="sm:col-span-2">{textInput("newTitle", t("title"))}</div>
          {textInput("newPublishedOn", t("publishedOn"), { type: "date" })}
          <NewSourceLanguageAndKind id={id} name={name} values={values} />
          <div className="grid gap-1.5 sm:col-span-2">
            <Label htmlFor={id("newNote")}>{t("note")}</Label>
            <Textarea
              id={id("newNote")}
              name={name("newNote")}
              defaultValue={text(values[name("newNote")])}
              rows={2}
              className="min-h-14"
              {...aria("newNote")}
            />
            {errorText("newNote")}
          </div>
        </div>
      </details>
      <fieldset
        className="grid gap-2 sm:col-span-2"
        aria-describedby={err("fields") ? `${id("fields")}-error` : undefined}
      >
        <legend className="mb-1 text-sm font-medium text-ink">{t("supports")}</legend>
        {typedFields ? (
          <div>
            <Button variant="outline" size="sm" onClick={tickTyped}>
              {t("tickTyped")}
            </Button>
          </div>
        ) : null}
        {errorText("fields")}
        {groups.map((group) => (
          <div key={group} role={group ? "group" : undefined} aria-label={group || undefined} className="grid gap-1">
            {group ? <p className="text-xs font-medium text-ink-muted">{group}</p> : null}
            <div className="grid gap-x-4 gap-y-1 sm:grid-cols-3">
              {choices
                .filter((choice) => (choice.group ?? "") === group)
                .map((choice) => (
                  <label key={choice.value} className="flex items-center gap-2 text-sm text-ink">
                    <input
                      type="checkbox"
                      name={name("fields")}
                      value={choice.value}
                      checked={ticked.has(choice.value)}
                      onChange={(event) => {
                        const next = new Set(ticked);
                        if (event.target.checked) next.add(choice.value);
                        else next.delete(choice.value);
                        setTicked(next);
                      }}
                      className="size-4 accent-[var(--color-accent)]"
                    />
                    {choice.label}
                  </label>
                ))}
            </div>
          </div>
        ))}
      </fieldset>
      {choices
        .filter((choice) => ticked.has(choice.value))
        .map((choice) => (
          <div key={choice.value} className="grid gap-2 rounded-md bg-canvas/60 p-2 sm:col-span-2 sm:grid-cols-2">
            <div className="grid gap-1.5">
              <Label htmlFor={id(`quote.${choice.value}`)}>
                {t("quoteFor", { field: choice.group ? `${choice.group}: ${choice.label}` : choice.label })}
              </Label>
              <Input
                id={id(`quote.${choice.value}`)}
                name={name(`quote.${choice.value}`)}
                defaultValue={text(values[name(`quote.${choice.value}`)])}
                placeholder={t("optional")}
              />
            </div>
            <div className="grid gap-1.5">
              <Label htmlFor={id(`claimedValue.${choice.value}`)}>
                {t("valueFor", { field: choice.group ? `${choice.group}: ${choice.label}` : choice.label })}
              </Label>
              <Input
                id={id(`claimedValue.${choice.value}`)}
                name={name(`claimedValue.${choice.value}`)}
                defaultValue={text(values[name(`claimedValue.${choice.value}`)])}
                placeholder={t("optional")}
              />
            </div>
          </div>
        ))}
      <div className="sm:col-span-2">
        <Button variant="ghost" size="sm" onClick={onRemove}>
          {t("removeBlock")}
        </Button>
      </div>
    </div>
  );
}

/** A new source's language and kind of page: the same two selects in a cite-once block and a citation row. */
function NewSourceLanguageAndKind({
  id,
  name,
  values,
}: {
  id: (field: string) => string;
  name: (field: string) => string;
  values: FormValues;
}) {
  const t = useTranslations("adminForms.citations");
  const locale = useLocale();
  const languageNames: Record<string, string> = adminFormsMessages(locale).options.sources.language;
  return (
    <>
      <div className="grid gap-1.5">
        <Label htmlFor={id("newLanguage")}>{t("language")}</Label>
        <Select
          id={id("newLanguage")}
          name={name("newLanguage")}
          defaultValue={text(values[name("newLanguage")]) || "en"}
        >
          {sourceLanguages.map((l) => (
            <option key={l.value} value={l.value}>
              {languageNames[l.value] ?? l.label}
            </option>
          ))}
        </Select>
      </div>
      <div className="grid gap-1.5">
        <Label htmlFor={id("newKind")}>{t("kind")}</Label>
        <Select id={id("newKind")} name={name("newKind")} defaultValue={text(values[name("newKind")])}>
          <option value="">{t("notClassified")}</option>
          {sourceKinds.map((kind) => (
            <option key={kind} value={kind}>
              {sourceKindLabel(kind, locale)}
            </option>
          ))}
        </Select>
      </div>
    </>
  );
}
