import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { Link } from "@/components/i18n/link";
import { ParamIssues } from "@/components/layout/param-issues";
import { getPaginationLabels } from "@/components/layout/pagination-labels";
import { ListSkeleton } from "@/components/layout/list-skeleton";
import { ActiveFilters, activeFilterChips, type FilterChip } from "@/components/startups/active-filters";
import { StartupSortLinks } from "@/components/startups/startup-sort-links";
import { StartupFilters } from "@/components/startups/startup-filters";
import { StartupResults } from "@/components/startups/startup-results";
import { Button } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { Skeleton } from "@/components/ui/skeleton";
import { getFilterLabels, getStartupFilterOptions } from "@/lib/data/startups/filter-options";
import { countStartupsLeftOutForPage, findStartupsForPage } from "@/lib/data/startups/list";
import { describeAlumniIn } from "@/components/startups/alumni-words";
import { alumniFromNullable } from "@/lib/charts/alumni";
import { formatInteger } from "@/lib/format/numbers";
import { localizedPath } from "@/lib/i18n/locales";
import {
  hasStartupFilters,
  parseStartupListParams,
  startupListQuery,
  type StartupListParams,
} from "@/lib/validation/search-params";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("startups.list");
  return { title: t("metaTitle"), description: t("metaDescription") };
}

export default async function StartupsPage({ searchParams }: Props) {
  const { params, issues } = parseStartupListParams(await searchParams);
  const query = startupListQuery(params);
  const t = await getTranslations("startups.list");
  return (
    <div className="grid grid-cols-1 gap-6">
      <PageHeader eyebrow={t("eyebrow")} title={t("title")}>
        {t("intro")}
      </PageHeader>
      <ParamIssues issues={issues} />
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
  const [options, locale] = await Promise.all([getStartupFilterOptions(), getLocale()]);
  return <StartupFilters params={params} options={options} action={localizedPath("/startups", locale)} />;
}

async function Results({ params }: { params: StartupListParams }) {
  const [result, names, leftOut, t, alumniWords, locale] = await Promise.all([
    findStartupsForPage({ params }),
    filterNames(params),
    // Sort and page do not change who is left out: one cached count per filter set.
    countStartupsLeftOutForPage({ ...params, sort: "name", order: "asc", page: 1 }),
    getTranslations("startups.list"),
    getTranslations("startups.alumni"),
    getLocale(),
  ]);
  const chips = await activeFilterChips(params, names);
  const exportQuery = startupListQuery({ ...params, page: 1 });
  const first = (result.page - 1) * result.pageSize + 1;
  const last = first + result.items.length - 1;
  const pagination = await getPaginationLabels(result.page, result.pageCount);
  return (
    <section aria-labelledby="results-heading" className="grid grid-cols-1 gap-3">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id="results-heading" className="text-sm text-ink-muted" aria-live="polite">
          <strong className="text-base font-semibold text-ink" data-testid="result-total">
            {formatInteger(result.total)}
          </strong>{" "}
          {t("total", { count: result.total })}
          {result.items.length > 0 && result.pageCount > 1
            ? t("showing", { first: formatInteger(first), last: formatInteger(last) })
            : null}
        </h2>
        {result.total > 0 ? (
          <div className="flex flex-wrap items-center gap-2">
            <Button variant="outline" size="sm" asChild>
              <a href={`/api/startups/csv${exportQuery}`} download data-testid="download-csv">
                {t("downloadCsv", { rows: formatInteger(result.total) })}
              </a>
            </Button>
            <a
              href={`/api/startups/csv${cleanQuery(exportQuery)}`}
              download
              className="text-xs text-ink-muted underline underline-offset-2"
              data-testid="download-csv-clean"
              title={t("cleanCsvTitle")}
            >
              {t("cleanCsv")}
            </a>
          </div>
        ) : null}
      </div>
      <ActiveFilters chips={chips} />
      <p className="text-xs text-ink-faint" data-testid="alumni-definition">
        {t("countedWith", {
          definition: describeAlumniIn(
            alumniWords,
            alumniFromNullable(params),
            params.unit ? (names.unit ?? params.unit) : null,
          ),
        })}
        {leftOut !== null ? (
          <span data-testid="alumni-left-out"> {alumniWords("leftOut", { count: leftOut })}</span>
        ) : null}
      </p>
      {result.total > 0 ? <StartupSortLinks params={params} /> : null}
      {result.items.length > 0 ? (
        <>
          <StartupResults items={result.items} />
          {params.sort === "funding" ? <p className="text-xs text-ink-faint">{t("fundingNote")}</p> : null}
          <Pagination
            page={result.page}
            pageCount={result.pageCount}
            href={(page) => localizedPath(`/startups${startupListQuery({ ...params, page })}`, locale)}
            labels={pagination}
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

async function EmptyResults({
  params,
  total,
  pageCount,
  chips,
}: {
  params: StartupListParams;
  total: number;
  pageCount: number;
  chips: FilterChip[];
}) {
  const t = await getTranslations("startups.list");
  if (total > 0) {
    return (
      <div className="rounded-lg border border-rule bg-paper p-6 text-sm" data-testid="empty-results">
        <p className="font-medium">{t("pastEnd", { page: formatInteger(params.page) })}</p>
        <p className="mt-1 text-ink-muted">
          {t("pageCount", { count: pageCount })}{" "}
          <Link
            href={`/startups${startupListQuery({ ...params, page: pageCount })}`}
            className="underline underline-offset-2"
          >
            {t("lastPage")}
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
      <p className="font-medium text-ink">{t("noMatch", { several: String(chips.length > 1) })}</p>
      {hasStartupFilters(params) ? (
        <>
          <p className="text-ink-muted">
            {params.q ? t("namesHint") : null}
            {t("narrowHint")}
          </p>
          <ul className="grid grid-cols-1 gap-1">
            {chips.map((chip) => (
              <li key={chip.key}>
                <Link href={chip.removeHref} className="underline underline-offset-2">
                  {t("removeChip", { label: chip.label })}
                </Link>
              </li>
            ))}
          </ul>
          <p>
            <Link href="/startups" className="underline underline-offset-2">
              {t("clearAll")}
            </Link>
            .
          </p>
        </>
      ) : (
        <p className="text-ink-muted">{t("noneTracked")}</p>
      )}
    </div>
  );
}
