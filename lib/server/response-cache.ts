import { randomBytes } from "node:crypto";
import { request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { LRUCache } from "lru-cache";
import { requestContextStorage } from "../observability/context";
import { logger } from "../observability/logger";
import { countCacheLookup } from "../observability/metrics";
import { cachePolicy, chunkBuffer, etagMatches } from "./http-cache";

/**
 * Rendered public responses, kept in the server's memory and answered without reaching the framework
 * (README "Cached rendering"). A page is rendered once per change of what it shows: the render notes
 * the tags of its cached reads (lib/data/cached-read.ts), and a write marks those tags changed on a
 * clock (lib/actions/safe-action.ts → invalidateResponses). A response whose render read the database
 * past a cached read, set a cookie, or was not a public 200 is never kept.
 *
 * A kept response whose tags changed since its render began is stale. On one instance it is still
 * answered at once while one background request renders the page again (stale-while-revalidate: no
 * reader waits for the cold path after an edit); the instance that took the write also renders the
 * most recently read of the pages it changed again right away, so their next readers get the new page. With instances sharing the clock in Redis
 * (REDIS_URL), a stale response is not answered, so a reader sees an edit made through any instance
 * on the first read; concurrent readers of a page being rendered wait for that one render.
 */

/** Marks the server's own background request that renders a stale page again (with a per-process secret). */
export const REFRESH_HEADER = "x-atlas-refresh";
/** HIT, STALE (answered while rendered again) or MISS (rendered for this request): for operators and tests. */
export const CACHE_STATUS_HEADER = "x-atlas-cache";

/** Headers of one response, not of the page: never kept nor replayed. */
const PER_RESPONSE = new Set([
  "x-request-id",
  "strict-transport-security",
  "date",
  "connection",
  "keep-alive",
  "transfer-encoding",
  CACHE_STATUS_HEADER,
]);
/** Request headers a rendered page (or its RSC payload, or its encoding) may depend on, besides the address. */
const KEYED_HEADERS = [
  "host",
  "x-forwarded-host",
  "x-forwarded-proto",
  "accept-encoding",
  "rsc",
  "next-router-state-tree",
  "next-router-prefetch",
  "next-router-segment-prefetch",
  "next-url",
] as const;
/** Request headers the background render does not send: the reader's own. */
const NOT_REPLAYED = new Set([
  "cookie",
  "authorization",
  "if-none-match",
  "if-modified-since",
  "connection",
  "keep-alive",
  "content-length",
  "x-request-id",
  REFRESH_HEADER,
]);
/**
 * Search pages are not kept: each query is its own address, rarely asked twice, and a reader who
 * searches for what was just saved must find it on the first try, not after one stale answer.
 */
const NOT_KEPT = /^\/(?:zh\/)?search(?:[/?#]|$)/;
/** A larger body (a big CSV) is streamed and not kept. */
const MAX_ENTRY_BYTES = 2 * 1024 * 1024;
/** A clock that does not answer within this is treated as absent: the request renders and nothing is kept. */
const CLOCK_TIMEOUT_MS = 1_000;
/** Background renders at once (the machines have 2 cores; readers come first). */
const REFRESH_CONCURRENCY = 1;
/** How many of the pages a write changed are rendered again right away, most recently read first. */
const RERENDER_AFTER_WRITE = 16;
/**
 * A kept page is rendered again after this long even if nothing it shows changed: what a page says
 * about the present ("today") stays near the present.
 */
const MAX_AGE_MS = 10 * 60 * 1000;
/** How long a reader waits for another reader's render of the same page before rendering its own. */
const FOLLOW_TIMEOUT_MS = 15_000;

type Entry = {
  headers: Record<string, string | number | string[]>;
  body: Buffer;
  etag: string | undefined;
  tags: string[];
  /** The clock when the render began: the entry is fresh while none of its tags changed after it. */
  version: number;
  storedAt: number;
  url: string;
  /** The request it was rendered for, minus the reader's own headers: the background render sends them. */
  requestHeaders: Record<string, string | string[]>;
};

/** When each tag last changed, as a sequence number every invalidation advances. */
export interface TagClock {
  /** True when several instances share it (Redis): a stale response is then never answered. */
  readonly shared: boolean;
  now(): Promise<number>;
  /** The highest change of any of `tags` (0 when none ever changed). */
  latest(tags: readonly string[]): Promise<number>;
  invalidate(tags: readonly string[]): Promise<void>;
  close?(): Promise<void>;
}

/** The clock of one process. */
export function localClock(): TagClock {
  let sequence = 0;
  const changed = new Map<string, number>();
  return {
    shared: false,
    now: async () => sequence,
    latest: async (tags) => Math.max(0, ...tags.map((tag) => changed.get(tag) ?? 0)),
    async invalidate(tags) {
      sequence++;
      for (const tag of tags) changed.set(tag, sequence);
    },
  };
}

/** One advance of the sequence and the tags it changed, atomically (a concurrent write cannot lower a tag). */
const INVALIDATE_SCRIPT = `local s = redis.call('INCR', KEYS[1])
for _, tag in ipairs(ARGV) do redis.call('HSET', KEYS[2], tag, s) end
return s`;

/** The clock every instance shares, in Redis under `prefix`. */
export function redisClock(url: string, prefix: string): TagClock {
  // Loaded here: an instance without REDIS_URL never opens the client.
  const client = import("redis").then(async ({ createClient }) => {
    const redis = createClient({ url, pingInterval: 10_000 });
    // Failed calls are reported where they happen (the request then renders uncached); it reconnects by itself.
    redis.on("error", () => undefined);
    await redis.connect();
    return redis;
  });
  // A first connection that fails is retried by the next call, not kept as a rejected promise forever.
  client.catch(() => undefined);
  const sequenceKey = `${prefix}:responses:sequence`;
  const tagsKey = `${prefix}:responses:tags`;
  return {
    shared: true,
    now: async () => Number((await (await client).get(sequenceKey)) ?? 0),
    async latest(tags) {
      if (tags.length === 0) return 0;
      const values = await (await client).hmGet(tagsKey, [...tags]);
      return Math.max(0, ...values.map((value) => Number(value ?? 0)));
    },
    async invalidate(tags) {
      if (tags.length === 0) return;
      await (await client).eval(INVALIDATE_SCRIPT, { keys: [sequenceKey, tagsKey], arguments: [...tags] });
    },
    async close() {
      await (await client).close();
    },
  };
}

function withTimeout<T>(promise: Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`the cache clock did not answer within ${CLOCK_TIMEOUT_MS} ms`)),
      CLOCK_TIMEOUT_MS,
    );
    promise.then(
      (value) => (clearTimeout(timer), resolve(value)),
      (error: unknown) => (clearTimeout(timer), reject(error)),
    );
  });
}

export type ResponseCacheOptions = { clock: TagClock; maxBytes: number };

export type ResponseCache = {
  /** Takes the server's own background request (the secret matches), removing the header; false for any other. */
  acceptRefresh(request: IncomingMessage): boolean;
  /**
   * Answers the request from the cache (true), or prepares its response to be kept once rendered
   * (false: the caller renders it). Call before any other wrapper of the response is installed.
   */
  serve(request: IncomingMessage, response: ServerResponse, refresh: boolean): Promise<boolean>;
  /**
   * Marks the pages that showed `tags` stale; with `rerender` (once the write's response is sent),
   * also renders the most recently read of them again in the background.
   */
  invalidate(tags: readonly string[], options?: { rerender?: boolean }): Promise<void>;
  /** The server whose own address the background renders are sent to. */
  attach(server: Server): void;
  /** No more background renders (the server is stopping). */
  stop(): void;
  /** Closes the clock's connection, after the last request. */
  close(): Promise<void>;
};

export function createResponseCache({ clock, maxBytes }: ResponseCacheOptions): ResponseCache {
  const log = logger("response-cache");
  const secret = randomBytes(24).toString("base64url");
  const entries = new LRUCache<string, Entry>({
    maxSize: maxBytes,
    sizeCalculation: (entry) => entry.body.length + 2048,
  });
  /** Renders in progress per key (a reader's or the background's): others wait for it. */
  const rendering = new Map<string, Promise<void>>();
  /** Pages being rendered again in the background, or waiting to be. */
  const refreshing = new Set<string>();
  const waiting: string[] = [];
  let active = 0;
  let server: Server | undefined;
  let stopped = false;

  function keyOf(request: IncomingMessage): string {
    return JSON.stringify([request.url ?? "/", ...KEYED_HEADERS.map((name) => request.headers[name] ?? null)]);
  }

  /** The highest change of the entry's tags, or Infinity once it is older than MAX_AGE_MS. */
  async function changedSince(entry: Entry): Promise<number> {
    if (Date.now() - entry.storedAt > MAX_AGE_MS) return Infinity;
    return withTimeout(clock.latest(entry.tags));
  }

  function answer(request: IncomingMessage, response: ServerResponse, entry: Entry, status: "HIT" | "STALE"): void {
    countCacheLookup("responses", true);
    response.statusCode = 200;
    for (const [name, value] of Object.entries(entry.headers)) response.setHeader(name, value);
    response.setHeader(CACHE_STATUS_HEADER, status);
    if (entry.etag && etagMatches(request.headers["if-none-match"], entry.etag)) {
      for (const name of ["content-length", "content-type", "content-encoding"]) response.removeHeader(name);
      response.writeHead(304).end();
      return;
    }
    response.end(entry.body);
  }

  /**
   * Renders the page again in the background, through this server, while readers get the stale copy:
   * at most REFRESH_CONCURRENCY at once, a reader's stale page before the pages a write re-renders ahead.
   */
  function refresh(key: string, reader: boolean): void {
    if (stopped || refreshing.has(key) || rendering.has(key)) return;
    refreshing.add(key);
    if (reader) waiting.unshift(key);
    else waiting.push(key);
    pump();
  }

  function pump(): void {
    const address = server?.address();
    if (!address || typeof address === "string") return;
    const host = address.address === "::" ? "::1" : address.address === "0.0.0.0" ? "127.0.0.1" : address.address;
    while (active < REFRESH_CONCURRENCY && waiting.length > 0) {
      const key = waiting.shift()!;
      const entry = entries.peek(key);
      if (stopped || !entry || rendering.has(key)) {
        refreshing.delete(key);
        continue;
      }
      active++;
      let done = false;
      const finished = () => {
        if (done) return;
        done = true;
        active--;
        refreshing.delete(key);
        pump();
      };
      const outgoing = httpRequest({
        host,
        port: address.port,
        method: "GET",
        path: entry.url,
        headers: { ...entry.requestHeaders, [REFRESH_HEADER]: secret },
        agent: false,
        timeout: 120_000,
      });
      outgoing.on("response", (incoming) => {
        incoming.resume();
        incoming.on("end", finished);
        incoming.on("error", finished);
        incoming.on("close", finished);
      });
      outgoing.on("timeout", () => outgoing.destroy());
      outgoing.on("error", (error) => {
        finished();
        if (!stopped)
          log.warn({ err: error, path: entry.url.slice(0, 200) }, "a stale page could not be rendered again");
      });
      outgoing.end();
    }
  }

  /** Keeps the response once it has been sent whole, if it may be kept; otherwise drops the key's old copy. */
  function capture(request: IncomingMessage, response: ServerResponse, key: string, version: number): () => void {
    const context = requestContextStorage().getStore();
    const reads = { tags: new Set<string>(), uncached: false };
    if (context) context.reads = reads;
    else reads.uncached = true;
    response.setHeader(CACHE_STATUS_HEADER, "MISS");
    // As the reader asked, before the framework rewrites the request (it adds route parameters to the URL).
    const url = request.url ?? "/";
    const requestHeaders: Record<string, string | string[]> = {};
    for (const [name, value] of Object.entries(request.headers))
      if (value !== undefined && !NOT_REPLAYED.has(name)) requestHeaders[name] = value;

    const writeHead = response.writeHead.bind(response) as (...args: unknown[]) => ServerResponse;
    const write = response.write.bind(response) as (...args: unknown[]) => boolean;
    const end = response.end.bind(response) as (...args: unknown[]) => ServerResponse;
    let headers: Record<string, string | number | string[]> | null = null;
    let keepable = true;
    const chunks: Buffer[] = [];
    let size = 0;
    const collect = (chunk: unknown, encoding: unknown) => {
      if (!keepable || chunk === undefined || chunk === null || typeof chunk === "function") return;
      const buffer = chunkBuffer(chunk, encoding);
      size += buffer.length;
      if (size > MAX_ENTRY_BYTES) {
        keepable = false;
        chunks.length = 0;
      } else chunks.push(buffer);
    };
    response.writeHead = ((status: number, ...rest: unknown[]) => {
      const given = rest.find((arg) => typeof arg === "object" && arg !== null);
      if (Array.isArray(given)) keepable = false;
      else if (given)
        for (const [name, value] of Object.entries(given as Record<string, string>)) response.setHeader(name, value);
      response.statusCode = status;
      headers = { ...response.getHeaders() } as Record<string, string | number | string[]>;
      return writeHead(status, ...rest.filter((arg) => typeof arg === "string"));
    }) as typeof response.writeHead;
    response.write = ((chunk: unknown, ...rest: unknown[]) => {
      collect(chunk, rest[0]);
      return write(chunk, ...rest);
    }) as typeof response.write;
    response.end = ((...args: unknown[]) => {
      collect(args[0], args[1]);
      return end(...args);
    }) as typeof response.end;

    const settled = () => {
      // A reader who went away: nothing is known about the page.
      if (!response.writableFinished) return;
      const kept = headers ?? ({ ...response.getHeaders() } as Record<string, string | number | string[]>);
      const cacheControl = String(kept["cache-control"] ?? "");
      const mayKeep =
        keepable &&
        response.statusCode === 200 &&
        !reads.uncached &&
        kept["set-cookie"] === undefined &&
        /\bpublic\b/.test(cacheControl) &&
        !/\bprivate\b|\bno-store\b/.test(cacheControl);
      log.debug(
        {
          path: url.slice(0, 200),
          kept: mayKeep,
          status: response.statusCode,
          uncached: reads.uncached,
          tags: [...reads.tags],
          version,
        },
        mayKeep ? "page kept" : "page not kept",
      );
      if (!mayKeep) {
        // A page that now answers otherwise (removed, failing, or past the cache) must not be answered from an older copy.
        if (response.statusCode !== 304) entries.delete(key);
        return;
      }
      for (const name of Object.keys(kept)) if (PER_RESPONSE.has(name)) delete kept[name];
      entries.set(key, {
        headers: kept,
        body: Buffer.concat(chunks),
        etag: typeof kept.etag === "string" ? kept.etag : undefined,
        tags: [...reads.tags],
        version,
        storedAt: Date.now(),
        url,
        requestHeaders,
      });
    };
    let done = false;
    return () => {
      if (done) return;
      done = true;
      settled();
    };
  }

  /** Renders through the caller, keeping the result; readers of the same page meanwhile wait for it. */
  async function render(request: IncomingMessage, response: ServerResponse, key: string): Promise<boolean> {
    let version: number;
    try {
      version = await withTimeout(clock.now());
    } catch (error) {
      log.warn({ err: error }, "the cache clock is unavailable: rendering without keeping the response");
      return false;
    }
    countCacheLookup("responses", false);
    const finish = capture(request, response, key, version);
    let release = () => undefined as void;
    if (!rendering.has(key)) {
      let resolve: () => void = () => undefined;
      const promise = new Promise<void>((settle) => (resolve = settle));
      rendering.set(key, promise);
      release = () => {
        if (rendering.get(key) === promise) rendering.delete(key);
        resolve();
      };
    }
    const settle = () => {
      finish();
      release();
    };
    response.on("finish", settle);
    response.on("close", settle);
    return false;
  }

  return {
    acceptRefresh(request) {
      const given = request.headers[REFRESH_HEADER];
      delete request.headers[REFRESH_HEADER];
      return given === secret;
    },
    async serve(request, response, isRefresh) {
      const url = request.url ?? "/";
      if (request.method !== "GET" || NOT_KEPT.test(url) || !cachePolicy("GET", url, request.headers.cookie))
        return false;
      const key = keyOf(request);
      if (isRefresh) return render(request, response, key);
      try {
        const entry = entries.get(key);
        if (entry) {
          const latest = await changedSince(entry);
          if (latest <= entry.version) {
            answer(request, response, entry, "HIT");
            return true;
          }
          if (!clock.shared) {
            log.debug({ path: entry.url.slice(0, 200), version: entry.version, latest }, "stale page answered");
            refresh(key, true);
            answer(request, response, entry, "STALE");
            return true;
          }
        }
        // Another reader is rendering this page: wait for it, then answer its copy if it was kept.
        const pending = rendering.get(key);
        if (pending) {
          await Promise.race([pending, new Promise((resolve) => setTimeout(resolve, FOLLOW_TIMEOUT_MS).unref())]);
          const rendered = entries.get(key);
          if (rendered && (await changedSince(rendered)) <= rendered.version) {
            answer(request, response, rendered, "HIT");
            return true;
          }
        }
      } catch (error) {
        log.warn({ err: error }, "the cache clock is unavailable: rendering without keeping the response");
        return false;
      }
      return render(request, response, key);
    },
    async invalidate(tags, options) {
      if (tags.length === 0) return;
      await withTimeout(clock.invalidate(tags));
      if (!options?.rerender) return;
      // The most read pages among those the write changed are rendered again now, so their next
      // readers get the new page; the others when next read.
      const changed = new Set(tags);
      let queued = 0;
      for (const [key, entry] of entries.entries()) {
        if (queued >= RERENDER_AFTER_WRITE) break;
        if (entry.tags.some((tag) => changed.has(tag))) {
          refresh(key, false);
          queued++;
        }
      }
    },
    attach(attached) {
      server = attached;
    },
    stop() {
      stopped = true;
    },
    async close() {
      stopped = true;
      await clock.close?.().catch(() => undefined);
    },
  };
}
