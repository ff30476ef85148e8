import type { ChartKey } from "./definition";
import { filtersQueryString, filtersToSearchParams, type ChartFilters } from "./request";

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
): string {
  const params = filtersToSearchParams(filters);
  if (snapshot) params.set("snapshot", snapshot);
  else if (asOf) params.set("asOf", asOf);
  if (variant) params.set("variant", variant);
  const query = params.toString();
  return `/api/charts/${key}/${format === "csv" ? "data.csv" : "data.json"}${query ? `?${query}` : ""}`;
}

/** The chart's font for its image exports (lib/export/fonts.ts), for the same filters or snapshot. */
export function exportFontPath(key: ChartKey, filters: ChartFilters = {}, snapshot?: string, asOf?: string): string {
  const params = filtersToSearchParams(filters);
  if (snapshot) params.set("snapshot", snapshot);
  else if (asOf) params.set("asOf", asOf);
  const query = params.toString();
  return `/api/charts/${key}/export-font.json${query ? `?${query}` : ""}`;
}

export function embedPath(key: ChartKey, filters: ChartFilters = {}, snapshot?: string, asOf?: string): string {
  // A pinned embed shows the snapshot's own filters; the URL needs nothing else.
  if (snapshot) return `/embed/charts/${key}?snapshot=${encodeURIComponent(snapshot)}`;
  if (asOf) {
    const params = filtersToSearchParams(filters);
    params.set("asOf", asOf);
    return `/embed/charts/${key}?${params.toString()}`;
  }
  return `/embed/charts/${key}${filtersQueryString(filters)}`;
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
