import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/components/i18n/link";
import { Suspense } from "react";
import { ListSkeleton } from "@/components/layout/list-skeleton";
import { EmptyListResults, ListResultsSection, SearchableListHeader } from "@/components/layout/searchable-list";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { findInvestors } from "@/lib/data/investors";
import { displayName, secondaryName } from "@/lib/format/names";
import { formatInteger } from "@/lib/format/numbers";
import { InvestorSortLinks, investorSortDescriptionKey } from "@/components/investors/investor-sort-links";
import { investorListQuery, parseInvestorListParams, type InvestorListParams } from "@/lib/validation/search-params";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("investors.list");
  return { title: t("metaTitle"), description: t("metaDescription") };
}

export default async function InvestorsPage({ searchParams }: Props) {
  const { params, issues } = parseInvestorListParams(await searchParams);
  return (
    <div className="grid grid-cols-1 gap-6">
      <SearchableListHeader namespace="investors.list" path="/investors" query={params.q} issues={issues} />
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
      <EmptyListResults
        namespace="investors.list"
        total={result.total}
        lastPageHref={href(result.pageCount)}
        noMatch={
          params.q ? (
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
          ) : null
        }
      />
    );
  }
  return (
    <ListResultsSection
      label={t("label")}
      total={t.rich("total", {
        count: result.total,
        order: ts(investorSortDescriptionKey(params.sort, params.order)),
        strong: (chunks) => <strong className="text-base font-semibold text-ink">{chunks}</strong>,
      })}
      csvHref={`/api/investors/csv${investorListQuery({ ...params, page: 1 })}`}
      page={result.page}
      pageCount={result.pageCount}
      href={href}
    >
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
    </ListResultsSection>
  );
}
