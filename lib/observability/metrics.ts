import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";

/** What a database reports about its connections, when it has a pool (PostgreSQL; not the embedded one). */
export type PoolStats = { total: number; idle: number; waiting: number; max: number };

type Metrics = {
  registry: Registry;
  requests: Counter<"route" | "method" | "status">;
  duration: Histogram<"route" | "method">;
  inFlight: Gauge;
  cacheLookups: Counter<"cache" | "result">;
  signInFailures: Counter<"reason">;
  rateLimitRefusals: Counter<"rule">;
  databaseAvailable: Gauge;
  poolStats?: () => PoolStats | undefined;
};

function createMetrics(): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: "atlas_" });
  const metrics: Metrics = {
    registry,
    requests: new Counter({
      name: "atlas_http_requests_total",
      help: "HTTP requests answered, by route class, method and status code.",
      labelNames: ["route", "method", "status"],
      registers: [registry],
    }),
    duration: new Histogram({
      name: "atlas_http_request_duration_seconds",
      help: "Time from a request's arrival to the end of its response, by route class and method.",
      labelNames: ["route", "method"],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
      registers: [registry],
    }),
    inFlight: new Gauge({
      name: "atlas_http_requests_in_flight",
      help: "Requests being served now.",
      registers: [registry],
    }),
    cacheLookups: new Counter({
      name: "atlas_cache_lookups_total",
      help: "Lookups in the app's in-memory caches (cache=charts: chart results), by result (hit or miss).",
      labelNames: ["cache", "result"],
      registers: [registry],
    }),
    signInFailures: new Counter({
      name: "atlas_auth_sign_in_failures_total",
      help: "Sign-ins refused: reason=credentials (wrong e-mail or password), suspended, or limited (too many attempts).",
      labelNames: ["reason"],
      registers: [registry],
    }),
    rateLimitRefusals: new Counter({
      name: "atlas_rate_limit_refusals_total",
      help: "Requests refused by a rate limit, by rule: account (sign-in failures per account), auth-address (the auth library's per-address limits), snapshot (chart snapshots per client), api (the public API per client), suggestion and suggestion-challenge (readers' suggestions and their proof-of-work challenges per client).",
      labelNames: ["rule"],
      registers: [registry],
    }),
    databaseAvailable: new Gauge({
      name: "atlas_database_available",
      help: "1 while the database answers, 0 during an outage (pages answer 503 then).",
      registers: [registry],
    }),
  };
  metrics.databaseAvailable.set(1);
  // Known series start at 0, so a scraper sees them before the first event (rate() needs two samples).
  for (const result of ["hit", "miss"]) metrics.cacheLookups.inc({ cache: "charts", result }, 0);
  for (const reason of ["credentials", "suspended", "limited"]) metrics.signInFailures.inc({ reason }, 0);
  for (const rule of ["account", "auth-address", "snapshot", "api", "suggestion", "suggestion-challenge"])
    metrics.rateLimitRefusals.inc({ rule }, 0);
  new Gauge({
    name: "atlas_db_pool_connections",
    help: "PostgreSQL pool connections by state (total, idle, waiting = queries queued for a connection, max). Absent on the embedded database.",
    labelNames: ["state"],
    registers: [registry],
    collect() {
      const stats = metrics.poolStats?.();
      if (!stats) return;
      for (const state of ["total", "idle", "waiting", "max"] as const) this.set({ state }, stats[state]);
    },
  });
  return metrics;
}

// One registry per process, shared by server.ts and Next's bundles (see context.ts).
declare global {
  var alumniAtlasMetrics: Metrics | undefined;
}

export function getMetrics(): Metrics {
  globalThis.alumniAtlasMetrics ??= createMetrics();
  return globalThis.alumniAtlasMetrics;
}

export function observeRequest(route: string, method: string, status: number, seconds: number): void {
  const metrics = getMetrics();
  metrics.requests.inc({ route, method, status: String(status) });
  metrics.duration.observe({ route, method }, seconds);
}

export function countCacheLookup(cache: string, hit: boolean): void {
  getMetrics().cacheLookups.inc({ cache, result: hit ? "hit" : "miss" });
}

export function countSignInFailure(reason: "credentials" | "suspended" | "limited"): void {
  getMetrics().signInFailures.inc({ reason });
}

/**
 * The rule a limiter key belongs to, never the key itself (it holds an address or an e-mail):
 * "snapshot:203.0.113.9" → snapshot, "account:a@b.org" → account, the auth library's per-address
 * "203.0.113.9/sign-in/email" → auth-address.
 */
export function rateLimitRule(key: string): string {
  // The library's keys are "<address><path>"; an IPv6 address could pass for a prefix below.
  if (key.includes("/")) return "auth-address";
  return /^([a-z][a-z-]{0,30}):/.exec(key)?.[1] ?? "other";
}

export function countRateLimitRefusal(key: string): void {
  getMetrics().rateLimitRefusals.inc({ rule: rateLimitRule(key) });
}

export function reportPoolStats(source: (() => PoolStats | undefined) | undefined): void {
  getMetrics().poolStats = source;
}

export function reportDatabaseAvailable(available: boolean): void {
  getMetrics().databaseAvailable.set(available ? 1 : 0);
}

/** The Prometheus text exposition of every metric above plus Node's own (memory, event loop, GC). */
export async function renderMetrics(): Promise<{ contentType: string; body: string }> {
  const { registry } = getMetrics();
  return { contentType: registry.contentType, body: await registry.metrics() };
}
