import type { Metadata } from "next";
import Link from "next/link";
import { ParamIssues } from "@/components/layout/param-issues";
import { ListSearch } from "@/components/search/list-search";
import { SearchResultGroups } from "@/components/search/search-results";
import { PageHeader } from "@/components/ui/page-header";
import { searchEverything } from "@/lib/data/search";
import { normalizeQuery } from "@/lib/validation/search-params";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const query = normalizeQuery(first((await searchParams).q));
  return {
    title: query ? `Search: ${query}` : "Search",
    description:
      "Find any start-up, person, city, investor or Alibaba unit by any of its names: English, Chinese, alias or pinyin.",
    robots: { index: false },
  };
}

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export default async function SearchPage({ searchParams }: Props) {
  const issues: string[] = [];
  const query = normalizeQuery(first((await searchParams).q), issues);
  const results = query ? await searchEverything({ query }) : null;
  const count = results
    ? results.startups.length +
      results.people.length +
      results.cities.length +
      results.investors.length +
      results.units.length
    : 0;
  return (
    <div className="grid grid-cols-1 gap-6">
      <PageHeader eyebrow="Search" title={query ? <>Results for &ldquo;{query}&rdquo;</> : "Search"}>
        Any start-up, person, city, investor or Alibaba unit, by any of its names: English, 中文, alias or pinyin (with
        or without spaces, no tones).
      </PageHeader>
      <ListSearch
        action="/search"
        query={query}
        label="Search everything"
        placeholder="e.g. 祝铭明, zhu mingming, Rokid, 杭州"
      />
      <ParamIssues issues={issues} />
      {results === null ? null : count === 0 ? (
        <div className="rounded-lg border border-rule bg-paper p-6 text-sm" data-testid="empty-results">
          <p className="font-medium">Nothing is known by a name containing &ldquo;{query}&rdquo;.</p>
          <p className="mt-1 text-ink-muted">
            Try fewer letters, the Chinese or the English name, or pinyin without tones. You can also{" "}
            <Link href="/startups" className="underline">
              browse all start-ups
            </Link>
            .
          </p>
        </div>
      ) : (
        <>
          <SearchResultGroups results={results} />
          {results.truncated ? (
            <p className="text-sm text-ink-muted">
              Some groups have more matches than shown; add letters to narrow down, or search{" "}
              <Link href={`/startups?q=${encodeURIComponent(query ?? "")}`} className="underline">
                the start-up list
              </Link>
              .
            </p>
          ) : null}
        </>
      )}
    </div>
  );
}
