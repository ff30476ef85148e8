"use client";

import { Button } from "@/components/ui/button";
import { useInstantQueryForm } from "@/components/ui/use-instant-query-form";
import type { ChartFormWords } from "@/lib/charts/page-words";

export type FilterOption = { value: string; label: string };

export type FilterControl =
  | {
      name: "city" | "sector" | "unit" | "stack" | "by" | "tenure" | "leftWithin";
      label: string;
      options: FilterOption[];
      value: string;
      allLabel: string;
    }
  | { name: "years"; label: string; from: string; to: string; min: number; max: number };

const selectClass =
  "h-9 rounded-md border border-rule bg-paper px-2 text-sm text-ink focus-visible:outline-2 focus-visible:outline-accent";

/**
 * The chart's filters as an ordinary GET form, so they work without JavaScript and live in the URL;
 * with JavaScript a change applies at once.
 */
export function ChartFilters({
  controls,
  keep = {},
  words,
}: {
  controls: FilterControl[];
  /** The form's own words, in the page's language. */
  words: ChartFormWords;
  /** Parameters that are not filters but must survive a change of filter (a dated chart's asOf). */
  keep?: Record<string, string>;
}) {
  const { pathname, pending, onSubmit, onChange } = useInstantQueryForm((form) => {
    const params = new URLSearchParams();
    for (const [name, value] of new FormData(form)) {
      if (typeof value === "string" && value !== "") params.set(name, value);
    }
    return params;
  });

  return (
    <form
      method="get"
      onSubmit={onSubmit}
      onChange={onChange}
      className="flex flex-wrap items-end gap-3"
      aria-label={words.label}
      aria-busy={pending}
    >
      {Object.entries(keep).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {controls.map((control) =>
        control.name === "years" ? (
          <fieldset key="years" className="grid gap-1">
            <legend className="text-xs font-medium text-ink-muted">{control.label}</legend>
            <div className="flex items-center gap-1.5">
              <label className="sr-only" htmlFor="filter-from">
                {words.fromYear}
              </label>
              <select id="filter-from" name="from" defaultValue={control.from} className={selectClass}>
                <option value="">{words.from}</option>
                {yearOptions(control.min, control.max)}
              </select>
              <span aria-hidden className="text-ink-faint">
                –
              </span>
              <label className="sr-only" htmlFor="filter-to">
                {words.toYear}
              </label>
              <select id="filter-to" name="to" defaultValue={control.to} className={selectClass}>
                <option value="">{words.to}</option>
                {yearOptions(control.min, control.max)}
              </select>
            </div>
          </fieldset>
        ) : (
          <div key={control.name} className="grid gap-1">
            <label htmlFor={`filter-${control.name}`} className="text-xs font-medium text-ink-muted">
              {control.label}
            </label>
            <select
              id={`filter-${control.name}`}
              name={control.name}
              defaultValue={control.value}
              className={selectClass}
            >
              <option value="">{control.allLabel}</option>
              {control.options.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
          </div>
        ),
      )}
      <Button type="submit" variant="outline" size="md">
        {words.apply}
      </Button>
      <a
        href={Object.keys(keep).length > 0 ? `${pathname}?${new URLSearchParams(keep).toString()}` : pathname}
        className="h-9 px-1 text-sm leading-9 text-ink-muted underline underline-offset-2 hover:text-ink"
      >
        {words.reset}
      </a>
      {pending ? (
        <span className="text-xs text-ink-muted" role="status">
          {words.updating}
        </span>
      ) : null}
    </form>
  );
}

function yearOptions(min: number, max: number) {
  const years = [];
  for (let year = max; year >= min; year--)
    years.push(
      <option key={year} value={String(year)}>
        {year}
      </option>,
    );
  return years;
}
