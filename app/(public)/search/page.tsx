import type { Metadata } from "next";
import type { ReactNode } from "react";
import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/components/i18n/link";
import { ParamIssues } from "@/components/layout/param-issues";
import { ListSearch } from "@/components/search/list-search";
import { SearchResultGroups } from "@/components/search/search-results";
import { PageHeader } from "@/components/ui/page-header";
import { searchEverything } from "@/lib/data/search";
import { localizedPath } from "@/lib/i18n/locales";
import { MAX_QUERY_LENGTH, MIN_QUERY_LENGTH, normalizeQuery } from "@/lib/validation/search-params";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const [t, query] = await Promise.all([
    getTranslations("search.meta"),
    searchParams.then((params) => normalizeQuery(first(params.q))),
  ]);
  return {
    title: query ? t("titleFor", { query }) : t("title"),
    description: t("description"),
    robots: { index: false },
  };
}

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export default async function SearchPage({ searchParams }: Props) {
  const [t, locale, params] = await Promise.all([getTranslations("search"), getLocale(), searchParams]);
  const typed = first(params.q);
  const issues: string[] = [];
  const query = normalizeQuery(typed, issues);
  // normalizeQuery words its notes in English (the lists show them as they are); in 中文 this page says the same.
  const notes =
    locale === "en"
      ? issues
      : issues.map((issue) =>
          issue.startsWith("The search was shortened")
            ? t("issues.tooLong", { max: String(MAX_QUERY_LENGTH) })
            : t("issues.tooShort", { min: String(MIN_QUERY_LENGTH), query: (typed ?? "").trim() }),
        );
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
      <PageHeader eyebrow={t("eyebrow")} title={query ? t("resultsFor", { query }) : t("title")}>
        {t("lead")}
      </PageHeader>
      <ListSearch
        action={localizedPath("/search", locale)}
        query={query}
        label={t("form.label")}
        placeholder={t("form.placeholder")}
        submitLabel={t("form.submit")}
        clearLabel={t("form.clear")}
      />
      <ParamIssues issues={notes} />
      {results === null ? null : count === 0 ? (
        <div className="rounded-lg border border-rule bg-paper p-6 text-sm" data-testid="empty-results">
          <p className="font-medium">{t("empty.title", { query: query ?? "" })}</p>
          <p className="mt-1 text-ink-muted">{t.rich("empty.hint", { link: link("/startups") })}</p>
        </div>
      ) : (
        <>
          <SearchResultGroups results={results} />
          {results.truncated ? (
            <p className="text-sm text-ink-muted">
              {t.rich("truncated", { link: link(`/startups?q=${encodeURIComponent(query ?? "")}`) })}
            </p>
          ) : null}
        </>
      )}
    </div>
  );
}

/** A rich message's <link> tag as a link to `href`, in the reader's language. */
function link(href: string) {
  return function InlineLink(chunks: ReactNode) {
    return (
      <Link href={href} className="underline">
        {chunks}
      </Link>
    );
  };
}
