import { Suspense } from "react";
import { getLocale, getTranslations } from "next-intl/server";
import { HeaderSearch } from "@/components/search/header-search";
import { LanguageSwitch } from "@/components/layout/language-switch";
import { Link } from "@/components/i18n/link";
import { locales, localeNames } from "@/lib/i18n/locales";

const navigation = [
  { href: "/startups", key: "startups" },
  { href: "/founders", key: "founders" },
  { href: "/cities", key: "cities" },
  { href: "/investors", key: "investors" },
  { href: "/units", key: "units" },
  { href: "/charts", key: "charts" },
  { href: "/network", key: "network" },
  { href: "/reported-figures", key: "reportedFigures" },
  { href: "/data", key: "data" },
] as const;

export async function SiteHeader() {
  const [t, locale] = await Promise.all([getTranslations("common"), getLocale()]);
  const languages = locales.map((code) => ({
    locale: code,
    name: localeNames[code],
    title: t("language.switchTo", { language: localeNames[code] }),
  }));
  return (
    <header className="border-b border-rule bg-paper">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-8 gap-y-2 px-4 py-3 sm:px-6">
        <Link href="/" className="flex items-baseline gap-2 text-ink no-underline">
          <span aria-hidden className="inline-block size-3 translate-y-[1px] rounded-sm bg-accent" />
          <span className="text-lg font-semibold tracking-tight">{t("site.name")}</span>
          <span className="hidden text-sm text-ink-faint sm:inline">{t("site.tagline")}</span>
        </Link>
        <nav aria-label={t("nav.label")} className="-mx-2 flex flex-wrap gap-1 text-sm">
          {navigation.map((item) => (
            <Link
              key={item.href}
              href={item.href}
              className="rounded-md px-2 py-1 text-ink-muted hover:bg-canvas hover:text-ink"
            >
              {t(`nav.${item.key}`)}
            </Link>
          ))}
        </nav>
        <div className="flex w-full items-center gap-2 sm:ml-auto sm:w-auto">
          <HeaderSearch />
          {/* Reads the address's query, which a page rendered ahead of a request does not have. */}
          <Suspense fallback={null}>
            <LanguageSwitch locale={locale} label={t("language.label")} languages={languages} />
          </Suspense>
        </div>
      </div>
    </header>
  );
}
