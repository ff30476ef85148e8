import pg from "pg";
import { afterAll, beforeAll, beforeEach, describe, expect, test, vi } from "vitest";
import { openDatabase } from "@/lib/db/connection";
import { migrate } from "@/lib/db/migrate";
import type { Auth } from "@/lib/auth/create-auth";
import { createCity } from "../factories";
import type { TestDatabase } from "../helpers/database";
import { expectRefusal, mockActionRuntime, request, signedInAccount, submit, testAuth } from "../helpers/admin";
import { PgCluster } from "../helpers/pg-cluster";

// A PostgreSQL cluster of this file's own (port 55433), so that stopping it harms no other test.
const cluster = new PgCluster(55433);
let db: TestDatabase;
let auth: Auth;

mockActionRuntime({ db: () => db, auth: () => auth });
const { createRecordAction } = await import("@/lib/actions/records");
const { DATABASE_UNAVAILABLE_MESSAGE } = await import("@/lib/actions/safe-action");

beforeAll(async () => {
  await cluster.init();
  await cluster.start();
  const admin = new pg.Client({ connectionString: cluster.url });
  await admin.connect();
  await admin.query("CREATE DATABASE atlas");
  await admin.end();
  const opened = await openDatabase({ kind: "postgres", url: cluster.urlFor("atlas"), description: "outage cluster" });
  await migrate(opened.sql);
  db = { ...opened, kind: "postgres", url: cluster.urlFor("atlas") };
  auth = testAuth(db);
  request.cookie = (await signedInAccount(db, auth, "editor")).cookie;
}, 120_000);

afterAll(async () => {
  await db?.close();
  await cluster.destroy();
});

beforeEach(() => {
  // The auth library reports its failed session read itself; expected here, and nothing else may be.
  const original = console.error;
  vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
    if (String(args[0]).includes("[Better Auth]")) return;
    original(...args);
  });
});

const startupsNamed = async (name: string) => db.prisma.startup.count({ where: { nameEn: name } });

describe("an editor's save during a database outage", () => {
  test("with the database down before the save: the form comes back with what was typed and a clear message", async () => {
    await cluster.stop();
    try {
      const state = expectRefusal(
        await submit((p, f) => createRecordAction("startups", p, f), {
          nameEn: "Typed During The Outage",
          foundedYear: "2021",
          confidence: "HIGH",
        }),
      );
      expect(state.message).toBe(DATABASE_UNAVAILABLE_MESSAGE);
      expect(state.values).toMatchObject({ nameEn: "Typed During The Outage", foundedYear: "2021" });
      expect(db.availability.available).toBe(false);
    } finally {
      await cluster.start();
    }
    await expect.poll(() => db.availability.available, { timeout: 5_000 }).toBe(true);
    expect(await startupsNamed("Typed During The Outage")).toBe(0);
  }, 60_000);

  test("with the database going down in the middle of the write: rolled back whole, the form kept", async () => {
    const city = await createCity(db.prisma, { nameEn: "Outage City" });
    // Hold the start-up table so the save's transaction is inside the database, waiting, when it stops.
    const blocker = new pg.Client({ connectionString: cluster.urlFor("atlas") });
    blocker.on("error", () => undefined);
    await blocker.connect();
    await blocker.query('BEGIN; LOCK TABLE "Startup" IN ACCESS EXCLUSIVE MODE');
    const saving = submit((p, f) => createRecordAction("startups", p, f), {
      nameEn: "Half Written Never",
      cityId: String(city.id),
      foundedYear: "2022",
      confidence: "HIGH",
      "citations.0.newUrl": "https://example.org/outage-source",
      "citations.0.newPublisher": "Example",
      "citations.0.newLanguage": "en",
      "citations.0.field": "foundedYear",
    });
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    await cluster.stop();
    const state = expectRefusal(await saving);
    await blocker.end().catch(() => undefined);
    await cluster.start();
    await expect.poll(() => db.availability.available, { timeout: 5_000 }).toBe(true);

    expect(state.message).toBe(DATABASE_UNAVAILABLE_MESSAGE);
    expect(state.values).toMatchObject({ nameEn: "Half Written Never" });
    expect(await startupsNamed("Half Written Never")).toBe(0);
    expect(await db.prisma.source.count({ where: { url: "https://example.org/outage-source" } })).toBe(0);
    expect(await db.prisma.changeLog.count({ where: { summary: { contains: "Half Written Never" } } })).toBe(0);
  }, 60_000);
});
