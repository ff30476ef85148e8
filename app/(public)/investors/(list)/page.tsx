import type { Metadata } from "next";
import Link from "next/link";
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
import { organizationKindLabels } from "@/lib/validation/organization";
import { InvestorSortLinks, INVESTOR_SORT_DESCRIPTIONS } from "@/components/investors/investor-sort-links";
import { investorListQuery, parseInvestorListParams, type InvestorListParams } from "@/lib/validation/search-params";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export const metadata: Metadata = {
  title: "Investors",
  description:
    "Investors in AI start-ups founded by former Alibaba staff: portfolio, rounds led, and their people's Alibaba links.",
};

export default async function InvestorsPage({ searchParams }: Props) {
  const { params, issues } = parseInvestorListParams(await searchParams);
  return (
    <div className="grid grid-cols-1 gap-6">
      <PageHeader eyebrow="Browse" title="Investors">
        Firms and companies with at least one recorded investment in a tracked start-up. Individuals who invested
        personally are listed on their own pages and in each round.
      </PageHeader>
      <ListSearch action="/investors" query={params.q} label="Search investors" placeholder="Name, 中文 or pinyin" />
      <ParamIssues issues={issues} />
      <InvestorSortLinks params={params} />
      <Suspense key={investorListQuery(params)} fallback={<ListSkeleton />}>
        <InvestorList params={params} />
      </Suspense>
    </div>
  );
}

async function InvestorList({ params }: { params: InvestorListParams }) {
  const result = await findInvestors({ params });
  const href = (page: number) => `/investors${investorListQuery({ ...params, page })}`;
  if (result.items.length === 0) {
    return (
      <div className="rounded-lg border border-rule bg-paper p-6 text-sm" data-testid="empty-results">
        {params.q ? (
          <p>
            No investor is known by a name containing &ldquo;{params.q}&rdquo;. Try part of the name or the other
            script, or{" "}
            <Link href="/investors" className="underline">
              show all investors
            </Link>
            .
          </p>
        ) : result.total > 0 ? (
          <p>
            This page is past the end of the list.{" "}
            <Link href={href(result.pageCount)} className="underline">
              Go to the last page
            </Link>
            .
          </p>
        ) : (
          <p>No investments are recorded yet.</p>
        )}
      </div>
    );
  }
  return (
    <section className="grid grid-cols-1 gap-3" aria-label="Investors">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <p className="text-sm text-ink-muted">
          <strong className="text-base font-semibold text-ink">{formatInteger(result.total)}</strong> investor
          {result.total === 1 ? "" : "s"}, {INVESTOR_SORT_DESCRIPTIONS[params.sort][params.order]}
        </p>
        <ListCsvLink href={`/api/investors/csv${investorListQuery({ ...params, page: 1 })}`} />
      </div>
      <div className="rounded-lg border border-rule bg-paper">
        <Table>
          <TableHeader>
            <TableRow>
              <TableHead className="pl-4">Investor</TableHead>
              <TableHead className="text-right">Portfolio</TableHead>
              <TableHead className="text-right">Rounds</TableHead>
              <TableHead className="pr-4 text-right">Led</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {result.items.map((investor) => (
              <TableRow key={`${investor.type}:${investor.slug}`}>
                <TableCell className="pl-4">
                  <Link href={investor.href} className="font-semibold underline-offset-2 hover:underline">
                    {displayName(investor, investor.type === "person" ? "person" : "other")}
                  </Link>
                  {secondaryName(investor) ? (
                    <span lang="zh" className="ml-2 text-ink-muted">
                      {secondaryName(investor)}
                    </span>
                  ) : null}
                  {investor.type === "person" || (investor.kind && investor.kind !== "INVESTMENT_FIRM") ? (
                    <span className="ml-2 text-xs text-ink-faint">
                      {investor.type === "person" ? "individual" : organizationKindLabels[investor.kind!].toLowerCase()}
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
      <Pagination page={result.page} pageCount={result.pageCount} href={href} />
    </section>
  );
}
