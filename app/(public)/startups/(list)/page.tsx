import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { ListSkeleton } from "@/components/layout/list-skeleton";
import { ActiveFilters, activeFilterChips } from "@/components/startups/active-filters";
import { SortLinks } from "@/components/startups/sort-links";
import { StartupFilters } from "@/components/startups/startup-filters";
import { StartupResults } from "@/components/startups/startup-results";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { Skeleton } from "@/components/ui/skeleton";
import { getFilterLabels, getStartupFilterOptions } from "@/lib/data/startups/filter-options";
import { countStartupsLeftOutForPage, findStartupsForPage } from "@/lib/data/startups/list";
import { alumniFromNullable, describeAlumni, describeLeftOut } from "@/lib/charts/alumni";
import { formatInteger } from "@/lib/format/numbers";
import {
  hasStartupFilters,
  parseStartupListParams,
  startupListQuery,
  type StartupListParams,
} from "@/lib/validation/search-params";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export const metadata: Metadata = {
  title: "Start-ups",
  description:
    "Every tracked AI start-up founded by former Alibaba Group staff: search by English or Chinese name, alias or pinyin; filter by city, sector, year, status, Alibaba unit and funding stage; download the list as CSV.",
};

export default async function StartupsPage({ searchParams }: Props) {
  const { params, issues } = parseStartupListParams(await searchParams);
  const query = startupListQuery(params);
  return (
    <div className="grid grid-cols-1 gap-6">
      <PageHeader eyebrow="Browse" title="Start-ups">
        AI start-ups founded by former Alibaba Group employees. Search any of their names — English, 中文, alias or
        pinyin — and narrow the list with the filters; every choice is kept in the address, so a filtered list can be
        shared.
      </PageHeader>
      {issues.length > 0 ? (
        <Alert variant="warning" data-testid="param-issues">
          <p className="font-medium">Some of the address could not be used:</p>
          <ul className="mt-1 list-disc pl-5">
            {issues.map((issue) => (
              <li key={issue}>{issue}</li>
            ))}
          </ul>
        </Alert>
      ) : null}
      <div className="grid grid-cols-1 items-start gap-6 lg:grid-cols-[17rem_minmax(0,1fr)]">
        <Suspense fallback={<Skeleton className="h-96 w-full" />}>
          <Filters params={params} />
        </Suspense>
        <Suspense key={query} fallback={<ListSkeleton rows={10} />}>
          <Results params={params} />
        </Suspense>
      </div>
    </div>
  );
}

async function Filters({ params }: { params: StartupListParams }) {
  const options = await getStartupFilterOptions();
  return <StartupFilters params={params} options={options} />;
}

async function Results({ params }: { params: StartupListParams }) {
  const [result, names, leftOut] = await Promise.all([
    findStartupsForPage({ params }),
    filterNames(params),
    // Sort and page do not change who is left out: one cached count per filter set.
    countStartupsLeftOutForPage({ ...params, sort: "name", order: "asc", page: 1 }),
  ]);
  const chips = activeFilterChips(params, names);
  const exportQuery = startupListQuery({ ...params, page: 1 });
  const first = (result.page - 1) * result.pageSize + 1;
  const last = first + result.items.length - 1;
  return (
    <section aria-labelledby="results-heading" className="grid grid-cols-1 gap-3">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id="results-heading" className="text-sm text-ink-muted" aria-live="polite">
          <strong className="text-base font-semibold text-ink" data-testid="result-total">
            {formatInteger(result.total)}
          </strong>{" "}
          start-up{result.total === 1 ? "" : "s"}
          {result.items.length > 0 && result.pageCount > 1
            ? ` · showing ${formatInteger(first)}–${formatInteger(last)}`
            : null}
        </h2>
        {result.total > 0 ? (
          <div className="flex flex-wrap items-center gap-2">
            <Button variant="outline" size="sm" asChild>
              <a href={`/api/startups/csv${exportQuery}`} download data-testid="download-csv">
                Download CSV ({formatInteger(result.total)} rows)
              </a>
            </Button>
            <a
              href={`/api/startups/csv${cleanQuery(exportQuery)}`}
              download
              className="text-xs text-ink-muted underline underline-offset-2"
              data-testid="download-csv-clean"
              title="The header and rows only, without the # lines stating the filters and the alumni definition"
            >
              Clean CSV
            </a>
          </div>
        ) : null}
      </div>
      <ActiveFilters chips={chips} />
      <p className="text-xs text-ink-faint" data-testid="alumni-definition">
        Counted with {describeAlumni(alumniFromNullable(params), params.unit ? (names.unit ?? params.unit) : null)}.
        {leftOut !== null ? <span data-testid="alumni-left-out"> {describeLeftOut(leftOut)}</span> : null}
      </p>
      {result.total > 0 ? <SortLinks params={params} /> : null}
      {result.items.length > 0 ? (
        <>
          <StartupResults items={result.items} />
          {params.sort === "funding" ? (
            <p className="text-xs text-ink-faint">
              Total funding adds up the disclosed US-dollar amounts (the low end of a range). Undisclosed rounds do not
              count, and amounts reported only in yuan or another currency are not converted, so they are left out.
            </p>
          ) : null}
          <Pagination
            page={result.page}
            pageCount={result.pageCount}
            href={(page) => `/startups${startupListQuery({ ...params, page })}`}
          />
        </>
      ) : (
        <EmptyResults params={params} total={result.total} pageCount={result.pageCount} chips={chips} />
      )}
    </section>
  );
}

/** The list's CSV query with `variant=clean`. */
function cleanQuery(query: string): string {
  return query ? `${query}&variant=clean` : "?variant=clean";
}

async function filterNames(params: StartupListParams) {
  const labels = await getFilterLabels(params.city, params.unit, params.investor);
  return labels;
}

function EmptyResults({
  params,
  total,
  pageCount,
  chips,
}: {
  params: StartupListParams;
  total: number;
  pageCount: number;
  chips: ReturnType<typeof activeFilterChips>;
}) {
  if (total > 0) {
    return (
      <div className="rounded-lg border border-rule bg-paper p-6 text-sm" data-testid="empty-results">
        <p className="font-medium">Page {params.page} is past the end of this list.</p>
        <p className="mt-1 text-ink-muted">
          The list has {pageCount} page{pageCount === 1 ? "" : "s"}.{" "}
          <Link
            href={`/startups${startupListQuery({ ...params, page: pageCount })}`}
            className="underline underline-offset-2"
          >
            Go to the last page
          </Link>
          .
        </p>
      </div>
    );
  }
  return (
    <div
      className="grid grid-cols-1 gap-2 rounded-lg border border-rule bg-paper p-6 text-sm"
      data-testid="empty-results"
    >
      <p className="font-medium text-ink">
        No start-up matches {chips.length > 1 ? "all of these filters" : "this filter"}.
      </p>
      {hasStartupFilters(params) ? (
        <>
          <p className="text-ink-muted">
            {params.q
              ? "Names are matched as written in English, Chinese, aliases and pinyin; try fewer letters, or the other script. "
              : null}
            Each filter narrows the list further. Remove one to widen the search:
          </p>
          <ul className="grid grid-cols-1 gap-1">
            {chips.map((chip) => (
              <li key={chip.key}>
                <Link href={chip.removeHref} className="underline underline-offset-2">
                  Remove “{chip.label}”
                </Link>
              </li>
            ))}
          </ul>
          <p>
            <Link href="/startups" className="underline underline-offset-2">
              Or clear all filters
            </Link>
            .
          </p>
        </>
      ) : (
        <p className="text-ink-muted">No start-ups are tracked yet.</p>
      )}
    </div>
  );
}
