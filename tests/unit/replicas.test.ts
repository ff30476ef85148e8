import type pg from "pg";
import { describe, expect, it } from "vitest";
import {
  formatLsn,
  isPlainRead,
  parseLsn,
  readSessionCookie,
  readSessionFor,
  routeReadsToReplicas,
  runOnPrimary,
  runWithReadSession,
} from "@/lib/db/replicas";

/** A stand-in for a pg.Pool: records each statement, answers WAL positions from `lsn`, fails when told. */
function fakePool(name: string, state: { lsn: string; fail?: { code?: string } }) {
  const ran: string[] = [];
  const answer = async (config: unknown) => {
    const text = typeof config === "string" ? config : (config as { text: string }).text;
    ran.push(text);
    if (state.fail && !/wal/.test(text)) throw Object.assign(new Error(`${name} failed`), state.fail);
    if (/wal_replay_lsn|current_wal_lsn/.test(text)) return { rows: [{ lsn: state.lsn }] } as pg.QueryResult;
    return { rows: [{ from: name }] } as unknown as pg.QueryResult;
  };
  const pool = {
    query: answer,
    on: () => pool,
    end: async () => undefined,
    connect: async () => ({ query: answer, release: () => undefined }),
  } as unknown as pg.Pool;
  return { pool, ran, state };
}

function setup(primaryLsn = "0/500", replicaLsn = "0/500") {
  const primary = fakePool("primary", { lsn: primaryLsn });
  const replica = fakePool("replica", { lsn: replicaLsn });
  routeReadsToReplicas(primary.pool, [{ pool: replica.pool, name: "replica 1" }]);
  const read = async (session = readSessionFor("GET", undefined), text = `SELECT * FROM "Startup"`) =>
    runWithReadSession(session, async () => ((await primary.pool.query(text)).rows[0] as { from: string }).from);
  return { primary, replica, read };
}

describe("WAL positions", () => {
  it("parses and prints PostgreSQL's notation, ordered as the WAL is", () => {
    expect(parseLsn("16/B374D848")).toBe((0x16n << 32n) | 0xb374d848n);
    expect(formatLsn(parseLsn("16/B374D848")!)).toBe("16/B374D848");
    expect(parseLsn("1/0")! > parseLsn("0/FFFFFFFF")!).toBe(true);
    for (const bad of ["", "16", "x/1", "1/2/3", "123456789/0", undefined, null]) expect(parseLsn(bad)).toBeUndefined();
  });
});

describe("which statements a replica may run", () => {
  it("takes plain SELECTs and read-only WITH queries only", () => {
    expect(isPlainRead(`SELECT "id" FROM "Startup" WHERE "updatedAt" > $1`)).toBe(true);
    expect(isPlainRead(`  with t as (select 1) select * from t`)).toBe(true);
    for (const write of [
      `INSERT INTO "Startup" VALUES (1)`,
      `WITH gone AS (DELETE FROM "RateLimit" RETURNING 1) SELECT count(*) FROM gone`,
      `SELECT * FROM "Startup" WHERE id = 1 FOR UPDATE`,
      `SELECT nextval('seq')`,
      `SELECT pg_advisory_xact_lock(1)`,
      `SELECT 1; DELETE FROM "Startup"`,
      "BEGIN",
      "COMMIT",
    ])
      expect(isPlainRead(write), write).toBe(false);
  });
});

describe("a request's read session", () => {
  it("reads the position from its cookie; only GET and HEAD may read replicas; a malformed cookie counts as none", () => {
    expect(readSessionFor("GET", "a=b; atlas_lsn=0/3000060; c=d")).toMatchObject({
      replicaReads: true,
      seen: 0x3000060n,
    });
    expect(readSessionFor("HEAD", undefined)).toMatchObject({ replicaReads: true, seen: 0n });
    expect(readSessionFor("POST", "atlas_lsn=0/10").replicaReads).toBe(false);
    expect(readSessionFor("GET", "atlas_lsn=drop table").seen).toBe(0n);
  });

  it("sends the cookie only when the position moved and must be remembered", () => {
    const session = readSessionFor("GET", "atlas_lsn=0/10");
    expect(readSessionCookie(session)).toBeUndefined();
    session.seen = 0x20n;
    expect(readSessionCookie(session)).toBeUndefined();
    session.remember = true;
    expect(readSessionCookie(session)).toMatch(/^atlas_lsn=0\/20; Path=\/; Max-Age=\d+; HttpOnly; SameSite=Lax$/);
  });
});

describe("routing statements", () => {
  it("sends a GET request's reads to the replica, and everything outside a request to the primary", async () => {
    const { read, primary } = setup();
    expect(await read()).toBe("replica");
    expect(((await primary.pool.query(`SELECT 1`)).rows[0] as { from: string }).from).toBe("primary");
    expect(
      await runOnPrimary(async () => ((await primary.pool.query(`SELECT 1`)).rows[0] as { from: string }).from),
    ).toBe("primary");
  });

  it("sends writes and every statement of other methods to the primary, and a write advances the session", async () => {
    const { read } = setup("0/900", "0/500");
    const get = readSessionFor("GET", undefined);
    expect(await read(get, `UPDATE "Session" SET "updatedAt" = now()`)).toBe("primary");
    expect(get.seen).toBe(0x900n);
    expect(readSessionCookie(get)).toContain("atlas_lsn=0/900");
    const post = readSessionFor("POST", undefined);
    expect(await read(post)).toBe("primary");
  });

  it("passes over a replica behind what the reader has seen, and takes it again once it has caught up", async () => {
    const { read, replica } = setup("0/900", "0/500");
    const writer = readSessionFor("GET", "atlas_lsn=0/900");
    expect(await read(writer)).toBe("primary");
    expect(await read(readSessionFor("GET", undefined))).toBe("replica");
    replica.state.lsn = "0/A00";
    const later = readSessionFor("GET", "atlas_lsn=0/900");
    expect(await read(later)).toBe("replica");
    // The reader has now seen the replica's position: its next request will not accept less.
    expect(later.seen).toBe(0xa00n);
  });

  it("answers from the primary when the replica fails, and skips it for a while", async () => {
    const { read, replica } = setup();
    replica.state.fail = { code: "ECONNREFUSED" };
    expect(await read()).toBe("primary");
    replica.state.fail = undefined;
    expect(await read()).toBe("primary");
  });

  it("runs a statement the standby refuses on the primary, and passes the statement's own errors on", async () => {
    const { read, replica } = setup();
    replica.state.fail = { code: "25006" };
    expect(await read()).toBe("primary");
    replica.state.fail = { code: "42P01" };
    await expect(read()).rejects.toThrow("replica failed");
  });
});
