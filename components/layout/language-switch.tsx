"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { htmlLang, localizedPath, splitLocale, type Locale } from "@/lib/i18n/locales";

type Props = { locale: Locale; label: string; languages: { locale: Locale; name: string; title: string }[] };

/**
 * The other language's version of this page, filters and all. A full page load rather than a client
 * navigation: the root layout (`<html lang>`, the header's words) belongs to one language. The words
 * come as props, so no translation runtime is shipped to the browser for it.
 */
export function LanguageSwitch({ locale, label, languages }: Props) {
  const pathname = usePathname();
  const query = useSearchParams().toString();
  // The framework may report the address with or without the /zh it was rewritten from.
  const { path } = splitLocale(pathname);
  const target = `${path}${query ? `?${query}` : ""}`;
  return (
    <nav aria-label={label} className="flex shrink-0 gap-1 text-sm whitespace-nowrap">
      {languages.map((language) =>
        language.locale === locale ? (
          <span key={language.locale} aria-current="true" className="rounded-md px-2 py-1 font-medium text-ink">
            {language.name}
          </span>
        ) : (
          <a
            key={language.locale}
            href={localizedPath(target, language.locale)}
            hrefLang={htmlLang[language.locale]}
            lang={htmlLang[language.locale]}
            title={language.title}
            className="rounded-md px-2 py-1 text-ink-muted underline-offset-2 hover:bg-canvas hover:text-ink hover:underline"
          >
            {language.name}
          </a>
        ),
      )}
    </nav>
  );
}
