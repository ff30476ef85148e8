"use client";

import { Button } from "@/components/ui/button";
import { useInstantQueryForm } from "@/components/ui/use-instant-query-form";
import { EDGE_KINDS, type EdgeKind } from "@/lib/network/types";

export type SelectControl = {
  name: string;
  label: string;
  allLabel: string;
  value: string;
  options: { value: string; label: string }[];
};

const selectClass =
  "h-9 rounded-md border border-rule bg-paper px-2 text-sm text-ink focus-visible:outline-2 focus-visible:outline-accent";

/** The form's words in the page's language (the server page translates them). */
export type NetworkFilterWords = {
  label: string;
  edges: string;
  apply: string;
  reset: string;
  updating: string;
  /** Each connection's checkbox label, and its short name read after it by screen readers. */
  edgeNames: Record<EdgeKind, string>;
  edgeKinds: Record<EdgeKind, string>;
};

/**
 * The network's filters as a GET form (works without JavaScript, lives in the URL); with JavaScript
 * a change applies at once. Edge kinds are checkboxes sent as one comma-separated `edges`.
 */
export function NetworkFilters({
  controls,
  edges,
  focus,
  words,
}: {
  controls: SelectControl[];
  edges: EdgeKind[];
  focus: string | null;
  words: NetworkFilterWords;
}) {
  const { pathname, pending, onSubmit, onChange } = useInstantQueryForm((form) => {
    const params = new URLSearchParams();
    const kinds: string[] = [];
    for (const [name, value] of new FormData(form)) {
      if (typeof value !== "string" || value === "") continue;
      if (name === "edges") kinds.push(value);
      else params.set(name, value);
    }
    if (kinds.length > 0 && kinds.length < EDGE_KINDS.length) params.set("edges", kinds.join(","));
    return params;
  });

  return (
    <form
      method="get"
      onSubmit={onSubmit}
      onChange={onChange}
      className="grid gap-3"
      aria-label={words.label}
      aria-busy={pending}
    >
      {focus ? <input type="hidden" name="focus" value={focus} /> : null}
      {/* Two menus a row on phones, so the network is not a screen away. */}
      <div className="grid grid-cols-2 items-end gap-3 sm:flex sm:flex-wrap">
        {controls.map((control) => (
          <div key={control.name} className="grid min-w-0 gap-1">
            <label htmlFor={`network-${control.name}`} className="text-xs font-medium text-ink-muted">
              {control.label}
            </label>
            <select
              id={`network-${control.name}`}
              name={control.name}
              defaultValue={control.value}
              className={`${selectClass} w-full min-w-0 sm:w-auto`}
            >
              <option value="">{control.allLabel}</option>
              {control.options.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
          </div>
        ))}
      </div>
      <fieldset className="flex flex-wrap items-center gap-x-4 gap-y-2">
        <legend className="mb-1 text-xs font-medium text-ink-muted">{words.edges}</legend>
        {EDGE_KINDS.map((kind) => (
          <label key={kind} className="flex items-center gap-1.5 text-sm text-ink">
            <input
              type="checkbox"
              name="edges"
              value={kind}
              defaultChecked={edges.includes(kind)}
              className="size-4 accent-accent"
            />
            <span>{words.edgeNames[kind]}</span>
            <span className="sr-only">({words.edgeKinds[kind]})</span>
          </label>
        ))}
      </fieldset>
      <div className="flex items-center gap-3">
        <Button type="submit" variant="outline" size="md">
          {words.apply}
        </Button>
        <a href={pathname} className="text-sm text-ink-muted underline underline-offset-2 hover:text-ink">
          {words.reset}
        </a>
        {pending ? (
          <span className="text-xs text-ink-muted" role="status">
            {words.updating}
          </span>
        ) : null}
      </div>
    </form>
  );
}
