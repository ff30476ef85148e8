/**
 * The reliability suite's database-outage test (issue 8): the production server (server.ts on the
 * build Playwright made) against a PostgreSQL cluster this test starts itself on a spare port,
 * stopped for 10 s and started again under load. Wanted: 503 pages with Retry-After and our page
 * during the outage, /api/health 503 without internals, an editor's save refused with the form
 * kept and nothing written, 200 within 5 s after the restart; then SIGTERM during slow requests
 * loses none of them and the process exits 0. Prints the seconds to recover.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { expect, test } from "@playwright/test";
import { PgCluster } from "../helpers/pg-cluster";

const appPort = Number(process.env.OUTAGE_APP_PORT ?? Number(process.env.E2E_PORT ?? 3100) + 1000);
const pgPort = Number(process.env.OUTAGE_PG_PORT ?? 55434);
const baseURL = `http://127.0.0.1:${appPort}`;
const artifacts = path.resolve("tests/.artifacts");
const editor = { email: "outage-editor@example.org", password: "outage-test-password-4f9a2c" };
const OUTAGE_MS = 10_000;

test.describe.configure({ mode: "serial" });
test.setTimeout(150_000);

const cluster = new PgCluster(pgPort);
const databaseUrl = cluster.urlFor("atlas");
let server: ChildProcess | undefined;
let serverExit: Promise<number | null>;
const serverLog: string[] = [];

function runScript(script: string, args: string[] = []): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn("node_modules/.bin/tsx", [script, ...args], {
      env: { ...process.env, DATABASE_URL: databaseUrl, NODE_ENV: "production" },
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${script} exited ${code}: ${stderr}`))));
  });
}

async function waitFor(url: string, status: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const answer = await fetch(url).catch(() => null);
    if (answer?.status === status) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} did not answer ${status} within ${timeoutMs} ms\n${serverLog.slice(-20).join("")}`);
}

/** The outage server's METRICS_TOKEN: the shutdown test reads how many requests are inside it. */
const OUTAGE_METRICS_TOKEN = "outage-metrics-token-7d3e91";

test.beforeAll(async () => {
  test.setTimeout(120_000);
  await cluster.init();
  await cluster.start();
  const admin = new pg.Client({ connectionString: cluster.url });
  await admin.connect();
  await admin.query("CREATE DATABASE atlas");
  await admin.end();
  await runScript("prisma/migrate.ts");
  await runScript("prisma/seed.ts");
  await runScript("prisma/admin-create.ts", [
    "--email",
    editor.email,
    "--password",
    editor.password,
    "--role",
    "editor",
  ]);
  // As `npm start` runs it: one process (tsx as a loader), so SIGTERM reaches the server itself.
  server = spawn(process.execPath, ["--import", "tsx", "server.ts"], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      HOST: "127.0.0.1",
      PORT: String(appPort),
      DATABASE_URL: databaseUrl,
      BETTER_AUTH_SECRET: "outage-test-secret-0123456789abcdef0123456789",
      SHUTDOWN_TIMEOUT_SECONDS: "15",
      METRICS_TOKEN: OUTAGE_METRICS_TOKEN,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  for (const stream of [server.stdout!, server.stderr!])
    stream.on("data", (chunk: Buffer) => serverLog.push(chunk.toString()));
  serverExit = new Promise((resolve) => server!.on("exit", (code) => resolve(code)));
  await waitFor(`${baseURL}/api/ready`, 200, 60_000);
});

test.afterAll(async () => {
  if (server && server.exitCode === null) server.kill("SIGKILL");
  await cluster.destroy();
  mkdirSync(artifacts, { recursive: true });
  writeFileSync(path.join(artifacts, "outage-server.log"), serverLog.join(""));
});

type Sample = { path: string; start: number; end: number; status: number; retryAfter: string | null; ours: boolean };

const PATHS = [
  "/",
  "/startups",
  "/startups/dingxiang",
  "/founders",
  "/cities",
  "/charts",
  "/investors",
  "/api/startups/csv",
];

/** Clients that keep asking for pages until told to stop, each request timed and kept. */
function load(clients: number, signal: { stop: boolean }): Promise<Sample[]> {
  const samples: Sample[] = [];
  return Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      for (let i = client; !signal.stop; i++) {
        const target = PATHS[i % PATHS.length]!;
        const start = Date.now();
        const answer = await fetch(`${baseURL}${target}`, {
          redirect: "manual",
          signal: AbortSignal.timeout(15_000),
        }).catch(() => null);
        const body = answer ? await answer.text().catch(() => "") : "";
        samples.push({
          path: target,
          start,
          end: Date.now(),
          status: answer?.status ?? 0,
          retryAfter: answer?.headers.get("retry-after") ?? null,
          ours: body.includes("The data is briefly unavailable") || body.includes('"error":"unavailable"'),
        });
      }
    }),
  ).then(() => samples);
}

test("PostgreSQL stopped for 10 s under load: 503 pages of ours, the form kept, 200 again within 5 s", async ({
  page,
}) => {
  // An editor, signed in, with a form half filled when the database goes away.
  const signIn = await page.request.post(`${baseURL}/api/auth/sign-in/email`, {
    data: editor,
    headers: { origin: baseURL },
  });
  expect(signIn.status()).toBe(200);
  await page.goto(`${baseURL}/admin/startups/new`);
  const typed = `Outage Test Start-up ${Date.now()}`;
  await page.getByLabel("English name").fill(typed);
  await page.getByLabel("Founded year").fill("2023");

  const signal = { stop: false };
  const running = load(6, signal);
  await new Promise((resolve) => setTimeout(resolve, 2_000));

  const stopAsked = Date.now();
  await cluster.stop();
  const stopped = Date.now();

  // During the outage: a reader's page, health, and the editor's save.
  await new Promise((resolve) => setTimeout(resolve, 500));
  const reader = await page.context().newPage();
  const readerAnswer = await reader.goto(`${baseURL}/startups/dingxiang`);
  expect(readerAnswer?.status()).toBe(503);
  expect(readerAnswer?.headers()["retry-after"]).toBe("5");
  await expect(reader.getByRole("heading", { name: "The data is briefly unavailable" })).toBeVisible();
  await reader.screenshot({ path: path.join(artifacts, "outage-page.png") });
  await reader.close();

  const health = await fetch(`${baseURL}/api/health`);
  const healthBody = await health.text();
  expect(health.status).toBe(503);
  expect(JSON.parse(healthBody)).toEqual({ status: "unavailable" });
  expect(healthBody).not.toMatch(/127\.0\.0\.1|55\d{3}|postgres|ECONN|connect/i);

  await page.getByRole("button", { name: "Create start-up" }).click();
  await expect(page.getByText("the database is briefly unavailable", { exact: false }).first()).toBeVisible();
  await expect(page.getByLabel("English name")).toHaveValue(typed);
  await page.screenshot({ path: path.join(artifacts, "outage-save.png") });

  const remaining = OUTAGE_MS - (Date.now() - stopped);
  if (remaining > 0) await new Promise((resolve) => setTimeout(resolve, remaining));
  const startAsked = Date.now();
  await cluster.start();
  const started = Date.now();
  // When the server itself knows (health turns 200 again), apart from the first page rendered in full.
  let healthyAfter = Infinity;
  while (Date.now() - started < 5_000) {
    if ((await fetch(`${baseURL}/api/health`).catch(() => null))?.status === 200) {
      healthyAfter = (Date.now() - started) / 1000;
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, 6_000 - (Date.now() - started))));
  signal.stop = true;
  const samples = await running;

  // During: every request made while the database was down got our 503 page (or JSON) with Retry-After.
  const during = samples.filter((s) => s.start >= stopped && s.end <= startAsked);
  const wrongDuring = during.filter((s) => s.status !== 503 || s.retryAfter !== "5" || !s.ours);
  // Around the edges (in flight while it stopped or started): 503 or a normal answer, never a 500.
  const edges = samples.filter((s) => !(s.start >= stopped && s.end <= startAsked) && s.end >= stopAsked);
  const brokenAtEdges = edges.filter((s) => s.status >= 500 && s.status !== 503);
  // After: the first good page, and nothing but good pages from 5 s on.
  const after = samples.filter((s) => s.start >= started).sort((a, b) => a.start - b.start);
  const firstGood = after.find((s) => s.status === 200);
  const recoverSeconds = firstGood ? (firstGood.end - started) / 1000 : Infinity;
  const lateFailures = after.filter((s) => s.start >= started + 5_000 && s.status !== 200);

  const figures = {
    requests: samples.length,
    duringOutage: during.length,
    wrongDuringOutage: wrongDuring.length,
    atEdges: edges.length,
    edgeStatuses: Object.fromEntries(
      [...new Set(edges.map((s) => s.status))].map((status) => [
        status,
        edges.filter((s) => s.status === status).length,
      ]),
    ),
    failuresAfter5s: lateFailures.length,
    secondsToRecover: recoverSeconds,
    secondsUntilHealthy: healthyAfter,
  };
  console.log(`database outage: ${JSON.stringify(figures)}`);
  writeFileSync(path.join(artifacts, "outage-figures.json"), JSON.stringify(figures, null, 2));

  expect(during.length).toBeGreaterThan(20);
  expect(wrongDuring, JSON.stringify(wrongDuring.slice(0, 5))).toEqual([]);
  expect(brokenAtEdges, JSON.stringify(brokenAtEdges.slice(0, 5))).toEqual([]);
  expect(healthyAfter).toBeLessThan(5);
  expect(recoverSeconds).toBeLessThan(5);
  expect(lateFailures, JSON.stringify(lateFailures.slice(0, 5))).toEqual([]);

  // Nothing half-written: the refused save left no start-up, no source, no history.
  const check = new pg.Client({ connectionString: databaseUrl });
  await check.connect();
  const { rows } = await check.query(`SELECT count(*)::int AS n FROM "Startup" WHERE "nameEn" = $1`, [typed]);
  const history = await check.query(`SELECT count(*)::int AS n FROM "ChangeLog" WHERE "summary" LIKE $1`, [
    `%${typed}%`,
  ]);
  await check.end();
  expect(rows[0].n).toBe(0);
  expect(history.rows[0].n).toBe(0);
});

test("SIGTERM during slow requests: every one finishes, the pool closes, exit 0", async () => {
  // Hold the start-up table so page renders wait inside the database: slow requests, in flight.
  const blocker = new pg.Client({ connectionString: databaseUrl });
  await blocker.connect();
  await blocker.query('BEGIN; LOCK TABLE "Startup" IN ACCESS EXCLUSIVE MODE');
  const slow = Array.from({ length: 20 }, async (_, i) => {
    try {
      const answer = await fetch(`${baseURL}/startups?page=${(i % 3) + 1}&q=${i}`, {
        signal: AbortSignal.timeout(30_000),
      });
      return { status: answer.status, length: (await answer.text()).length };
    } catch (error) {
      return { status: 0, length: 0, error: String((error as Error).cause ?? error) };
    }
  });
  // SIGTERM once all 20 are inside the server (the scrape counts itself): on a loaded machine a fixed
  // wait sent the signal before some were accepted, and those were refused as new connections.
  const deadline = Date.now() + 20_000;
  for (;;) {
    const metrics = await fetch(`${baseURL}/api/metrics`, {
      headers: { authorization: `Bearer ${OUTAGE_METRICS_TOKEN}` },
    }).then((answer) => answer.text());
    const inFlight = Number(/^atlas_http_requests_in_flight (\d+)$/m.exec(metrics)?.[1] ?? 0);
    if (inFlight >= 21 || Date.now() > deadline) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const signalled = Date.now();
  server!.kill("SIGTERM");
  await new Promise((resolve) => setTimeout(resolve, 300));
  const refused = await fetch(`${baseURL}/`).then(
    () => false,
    () => true,
  );
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  await blocker.query("COMMIT");
  await blocker.end();
  const answers = await Promise.all(slow);
  const code = await serverExit;
  const failed = answers.filter((a) => a.status !== 200 || a.length < 1000);
  console.log(
    `graceful shutdown: ${answers.length} slow requests in flight at SIGTERM, ${failed.length} failed, exit code ${code}, stopped ${(Date.now() - signalled) / 1000} s after the signal`,
  );
  expect(refused).toBe(true);
  expect(failed, serverLog.slice(-15).join("")).toEqual([]);
  expect(code).toBe(0);
  expect(serverLog.join("")).toContain('"msg":"stopped"');
});
