import { LANGUAGE_PARAMETER } from "../charts/urls";
import { defaultLocale, type Locale } from "../i18n/locales";
import { networkQueryString, type NetworkRequest } from "./types";

type Shown = Pick<NetworkRequest, "filters" | "edges" | "focus">;

export function networkPagePath(request: Shown): string {
  return `/network${networkQueryString(request)}`;
}

/** A download's address; the API has no /zh, so a language other than English is asked for with `?lang=`. */
export function networkExportPath(
  request: Shown,
  file: "nodes.csv" | "edges.csv" | "network.svg",
  locale: Locale = defaultLocale,
): string {
  const query = networkQueryString(request);
  const language = locale === defaultLocale ? "" : `${query ? "&" : "?"}${LANGUAGE_PARAMETER}=${locale}`;
  return `/api/network/${file}${query}${language}`;
}

export function networkEmbedPath(request: Shown): string {
  return `/embed/network${networkQueryString(request)}`;
}

/** A file name that says what the file holds: network_nodes_city-hangzhou_tenure-3.csv */
export function networkFileName(request: Shown, part: string, extension: string): string {
  const filters = Object.entries(request.filters).map(([name, value]) => `${name}-${String(value).toLowerCase()}`);
  const focus = request.focus ? [`focus-${request.focus.replace(":", "-")}`] : [];
  const base = ["network", part, ...focus, ...filters].join("_").toLowerCase();
  return `${base.replace(/[^a-z0-9_-]+/g, "-")}.${extension}`;
}

/** "See Rokid's network": the focus view of one node, linked from its profile. */
export function focusPath(kind: "startup" | "founder" | "investor" | "unit", slug: string): string {
  return `/network?focus=${kind}:${slug}`;
}
