import { defaultLocale, isLocale, localizedPath, type Locale } from "../i18n/locales";
import type { ChartKey } from "./definition";
import { filtersQueryString, filtersToSearchParams, type ChartFilters } from "./filters";

export function chartPagePath(key: ChartKey, filters: ChartFilters = {}): string {
  return `/charts/${key}${filtersQueryString(filters)}`;
}

/** The page of this chart as shown: with its date when it is a dated chart (`?asOf=`). */
export function datedChartPagePath(chart: { key: ChartKey; filters: ChartFilters; version?: string }): string {
  if (!chart.version) return chartPagePath(chart.key, chart.filters);
  const params = filtersToSearchParams(chart.filters);
  params.set("asOf", chart.version);
  return `/charts/${chart.key}?${params.toString()}`;
}

export function chartDataPath(
  key: ChartKey,
  format: "csv" | "json",
  filters: ChartFilters = {},
  snapshot?: string,
  /** The CSV without its `#` lines (Google Sheets, Datawrapper); its metadata is the JSON. */
  variant?: "clean",
  /** The chart as it was at this date (`?asOf=`), when it is a dated chart. */
  asOf?: string,
  /** The language of the words (CSV header, notes, JSON titles): `?lang=zh`, nothing for English. */
  locale?: Locale,
): string {
  const params = filtersToSearchParams(filters);
  if (snapshot) params.set("snapshot", snapshot);
  else if (asOf) params.set("asOf", asOf);
  if (variant) params.set("variant", variant);
  setLanguage(params, locale);
  const query = params.toString();
  return `/api/charts/${key}/${format === "csv" ? "data.csv" : "data.json"}${query ? `?${query}` : ""}`;
}

/** The chart's font for its image exports (lib/export/fonts.ts), for the same filters or snapshot. */
export function exportFontPath(
  key: ChartKey,
  filters: ChartFilters = {},
  snapshot?: string,
  asOf?: string,
  locale?: Locale,
): string {
  const params = filtersToSearchParams(filters);
  if (snapshot) params.set("snapshot", snapshot);
  else if (asOf) params.set("asOf", asOf);
  // The font is cut to the characters the chart draws, which differ by language.
  setLanguage(params, locale);
  const query = params.toString();
  return `/api/charts/${key}/export-font.json${query ? `?${query}` : ""}`;
}

/** The embed's address: under /zh for a 中文 chart, like every page of the 中文 interface. */
export function embedPath(
  key: ChartKey,
  filters: ChartFilters = {},
  snapshot?: string,
  asOf?: string,
  locale: Locale = defaultLocale,
): string {
  return localizedPath(englishEmbedPath(key, filters, snapshot, asOf), locale);
}

function englishEmbedPath(key: ChartKey, filters: ChartFilters, snapshot?: string, asOf?: string): string {
  // A pinned embed shows the snapshot's own filters; the URL needs nothing else.
  if (snapshot) return `/embed/charts/${key}?snapshot=${encodeURIComponent(snapshot)}`;
  if (asOf) {
    const params = filtersToSearchParams(filters);
    params.set("asOf", asOf);
    return `/embed/charts/${key}?${params.toString()}`;
  }
  return `/embed/charts/${key}${filtersQueryString(filters)}`;
}

/** The API's addresses have no /zh: a chart's words in 中文 are asked for with `?lang=zh`. */
export const LANGUAGE_PARAMETER = "lang";

function setLanguage(params: URLSearchParams, locale: Locale | undefined) {
  if (locale && locale !== defaultLocale) params.set(LANGUAGE_PARAMETER, locale);
}

/** `?lang=` read: English when absent; a language the site does not have is an error (400), not ignored. */
export function readLanguageParameter(
  params: URLSearchParams,
): { ok: true; locale: Locale } | { ok: false; message: string } {
  const all = params.getAll(LANGUAGE_PARAMETER);
  if (all.length === 0) return { ok: true, locale: defaultLocale };
  const value = all[0];
  if (all.length > 1 || !isLocale(value)) return { ok: false, message: `lang must be given once, as one of: en, zh.` };
  return { ok: true, locale: value };
}

/** What an embed page posts to its parent window, and what the host script asks it. */
export const EMBED_HEIGHT_MESSAGE = "alumni-atlas:embed-height";
export const EMBED_PING_MESSAGE = "alumni-atlas:embed-ping";
/** The marker on an iframe that the host script (/embed.js) resizes. */
export const EMBED_FRAME_ATTRIBUTE = "data-alumni-atlas-embed";
export const EMBED_SCRIPT_PATH = "/embed.js";

/**
 * The HTML a newsroom pastes into its CMS. Plain: an iframe of a fixed height (and, given `width`,
 * a fixed width). Responsive: the same iframe, marked, followed by the tiny host script that sets
 * its height from the embed's own reports; without scripts (AMP, RSS, a strict CMS) the iframe
 * keeps its fixed height.
 */
export function iframeSnippet(options: {
  origin: string;
  path: string;
  title: string;
  height?: number;
  width?: number;
  responsive?: boolean;
}): string {
  const src = new URL(options.path, options.origin).toString();
  const title = options.title.replace(
    /[<>&"]/g,
    (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;" })[c]!,
  );
  const width = options.width ? String(options.width) : "100%";
  const marker = options.responsive ? ` ${EMBED_FRAME_ATTRIBUTE}` : "";
  const iframe = `<iframe src="${src}" title="${title}" width="${width}" height="${options.height ?? 520}" style="border:0;max-width:100%"${marker} loading="lazy"></iframe>`;
  if (!options.responsive) return iframe;
  return `${iframe}\n<script async src="${new URL(EMBED_SCRIPT_PATH, options.origin).toString()}"></script>`;
}
