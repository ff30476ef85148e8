import type { Metadata } from "next";
import { displayName, secondaryName, nameWithSecondary } from "@/lib/format/names";
import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/components/i18n/link";
import { getPaginationLabels } from "@/components/layout/pagination-labels";
import { DatedVersionProblem } from "@/components/as-of/dated-version";
import { ProfileArticle } from "@/components/layout/profile-article";
import { findDatedProfile } from "@/lib/routing/profile-record";
import { cityProfile } from "@/lib/routing/profiles";
import { Suspense } from "react";
import { BarList } from "@/components/cities/bar-list";
import { ListSkeleton } from "@/components/layout/list-skeleton";
import { ParamIssues } from "@/components/layout/param-issues";
import { ConflictNote } from "@/components/sources/conflict-note";
import { Footnotes } from "@/components/sources/footnotes";
import { StartupSortLinks } from "@/components/startups/startup-sort-links";
import { StartupResults } from "@/components/startups/startup-results";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { fieldFootnotes, recordConflicts } from "@/lib/data/citations";
import { getCityBySlug } from "@/lib/data/cities";
import { findStartupsForPage } from "@/lib/data/startups/list";
import { formatInteger, formatPercent } from "@/lib/format/numbers";
import { localizedPath } from "@/lib/i18n/locales";
import { sectorLabel } from "@/lib/labels";
import { parseStartupListParams, startupListQuery, type StartupListParams } from "@/lib/validation/search-params";

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [city, t, locale] = await Promise.all([
    getCityBySlug({ slug: (await params).slug }),
    getTranslations("cities.profile"),
    getLocale(),
  ]);
  if (!city) return { title: t("notFoundTitle") };
  return {
    title: nameWithSecondary(city, "other", locale),
    description: t("metaDescription", {
      count: String(city.startups),
      city: displayName(city, "other", locale),
      share: formatPercent(city.share, locale),
    }),
  };
}

export default async function CityPage({ params, searchParams }: Props) {
  const locale = await getLocale();
  const slug = (await params).slug;
  const dated = await findDatedProfile(cityProfile, slug, (await searchParams).asOf);
  if ("problem" in dated) return <DatedVersionProblem message={dated.problem} path={`/cities/${slug}`} />;
  const city = dated.profile;
  const raw = await searchParams;
  // Only sort and page apply here; the city is fixed by the address.
  const { params: listParams, issues } = parseStartupListParams({ sort: raw.sort, order: raw.order, page: raw.page });
  const record = { recordType: "CITY" as const, recordId: city.id };
  const t = await getTranslations("cities.profile");
  return (
    <ProfileArticle
      notes={city.sources}
      version={dated.version}
      title={displayName(city, "other", locale)}
      path={`/cities/${city.slug}`}
      gap="gap-8"
    >
      <PageHeader
        eyebrow={
          <Link href="/cities" className="hover:underline">
            {t("breadcrumb")}
          </Link>
        }
        title={
          <>
            {displayName(city, "other", locale)}
            <Footnotes
              refs={fieldFootnotes(city.sources, record, locale === "zh" && city.nameZh ? "nameZh" : "nameEn")}
            />
          </>
        }
        titleZh={secondaryName(city, locale)}
      >
        {[city.region, city.country].filter(Boolean).join(", ")}
        <ConflictNote conflicts={recordConflicts(city.sources, record)} />
      </PageHeader>

      <section aria-label={t("glance")} className="grid grid-cols-1 gap-4 lg:grid-cols-3">
        <div className="rounded-lg border border-rule bg-paper p-5">
          <p className="text-xs font-medium tracking-wide text-ink-muted uppercase">{t("here")}</p>
          <p className="mt-1 text-4xl font-semibold text-tracked tabular-nums" data-testid="city-count">
            {formatInteger(city.startups)}
          </p>
          <p className="mt-1 text-sm text-ink-muted" data-testid="city-share">
            {t("share", { share: formatPercent(city.share), total: formatInteger(city.totalStartups) })}
          </p>
          <div className="mt-3 h-2 rounded-full bg-canvas" aria-hidden>
            <div className="h-2 rounded-full bg-tracked" style={{ width: `${city.share}%` }} />
          </div>
        </div>
        <div className="rounded-lg border border-rule bg-paper p-5">
          <h2 className="text-sm font-semibold">{t("byYear")}</h2>
          <div className="mt-3">
            {city.foundedYears.length === 0 ? (
              <p className="text-sm text-ink-muted">{t("noYears")}</p>
            ) : (
              <BarList
                label={t("perYear")}
                valueLabel={(count) => t("barUnit", { count: String(count) })}
                bars={city.foundedYears.map((row) => ({
                  key: String(row.year),
                  label: String(row.year),
                  value: row.count,
                  href: `/startups?city=${city.slug}&from=${row.year}&to=${row.year}`,
                }))}
              />
            )}
            {city.foundedYearUnknown > 0 ? (
              <p className="mt-2 text-xs text-ink-faint">
                {t("withoutYear", { count: String(city.foundedYearUnknown) })}
              </p>
            ) : null}
          </div>
        </div>
        <div className="rounded-lg border border-rule bg-paper p-5">
          <h2 className="text-sm font-semibold">{t("sectors")}</h2>
          <div className="mt-3">
            {city.sectors.length === 0 ? (
              <p className="text-sm text-ink-muted">{t("noSectors")}</p>
            ) : (
              <BarList
                label={t("perSector")}
                valueLabel={(count) => t("barUnit", { count: String(count) })}
                bars={city.sectors.map((row) => ({
                  key: row.sector,
                  label: sectorLabel(row.sector, locale),
                  value: row.count,
                  href: `/startups?city=${city.slug}&sector=${row.sector}`,
                }))}
              />
            )}
            <p className="mt-2 text-xs text-ink-faint">{t("multiSector")}</p>
          </div>
        </div>
      </section>

      <section aria-labelledby="city-startups-heading" className="grid grid-cols-1 gap-3">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 id="city-startups-heading" className="text-lg font-semibold tracking-tight">
            {t("startupsIn", { city: displayName(city, "other", locale) })}
          </h2>
          <Link href={`/startups?city=${city.slug}`} className="text-sm underline underline-offset-2">
            {t("filterFurther")}
          </Link>
        </div>
        <ParamIssues issues={issues} />
        <Suspense key={startupListQuery(listParams)} fallback={<ListSkeleton rows={6} />}>
          <CityStartups slug={city.slug} params={{ ...listParams, city: city.slug }} />
        </Suspense>
      </section>
    </ProfileArticle>
  );
}

async function CityStartups({ slug, params }: { slug: string; params: StartupListParams }) {
  const [result, t, locale] = await Promise.all([
    findStartupsForPage({ params }),
    getTranslations("cities.profile"),
    getLocale(),
  ]);
  const base = `/cities/${slug}`;
  const href = (page: number) => `${base}${startupListQuery({ ...params, city: null, page })}`;
  if (result.items.length === 0) {
    return <p className="text-sm text-ink-muted">{result.total === 0 ? t("noneHere") : t("pastEnd")}</p>;
  }
  return (
    <>
      <StartupSortLinks params={{ ...params, city: null }} basePath={base} />
      <StartupResults items={result.items} />
      <Pagination
        page={result.page}
        pageCount={result.pageCount}
        href={(page) => localizedPath(href(page), locale)}
        labels={await getPaginationLabels(result.page, result.pageCount)}
      />
    </>
  );
}
