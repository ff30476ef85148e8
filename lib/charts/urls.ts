import type { ChartKey } from "./definition";
import { filtersQueryString, filtersToSearchParams, type ChartFilters } from "./request";

export function chartPagePath(key: ChartKey, filters: ChartFilters = {}): string {
  return `/charts/${key}${filtersQueryString(filters)}`;
}

export function chartDataPath(
  key: ChartKey,
  format: "csv" | "json",
  filters: ChartFilters = {},
  snapshot?: string,
  /** The CSV without its `#` lines (Google Sheets, Datawrapper); its metadata is the JSON. */
  variant?: "clean",
): string {
  const params = filtersToSearchParams(filters);
  if (snapshot) params.set("snapshot", snapshot);
  if (variant) params.set("variant", variant);
  const query = params.toString();
  return `/api/charts/${key}/${format === "csv" ? "data.csv" : "data.json"}${query ? `?${query}` : ""}`;
}

/** The chart's font for its image exports (lib/export/fonts.ts), for the same filters or snapshot. */
export function exportFontPath(key: ChartKey, filters: ChartFilters = {}, snapshot?: string): string {
  const params = filtersToSearchParams(filters);
  if (snapshot) params.set("snapshot", snapshot);
  const query = params.toString();
  return `/api/charts/${key}/export-font.json${query ? `?${query}` : ""}`;
}

export function embedPath(key: ChartKey, filters: ChartFilters = {}, snapshot?: string): string {
  // A pinned embed shows the snapshot's own filters; the URL needs nothing else.
  if (snapshot) return `/embed/charts/${key}?snapshot=${encodeURIComponent(snapshot)}`;
  return `/embed/charts/${key}${filtersQueryString(filters)}`;
}

/** The HTML a newsroom pastes into its CMS. */
export function iframeSnippet(options: { origin: string; path: string; title: string; height?: number }): string {
  const src = new URL(options.path, options.origin).toString();
  const title = options.title.replace(
    /[<>&"]/g,
    (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;" })[c]!,
  );
  return `<iframe src="${src}" title="${title}" width="100%" height="${options.height ?? 520}" style="border:0;max-width:100%" loading="lazy"></iframe>`;
}
