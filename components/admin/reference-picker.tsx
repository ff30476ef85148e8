"use client";
import { useLocale, useTranslations } from "next-intl";
import { useContext, useEffect, useId, useRef, useState } from "react";
import { Input } from "@/components/ui/input";
import { entitySingular } from "@/lib/i18n/admin-forms";
import { cn } from "@/lib/utils";
import type { FormValues } from "@/lib/validation/form-data";
import { isEntityKey } from "@/lib/validation/form-spec";
import { recordForms } from "@/lib/validation/record-forms";
import { CreateInPlaceContext } from "./create-in-place";

export type LookupResult = { id: number; label: string; detail?: string | null };

/**
 * Chooses another record by typing part of its name (English, Chinese or pinyin). The chosen id
 * travels in a hidden input; its label travels too, so a refused form shows the same choice again.
 */
export function ReferencePicker({
  id,
  name,
  entity,
  initialId,
  initialLabel,
  invalid,
  describedBy,
  placeholder,
  createDefaults,
  allowCreate = true,
}: {
  id: string;
  name: string;
  entity: string;
  initialId: string;
  initialLabel: string;
  invalid?: boolean;
  describedBy?: string;
  placeholder?: string;
  /** What a record created from this picker starts with (e.g. an investor's kind). */
  createDefaults?: FormValues;
  /** False where the form itself takes a new record's details (a citation's new source). */
  allowCreate?: boolean;
}) {
  const t = useTranslations("adminForms.picker");
  const locale = useLocale();
  const [selected, setSelected] = useState<{ id: string; label: string }>({ id: initialId, label: initialLabel });
  const [query, setQuery] = useState(initialId ? initialLabel : "");
  const [results, setResults] = useState<LookupResult[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [status, setStatus] = useState<"idle" | "loading" | "error">("idle");
  const listId = useId();
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const controller = useRef<AbortController | null>(null);

  useEffect(() => () => controller.current?.abort(), []);

  const openCreate = useContext(CreateInPlaceContext);
  const creatable =
    allowCreate && openCreate !== null && isEntityKey(entity) && recordForms[entity].createInPlace ? entity : null;
  const typed = query.trim();
  // Offered below the matches unless one of them is exactly what was typed.
  const offerCreate =
    creatable !== null &&
    typed !== "" &&
    status !== "loading" &&
    !results.some((result) => result.label.trim().toLowerCase() === typed.toLowerCase());
  const optionCount = results.length + (offerCreate ? 1 : 0);

  function create() {
    if (!creatable || !openCreate) return;
    setOpen(false);
    openCreate({
      entity: creatable,
      query: typed,
      pickerDefaults: createDefaults,
      onCreated: (record) => choose(record),
    });
  }

  function search(text: string) {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(async () => {
      controller.current?.abort();
      controller.current = new AbortController();
      setStatus("loading");
      try {
        const response = await fetch(
          `/api/admin/lookup?entity=${encodeURIComponent(entity)}&q=${encodeURIComponent(text)}&locale=${locale}`,
          {
            signal: controller.current.signal,
          },
        );
        if (!response.ok) throw new Error(String(response.status));
        const body = (await response.json()) as { items: LookupResult[] };
        setResults(body.items);
        setActive(0);
        setOpen(true);
        setStatus("idle");
      } catch (error) {
        if (!(error instanceof Error && error.name === "AbortError")) setStatus("error");
      }
    }, 180);
  }

  function choose(result: LookupResult) {
    setSelected({ id: String(result.id), label: result.label });
    setQuery(result.label);
    setOpen(false);
  }

  return (
    <div className="relative">
      <input type="hidden" name={name} value={selected.id} />
      <input type="hidden" name={`${name}__label`} value={selected.id ? selected.label : ""} />
      <Input
        id={id}
        role="combobox"
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={
          open && results[active]
            ? `${listId}-${results[active].id}`
            : open && offerCreate && active === results.length
              ? `${listId}-create`
              : undefined
        }
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        autoComplete="off"
        placeholder={placeholder ?? t("placeholder")}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          if (selected.id) setSelected({ id: "", label: "" });
          search(event.target.value);
        }}
        onFocus={() => {
          if (!selected.id) search(query);
        }}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={(event) => {
          if (event.key === "ArrowDown") {
            event.preventDefault();
            if (!open) search(query);
            setActive((a) => Math.min(a + 1, optionCount - 1));
          } else if (event.key === "ArrowUp") {
            event.preventDefault();
            setActive((a) => Math.max(a - 1, 0));
          } else if (event.key === "Enter" && open) {
            event.preventDefault();
            const result = results[active];
            if (result) choose(result);
            else if (offerCreate && active === results.length) create();
          } else if (event.key === "Escape") {
            setOpen(false);
          }
        }}
      />
      {selected.id ? (
        <p className="mt-1 text-xs text-ink-muted">
          {t("chosen", { id: selected.id })}{" "}
          <button
            type="button"
            className="underline hover:text-ink"
            onClick={() => {
              setSelected({ id: "", label: "" });
              setQuery("");
            }}
          >
            {t("clear")}
          </button>
        </p>
      ) : null}
      {status === "error" ? <p className="mt-1 text-xs text-red-700">{t("failed")}</p> : null}
      {open ? (
        <ul
          id={listId}
          role="listbox"
          className="absolute z-20 mt-1 max-h-64 w-full overflow-auto rounded-md border border-rule bg-paper py-1 text-sm shadow-lg"
        >
          {results.length === 0 && !offerCreate ? (
            <li className="px-3 py-2 text-ink-muted" role="option" aria-selected={false} aria-disabled>
              {status === "loading" ? t("searching") : t("noMatch")}
            </li>
          ) : null}
          {results.map((result, index) => (
            <li
              key={result.id}
              id={`${listId}-${result.id}`}
              role="option"
              aria-selected={index === active}
              aria-describedby={result.detail ? `${listId}-${result.id}-detail` : undefined}
              className={cn("cursor-pointer px-3 py-1.5", index === active && "bg-canvas")}
              onMouseDown={(event) => {
                event.preventDefault();
                choose(result);
              }}
              onMouseEnter={() => setActive(index)}
            >
              <span className="text-ink">{result.label}</span>
              {/* The detail is read as a description, so the option is named by its label alone. */}
              {result.detail ? (
                <span id={`${listId}-${result.id}-detail`} aria-hidden className="ml-2 text-xs text-ink-muted">
                  {result.detail}
                </span>
              ) : null}
            </li>
          ))}
          {offerCreate && creatable ? (
            <li
              id={`${listId}-create`}
              role="option"
              aria-selected={active === results.length}
              className={cn(
                "cursor-pointer border-t border-rule px-3 py-1.5 font-medium text-accent",
                active === results.length && "bg-canvas",
              )}
              onMouseDown={(event) => {
                event.preventDefault();
                create();
              }}
              onMouseEnter={() => setActive(results.length)}
            >
              {t("create", { query: typed, entity: entitySingular(creatable, locale) })}
            </li>
          ) : null}
        </ul>
      ) : null}
    </div>
  );
}
