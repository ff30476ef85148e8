import { createHash } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";

/**
 * What a shared cache (a CDN) may keep. Browsers revalidate every time (a 304 against the strong
 * ETag costs a lookup in the server's kept pages and no body); a CDN serves its copy for a minute
 * and, past that, a stale copy for a day while it fetches the new one. An edit therefore reaches CDN
 * readers within about a minute, or at once where the CDN is purged (README "Behind a CDN").
 */
export const PUBLIC_CACHE_CONTROL = "public, max-age=0, s-maxage=60, stale-while-revalidate=86400";
/** Pinned chart snapshots never change; their pages may (the site's header, a new build's scripts). */
export const SNAPSHOT_CACHE_CONTROL = "public, max-age=31536000, immutable";
const SNAPSHOT_PAGE_CACHE_CONTROL = "public, max-age=0, s-maxage=86400, stale-while-revalidate=604800";

/** Pages and downloads that are the same for every reader, in English and under /zh in 中文. */
const PUBLIC_PATH =
  /^\/(?:zh(?:\/|$))?(?:$|(?:startups|founders|cities|investors|units|charts|reported-figures|search|network|embed)(?:\/|$)|api\/(?:charts\/[^/]+\/data\.(?:json|csv)|startups\/csv)$)/;
const DATA_PATH = /^\/api\//;
/** A signed-in reader (or an editor who has just saved, in draft mode) gets pages past the cache. */
const PERSONAL_COOKIE = /(?:^|;\s*)(?:__prerender_bypass|(?:__Secure-)?[\w.-]*session_token)=/;
/** Bodies larger than this stream without an ETag (a 100,000-row CSV). */
const MAX_BUFFERED_BYTES = 4 * 1024 * 1024;

type Policy = { cacheControl: string };

/** The Cache-Control for a request, or null when the response must stay as the app made it. */
export function cachePolicy(method: string, url: string, cookie: string | undefined): Policy | null {
  if (method !== "GET" && method !== "HEAD") return null;
  if (cookie && PERSONAL_COOKIE.test(cookie)) return null;
  const { pathname, searchParams } = new URL(url, "http://localhost");
  if (!PUBLIC_PATH.test(pathname)) return null;
  if (searchParams.has("snapshot"))
    return { cacheControl: DATA_PATH.test(pathname) ? SNAPSHOT_CACHE_CONTROL : SNAPSHOT_PAGE_CACHE_CONTROL };
  return { cacheControl: PUBLIC_CACHE_CONTROL };
}

/** A strong validator: the body's own hash, so two instances (or two renders) of the same bytes agree. */
export function strongEtag(body: Buffer): string {
  return `"${createHash("sha256").update(body).digest("base64url").slice(0, 32)}"`;
}

/** Whether an If-None-Match names `etag` (weak or strong, or `*`). */
export function etagMatches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === "*") return true;
  return ifNoneMatch.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag);
}

/** A chunk given to `response.write`/`end` (a Buffer, a string in its encoding, or bytes) as a Buffer. */
export function chunkBuffer(chunk: unknown, encoding?: unknown): Buffer {
  if (Buffer.isBuffer(chunk)) return chunk;
  if (typeof chunk === "string")
    return Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8");
  return Buffer.from(chunk as Uint8Array);
}

/**
 * Public pages, embeds and chart data leave with a Cache-Control a CDN can use and a strong ETag,
 * answering a matching If-None-Match with 304. Only successful responses are touched; one that
 * already carries an ETag (the API's) or chose `no-store` is left alone, and `immutable` is kept.
 * The body is held until it ends to hash it, which costs the stream's progressive rendering; the
 * pages render from the framework's cache, so the whole body is ready in milliseconds.
 */
export function applyHttpCaching(request: IncomingMessage, response: ServerResponse): void {
  const policy = cachePolicy(request.method ?? "GET", request.url ?? "/", request.headers.cookie);
  if (!policy) return;
  const writeHead = response.writeHead.bind(response) as (...args: unknown[]) => ServerResponse;
  const write = response.write.bind(response) as (...args: unknown[]) => boolean;
  const end = response.end.bind(response) as (...args: unknown[]) => ServerResponse;
  let mode: "undecided" | "buffer" | "pass" = "undecided";
  let head: unknown[] | null = null;
  const chunks: Buffer[] = [];
  let size = 0;

  // The wrappers stay in place once decided: the framework wraps these methods again after us
  // (compression), and putting the originals back would cut its wrappers out.
  const decide = () => {
    if (mode !== "undecided") return;
    const current = String(response.getHeader("cache-control") ?? "");
    const frameworkDefault = current.startsWith("private, no-cache, no-store");
    const optedOut = current.includes("no-store") && !frameworkDefault;
    if (response.statusCode !== 200 || response.hasHeader("etag") || optedOut) {
      mode = "pass";
      return;
    }
    if (!current.includes("immutable")) response.setHeader("Cache-Control", policy.cacheControl);
    mode = request.method === "HEAD" ? "pass" : "buffer";
  };
  const flush = () => {
    if (head) writeHead(...head);
    for (const chunk of chunks) write(chunk);
    chunks.length = 0;
  };
  response.writeHead = ((status: number, ...rest: unknown[]) => {
    response.statusCode = status;
    // Headers given to writeHead directly become ordinary headers, so they can still be changed.
    const headers = rest.find((arg) => typeof arg === "object" && arg !== null);
    if (headers && !Array.isArray(headers))
      for (const [name, value] of Object.entries(headers as Record<string, string>)) response.setHeader(name, value);
    decide();
    if (mode === "pass") return writeHead(status, ...rest);
    head = [status, ...rest.filter((arg) => typeof arg === "string")];
    return response;
  }) as typeof response.writeHead;

  response.write = ((chunk: unknown, ...rest: unknown[]) => {
    decide();
    if (mode === "pass") return write(chunk, ...rest);
    const buffer = chunkBuffer(chunk, rest[0]);
    chunks.push(buffer);
    size += buffer.length;
    const callback = rest.find((arg) => typeof arg === "function") as (() => void) | undefined;
    if (size > MAX_BUFFERED_BYTES) {
      mode = "pass";
      flush();
    }
    if (callback) process.nextTick(callback);
    return true;
  }) as typeof response.write;

  response.end = ((...args: unknown[]) => {
    decide();
    if (mode === "pass") return end(...args);
    const callback = args.find((arg) => typeof arg === "function") as (() => void) | undefined;
    const chunk = args[0];
    if (chunk !== undefined && typeof chunk !== "function") chunks.push(chunkBuffer(chunk, args[1]));
    mode = "pass";
    const body = Buffer.concat(chunks);
    const etag = strongEtag(body);
    response.setHeader("ETag", etag);
    if (etagMatches(request.headers["if-none-match"], etag)) {
      for (const name of ["content-length", "content-type", "content-encoding", "transfer-encoding"])
        response.removeHeader(name);
      writeHead(304);
      return callback ? end(callback) : end();
    }
    response.removeHeader("transfer-encoding");
    response.setHeader("Content-Length", body.length);
    if (head) writeHead(...head);
    return callback ? end(body, callback) : end(body);
  }) as typeof response.end;
}
