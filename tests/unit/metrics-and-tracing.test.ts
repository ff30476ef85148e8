// Issue 16 item 3: /api/metrics exists only with METRICS_TOKEN and answers only to it, with every
// metric the README lists; OpenTelemetry is registered only when OTEL_EXPORTER_OTLP_ENDPOINT is set.
import { afterEach, describe, expect, test, vi } from "vitest";

vi.mock("next/server", () => ({ connection: async () => undefined }));
const registerOTel = vi.fn();
vi.mock("@vercel/otel", () => ({ registerOTel }));

const { GET } = await import("@/app/api/metrics/route");
const { register } = await import("@/instrumentation");
const { countRateLimitRefusal, countSignInFailure, observeRequest } = await import("@/lib/observability/metrics");

afterEach(() => {
  vi.unstubAllEnvs();
  registerOTel.mockClear();
});

const scrape = (authorization?: string) =>
  GET(new Request("http://atlas.test/api/metrics", authorization ? { headers: { authorization } } : {}));

describe("/api/metrics", () => {
  test("without METRICS_TOKEN it does not exist, even for a request carrying a token", async () => {
    vi.stubEnv("METRICS_TOKEN", "");
    expect((await scrape()).status).toBe(404);
    expect((await scrape("Bearer anything")).status).toBe(404);
  });

  test("with METRICS_TOKEN it answers only to that bearer token", async () => {
    vi.stubEnv("METRICS_TOKEN", "a-scraper-token-0123");
    for (const wrong of [undefined, "Bearer wrong", "Bearer a-scraper-token-012", "a-scraper-token-0123", "Basic x"]) {
      const answer = await scrape(wrong);
      expect(answer.status, String(wrong)).toBe(401);
      expect(await answer.text()).not.toContain("atlas_");
    }
    expect((await scrape("Bearer a-scraper-token-0123")).status).toBe(200);
  });

  test("lists every metric the README names: route-class counts and latencies, cache, pool, sign-in failures, rate limits", async () => {
    vi.stubEnv("METRICS_TOKEN", "a-scraper-token-0123");
    observeRequest("page:startups", "GET", 200, 0.042);
    countSignInFailure("credentials");
    countRateLimitRefusal("snapshot:203.0.113.9");
    const answer = await scrape("Bearer a-scraper-token-0123");
    expect(answer.headers.get("content-type")).toContain("text/plain");
    expect(answer.headers.get("cache-control")).toBe("no-store");
    const text = await answer.text();
    for (const name of [
      "atlas_http_requests_total",
      "atlas_http_request_duration_seconds",
      "atlas_http_requests_in_flight",
      "atlas_cache_lookups_total",
      "atlas_db_pool_connections",
      "atlas_database_available",
      "atlas_auth_sign_in_failures_total",
      "atlas_rate_limit_refusals_total",
      "atlas_process_cpu_seconds_total",
      "atlas_nodejs_eventloop_lag_seconds",
    ])
      expect(text, name).toMatch(new RegExp(`^# TYPE ${name} `, "m"));
    expect(text).toMatch(/^atlas_http_requests_total\{route="page:startups",method="GET",status="200"\} 1$/m);
    expect(text).toMatch(
      /^atlas_http_request_duration_seconds_bucket\{le="0\.05",route="page:startups",method="GET"\} 1$/m,
    );
    expect(text).toMatch(/^atlas_auth_sign_in_failures_total\{reason="credentials"\} 1$/m);
    expect(text).toMatch(/^atlas_rate_limit_refusals_total\{rule="snapshot"\} 1$/m);
    // The rule, never the address the key held.
    expect(text).not.toContain("203.0.113.9");
  });
});

describe("OpenTelemetry", () => {
  test("is not set up at all without OTEL_EXPORTER_OTLP_ENDPOINT", async () => {
    vi.stubEnv("OTEL_EXPORTER_OTLP_ENDPOINT", "");
    vi.stubEnv("NEXT_RUNTIME", "");
    await register();
    expect(registerOTel).not.toHaveBeenCalled();
  });

  test("is registered through @vercel/otel when a collector is named, as alumni-atlas unless OTEL_SERVICE_NAME says otherwise", async () => {
    vi.stubEnv("OTEL_EXPORTER_OTLP_ENDPOINT", "http://127.0.0.1:4318");
    vi.stubEnv("NEXT_RUNTIME", "");
    await register();
    expect(registerOTel).toHaveBeenCalledWith({ serviceName: "alumni-atlas" });
    vi.stubEnv("OTEL_SERVICE_NAME", "atlas-newsroom");
    await register();
    expect(registerOTel).toHaveBeenLastCalledWith({ serviceName: "atlas-newsroom" });
  });
});
