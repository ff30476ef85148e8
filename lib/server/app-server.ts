import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { readSessionCookie, readSessionFor, runWithReadSession } from "../db/replicas";
import { requestContextStorage, resolveRequestId, type RequestContext } from "../observability/context";
import { logger } from "../observability/logger";
import { countSignInFailure, getMetrics, observeRequest } from "../observability/metrics";
import { routeClass } from "../observability/route-class";
import { defaultLocale, LOCALE_HEADER, localizedSection, REQUEST_PATH_HEADER, splitLocale } from "../i18n/locales";
import { AS_OF_HEADER } from "../security/as-of-header";
import { stampClientAddress, type TrustedProxies } from "../security/client-address";
import { HSTS_VALUE, servedOverHttps } from "../security/headers";
import { hasMalformedPath } from "../security/request-path";
import { divertServerErrors } from "./divert";
import { applyHttpCaching } from "./http-cache";
import type { ResponseCache } from "./response-cache";
import { unavailableResponse } from "./unavailable";

/** The part of the site with no 中文 version: a /zh address there stays English (a 404). */
const ENGLISH_ONLY = /^\/api(?:$|[/?#])/;

export type AppServerOptions = {
  /** The framework's handler (Next.js), or any handler in tests. */
  handle(request: IncomingMessage, response: ServerResponse): Promise<void> | void;
  trust: TrustedProxies;
  /** False during a database outage: pages then answer 503 without reaching the app. */
  databaseAvailable(): boolean;
  /** Bound on finishing in-flight requests after SIGTERM. */
  shutdownTimeoutSeconds: number;
  /** Run after the last request has finished (or the bound passed): close the database. */
  onShutdown?(): Promise<void>;
  /** Rendered public responses kept and answered here (lib/server/response-cache.ts); none in development. */
  responseCache?: ResponseCache;
  /** Ends the process; tests pass their own. */
  exit?(code: number): void;
};

/** Answered whatever the database's state: they report on it, or never touch it. */
const ALWAYS_SERVED = /^\/(?:_next\/|api\/(?:health|ready|metrics)(?:\/|$)|favicon\.ico$|robots\.txt$)/;

export type AppServer = { server: Server; shutdown(signal: string): Promise<void> };

/**
 * The HTTP server around the app: the client's address (lib/security/client-address.ts), a request
 * id on every response and log line, an access log line and metrics per request, a 503 page while
 * the database is down, and a graceful stop on SIGTERM.
 */
export function createAppServer(options: AppServerOptions): AppServer {
  const access = logger("http");
  const log = logger("server");
  const metrics = getMetrics();
  const inFlight = new Set<ServerResponse>();
  let draining = false;

  const server = createServer((request, response) => {
    const started = process.hrtime.bigint();
    const requestId = resolveRequestId(request.headers["x-request-id"], randomUUID);
    response.setHeader("X-Request-Id", requestId);
    const cache = options.responseCache;
    // The server's own background render of a stale page carries its reader's headers as they were resolved.
    const isRefresh = cache?.acceptRefresh(request) ?? false;
    if (!isRefresh) stampClientAddress(request, options.trust);
    // Only the address says a request is for a dated profile.
    delete request.headers[AS_OF_HEADER];
    // Only the address says a request is for the 中文 site (/zh/…; proxy.ts then rewrites it to the
    // route): a client's own header would answer an English address in Chinese, and a CDN would keep that.
    delete request.headers[LOCALE_HEADER];
    request.headers[REQUEST_PATH_HEADER] = request.url ?? "/";
    const addressed = splitLocale(request.url ?? "/");
    // The public site's /zh addresses are 中文, and so is an address that matches no page (its 404 then
    // says so in Chinese), the admin and sign-in included; the API has one (English) address.
    if (addressed.locale !== defaultLocale && (localizedSection(addressed.path) || !ENGLISH_ONLY.test(addressed.path)))
      request.headers[LOCALE_HEADER] = addressed.locale;
    const asOf = datedProfileDate(addressed.path);
    // A dated profile: its layout lets a record deleted since through to the page (lib/routing/former-slug.ts).
    if (asOf !== null) request.headers[AS_OF_HEADER] = asOf;
    // After the stamp: X-Forwarded-Proto is left only when a trusted proxy sent it.
    if (servedOverHttps(request.headers["x-forwarded-proto"], process.env.SITE_URL))
      response.setHeader("Strict-Transport-Security", HSTS_VALUE);
    const method = request.method ?? "GET";
    const pathname = safePathname(request.url);
    // Server actions are answered by the action itself even during an outage: it keeps the form
    // and says why nothing was saved, where a 503 page would replace the form.
    const isAction = method === "POST" && request.headers["next-action"] !== undefined;
    const route = routeClass(method, pathname, isAction);

    inFlight.add(response);
    metrics.inFlight.inc();
    if (draining) response.setHeader("Connection", "close");

    const context: RequestContext = { requestId };
    let logged = false;
    const done = () => {
      if (logged) return;
      logged = true;
      // A write's tags once more, now that the framework has applied them to its data cache (invalidateResponses).
      if (cache && context.invalidated?.size)
        cache.invalidate([...context.invalidated], { rerender: true }).catch((error: unknown) => {
          log.error({ err: error }, "could not mark the pages a write changed stale");
        });
      inFlight.delete(response);
      metrics.inFlight.dec();
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const status = response.writableFinished ? response.statusCode : 499;
      observeRequest(route, method, status, seconds);
      if (method === "POST" && pathname === "/api/auth/sign-in/email") countSignIn(status);
      requestContextStorage().run({ requestId }, () => {
        access[route === "static" && status < 400 ? "debug" : "info"](
          { method, path: pathname.slice(0, 200), route, status, durationMs: Math.round(seconds * 10_000) / 10 },
          "request",
        );
      });
      if (draining && inFlight.size === 0) idle?.();
    };
    response.on("finish", done);
    response.on("close", done);

    // Next.js answers a path it cannot percent-decode with a 500; refuse it here (lib/security/request-path.ts).
    if (hasMalformedPath(request.url)) {
      response.writeHead(400, {
        "content-type": "text/plain; charset=utf-8",
        "cache-control": "no-store",
        "x-content-type-options": "nosniff",
      });
      response.end("Bad request: the address is not correctly percent-encoded.\n");
      return;
    }

    if (!isAction && !ALWAYS_SERVED.test(pathname)) {
      if (!options.databaseAvailable()) {
        const { headers, body } = unavailableResponse(pathname);
        response.writeHead(503, headers).end(method === "HEAD" ? undefined : body);
        return;
      }
      divertServerErrors(response, () =>
        options.databaseAvailable() ? null : { status: 503, ...unavailableResponse(pathname) },
      );
    }

    // Which database the request reads from, and the read-your-writes cookie (lib/db/replicas.ts).
    const readSession = readSessionFor(method, request.headers.cookie);
    const render = async () => {
      // First: a kept response is answered as it is, and a rendered one is kept as it leaves.
      if (cache && (await cache.serve(request, response, isRefresh))) return;
      const writeHead = response.writeHead.bind(response) as (...args: unknown[]) => ServerResponse;
      response.writeHead = ((...args: unknown[]) => {
        // Never on a response a shared cache may keep: one reader's position must not reach others.
        const cookie = sharedCacheable(response) ? undefined : readSessionCookie(readSession);
        if (cookie) response.appendHeader("Set-Cookie", cookie);
        return writeHead(...args);
      }) as typeof response.writeHead;
      // After the read-session wrapper: it must see the Cache-Control this one decides.
      applyHttpCaching(request, response);
      await runWithReadSession(readSession, () => options.handle(request, response));
    };
    requestContextStorage().run(context, () => {
      render().catch((error: unknown) => {
        log.error({ err: error }, "unhandled error while serving a request");
        if (!response.headersSent) response.writeHead(500, { "Content-Type": "text/plain; charset=utf-8" });
        response.end("Internal server error");
      });
    });
  });

  let idle: (() => void) | undefined;
  let stopping: Promise<void> | undefined;
  const exit = options.exit ?? ((code: number) => process.exit(code));

  function shutdown(signal: string): Promise<void> {
    stopping ??= (async () => {
      draining = true;
      options.responseCache?.stop();
      const started = Date.now();
      log.info({ signal, inFlight: inFlight.size }, "shutting down: no new connections, finishing requests in flight");
      // Stop listening; keep-alive connections that sit idle go now, busy ones after their response.
      server.close();
      server.closeIdleConnections();
      for (const response of inFlight) if (!response.headersSent) response.setHeader("Connection", "close");
      const finished = await new Promise<boolean>((resolve) => {
        if (inFlight.size === 0) return resolve(true);
        const timer = setTimeout(() => resolve(false), options.shutdownTimeoutSeconds * 1000);
        idle = () => {
          clearTimeout(timer);
          resolve(true);
        };
      });
      if (!finished) {
        log.error(
          { unfinished: inFlight.size, timeoutSeconds: options.shutdownTimeoutSeconds },
          "shutdown timeout: closing connections with requests still in flight",
        );
      }
      server.closeAllConnections();
      await options.responseCache?.close();
      try {
        await options.onShutdown?.();
      } catch (error) {
        log.error({ err: error }, "error while closing the database");
      }
      log.info({ seconds: (Date.now() - started) / 1000 }, "stopped");
      exit(0);
    })();
    return stopping;
  }

  return { server, shutdown };
}

function countSignIn(status: number): void {
  if (status === 401) countSignInFailure("credentials");
  else if (status === 403) countSignInFailure("suspended");
  // The refusal itself is counted by the limiter that made it (atlas_rate_limit_refusals_total).
  else if (status === 429) countSignInFailure("limited");
}

const PROFILE = /^\/(?:startups|founders|investors|units|cities)\/[^/?#]+(?:\?|$)/;

/** The date a profile is asked for (`/startups/rokid?asOf=2025-01-01`), cut to a sane length; null otherwise. */
export function datedProfileDate(path: string): string | null {
  if (!PROFILE.test(path)) return null;
  const asOf = new URL(path, "http://localhost").searchParams.get("asOf");
  return asOf === null ? null : asOf.slice(0, 40);
}

function safePathname(url: string | undefined): string {
  const raw = url ?? "/";
  const end = raw.search(/[?#]/);
  return end === -1 ? raw : raw.slice(0, end);
}

function sharedCacheable(response: ServerResponse): boolean {
  const cacheControl = String(response.getHeader("cache-control") ?? "");
  return /\bpublic\b|\bs-maxage=/i.test(cacheControl) && !/\bprivate\b|\bno-store\b/i.test(cacheControl);
}
