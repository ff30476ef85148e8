import { getLocale, getTranslations } from "next-intl/server";
import { localizedPath } from "@/lib/i18n/locales";

/** The site-wide search box: a GET form to /search (/zh/search in 中文), so it works without JavaScript. */
export async function HeaderSearch() {
  const [t, locale] = await Promise.all([getTranslations("common.search"), getLocale()]);
  return (
    <form
      method="get"
      action={localizedPath("/search", locale)}
      role="search"
      aria-label={t("formLabel")}
      className="min-w-0 flex-1 sm:w-64 sm:flex-none"
    >
      <label htmlFor="site-search" className="sr-only">
        {t("label")}
      </label>
      <input
        id="site-search"
        name="q"
        type="search"
        maxLength={100}
        autoComplete="off"
        placeholder={t("placeholder")}
        className="h-9 w-full rounded-md border border-rule bg-canvas px-3 text-sm text-ink placeholder:text-ink-faint focus-visible:border-ink-faint focus-visible:bg-paper focus-visible:outline-2 focus-visible:outline-accent"
      />
    </form>
  );
}
