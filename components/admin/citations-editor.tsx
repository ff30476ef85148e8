"use client";
import { useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Input, Select, Textarea } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { SOURCE_KIND_LABELS } from "@/lib/sources/kinds";
import { sourceLanguages } from "@/lib/validation/citation-rows";
import type { FormValues } from "@/lib/validation/form-data";
import type { Option } from "@/lib/validation/form-spec";
import { ReferencePicker } from "./reference-picker";

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
}: {
  formId: string;
  citationFields: readonly Option[];
  existing: ExistingCitation[];
  values: FormValues;
  errors: Record<string, string[]>;
}) {
  const [rows, setRows] = useState<number[]>(() => rowsIn(values));
  const removed = new Set(
    Array.isArray(values.removeCitations)
      ? values.removeCitations
      : values.removeCitations
        ? [values.removeCitations]
        : [],
  );
  const fieldLabel = (field: string | null) =>
    citationFields.find((f) => f.value === field)?.label ?? field ?? "the record as a whole";

  return (
    <fieldset className="grid gap-4 rounded-lg border border-rule bg-canvas/60 p-4 sm:col-span-2">
      <legend className="px-1 text-sm font-semibold text-ink">Sources</legend>
      <p className="text-xs text-ink-muted">
        Every fact needs a source. Say which field each source supports; where a source states a different value, enter
        it so the conflict stays visible.
      </p>
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
                      <Badge variant="tracked">supports: {fieldLabel(citation.field)}</Badge>
                      {citation.claimedValue ? <Badge variant="reported">states: {citation.claimedValue}</Badge> : null}
                      {citation.quote ? <span className="text-xs text-ink-muted">“{citation.quote}”</span> : null}
                    </span>
                    <label className="flex items-center gap-1.5 text-xs text-ink-muted">
                      <input
                        type="checkbox"
                        name="removeCitations"
                        value={citation.id}
                        defaultChecked={removed.has(String(citation.id))}
                      />
                      Remove
                    </label>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-ink-muted">No sources attached yet.</p>
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
              <Label htmlFor={id("sourceId")}>Existing source</Label>
              <ReferencePicker
                id={id("sourceId")}
                name={name("sourceId")}
                entity="sources"
                initialId={text(values[name("sourceId")])}
                initialLabel={text(values[`${name("sourceId")}__label`])}
                invalid={Boolean(err("sourceId"))}
                describedBy={aria("sourceId")["aria-describedby"]}
                placeholder="Search by publisher, title or address…"
              />
              {errorText("sourceId")}
            </div>
            <p className="text-xs font-medium text-ink-muted sm:col-span-2">…or a new source:</p>
            <div className="grid gap-1.5 sm:col-span-2">
              <Label htmlFor={id("newUrl")}>New source’s web address</Label>
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
              <Label htmlFor={id("newPublisher")}>Publisher</Label>
              <Input
                id={id("newPublisher")}
                name={name("newPublisher")}
                defaultValue={text(values[name("newPublisher")])}
                {...aria("newPublisher")}
              />
              {errorText("newPublisher")}
            </div>
            <div className="grid gap-1.5">
              <Label htmlFor={id("newTitle")}>Title</Label>
              <Input
                id={id("newTitle")}
                name={name("newTitle")}
                defaultValue={text(values[name("newTitle")])}
                {...aria("newTitle")}
              />
              {errorText("newTitle")}
            </div>
            <div className="grid gap-1.5">
              <Label htmlFor={id("newPublishedOn")}>Published on</Label>
              <Input
                id={id("newPublishedOn")}
                name={name("newPublishedOn")}
                type="date"
                defaultValue={text(values[name("newPublishedOn")])}
                {...aria("newPublishedOn")}
              />
              {errorText("newPublishedOn")}
            </div>
            <div className="grid gap-1.5">
              <Label htmlFor={id("newLanguage")}>Language</Label>
              <Select
                id={id("newLanguage")}
                name={name("newLanguage")}
                defaultValue={text(values[name("newLanguage")]) || "en"}
              >
                {sourceLanguages.map((l) => (
                  <option key={l.value} value={l.value}>
                    {l.label}
                  </option>
                ))}
              </Select>
            </div>
            <div className="grid gap-1.5">
              <Label htmlFor={id("newKind")}>Kind of page</Label>
              <Select id={id("newKind")} name={name("newKind")} defaultValue={text(values[name("newKind")])}>
                <option value="">not classified yet</option>
                {Object.entries(SOURCE_KIND_LABELS).map(([value, label]) => (
                  <option key={value} value={value}>
                    {label}
                  </option>
                ))}
              </Select>
            </div>
            <div className="grid gap-1.5">
              <Label htmlFor={id("field")}>Supports</Label>
              <Select
                id={id("field")}
                name={name("field")}
                defaultValue={text(values[name("field")])}
                {...aria("field")}
              >
                <option value="">the record as a whole</option>
                {citationFields.map((f) => (
                  <option key={f.value} value={f.value}>
                    {f.label}
                  </option>
                ))}
              </Select>
              {errorText("field")}
            </div>
            <div className="grid gap-1.5">
              <Label htmlFor={id("claimedValue")}>Value the source states (if different)</Label>
              <Input
                id={id("claimedValue")}
                name={name("claimedValue")}
                defaultValue={text(values[name("claimedValue")])}
                {...aria("claimedValue")}
              />
              {errorText("claimedValue")}
            </div>
            <div className="grid gap-1.5 sm:col-span-2">
              <Label htmlFor={id("quote")}>Quote</Label>
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
                Remove this new source
              </Button>
            </div>
          </div>
        );
      })}
      <div>
        <Button
          variant="outline"
          size="sm"
          onClick={() => setRows((r) => [...r, (r.length ? Math.max(...r) : -1) + 1])}
        >
          Add a source
        </Button>
      </div>
    </fieldset>
  );
}
