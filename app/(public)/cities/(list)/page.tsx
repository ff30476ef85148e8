import type { Metadata } from "next";
import { displayName, secondaryName } from "@/lib/format/names";
import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/components/i18n/link";
import { ListCsvLink } from "@/components/layout/list-csv-link";
import { PageHeader } from "@/components/ui/page-header";
import { findCities } from "@/lib/data/cities";
import { formatInteger, formatPercent } from "@/lib/format/numbers";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("cities.list");
  return { title: t("metaTitle"), description: t("metaDescription") };
}

export default async function CitiesPage() {
  const locale = await getLocale();
  const [{ cities, trackedStartups, withoutCity }, t] = await Promise.all([
    findCities(),
    getTranslations("cities.list"),
  ]);
  return (
    <div className="grid grid-cols-1 gap-6">
      <PageHeader eyebrow={t("eyebrow")} title={t("title")}>
        {t("intro", { total: formatInteger(trackedStartups) })}
      </PageHeader>
      <div className="flex justify-end">
        <ListCsvLink href="/api/cities/csv" />
      </div>
      {cities.length === 0 ? (
        <p className="text-sm text-ink-muted">{t("none")}</p>
      ) : (
        <ul className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {cities.map((city) => (
            <li key={city.slug} className="relative rounded-lg border border-rule bg-paper p-4 hover:border-ink-faint">
              <h2 className="text-base font-semibold">
                <Link href={`/cities/${city.slug}`} className="after:absolute after:inset-0">
                  {displayName(city, "other", locale)}
                </Link>
                {secondaryName(city, locale) ? (
                  <span lang={locale === "zh" ? "en" : "zh"} className="ml-2 font-normal text-ink-muted">
                    {secondaryName(city, locale)}
                  </span>
                ) : null}
              </h2>
              <p className="text-xs text-ink-faint">{[city.region, city.country].filter(Boolean).join(", ")}</p>
              <p className="mt-3 flex items-baseline gap-2">
                <span className="text-3xl font-semibold text-tracked tabular-nums">{formatInteger(city.startups)}</span>
                <span className="text-sm text-ink-muted">
                  {t("startups", { count: city.startups, share: formatPercent(city.share) })}
                </span>
              </p>
              <div className="mt-2 h-1.5 rounded-full bg-canvas" aria-hidden>
                <div className="h-1.5 rounded-full bg-tracked" style={{ width: `${city.share}%` }} />
              </div>
            </li>
          ))}
        </ul>
      )}
      {withoutCity > 0 ? <p className="text-sm text-ink-muted">{t("withoutCity", { count: withoutCity })}</p> : null}
    </div>
  );
}
