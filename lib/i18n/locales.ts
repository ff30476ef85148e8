/**
 * The interface's languages. English is served at the root as it always was; 中文 (Simplified) under
 * `/zh`. server.ts names the locale of the address in LOCALE_HEADER, which next-intl reads
 * (lib/i18n/request.ts), after dropping any copy a client sent, so an English address can never be
 * answered (and cached) in Chinese; the config's rewrites (localeRewrites) route `/zh/...` to the
 * page. No "server-only": next.config.ts and server.ts use it.
 */
export const locales = ["en", "zh"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "en";

/** next-intl's own request header for the locale (its `requestLocale` reads it). */
export const LOCALE_HEADER = "x-next-intl-locale";

/** The value of `<html lang>` and of `hreflang` for each locale. */
export const htmlLang: Record<Locale, string> = { en: "en", zh: "zh-Hans" };

/** What the language switch says, each in its own language. */
export const localeNames: Record<Locale, string> = { en: "English", zh: "中文" };

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}

/** The path prefix of a locale: "" for English, "/zh" for 中文. */
export function localePrefix(locale: Locale): string {
  return locale === defaultLocale ? "" : `/${locale}`;
}

/** A path of the English site as it is in `locale` ("/startups" → "/zh/startups", "/" → "/zh"). */
export function localizedPath(path: string, locale: Locale): string {
  const prefix = localePrefix(locale);
  // Other sites, fragments and relative links are left as they are; so are addresses already in a language.
  if (!prefix || !path.startsWith("/") || path.startsWith("//") || splitLocale(path).locale !== defaultLocale)
    return path;
  return path === "/" ? prefix : path.startsWith("/?") ? `${prefix}${path.slice(1)}` : `${prefix}${path}`;
}

/**
 * The locale a request path asks for and the path without its prefix: "/zh/startups?x=1" →
 * { locale: "zh", path: "/startups?x=1" }. Only an exact "/zh" segment counts ("/zhejiang" is not one).
 */
export function splitLocale(path: string): { locale: Locale; path: string } {
  const match = /^\/(zh)(?=$|[/?#])/.exec(path);
  if (!match) return { locale: defaultLocale, path };
  const rest = path.slice(match[0].length);
  return { locale: "zh", path: rest === "" || rest.startsWith("?") || rest.startsWith("#") ? `/${rest}` : rest };
}

/**
 * The address the reader asked for (path and query, as it reached server.ts, `/zh` included), set by
 * app-server.ts on every request: layouts get no path, and the root layout's `hreflang` alternates
 * and the language switch's server fallback need it.
 */
export const REQUEST_PATH_HEADER = "x-atlas-path";

/**
 * The sections that have a 中文 version: the public site's, the admin and sign-in (/zh/admin,
 * /zh/login). The API has one address, and its data is the same in either language.
 */
export const LOCALIZED_SECTIONS = [
  "startups",
  "founders",
  "investors",
  "units",
  "cities",
  "charts",
  "reported-figures",
  "search",
  "network",
  "data",
  "suggest",
  "embed",
  "admin",
  "login",
] as const;

/** Whether a path (without its locale prefix) belongs to the part of the site that has a 中文 version. */
export function localizedSection(path: string): boolean {
  const section = path.split(/[/?#]/)[1] ?? "";
  return section === "" || (LOCALIZED_SECTIONS as readonly string[]).includes(section);
}

/**
 * next.config.ts `rewrites()`: `/zh/...` is answered by the route of `/...` (the page reads its
 * language from LOCALE_HEADER, which server.ts sets from the same address). A rewrite in the config
 * rather than in proxy.ts: the proxy's rewrites to an address it sees as another origin (127.0.0.1
 * against localhost) go out over HTTP again, and English requests would pay for the proxy.
 */
export function localeRewrites(): { source: string; destination: string }[] {
  const sections = LOCALIZED_SECTIONS.join("|");
  return locales
    .filter((locale) => locale !== defaultLocale)
    .flatMap((locale) => [
      { source: `/${locale}`, destination: "/" },
      { source: `/${locale}/:section(${sections})`, destination: "/:section" },
      { source: `/${locale}/:section(${sections})/:rest*`, destination: "/:section/:rest*" },
    ]);
}
