import { defaultLocale, htmlLang, locales, localizedPath, splitLocale } from "./locales";

/** Query parameters that are the framework's or a cache-buster's, never part of a page's address. */
const TRANSIENT = new Set(["_rsc"]);

/**
 * `hreflang` alternates for the page a request asked for: the same address in each language, and
 * English as x-default. `requested` is the path and query as the reader sent them (`/zh` included).
 */
export function languageAlternates(requested: string): { canonical: string; languages: Record<string, string> } {
  const url = new URL(requested, "http://localhost");
  for (const name of [...url.searchParams.keys()]) if (TRANSIENT.has(name)) url.searchParams.delete(name);
  const { locale, path } = splitLocale(url.pathname);
  const query = url.searchParams.toString();
  const page = `${path}${query ? `?${query}` : ""}`;
  const languages: Record<string, string> = Object.fromEntries(
    locales.map((code) => [htmlLang[code], localizedPath(page, code)]),
  );
  languages["x-default"] = localizedPath(page, defaultLocale);
  return { canonical: localizedPath(page, locale), languages };
}
