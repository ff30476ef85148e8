import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { ListSkeleton } from "@/components/layout/list-skeleton";
import { ParamIssues } from "@/components/layout/param-issues";
import { ListSearch } from "@/components/search/list-search";
import { ListCsvLink } from "@/components/layout/list-csv-link";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { findFounders } from "@/lib/data/people";
import { displayName, secondaryName } from "@/lib/format/names";
import { formatInteger } from "@/lib/format/numbers";
import { parseSimpleListParams, type SimpleListParams } from "@/lib/validation/search-params";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export const metadata: Metadata = {
  title: "Founders",
  description:
    "The former Alibaba Group employees who founded tracked AI start-ups, with the Alibaba units they came from.",
};

export default async function FoundersPage({ searchParams }: Props) {
  const { params, issues } = parseSimpleListParams(await searchParams);
  return (
    <div className="grid grid-cols-1 gap-6">
      <PageHeader eyebrow="Browse" title="Founders">
        People who founded a tracked start-up, with the Alibaba units they worked in. Search by English name, 中文,
        alias or pinyin (&ldquo;zhu mingming&rdquo; or &ldquo;zhumingming&rdquo;).
      </PageHeader>
      <ListSearch action="/founders" query={params.q} label="Search founders" placeholder="Name, 中文 or pinyin" />
      <ParamIssues issues={issues} />
      <Suspense key={`${params.q}-${params.page}`} fallback={<ListSkeleton />}>
        <FounderList params={params} />
      </Suspense>
    </div>
  );
}

async function FounderList({ params }: { params: SimpleListParams }) {
  const result = await findFounders({ params });
  const href = (page: number) =>
    `/founders?${new URLSearchParams({ ...(params.q ? { q: params.q } : {}), ...(page > 1 ? { page: String(page) } : {}) })}`;
  if (result.items.length === 0) {
    return (
      <div className="rounded-lg border border-rule bg-paper p-6 text-sm" data-testid="empty-results">
        {params.q ? (
          <>
            <p className="font-medium">No founder is known by a name containing &ldquo;{params.q}&rdquo;.</p>
            <p className="mt-1 text-ink-muted">
              Try part of the name, the other script, or pinyin without tones.{" "}
              <Link href="/founders" className="underline underline-offset-2">
                Show all founders
              </Link>
              .
            </p>
          </>
        ) : result.total > 0 ? (
          <p>
            This page is past the end of the list.{" "}
            <Link href={href(result.pageCount)} className="underline">
              Go to the last page
            </Link>
            .
          </p>
        ) : (
          <p>No founders are recorded yet.</p>
        )}
      </div>
    );
  }
  return (
    <section className="grid grid-cols-1 gap-3" aria-label="Founders">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <p className="text-sm text-ink-muted">
          <strong className="text-base font-semibold text-ink">{formatInteger(result.total)}</strong> founder
          {result.total === 1 ? "" : "s"}
        </p>
        <ListCsvLink href={`/api/founders/csv${params.q ? `?${new URLSearchParams({ q: params.q })}` : ""}`} />
      </div>
      <ul className="divide-y divide-rule overflow-hidden rounded-lg border border-rule bg-paper">
        {result.items.map((founder) => (
          <li key={founder.slug} className="grid grid-cols-1 gap-1 px-4 py-3 sm:grid-cols-[1fr_1.2fr] sm:gap-4">
            <div>
              <Link href={`/founders/${founder.slug}`} className="font-semibold underline-offset-2 hover:underline">
                {displayName(founder, "person")}
              </Link>
              {secondaryName(founder) ? (
                <span lang="zh" className="ml-2 text-ink-muted">
                  {secondaryName(founder)}
                </span>
              ) : null}
              <p className="text-sm text-ink-muted">
                Founded{" "}
                {founder.startups.map((startup, index) => (
                  <span key={startup.slug}>
                    {index > 0 ? ", " : null}
                    <Link
                      href={`/startups/${startup.slug}`}
                      className="underline decoration-rule underline-offset-2 hover:decoration-ink"
                    >
                      {startup.name}
                    </Link>
                  </span>
                ))}
              </p>
            </div>
            <div className="flex flex-wrap content-start gap-1">
              {founder.units.length === 0 ? (
                <span className="text-xs text-ink-faint">Alibaba unit not recorded</span>
              ) : (
                founder.units.map((unit) => (
                  <Link key={unit.slug} href={`/units/${unit.slug}`}>
                    <Badge variant="accent">{unit.nameEn}</Badge>
                  </Link>
                ))
              )}
            </div>
          </li>
        ))}
      </ul>
      <Pagination page={result.page} pageCount={result.pageCount} href={href} />
    </section>
  );
}
