/**
 * True when a request target's path cannot be percent-decoded (`/startups/%E0%A4%A`, `/%`, `/%ZZ`,
 * an encoded lone surrogate). Next.js answers such a path with a 500 from deep inside its router,
 * so server.ts refuses it first with a 400. The query string is not checked: URLSearchParams
 * decodes leniently and every parameter is validated by its page.
 */
export function hasMalformedPath(target: string | undefined): boolean {
  const path = (target ?? "/").split(/[?#]/, 1)[0] ?? "/";
  for (const segment of path.split("/")) {
    if (!segment.includes("%")) continue;
    try {
      decodeURIComponent(segment);
    } catch {
      return true;
    }
  }
  return false;
}
