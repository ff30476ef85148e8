import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/components/i18n/link";
import { Suspense } from "react";
import { ListSkeleton } from "@/components/layout/list-skeleton";
import { EmptyListResults, ListResultsSection, SearchableListHeader } from "@/components/layout/searchable-list";
import { Badge } from "@/components/ui/badge";
import { findFounders } from "@/lib/data/people";
import { displayName, secondaryName } from "@/lib/format/names";
import { PersonName } from "@/components/founders/person-name";
import { parseSimpleListParams, type SimpleListParams } from "@/lib/validation/search-params";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("founders.list");
  return { title: t("metaTitle"), description: t("metaDescription") };
}

export default async function FoundersPage({ searchParams }: Props) {
  const { params, issues } = parseSimpleListParams(await searchParams);
  return (
    <div className="grid grid-cols-1 gap-6">
      <SearchableListHeader namespace="founders.list" path="/founders" query={params.q} issues={issues} />
      <Suspense key={`${params.q}-${params.page}`} fallback={<ListSkeleton />}>
        <FounderList params={params} />
      </Suspense>
    </div>
  );
}

async function FounderList({ params }: { params: SimpleListParams }) {
  const [result, t, locale] = await Promise.all([
    findFounders({ params }),
    getTranslations("founders.list"),
    getLocale(),
  ]);
  // An English path: <Link> and the pagination (through localizedPath) put it in the page's language.
  const href = (page: number) =>
    `/founders?${new URLSearchParams({ ...(params.q ? { q: params.q } : {}), ...(page > 1 ? { page: String(page) } : {}) })}`;
  if (result.items.length === 0) {
    return (
      <EmptyListResults
        namespace="founders.list"
        total={result.total}
        lastPageHref={href(result.pageCount)}
        noMatch={
          params.q ? (
            <>
              <p className="font-medium">{t("noMatch", { q: params.q })}</p>
              <p className="mt-1 text-ink-muted">
                {t("noMatchHint")}{" "}
                <Link href="/founders" className="underline underline-offset-2">
                  {t("showAll")}
                </Link>
                {t("period")}
              </p>
            </>
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
        strong: (chunks) => <strong className="text-base font-semibold text-ink">{chunks}</strong>,
      })}
      csvHref={`/api/founders/csv${params.q ? `?${new URLSearchParams({ q: params.q })}` : ""}`}
      page={result.page}
      pageCount={result.pageCount}
      href={href}
    >
      <ul className="divide-y divide-rule overflow-hidden rounded-lg border border-rule bg-paper">
        {result.items.map((founder) => (
          <li key={founder.slug} className="grid grid-cols-1 gap-1 px-4 py-3 sm:grid-cols-[1fr_1.2fr] sm:gap-4">
            <div>
              <Link
                href={`/founders/${founder.slug}`}
                className="inline-block min-h-6 font-semibold underline-offset-2 hover:underline"
              >
                <PersonName person={founder} locale={locale} />
              </Link>
              {secondaryName(founder, locale) ? (
                <span lang={locale === "zh" ? "en" : "zh"} className="ml-2 text-ink-muted">
                  {secondaryName(founder, locale)}
                </span>
              ) : null}
              <p className="text-sm text-ink-muted">
                {t("founded")}{" "}
                {founder.startups.map((startup, index) => (
                  <span key={startup.slug}>
                    {index > 0 ? (locale === "zh" ? "、" : ", ") : null}
                    <Link
                      href={`/startups/${startup.slug}`}
                      className="underline decoration-rule underline-offset-2 hover:decoration-ink"
                    >
                      {locale === "zh" ? (startup.nameZh ?? startup.name) : startup.name}
                    </Link>
                  </span>
                ))}
              </p>
            </div>
            <div className="flex flex-wrap content-start gap-1">
              {founder.units.length === 0 ? (
                <span className="text-xs text-ink-faint">{t("unitNotRecorded")}</span>
              ) : (
                founder.units.map((unit) => (
                  <Link key={unit.slug} href={`/units/${unit.slug}`}>
                    <Badge variant="accent">{displayName(unit, "other", locale)}</Badge>
                  </Link>
                ))
              )}
            </div>
          </li>
        ))}
      </ul>
    </ListResultsSection>
  );
}
