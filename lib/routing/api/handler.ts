import "server-only";
import { createHash } from "node:crypto";
import { z } from "zod";
import { endpoint as findEndpoint, type Endpoint } from "@/lib/api/endpoints";
import { MemoryRateLimiter, type WindowDecision } from "@/lib/api/memory-rate-limit";
import { ApiProblem, PROBLEM_CONTENT_TYPE, problemBody } from "@/lib/api/problem";
import { readApiDataVersion } from "@/lib/data/api/version";
import { rateLimitHeaders } from "@/lib/data/rate-limit";
import { ConfigError } from "@/lib/env";
import { countRateLimitRefusal } from "@/lib/observability/metrics";
import { clientAddress } from "@/lib/security/client-address";

// The envelope of every /api/v1 answer: the per-client rate limit, the ETag from the data version
// (a 304 reads nothing else), shared-cache and CORS headers, and RFC 9457 problems for every error.

export type ApiContext = { url: URL; request: Request; path: Record<string, string> };
export type ApiBody = { json: unknown } | { atom: string } | { redirect: string };

/** Answers may be kept by shared caches for a few minutes; clients revalidate after a minute. */
export const API_CACHE_CONTROL = "public, max-age=60, s-maxage=300, stale-while-revalidate=60";

const EXPOSED_HEADERS = [
  "ETag",
  "RateLimit-Limit",
  "RateLimit-Remaining",
  "RateLimit-Reset",
  "Retry-After",
  "Location",
].join(", ");

const CORS_HEADERS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Expose-Headers": EXPOSED_HEADERS,
};

export const DEFAULT_API_RATE_LIMIT = 600;
export const API_RATE_WINDOW_SECONDS = 60;

let limiter: MemoryRateLimiter | null = null;

/** API_RATE_LIMIT_PER_MINUTE: requests per client per minute (default 600), counted per process. */
function apiLimiter(): MemoryRateLimiter {
  if (!limiter) {
    const raw = process.env.API_RATE_LIMIT_PER_MINUTE;
    const parsed = z.coerce.number().int().min(1).max(1_000_000).safeParse(raw);
    if (raw !== undefined && raw !== "" && !parsed.success) {
      throw new ConfigError(`API_RATE_LIMIT_PER_MINUTE must be a whole number from 1, not ${JSON.stringify(raw)}`);
    }
    limiter = new MemoryRateLimiter(parsed.success ? parsed.data : DEFAULT_API_RATE_LIMIT, API_RATE_WINDOW_SECONDS);
  }
  return limiter;
}

/** For tests: start counting afresh (re-reading API_RATE_LIMIT_PER_MINUTE). */
export function resetApiRateLimiter(): void {
  limiter = null;
}

function problemResponse(status: number, detail: string, url: URL, headers: HeadersInit = {}, errors?: string[]) {
  return new Response(JSON.stringify(problemBody(status, detail, url.pathname, errors)), {
    status,
    headers: {
      ...CORS_HEADERS,
      ...headers,
      "Content-Type": PROBLEM_CONTENT_TYPE,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}

/** The tag of one answer: the data version and the request (path and canonical query). */
export function apiETag(version: string, url: URL): string {
  const query = [...url.searchParams].sort(([a, x], [b, y]) => (a === b ? (x < y ? -1 : 1) : a < b ? -1 : 1));
  const digest = createHash("sha256")
    .update(`${url.pathname}?${new URLSearchParams(query).toString()}`)
    .digest("base64url")
    .slice(0, 22);
  return `W/"${version}-${digest}"`;
}

function matchesIfNoneMatch(header: string | null, etag: string): boolean {
  if (!header) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, "");
  return header.split(",").some((tag) => tag.trim() === "*" || opaque(tag) === opaque(etag));
}

/** The query string checked against the endpoint's schema: unknown, repeated and invalid values are 400s. */
export function parseQuery<S extends z.ZodObject>(schema: S, url: URL): z.infer<S> {
  const errors: string[] = [];
  const known = new Set(Object.keys(schema.shape));
  const values: Record<string, string> = {};
  for (const [key, value] of url.searchParams) {
    if (!known.has(key))
      errors.push(`Unknown parameter "${key}"; this endpoint takes ${[...known].join(", ") || "none"}.`);
    else if (key in values) errors.push(`Parameter "${key}" is given more than once.`);
    else values[key] = value;
  }
  const result = schema.safeParse(values);
  if (!result.success) {
    for (const issue of result.error.issues) errors.push(`Parameter "${issue.path.join(".")}": ${issue.message}.`);
  }
  if (errors.length > 0 || !result.success) throw new ApiProblem(400, "The query parameters are not valid.", errors);
  return result.data;
}

/** The path parameters; one that cannot name a record is a 404. */
export function parsePath<S extends z.ZodObject>(schema: S, path: Record<string, string>): z.infer<S> {
  const result = schema.safeParse(path);
  if (!result.success) throw new ApiProblem(404, "No public record has this identifier.");
  return result.data;
}

/** For addresses under /api/v1 that name no endpoint. */
export function notFoundProblem(request: Request): Response {
  return problemResponse(404, "There is no such API endpoint; the list is at /openapi.json.", new URL(request.url));
}

type RouteContext = { params: Promise<Record<string, string | string[]>> };

/**
 * The GET and OPTIONS handlers of one endpoint. `run` parses its parameters (parseQuery,
 * parsePath), reads the data layer and returns the body; it throws ApiProblem for a 4xx.
 */
export function apiRoute(operationId: string, run: (context: ApiContext, endpoint: Endpoint) => Promise<ApiBody>) {
  const endpoint = findEndpoint(operationId);

  async function GET(request: Request, context?: RouteContext): Promise<Response> {
    const url = new URL(request.url);
    let decision: WindowDecision;
    try {
      decision = apiLimiter().consume(clientAddress(request.headers));
    } catch (error) {
      console.error(error);
      return problemResponse(500, "The API is misconfigured.", url);
    }
    const limitHeaders = rateLimitHeaders(decision);
    if (!decision.allowed) {
      countRateLimitRefusal("api:limit");
      return problemResponse(
        429,
        `More than ${decision.limit} requests in ${API_RATE_WINDOW_SECONDS} seconds from this client; try again in ${decision.resetSeconds} s.`,
        url,
        limitHeaders,
      );
    }
    try {
      const version = await readApiDataVersion();
      const etag = version === null ? null : apiETag(version, url);
      const cacheHeaders = {
        ...CORS_HEADERS,
        ...limitHeaders,
        ...(etag ? { ETag: etag } : {}),
        "Cache-Control": API_CACHE_CONTROL,
      };
      if (etag && matchesIfNoneMatch(request.headers.get("if-none-match"), etag)) {
        return new Response(null, { status: 304, headers: cacheHeaders });
      }
      // Next.js passes no params (undefined) to a route without dynamic segments.
      const raw = (context ? await context.params : undefined) ?? {};
      const path = Object.fromEntries(
        Object.entries(raw).map(([key, value]) => [key, Array.isArray(value) ? value.join("/") : value]),
      );
      const body = await run({ url, request, path }, endpoint);
      if ("redirect" in body) {
        return new Response(null, {
          status: 308,
          headers: { ...CORS_HEADERS, ...limitHeaders, Location: body.redirect },
        });
      }
      const isAtom = "atom" in body;
      return new Response(isAtom ? body.atom : JSON.stringify(body.json), {
        status: 200,
        headers: {
          ...cacheHeaders,
          "Content-Type": isAtom ? "application/atom+xml; charset=utf-8" : "application/json; charset=utf-8",
          "X-Content-Type-Options": "nosniff",
        },
      });
    } catch (error) {
      if (error instanceof ApiProblem) {
        return problemResponse(error.status, error.detail, url, limitHeaders, error.errors);
      }
      console.error(`GET ${url.pathname} failed:`, error);
      return problemResponse(500, "Something went wrong reading the data; please try again later.", url, limitHeaders);
    }
  }

  function OPTIONS(): Response {
    return new Response(null, {
      status: 204,
      headers: {
        ...CORS_HEADERS,
        "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
        "Access-Control-Allow-Headers": "If-None-Match, Accept",
        "Access-Control-Max-Age": "86400",
        Allow: "GET, HEAD, OPTIONS",
      },
    });
  }

  return { GET, OPTIONS };
}
