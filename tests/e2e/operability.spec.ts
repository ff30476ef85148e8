import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { e2eMetricsToken, e2eServerLog } from "./fixtures/credentials";

test("every response carries a request id, and the access log line for it says method, route, status and duration", async ({
  request,
}) => {
  const answer = await request.get("/startups?page=1");
  expect(answer.status()).toBe(200);
  const requestId = answer.headers()["x-request-id"];
  expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
  await expect
    .poll(
      () =>
        readFileSync(e2eServerLog, "utf8")
          .split("\n")
          .find((line) => line.includes(requestId!)) ?? "",
    )
    .toContain('"msg":"request"');
  const line = JSON.parse(
    readFileSync(e2eServerLog, "utf8")
      .split("\n")
      .find((l) => l.includes(requestId!))!,
  );
  expect(line).toMatchObject({ requestId, method: "GET", path: "/startups", route: "page:startups", status: 200 });
  expect(typeof line.durationMs).toBe("number");
});

test("health and readiness answer without internals", async ({ request }) => {
  const health = await request.get("/api/health");
  expect(health.status()).toBe(200);
  expect(await health.json()).toEqual({ status: "ok" });
  const ready = await request.get("/api/ready");
  expect(ready.status()).toBe(200);
  expect(await ready.json()).toEqual({ status: "ready", checks: { database: "ok", migrations: "ok" } });
});

test("metrics need the token, and count requests by route class, the chart cache and refused sign-ins", async ({
  request,
  baseURL,
}) => {
  expect((await request.get("/api/metrics")).status()).toBe(401);
  expect((await request.get("/api/metrics", { headers: { authorization: "Bearer wrong" } })).status()).toBe(401);

  await request.get("/charts/startups-by-city");
  await request.get("/charts/startups-by-city");
  const refused = await request.post("/api/auth/sign-in/email", {
    data: { email: "nobody@alumni-atlas.test", password: "not-the-password-at-all" },
    headers: { origin: baseURL! },
  });
  expect(refused.status()).toBe(401);

  const answer = await request.get("/api/metrics", { headers: { authorization: `Bearer ${e2eMetricsToken}` } });
  expect(answer.status()).toBe(200);
  expect(answer.headers()["content-type"]).toContain("text/plain");
  const text = await answer.text();
  const value = (pattern: RegExp) => Number(pattern.exec(text)?.[1] ?? NaN);
  expect(
    value(/^atlas_http_requests_total\{route="page:charts",method="GET",status="200"\} (\d+)$/m),
  ).toBeGreaterThanOrEqual(2);
  expect(text).toMatch(
    /^atlas_http_request_duration_seconds_bucket\{le="0\.1",route="page:charts",method="GET"\} \d+$/m,
  );
  expect(value(/^atlas_cache_lookups_total\{cache="charts",result="hit"\} (\d+)$/m)).toBeGreaterThanOrEqual(1);
  expect(value(/^atlas_auth_sign_in_failures_total\{reason="credentials"\} (\d+)$/m)).toBeGreaterThanOrEqual(1);
  expect(text).toMatch(/^atlas_rate_limit_refusals_total\{rule="account"\} \d+$/m);
  expect(text).toMatch(/^atlas_database_available 1$/m);
  // The embedded database has no pool: no invented numbers for one.
  expect(text).not.toMatch(/^atlas_db_pool_connections\{/m);
});
