import { randomBytes } from "node:crypto";
import pg from "pg";
import { openDatabase, type Database } from "@/lib/db/connection";
import { migrate } from "@/lib/db/migrate";

export type TestDatabaseKind = "postgres" | "embedded";

/** The database integration tests run against: real PostgreSQL when TEST_DATABASE_URL is set. */
export const defaultTestDatabaseKind: TestDatabaseKind = process.env.TEST_DATABASE_URL ? "postgres" : "embedded";

/** Both kinds when PostgreSQL is available, for tests that must hold on either database. */
export const testDatabaseKinds: TestDatabaseKind[] = process.env.TEST_DATABASE_URL
  ? ["postgres", "embedded"]
  : ["embedded"];

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "::1", "[::1]"]);

/** Refuses to let a test touch any database that is not on this machine. */
export function assertLocalDatabaseUrl(url: string): URL {
  const parsed = new URL(url);
  if (!LOCAL_HOSTS.has(parsed.hostname)) {
    throw new Error(`TEST_DATABASE_URL must point at this machine; got host ${parsed.hostname}`);
  }
  return parsed;
}

export type TestDatabase = Database & { kind: TestDatabaseKind; url?: string };

/**
 * A fresh, empty database of its own for one test file: a new PostgreSQL database on the server in
 * TEST_DATABASE_URL (dropped again on close), or an in-memory PGlite database.
 */
export async function createTestDatabase(
  options: { kind?: TestDatabaseKind; migrated?: boolean } = {},
): Promise<TestDatabase> {
  const kind = options.kind ?? defaultTestDatabaseKind;
  const migrated = options.migrated ?? true;
  let db: Database;
  let url: string | undefined;
  let drop = async () => undefined as void;

  if (kind === "postgres") {
    const base = process.env.TEST_DATABASE_URL;
    if (!base) throw new Error("TEST_DATABASE_URL is not set");
    const adminUrl = assertLocalDatabaseUrl(base);
    const name = `atlas_test_${process.pid}_${randomBytes(4).toString("hex")}`;
    const admin = new pg.Client({ connectionString: adminUrl.toString() });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();
    const testUrl = new URL(adminUrl.toString());
    testUrl.pathname = `/${name}`;
    url = testUrl.toString();
    db = await openDatabase({ kind: "postgres", url, description: `test database ${name}` });
    drop = async () => {
      const cleanup = new pg.Client({ connectionString: adminUrl.toString() });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await cleanup.end();
    };
  } else {
    db = await openDatabase({ kind: "embedded", dataDir: "memory://", description: "in-memory PGlite" });
  }

  if (migrated) await migrate(db.sql);
  return {
    ...db,
    kind,
    url,
    async close() {
      await db.close();
      await drop();
    },
  };
}
