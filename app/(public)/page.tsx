import { getLocale, getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { ChartGrid } from "@/components/dashboard/chart-grid";
import { Link } from "@/components/i18n/link";
import { HeadlineStats } from "@/components/overview/headline-stats";
import { ReportedVsTracked } from "@/components/overview/reported-vs-tracked";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";
import { describeAlumni } from "@/lib/charts/alumni";
import { CHART_KEYS, FEATURED_CHART_KEYS } from "@/lib/charts/definition";
import { getDataAsOf } from "@/lib/data/data-as-of";
import { getOverviewCounts, getRecentStartups } from "@/lib/data/overview";
import { getComparableReportedFigures } from "@/lib/data/reported-figures";
import { displayName, secondaryName } from "@/lib/format/names";
import type { Locale } from "@/lib/i18n/locales";

/** A city's name in the page's language (cities carry both; the English one is always there). */
function cityName(city: { nameEn: string; nameZh: string | null }, locale: Locale): string {
  return locale === "zh" ? (city.nameZh ?? city.nameEn) : city.nameEn;
}

export default async function HomePage() {
  const t = await getTranslations("home");
  return (
    <div className="grid gap-10">
      <section className="grid gap-3">
        <h1 className="max-w-3xl font-serif text-3xl leading-tight font-semibold tracking-tight text-ink sm:text-4xl">
          {t("title")}
        </h1>
        <p className="max-w-3xl text-base text-ink-muted">{t("intro")}</p>
      </section>

      {/* Skeletons as tall as what replaces them at each breakpoint, so nothing below moves (CLS). */}
      <Suspense fallback={<Skeleton className="h-[348px] w-full sm:h-[259px] md:h-[227px] lg:h-[138px]" />}>
        <Headline />
      </Suspense>

      <section aria-labelledby="reported-heading" className="grid gap-4">
        <div>
          <h2 id="reported-heading" className="text-lg font-semibold tracking-tight">
            {t("reported.heading")}
          </h2>
          <p className="text-sm text-ink-muted">
            {t("reported.intro")}{" "}
            <Link href="/reported-figures" className="font-medium text-accent underline-offset-4 hover:underline">
              {t("reported.all")}
            </Link>
          </p>
        </div>
        <Suspense
          fallback={
            <div className="grid gap-4 md:grid-cols-2">
              <Skeleton className="h-[295px] sm:h-[231px] md:h-[291px] lg:h-[251px]" />
              <Skeleton className="h-[295px] sm:h-[231px] md:h-[291px] lg:h-[251px]" />
            </div>
          }
        >
          <Comparisons />
        </Suspense>
      </section>

      <section aria-labelledby="recent-heading" className="grid gap-4">
        <h2 id="recent-heading" className="text-lg font-semibold tracking-tight">
          {t("recent.heading")}
        </h2>
        <Suspense fallback={<Skeleton className="h-[1204px] w-full sm:h-[620px] lg:h-[304px]" />}>
          <RecentStartups />
        </Suspense>
      </section>

      <section aria-labelledby="charts-heading" className="grid gap-4">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <div>
            <h2 id="charts-heading" className="text-lg font-semibold tracking-tight">
              {t("charts.heading")}
            </h2>
            <p className="text-sm text-ink-muted">{t("charts.intro")}</p>
          </div>
          <Link href="/charts" className="text-sm font-medium text-accent underline-offset-4 hover:underline">
            {t("charts.all", { count: CHART_KEYS.length })}
          </Link>
        </div>
        <ChartGrid keys={FEATURED_CHART_KEYS} />
      </section>
    </div>
  );
}

async function Headline() {
  const [counts, asOf, t, locale] = await Promise.all([
    getOverviewCounts(),
    getDataAsOf(),
    getTranslations("home.headline"),
    getLocale(),
  ]);
  // The home page counts under the default definition; English words it the way the charts do.
  const definition = locale === "en" ? describeAlumni({}) : t("anyStint");
  return (
    <section aria-label={t("label")} className="grid gap-2">
      <HeadlineStats
        locale={locale}
        stats={[
          { key: "Start-ups", label: t("startups"), value: counts.startups },
          { key: "Founders", label: t("founders"), value: counts.founders },
          { key: "Cities", label: t("cities"), value: counts.cities },
          { key: "Funding rounds", label: t("fundingRounds"), value: counts.fundingRounds },
          { key: "Investors", label: t("investors"), value: counts.investors },
          { key: "Sources", label: t("sources"), value: counts.sources },
        ]}
      />
      <p className="text-xs text-ink-faint" data-testid="data-as-of">
        {asOf
          ? t.rich("asOf", {
              date: asOf.date,
              basis: asOf.basis === "edited" ? t("basisEdited") : t("basisCompiled"),
              time: (chunks) => <time dateTime={asOf.date}>{chunks}</time>,
            })
          : t("noDate")}
      </p>
      {/* The headline counts every tracked start-up: the default definition, the one ITJuzi's count leaves unstated
          too, so "reported" and "tracked" below compare like with like. The list and the charts narrow it. */}
      <p className="text-xs text-ink-faint" data-testid="alumni-definition">
        {t.rich("definition", {
          definition,
          link: (chunks) => (
            <Link href="/startups" className="underline underline-offset-2">
              {chunks}
            </Link>
          ),
        })}
      </p>
    </section>
  );
}

async function Comparisons() {
  const [figures, t, locale] = await Promise.all([
    getComparableReportedFigures(),
    getTranslations("home.reported"),
    getLocale(),
  ]);
  if (figures.length === 0) {
    return <p className="text-sm text-ink-muted">{t("none")}</p>;
  }
  return (
    <div className="grid gap-4 md:grid-cols-2">
      {figures.map((figure) => (
        <ReportedVsTracked
          key={figure.slug}
          comparison={{
            slug: figure.slug,
            title: figure.scopeCity ? t("shareIn", { city: cityName(figure.scopeCity, locale) }) : t("alumniStartups"),
            reported: {
              value: figure.value,
              valueText: figure.valueText,
              unit: figure.unit,
              asOfLabel: figure.asOfLabel,
              scope: figure.scope,
            },
            tracked: figure.tracked,
            sourceLine: figure.originalDataSource ?? figure.source.publisher,
            source: figure.source,
            cityLink: figure.scopeCity
              ? {
                  href: `/cities/${figure.scopeCity.slug}`,
                  label: t("cityStartups", { city: cityName(figure.scopeCity, locale) }),
                }
              : null,
          }}
        />
      ))}
    </div>
  );
}

async function RecentStartups() {
  const [startups, t, locale] = await Promise.all([getRecentStartups(8), getTranslations("home.recent"), getLocale()]);
  if (startups.length === 0) return <p className="text-sm text-ink-muted">{t("none")}</p>;
  // Founders by the name stored first in the page's language (English pages list them as they always did).
  const founderName = (person: { nameEn: string | null; nameZh: string | null }) =>
    (locale === "zh" ? (person.nameZh ?? person.nameEn) : (person.nameEn ?? person.nameZh)) ?? "";
  return (
    <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
      {startups.map((startup) => {
        const secondary = secondaryName(startup, locale);
        // A string: ICU would print the number 2014 as "2,014".
        const founded = startup.foundedYear === null ? null : t("founded", { year: String(startup.foundedYear) });
        return (
          <li key={startup.slug}>
            <Card className="relative h-full transition-colors hover:border-ink-faint">
              <CardHeader>
                <CardTitle>
                  <Link href={`/startups/${startup.slug}`} className="after:absolute after:inset-0">
                    {displayName(startup, "other", locale)}
                  </Link>
                </CardTitle>
                {secondary ? (
                  <p className="text-sm text-ink-muted" lang={locale === "zh" ? "en" : "zh-Hans"}>
                    {secondary}
                  </p>
                ) : null}
              </CardHeader>
              <CardContent className="text-sm text-ink-muted">
                <p>
                  {[startup.city ? cityName(startup.city, locale) : null, founded].filter(Boolean).join(" · ") ||
                    t("noCityYear")}
                </p>
                {startup.founders.length > 0 ? (
                  <p className="mt-1 text-ink">
                    {startup.founders.map(founderName).join(locale === "zh" ? "、" : ", ")}
                  </p>
                ) : null}
              </CardContent>
            </Card>
          </li>
        );
      })}
    </ul>
  );
}
