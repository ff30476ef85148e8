import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Link } from "@/components/i18n/link";
import { ListCsvLink } from "@/components/layout/list-csv-link";
import { getPaginationLabels } from "@/components/layout/pagination-labels";
import { ParamIssues } from "@/components/layout/param-issues";
import { ListSearch } from "@/components/search/list-search";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { localizedPath } from "@/lib/i18n/locales";

// The parts a list searched by name has in common (founders, investors). Their words come from the
// list's own namespace, which has the same keys for these parts in each.
type ListNamespace = "founders.list" | "investors.list";

/** The list's heading, its name search and the parts of the address that were ignored. */
export async function SearchableListHeader({
  namespace,
  path,
  query,
  issues,
}: {
  namespace: ListNamespace;
  /** The list's English path, where the search goes. */
  path: string;
  query: string | null;
  issues: string[];
}) {
  const [t, locale] = await Promise.all([getTranslations(namespace), getLocale()]);
  return (
    <>
      <PageHeader eyebrow={t("eyebrow")} title={t("title")}>
        {t("intro")}
      </PageHeader>
      <ListSearch
        action={localizedPath(path, locale)}
        query={query}
        label={t("searchLabel")}
        placeholder={t("searchPlaceholder")}
      />
      <ParamIssues issues={issues} />
    </>
  );
}

/** In place of the rows: what matched no search (the caller's words), a page past the end, or an empty list. */
export async function EmptyListResults({
  namespace,
  noMatch,
  total,
  lastPageHref,
}: {
  namespace: ListNamespace;
  /** Shown when a search matched nothing; null without a search. */
  noMatch: ReactNode;
  total: number;
  /** The English path and query of the list's last page. */
  lastPageHref: string;
}) {
  const t = await getTranslations(namespace);
  return (
    <div className="rounded-lg border border-rule bg-paper p-6 text-sm" data-testid="empty-results">
      {noMatch ??
        (total > 0 ? (
          <p>
            {t("pastEnd")}{" "}
            <Link href={lastPageHref} className="underline">
              {t("lastPage")}
            </Link>
            {t("period")}
          </p>
        ) : (
          <p>{t("none")}</p>
        ))}
    </div>
  );
}

/** A page of rows: how many there are in all, the list as CSV, the rows (children) and the pages. */
export async function ListResultsSection({
  label,
  total,
  csvHref,
  page,
  pageCount,
  href,
  children,
}: {
  label: string;
  /** The count line, in the caller's words. */
  total: ReactNode;
  csvHref: string;
  page: number;
  pageCount: number;
  /** The English path and query of a page of the list. */
  href: (page: number) => string;
  children: ReactNode;
}) {
  const locale = await getLocale();
  return (
    <section className="grid grid-cols-1 gap-3" aria-label={label}>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <p className="text-sm text-ink-muted">{total}</p>
        <ListCsvLink href={csvHref} />
      </div>
      {children}
      <Pagination
        page={page}
        pageCount={pageCount}
        href={(page) => localizedPath(href(page), locale)}
        labels={await getPaginationLabels(page, pageCount)}
      />
    </section>
  );
}
