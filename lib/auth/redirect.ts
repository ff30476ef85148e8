// Any origin would do: it only has to be one no real `next` value can name.
const PROBE_ORIGIN = "http://alumni-atlas.invalid";

/**
 * A post-sign-in destination: a path on this site, never another origin. The value is parsed the
 * way a browser will read the redirect — tabs and newlines dropped, backslashes read as slashes,
 * dot segments resolved — so "/\t/evil.example" (which a browser reads as "//evil.example") is
 * refused, and what comes back is the parsed path, percent-encoded, with no character that could
 * break a Location header.
 */
export function safeNextPath(value: unknown, fallback = "/admin"): string {
  if (typeof value !== "string" || value.length > 500 || !value.startsWith("/")) return fallback;
  let url: URL;
  try {
    url = new URL(value, PROBE_ORIGIN);
  } catch {
    return fallback;
  }
  if (url.origin !== PROBE_ORIGIN) return fallback;
  const path = `${url.pathname}${url.search}${url.hash}`;
  // "/.//evil" parses to the path "//evil", which a browser would follow to another host.
  if (path.startsWith("//") || path.includes("\\")) return fallback;
  return path;
}
