import { createHash } from "node:crypto";
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
  appendFileSync,
} from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { defaultMigrationsDir, migrate, MigrationError } from "@/lib/db/migrate";
import type { SqlExecutor } from "@/lib/db/sql";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "../helpers/database";

type BookkeepingRow = {
  id: string;
  checksum: string;
  finished_at: Date | null;
  migration_name: string;
  logs: string | null;
  rolled_back_at: Date | null;
  started_at: Date;
  applied_steps_count: number;
};

const checkoutMigrations = readdirSync(defaultMigrationsDir)
  .filter((entry) => statSync(path.join(defaultMigrationsDir, entry)).isDirectory())
  .sort();

function sha256OfFile(file: string): string {
  return createHash("sha256").update(readFileSync(file)).digest("hex");
}

async function bookkeeping(sql: SqlExecutor): Promise<BookkeepingRow[]> {
  return sql.query<BookkeepingRow>(`SELECT * FROM "_prisma_migrations" ORDER BY migration_name`);
}

async function tableExists(sql: SqlExecutor, table: string): Promise<boolean> {
  const rows = await sql.query<{ found: boolean }>(`SELECT to_regclass($1) IS NOT NULL AS found`, [
    `public."${table}"`,
  ]);
  return rows[0]?.found === true;
}

/** A scratch copy of prisma/migrations the test may edit without touching the checkout. */
function copyMigrations(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "atlas-migrations-"));
  cpSync(defaultMigrationsDir, dir, { recursive: true });
  return dir;
}

function addMigration(dir: string, name: string, script: string): void {
  mkdirSync(path.join(dir, name));
  writeFileSync(path.join(dir, name, "migration.sql"), script);
}

describe.each(testDatabaseKinds)("migration runner on %s", (kind) => {
  let db: TestDatabase;
  let scratchDirs: string[] = [];

  beforeEach(async () => {
    db = await createTestDatabase({ kind, migrated: false });
  });
  afterEach(async () => {
    await db?.close();
    for (const dir of scratchDirs) rmSync(dir, { recursive: true, force: true });
    scratchDirs = [];
  });

  function scratchMigrations(): string {
    const dir = copyMigrations();
    scratchDirs.push(dir);
    return dir;
  }

  test("a fresh database gets every migration, recorded the way Prisma records it", async () => {
    const result = await migrate(db.sql);

    expect(result).toEqual({ applied: checkoutMigrations, alreadyApplied: [] });
    const rows = await bookkeeping(db.sql);
    expect(rows.map((row) => row.migration_name)).toEqual(checkoutMigrations);
    for (const row of rows) {
      const file = path.join(defaultMigrationsDir, row.migration_name, "migration.sql");
      expect(row.checksum).toBe(sha256OfFile(file));
      expect(row.id).toHaveLength(36);
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.finished_at!.getTime()).toBeGreaterThanOrEqual(row.started_at.getTime());
      expect(row.applied_steps_count).toBe(1);
      expect(row.rolled_back_at).toBeNull();
      expect(row.logs).toBeNull();
    }
    expect(await tableExists(db.sql, "Startup")).toBe(true);
  });

  test("running it again changes nothing", async () => {
    await migrate(db.sql);
    const before = await bookkeeping(db.sql);
    const tablesBefore = await db.sql.query(
      `SELECT relname, relkind FROM pg_class WHERE relnamespace = 'public'::regnamespace ORDER BY relname`,
    );

    const result = await migrate(db.sql);

    expect(result).toEqual({ applied: [], alreadyApplied: checkoutMigrations });
    expect(await bookkeeping(db.sql)).toEqual(before);
    expect(
      await db.sql.query(
        `SELECT relname, relkind FROM pg_class WHERE relnamespace = 'public'::regnamespace ORDER BY relname`,
      ),
    ).toEqual(tablesBefore);
  });

  test("a migration edited after it was applied is refused, and nothing else is applied", async () => {
    const dir = scratchMigrations();
    await migrate(db.sql, { migrationsDir: dir });
    const before = await bookkeeping(db.sql);
    const edited = checkoutMigrations[0]!;
    appendFileSync(path.join(dir, edited, "migration.sql"), `\n-- an innocent-looking edit\n`);
    addMigration(dir, "29991231000000_later", `CREATE TABLE "AppliedDespiteEdit" ("id" INTEGER);`);

    const attempt = migrate(db.sql, { migrationsDir: dir });

    await expect(attempt).rejects.toBeInstanceOf(MigrationError);
    await expect(attempt).rejects.toThrow(new RegExp(`Migration ${edited} was modified after it was applied`));
    expect(await bookkeeping(db.sql)).toEqual(before);
    expect(await tableExists(db.sql, "AppliedDespiteEdit")).toBe(false);
  });

  test("a migration whose SQL fails is rolled back entirely and named in the error", async () => {
    const dir = scratchMigrations();
    const broken = "29991231000000_broken";
    addMigration(
      dir,
      broken,
      `CREATE TABLE "HalfDone" ("id" INTEGER);\nALTER TABLE "Startup" ADD COLUMN "extra" TEXT;\nSELECT 1 / 0;\n`,
    );

    const attempt = migrate(db.sql, { migrationsDir: dir });

    await expect(attempt).rejects.toBeInstanceOf(MigrationError);
    await expect(attempt).rejects.toThrow(new RegExp(`Migration ${broken} failed and was rolled back`));
    const rows = await bookkeeping(db.sql);
    // The migrations before it stay applied; the broken one leaves no trace at all.
    expect(rows.map((row) => row.migration_name)).toEqual(checkoutMigrations);
    expect(await tableExists(db.sql, "HalfDone")).toBe(false);
    const extraColumn = await db.sql.query(
      `SELECT 1 FROM information_schema.columns WHERE table_name = 'Startup' AND column_name = 'extra'`,
    );
    expect(extraColumn).toEqual([]);

    // Once fixed, the same migration applies cleanly.
    writeFileSync(path.join(dir, broken, "migration.sql"), `CREATE TABLE "HalfDone" ("id" INTEGER);\n`);
    expect((await migrate(db.sql, { migrationsDir: dir })).applied).toEqual([broken]);
    expect(await tableExists(db.sql, "HalfDone")).toBe(true);
  });

  test("a database with a migration this checkout does not have is refused", async () => {
    const dir = scratchMigrations();
    const unknown = "29991231000000_from_a_newer_branch";
    addMigration(dir, unknown, `CREATE TABLE "FromTheFuture" ("id" INTEGER);`);
    await migrate(db.sql, { migrationsDir: dir });
    const before = await bookkeeping(db.sql);

    const attempt = migrate(db.sql);

    await expect(attempt).rejects.toBeInstanceOf(MigrationError);
    await expect(attempt).rejects.toThrow(
      new RegExp(`database has migration ${unknown}, which is not in prisma/migrations`),
    );
    expect(await bookkeeping(db.sql)).toEqual(before);
  });
});
