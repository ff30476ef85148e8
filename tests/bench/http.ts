/**
 * `npm run bench:http`: the production build under HTTP load (issue 9's budgets), against a scratch
 * PostgreSQL database in DATABASE_URL filled with synthetic start-ups. Everything runs on 127.0.0.1
 * and is bounded in seconds and requests. Prints, in one run:
 *   1. repeat reads: requests/s, p50 and p99 per public route, beside a prerendered static page and
 *      the ratio of its throughput to the static page's;
 *   2. the first request after an edit, per public page (p50/p95 over --edits edits made through the
 *      admin form in Chromium, as an editor does);
 *   3. --load-connections clients for --load-duration seconds on `/` and a profile: errors and p99.
 * A benchmark, not a test: it asserts nothing.
 *
 *   DATABASE_URL=postgresql://postgres@127.0.0.1:5432/atlas_bench npm run bench:http -- \
 *     [--startups 100000] [--duration 10] [--connections 10] [--edits 5] \
 *     [--load-duration 60] [--load-connections 100] [--port 3240] [--build] [--skip …]
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import pg from "pg";
import { chromium, type Page } from "@playwright/test";

const { values: options } = parseArgs({
  options: {
    startups: { type: "string", default: "100000" },
    duration: { type: "string", default: "10" },
    connections: { type: "string", default: "10" },
    edits: { type: "string", default: "5" },
    "load-duration": { type: "string", default: "60" },
    "load-connections": { type: "string", default: "100" },
    "max-requests": { type: "string", default: "200000" },
    port: { type: "string", default: "3240" },
    build: { type: "boolean", default: false },
    skip: { type: "string", multiple: true, default: [] },
  },
  strict: true,
});

function whole(name: keyof typeof options, min: number, max: number): number {
  const value = Number(options[name]);
  if (!Number.isInteger(value) || value < min || value > max) {
    console.error(`--${name} must be a whole number from ${min} to ${max}`);
    process.exit(2);
  }
  return value;
}

const startups = whole("startups", 1, 200_000);
const duration = whole("duration", 1, 120);
const connections = whole("connections", 1, 200);
const edits = whole("edits", 0, 50);
const loadDuration = whole("load-duration", 1, 300);
const loadConnections = whole("load-connections", 1, 500);
const maxRequests = whole("max-requests", 100, 2_000_000);
const port = whole("port", 1024, 65535);
const skip = new Set(options.skip);
const base = `http://127.0.0.1:${port}`;
const editor = { email: "bench-editor@example.org", password: "bench-editor-password-7d3e1a" };

const databaseUrl = process.env.DATABASE_URL ?? "";
if (!databaseUrl || !["127.0.0.1", "localhost", "::1", "[::1]"].includes(new URL(databaseUrl).hostname)) {
  console.error(
    "Set DATABASE_URL to a scratch PostgreSQL database on this machine (it is filled with synthetic data).",
  );
  process.exit(2);
}

function npm(args: string[]): void {
  const result = spawnSync("npm", ["run", "--silent", ...args], { stdio: "inherit", env: process.env });
  if (result.status !== 0) throw new Error(`npm run ${args.join(" ")} failed`);
}

async function query<Row extends pg.QueryResultRow>(text: string, params: unknown[] = []): Promise<Row[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query<Row>(text, params)).rows;
  } finally {
    await client.end();
  }
}

async function prepareDatabase(): Promise<void> {
  npm(["db:migrate"]);
  const n = (await query<{ n: number }>(`SELECT count(*)::int AS n FROM "Startup" WHERE synthetic`))[0]!.n;
  if (n !== startups) {
    console.log(`filling the database: ${startups} synthetic start-ups (it has ${n})`);
    npm(["db:seed"]);
    npm(["db:synthetic", "--", "--reset", "--startups", String(startups)]);
  }
  const exists = (
    await query<{ exists: boolean }>(`SELECT EXISTS (SELECT 1 FROM "User" WHERE email = $1) AS exists`, [editor.email])
  )[0]!.exists;
  if (!exists) npm(["admin:create", "--", "--email", editor.email, "--password", editor.password, "--role", "editor"]);
}

/** The routes the issue names, the busiest ones found in this database. */
async function findRoutes(): Promise<{ name: string; path: string }[]> {
  const [busy] = await query<{ slug: string }>(
    `SELECT s.slug FROM "Startup" s JOIN "FundingRound" r ON r."startupId" = s.id AND r."deletedAt" IS NULL
     JOIN (SELECT id, count(*) OVER (PARTITION BY lower("nameEn")) AS en, count(*) OVER (PARTITION BY "nameZh") AS zh
           FROM "Startup" WHERE "deletedAt" IS NULL) names ON names.id = s.id AND names.en = 1 AND (names.zh = 1 OR s."nameZh" IS NULL)
     WHERE s."deletedAt" IS NULL AND s."foundedDate" IS NULL
     GROUP BY s.id ORDER BY count(*) DESC, s.id LIMIT 1`,
  );
  const [investor] = await query<{ slug: string }>(
    `SELECT o.slug FROM "Organization" o JOIN "Investment" i ON i."organizationId" = o.id AND i."deletedAt" IS NULL
     WHERE o."deletedAt" IS NULL GROUP BY o.id ORDER BY count(*) DESC, o.id LIMIT 1`,
  );
  const [unit] = await query<{ slug: string }>(
    `SELECT o.slug FROM "Organization" o JOIN "Employment" e ON e."organizationId" = o.id AND e."deletedAt" IS NULL
     WHERE o."deletedAt" IS NULL AND o.kind = 'ALIBABA_UNIT' GROUP BY o.id ORDER BY count(*) DESC, o.id LIMIT 1`,
  );
  return [
    { name: "home", path: "/" },
    { name: "profile (rokid)", path: "/startups/rokid" },
    // The most rounds among start-ups with a founded year alone and a name of their own (the
    // generator repeats names, and a save refuses a name another start-up has): the edits change the year.
    { name: "busy start-up", path: `/startups/${busy!.slug}` },
    { name: "start-ups list", path: "/startups" },
    { name: "list by funding", path: "/startups?sort=funding&order=desc" },
    { name: "busiest investor", path: `/investors/${investor!.slug}` },
    { name: "largest unit", path: `/units/${unit!.slug}` },
    { name: "chart page", path: "/charts/top-investors" },
    { name: "embed", path: "/embed/charts/founded-per-year" },
  ];
}

let server: ChildProcess | undefined;

async function startServer(): Promise<void> {
  if (options.build || !existsSync(".next/BUILD_ID")) npm(["build"]);
  server = spawn(process.execPath, ["--import", "tsx", "server.ts"], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      HOST: "127.0.0.1",
      PORT: String(port),
      BETTER_AUTH_SECRET: process.env.BETTER_AUTH_SECRET ?? "bench-http-secret-0123456789abcdef0123456789",
      AUTH_SIGN_IN_MAX_ATTEMPTS: "1000",
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if ((await fetch(`${base}/api/ready`).catch(() => null))?.status === 200) return;
    if (server.exitCode !== null) throw new Error(`the server exited with ${server.exitCode}`);
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error("the server did not become ready within 90 s");
}

/**
 * The yardstick: a page Next prerendered at build time if the build has one, else a file of the build
 * (`/_next/static/…`, the home page's style sheet): served from disk through the same server.ts, no rendering.
 */
async function staticPath(): Promise<string> {
  for (const candidate of ["/_not-found", "/login"]) {
    const answer = await fetch(`${base}${candidate}`);
    await answer.text();
    if (answer.headers.get("x-nextjs-prerender") === "1" || answer.headers.get("x-nextjs-cache") === "HIT")
      return candidate;
  }
  const home = await (await fetch(`${base}/`)).text();
  const sheet = /href="(\/_next\/static\/[^"]+\.css)"/.exec(home)?.[1];
  if (!sheet) throw new Error("found no prerendered page nor a static file to compare with");
  return sheet;
}

type Figures = {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
  requests: number;
};

function cannon(path: string, seconds: number, clients: number): Promise<Figures> {
  return new Promise((resolve, reject) => {
    let seen = 0;
    const instance = autocannon(
      { url: `${base}${path}`, duration: seconds, connections: clients, timeout: 10 },
      (error, result) => {
        if (error) return reject(error);
        resolve({
          requestsPerSecond: result.requests.total / (result.duration || seconds),
          p50: result.latency.p50,
          p99: result.latency.p99,
          errors: result.errors + result.timeouts,
          non2xx: result.non2xx,
          requests: result.requests.total,
        });
      },
    );
    // Bounded in requests as well as seconds.
    instance.on("response", () => {
      if (++seen === maxRequests) instance.stop();
    });
  });
}

const fixed = (value: number, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : "—");
/** Latencies of a run where no request finished (all slower than --duration) are unknown, not 0. */
const latency = (figures: Figures, value: number) => (figures.requests === 0 ? "—" : value);

async function repeatReads(routes: { name: string; path: string }[], staticRoute: string) {
  console.log(`\n1. Repeat reads: ${connections} clients, ${duration} s per route`);
  for (const route of [...routes, { name: "static", path: staticRoute }])
    for (let i = 0; i < 3; i++) await (await fetch(`${base}${route.path}`)).text();
  const staticBefore = await cannon(staticRoute, duration, connections);
  const rows: Record<string, string | number>[] = [];
  const measured: { name: string; path: string; figures: Figures }[] = [];
  for (const route of routes) measured.push({ ...route, figures: await cannon(route.path, duration, connections) });
  const staticAfter = await cannon(staticRoute, duration, connections);
  const staticRate = (staticBefore.requestsPerSecond + staticAfter.requestsPerSecond) / 2;
  rows.push({
    route: `static ${staticRoute}`,
    "req/s": fixed(staticRate),
    "p50 ms": `${staticBefore.p50}/${staticAfter.p50}`,
    "p99 ms": `${staticBefore.p99}/${staticAfter.p99}`,
    "× static": "1.00",
    errors: staticBefore.errors + staticAfter.errors + staticBefore.non2xx + staticAfter.non2xx,
  });
  for (const { name, path, figures } of measured)
    rows.push({
      route: `${name} ${path}`,
      "req/s": fixed(figures.requestsPerSecond),
      "p50 ms": latency(figures, figures.p50),
      "p99 ms": latency(figures, figures.p99),
      "× static": fixed(figures.requestsPerSecond / staticRate, 3),
      errors: figures.errors + figures.non2xx,
    });
  console.table(rows);
}

async function signIn(page: Page): Promise<void> {
  const answer = await page.request.post(`${base}/api/auth/sign-in/email`, {
    data: editor,
    headers: { origin: base },
  });
  if (answer.status() !== 200) throw new Error(`sign-in failed: ${answer.status()} ${await answer.text()}`);
}

/** Saves the admin form and waits for "Saved", or stops with the form's own message. */
async function save(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Save changes" }).click();
  const saved = page.getByRole("status").filter({ hasText: "Saved" });
  const refused = page.locator("#record-startups-summary").filter({ hasText: /\S/ });
  await saved.or(refused).first().waitFor({ timeout: 180_000 });
  if (!(await saved.isVisible())) throw new Error(`the edit was refused: ${await refused.innerText()}`);
}

async function firstRequestAfterEdit(routes: { name: string; path: string }[], busySlug: string) {
  console.log(`\n2. First request after an edit: ${edits} edits of ${busySlug} (founded year) through the admin form`);
  const { id, foundedYear } = (
    await query<{ id: number; foundedYear: number | null }>(`SELECT id, "foundedYear" FROM "Startup" WHERE slug = $1`, [
      busySlug,
    ])
  )[0]!;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined),
    args: ["--no-sandbox", "--disable-gpu"],
  });
  const timings = new Map<string, number[]>(routes.map((route) => [route.path, []]));
  try {
    const page = await browser.newPage();
    await signIn(page);
    // Every page has been read before the edit, as a live site's pages have (and as part 1 leaves them).
    for (const route of routes) await (await fetch(`${base}${route.path}`)).text();
    for (let edit = 0; edit < edits; edit++) {
      await page.goto(`${base}/admin/startups/${id}/edit`);
      await page.getByLabel("Founded year").fill(String((foundedYear ?? 2020) - (edit % 2 === 0 ? 1 : 0)));
      await save(page);
      // Each page's first request after the edit, a new page first each time.
      for (let i = 0; i < routes.length; i++) {
        const route = routes[(i + edit) % routes.length]!;
        const started = performance.now();
        const answer = await fetch(`${base}${route.path}`);
        await answer.text();
        timings.get(route.path)!.push(performance.now() - started);
      }
    }
    // Put the year back as it was.
    await page.goto(`${base}/admin/startups/${id}/edit`);
    await page.getByLabel("Founded year").fill(foundedYear === null ? "" : String(foundedYear));
    await save(page);
  } finally {
    await browser.close();
  }
  const percentile = (values: number[], p: number) => {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
  };
  console.table(
    routes.map((route) => {
      const values = timings.get(route.path)!;
      return {
        route: `${route.name} ${route.path}`,
        "p50 ms": fixed(percentile(values, 50)),
        "p95 ms": fixed(percentile(values, 95)),
        "max ms": fixed(Math.max(...values)),
      };
    }),
  );
}

async function underLoad(routes: { name: string; path: string }[]) {
  console.log(`\n3. ${loadConnections} clients for ${loadDuration} s (10 s time-out per request)`);
  const rows = [];
  for (const route of routes) {
    const figures = await cannon(route.path, loadDuration, loadConnections);
    rows.push({
      route: `${route.name} ${route.path}`,
      requests: figures.requests,
      "req/s": fixed(figures.requestsPerSecond),
      "p50 ms": latency(figures, figures.p50),
      "p99 ms": latency(figures, figures.p99),
      "errors+timeouts": figures.errors,
      "non-2xx": figures.non2xx,
    });
  }
  console.table(rows);
}

try {
  await prepareDatabase();
  const routes = await findRoutes();
  await startServer();
  const staticRoute = await staticPath();
  const commit = spawnSync("git", ["rev-parse", "--short", "HEAD"]).stdout.toString().trim();
  console.log(
    `bench:http at ${commit}, ${startups} synthetic start-ups, static yardstick ${staticRoute}, ${new Date().toISOString()}`,
  );
  if (!skip.has("reads")) await repeatReads(routes, staticRoute);
  if (!skip.has("edits") && edits > 0) await firstRequestAfterEdit(routes, routes[2]!.path.split("/").pop()!);
  if (!skip.has("load")) await underLoad(routes.slice(0, 2));
} finally {
  server?.kill("SIGTERM");
}
