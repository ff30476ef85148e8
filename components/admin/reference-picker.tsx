"use client";
import { useEffect, useId, useRef, useState } from "react";
import { Input } from "@/components/ui/input";
import { cn } from "@/lib/utils";

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
  placeholder = "Type to search…",
}: {
  id: string;
  name: string;
  entity: string;
  initialId: string;
  initialLabel: string;
  invalid?: boolean;
  describedBy?: string;
  placeholder?: string;
}) {
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

  function search(text: string) {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(async () => {
      controller.current?.abort();
      controller.current = new AbortController();
      setStatus("loading");
      try {
        const response = await fetch(
          `/api/admin/lookup?entity=${encodeURIComponent(entity)}&q=${encodeURIComponent(text)}`,
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
        aria-activedescendant={open && results[active] ? `${listId}-${results[active].id}` : undefined}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        autoComplete="off"
        placeholder={placeholder}
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
            setActive((a) => Math.min(a + 1, results.length - 1));
          } else if (event.key === "ArrowUp") {
            event.preventDefault();
            setActive((a) => Math.max(a - 1, 0));
          } else if (event.key === "Enter" && open) {
            event.preventDefault();
            const result = results[active];
            if (result) choose(result);
          } else if (event.key === "Escape") {
            setOpen(false);
          }
        }}
      />
      {selected.id ? (
        <p className="mt-1 text-xs text-ink-muted">
          Chosen: #{selected.id}{" "}
          <button
            type="button"
            className="underline hover:text-ink"
            onClick={() => {
              setSelected({ id: "", label: "" });
              setQuery("");
            }}
          >
            clear
          </button>
        </p>
      ) : null}
      {status === "error" ? <p className="mt-1 text-xs text-red-700">Search failed; try again.</p> : null}
      {open ? (
        <ul
          id={listId}
          role="listbox"
          className="absolute z-20 mt-1 max-h-64 w-full overflow-auto rounded-md border border-rule bg-paper py-1 text-sm shadow-lg"
        >
          {results.length === 0 ? (
            <li className="px-3 py-2 text-ink-muted" role="option" aria-selected={false} aria-disabled>
              {status === "loading" ? "Searching…" : "No match. Create it first, then choose it here."}
            </li>
          ) : (
            results.map((result, index) => (
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
            ))
          )}
        </ul>
      ) : null}
    </div>
  );
}
