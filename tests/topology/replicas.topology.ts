/**
 * The scale-out topology (issue 9, item 3): a PostgreSQL primary and a streaming replica made by
 * this test (initdb, pg_basebackup) on spare ports, and two app servers on the build Playwright
 * made, both with DATABASE_URL = the primary and DATABASE_REPLICA_URLS = the replica. Wanted:
 * reads hit the replica and writes the primary; while the replica's replay is paused, a reader who
 * wrote (or has seen newer data) reads from the primary through either server, others keep reading
 * the replica; an edit through server A is visible through server B at once (both servers share
 * the framework cache through Redis, REDIS_URL, under a key prefix of this run's own).
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { PgCluster } from "../helpers/pg-cluster";

const e2ePort = Number(process.env.E2E_PORT ?? 3100);
const primaryPort = Number(process.env.TOPOLOGY_PG_PORT ?? 55436);
const appPorts = [
  Number(process.env.TOPOLOGY_APP_PORT ?? e2ePort + 1010),
  Number(process.env.TOPOLOGY_APP_PORT ?? e2ePort + 1010) + 1,
];
const [urlA, urlB] = appPorts.map((port) => `http://127.0.0.1:${port}`) as [string, string];
const artifacts = path.resolve("tests/.artifacts");
const editors = [
  { email: "topology-editor-a@example.org", password: "topology-test-password-a81c" },
  { email: "topology-editor-b@example.org", password: "topology-test-password-b27e" },
] as const;
const SLUG = "dingxiang";
const redisUrl = process.env.TOPOLOGY_REDIS_URL ?? "redis://127.0.0.1:6379";
const redisPrefix = `atlas-topology-${process.pid}-${Date.now()}`;

test.describe.configure({ mode: "serial" });
test.setTimeout(90_000);

const primary = new PgCluster(primaryPort);
const replica = new PgCluster(primaryPort + 1);
const servers: { process: ChildProcess; log: string[] }[] = [];

function runScript(script: string, args: string[] = []): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn("node_modules/.bin/tsx", [script, ...args], {
      env: { ...process.env, DATABASE_URL: primary.urlFor("atlas"), NODE_ENV: "production" },
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${script} exited ${code}: ${stderr}`))));
  });
}

async function sql<Row extends pg.QueryResultRow>(url: string, text: string, values: unknown[] = []): Promise<Row[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<Row>(text, values)).rows;
  } finally {
    await client.end();
  }
}

const onPrimary = <Row extends pg.QueryResultRow>(text: string, values?: unknown[]) =>
  sql<Row>(primary.urlFor("atlas"), text, values);
const onReplica = <Row extends pg.QueryResultRow>(text: string, values?: unknown[]) =>
  sql<Row>(replica.urlFor("atlas"), text, values);

/** Waits until the replica has replayed everything the primary has written so far. */
async function replicaCaughtUp(): Promise<void> {
  const { lsn } = (await onPrimary<{ lsn: string }>("SELECT pg_current_wal_lsn()::text AS lsn"))[0]!;
  await expect
    .poll(
      async () =>
        (await onReplica<{ behind: boolean }>("SELECT pg_last_wal_replay_lsn() < $1::pg_lsn AS behind", [lsn]))[0]!
          .behind,
      { timeout: 10_000 },
    )
    .toBe(false);
}

async function startServer(port: number): Promise<void> {
  const log: string[] = [];
  const child = spawn(process.execPath, ["--import", "tsx", "server.ts"], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      HOST: "127.0.0.1",
      PORT: String(port),
      DATABASE_URL: primary.urlFor("atlas"),
      DATABASE_REPLICA_URLS: replica.urlFor("atlas"),
      BETTER_AUTH_SECRET: "topology-test-secret-0123456789abcdef0123456789",
      // The shared cache (Redis on 127.0.0.1:6379), under keys of this run alone.
      REDIS_URL: redisUrl,
      REDIS_KEY_PREFIX: redisPrefix,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  for (const stream of [child.stdout!, child.stderr!]) stream.on("data", (chunk: Buffer) => log.push(chunk.toString()));
  servers.push({ process: child, log });
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if ((await fetch(`http://127.0.0.1:${port}/api/ready`).catch(() => null))?.status === 200) return;
    if (child.exitCode !== null) break;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`server on ${port} did not become ready\n${log.slice(-20).join("")}`);
}

test.beforeAll(async () => {
  test.setTimeout(150_000);
  await primary.init();
  await primary.start();
  await sql(primary.url, "CREATE DATABASE atlas");
  await runScript("prisma/migrate.ts");
  await runScript("prisma/seed.ts");
  await Promise.all(
    editors.map((editor) =>
      runScript("prisma/admin-create.ts", ["--email", editor.email, "--password", editor.password, "--role", "editor"]),
    ),
  );
  await replica.initReplicaOf(primary);
  await replica.start();
  await Promise.all(appPorts.map(startServer));
});

test.afterAll(async () => {
  for (const server of servers) if (server.process.exitCode === null) server.process.kill("SIGKILL");
  await replica.destroy();
  await primary.destroy();
  // This run's cache entries (best effort: redis-cli may be missing where Redis runs elsewhere).
  spawnSync(
    "sh",
    ["-c", `redis-cli -u "$1" --scan --pattern "$2*" | xargs -r redis-cli -u "$1" DEL`, "sh", redisUrl, redisPrefix],
    {
      stdio: "ignore",
    },
  );
  mkdirSync(artifacts, { recursive: true });
  servers.forEach((server, index) =>
    writeFileSync(path.join(artifacts, `topology-server-${"ab"[index]}.log`), server.log.join("")),
  );
});

/** A browser context signed in as `editor` (through server A; the session is in the shared database). */
async function editorPage(browser: Browser, editor: (typeof editors)[number]): Promise<Page> {
  const context = await browser.newContext();
  const answer = await context.request.post(`${urlA}/api/auth/sign-in/email`, {
    data: editor,
    headers: { origin: urlA },
  });
  expect(answer.status(), await answer.text()).toBe(200);
  return context.newPage();
}

async function startupId(): Promise<number> {
  const [row] = await onPrimary<{ id: number }>(`SELECT id FROM "Startup" WHERE slug = $1`, [SLUG]);
  return row!.id;
}

async function description(page: Page, base: string, id: number): Promise<string> {
  await page.goto(`${base}/admin/startups/${id}/edit`);
  return page.getByLabel("Description").inputValue();
}

test("reads go to the replica, writes to the primary; a replica that lags is passed over for readers who have seen newer data", async ({
  browser,
}) => {
  const id = await startupId();
  const writer = await editorPage(browser, editors[0]);
  const reader = await editorPage(browser, editors[1]);
  const original = await description(reader, urlB, id);
  await replicaCaughtUp();

  // Statements the replica has run: reads of pages through either server land there.
  const replicaReads = async () =>
    Number(
      (
        await onReplica<{ n: string }>(`SELECT xact_commit::text AS n FROM pg_stat_database WHERE datname = 'atlas'`)
      )[0]!.n,
    );
  const before = await replicaReads();
  for (const base of [urlA, urlB]) expect((await fetch(`${base}/startups/${SLUG}`)).status).toBe(200);
  expect(await replicaReads()).toBeGreaterThan(before + 2);

  await onReplica("SELECT pg_wal_replay_pause()");
  try {
    // Written on the primary behind the app's back: a reader's page still shows the replica's copy.
    const behindTheAppsBack = `Changed on the primary only ${Date.now()}`;
    await onPrimary(`UPDATE "Startup" SET description = $1 WHERE id = $2`, [behindTheAppsBack, id]);
    expect(await description(reader, urlB, id)).toBe(original);
    expect(await description(reader, urlA, id)).toBe(original);

    // An edit through server A: written on the primary (the replica refuses writes), and the writer
    // sees it at once through both servers although the replica has not replayed it.
    const edited = `Edited through server A ${Date.now()}`;
    await writer.goto(`${urlA}/admin/startups/${id}/edit`);
    // The writer has seen nothing newer than the replica either, so far.
    await expect(writer.getByLabel("Description")).toHaveValue(original);
    await writer.getByLabel("Description").fill(edited);
    await writer.getByRole("button", { name: "Save changes" }).click();
    await expect(writer.getByRole("status").filter({ hasText: "Saved" })).toBeVisible();
    const cookie = (await writer.context().cookies()).find((c) => c.name === "atlas_lsn");
    expect(cookie?.value).toMatch(/^[0-9A-F]+\/[0-9A-F]+$/);
    expect(await description(writer, urlA, id)).toBe(edited);
    expect(await description(writer, urlB, id)).toBe(edited);
    expect((await onReplica<{ d: string }>(`SELECT description AS d FROM "Startup" WHERE id = $1`, [id]))[0]!.d).toBe(
      original,
    );

    // The other editor has seen nothing newer than the replica: still the replica's copy.
    expect(await description(reader, urlB, id)).toBe(original);
  } finally {
    await onReplica("SELECT pg_wal_replay_resume()");
  }
  await replicaCaughtUp();
  await expect.poll(() => description(reader, urlB, id)).toMatch(/^Edited through server A/);
  await writer.context().close();
  await reader.context().close();
});

test("an edit through server A is visible through server B at once", async ({ browser }) => {
  const id = await startupId();
  const writer = await editorPage(browser, editors[0]);
  // Server B has shown the page before the edit (and, with a shared cache, keeps it).
  const pageB = await (await browser.newContext()).newPage();
  await pageB.goto(`${urlB}/startups/${SLUG}`);
  await expect(pageB.getByRole("heading", { level: 1 })).toBeVisible();

  const edited = `Seen through server B ${Date.now()}`;
  await writer.goto(`${urlA}/admin/startups/${id}/edit`);
  await writer.getByLabel("Description").fill(edited);
  await writer.getByRole("button", { name: "Save changes" }).click();
  await expect(writer.getByRole("status").filter({ hasText: "Saved" })).toBeVisible();

  // A reader without any cookie, through the other server, right after the save.
  await pageB.goto(`${urlB}/startups/${SLUG}`);
  await expect(pageB.getByText(edited)).toBeVisible({ timeout: 2_000 });
  await writer.context().close();
  await pageB.context().close();
});
