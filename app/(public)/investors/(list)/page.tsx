import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/components/i18n/link";
import { getPaginationLabels } from "@/components/layout/pagination-labels";
import { Suspense } from "react";
import { ListCsvLink } from "@/components/layout/list-csv-link";
import { ListSkeleton } from "@/components/layout/list-skeleton";
import { ParamIssues } from "@/components/layout/param-issues";
import { ListSearch } from "@/components/search/list-search";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { findInvestors } from "@/lib/data/investors";
import { displayName, secondaryName } from "@/lib/format/names";
import { formatInteger } from "@/lib/format/numbers";
import { localizedPath } from "@/lib/i18n/locales";
import { InvestorSortLinks, investorSortDescriptionKey } from "@/components/investors/investor-sort-links";
import { investorListQuery, parseInvestorListParams, type InvestorListParams } from "@/lib/validation/search-params";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("investors.list");
  return { title: t("metaTitle"), description: t("metaDescription") };
}

export default async function InvestorsPage({ searchParams }: Props) {
  const { params, issues } = parseInvestorListParams(await searchParams);
  const [t, locale] = await Promise.all([getTranslations("investors.list"), getLocale()]);
  return (
    <div className="grid grid-cols-1 gap-6">
      <PageHeader eyebrow={t("eyebrow")} title={t("title")}>
        {t("intro")}
      </PageHeader>
      <ListSearch
        action={localizedPath("/investors", locale)}
        query={params.q}
        label={t("searchLabel")}
        placeholder={t("searchPlaceholder")}
      />
      <ParamIssues issues={issues} />
      <InvestorSortLinks params={params} />
      <Suspense key={investorListQuery(params)} fallback={<ListSkeleton />}>
        <InvestorList params={params} />
      </Suspense>
    </div>
  );
}

async function InvestorList({ params }: { params: InvestorListParams }) {
  const [result, t, ts, locale] = await Promise.all([
    findInvestors({ params }),
    getTranslations("investors.list"),
    getTranslations("investors.sort"),
    getLocale(),
  ]);
  const href = (page: number) => `/investors${investorListQuery({ ...params, page })}`;
  if (result.items.length === 0) {
    return (
      <div className="rounded-lg border border-rule bg-paper p-6 text-sm" data-testid="empty-results">
        {params.q ? (
          <p>
            {t.rich("noMatch", {
              q: params.q,
              link: (chunks) => (
                <Link href="/investors" className="underline">
                  {chunks}
                </Link>
              ),
            })}
          </p>
        ) : result.total > 0 ? (
          <p>
            {t("pastEnd")}{" "}
            <Link href={href(result.pageCount)} className="underline">
              {t("lastPage")}
            </Link>
            {t("period")}
          </p>
        ) : (
          <p>{t("none")}</p>
        )}
      </div>
    );
  }
  return (
    <section className="grid grid-cols-1 gap-3" aria-label={t("label")}>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <p className="text-sm text-ink-muted">
          {t.rich("total", {
            count: result.total,
            order: ts(investorSortDescriptionKey(params.sort, params.order)),
            strong: (chunks) => <strong className="text-base font-semibold text-ink">{chunks}</strong>,
          })}
        </p>
        <ListCsvLink href={`/api/investors/csv${investorListQuery({ ...params, page: 1 })}`} />
      </div>
      <div className="rounded-lg border border-rule bg-paper">
        <Table>
          <TableHeader>
            <TableRow>
              <TableHead className="pl-4">{t("investor")}</TableHead>
              <TableHead className="text-right">{t("portfolio")}</TableHead>
              <TableHead className="text-right">{t("rounds")}</TableHead>
              <TableHead className="pr-4 text-right">{t("led")}</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {result.items.map((investor) => (
              <TableRow key={`${investor.type}:${investor.slug}`}>
                <TableCell className="pl-4">
                  <Link href={investor.href} className="font-semibold underline-offset-2 hover:underline">
                    {displayName(investor, investor.type === "person" ? "person" : "other", locale)}
                  </Link>
                  {secondaryName(investor, locale) ? (
                    <span lang={locale === "zh" ? "en" : "zh"} className="ml-2 text-ink-muted">
                      {secondaryName(investor, locale)}
                    </span>
                  ) : null}
                  {investor.type === "person" || (investor.kind && investor.kind !== "INVESTMENT_FIRM") ? (
                    <span className="ml-2 text-xs text-ink-faint">
                      {investor.type === "person" ? t("individual") : t(`kinds.${investor.kind!}`)}
                    </span>
                  ) : null}
                </TableCell>
                <TableCell className="text-right tabular-nums">{formatInteger(investor.portfolio)}</TableCell>
                <TableCell className="text-right tabular-nums">{formatInteger(investor.rounds)}</TableCell>
                <TableCell className="pr-4 text-right tabular-nums">{formatInteger(investor.leads)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      <Pagination
        page={result.page}
        pageCount={result.pageCount}
        href={(page) => localizedPath(href(page), locale)}
        labels={await getPaginationLabels(result.page, result.pageCount)}
      />
    </section>
  );
}
