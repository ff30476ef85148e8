/**
 * The URL if it is an absolute http(s) URL, else null. Stored URLs are rendered as links on public
 * pages; anything else (javascript:, data:, relative paths, typos) is shown as text or not at all.
 */
export function httpUrlOrNull(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:" ? url.toString() : null;
  } catch {
    return null;
  }
}

/** "https://www.example.com/a/b" → "example.com", for showing a link's destination compactly. */
export function displayHost(value: string): string {
  try {
    return new URL(value).hostname.replace(/^www\./, "");
  } catch {
    return value;
  }
}

/**
 * The address the public reaches the site at, for absolute links in downloads: SITE_URL when the
 * deployment sets it, else the host the request came in on (X-Forwarded-Host and -Proto reach a
 * route only from a trusted proxy: server.ts drops them otherwise), never the server's own
 * `localhost:<port>` unless that is where the request went.
 */
export function publicOrigin(headers: Headers, requestUrl: string, siteUrl: string | undefined): string {
  if (siteUrl) return new URL(siteUrl).origin;
  const fallback = new URL(requestUrl);
  const host = headers.get("x-forwarded-host") ?? headers.get("host");
  if (!host || !/^[A-Za-z0-9.-]+(:\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](:\d{1,5})?$/.test(host)) return fallback.origin;
  const protocol = headers.get("x-forwarded-proto") === "https" ? "https" : fallback.protocol.replace(":", "");
  return `${protocol}://${host}`;
}
