import { createHash, randomUUID } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import type { SqlExecutor } from "./sql";
import { messageOf } from "../errors";

export const defaultMigrationsDir = path.join(process.cwd(), "prisma", "migrations");

// The key Prisma Migrate itself takes, so our runner and `prisma migrate deploy` never run at once.
const PRISMA_ADVISORY_LOCK_KEY = 72707369;

export class MigrationError extends Error {
  override name = "MigrationError";
}

export type MigrationFile = { name: string; script: string; checksum: string };

export type MigrationResult = { applied: string[]; alreadyApplied: string[] };

type AppliedRow = { migration_name: string; checksum: string; finished_at: Date | null };

/** Prisma stores the SHA-256 of the migration file's bytes, hex encoded. */
export function migrationChecksum(bytes: string | Buffer): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** Reads prisma/migrations/<timestamp>_<name>/migration.sql in the order Prisma applies them. */
export function readMigrations(migrationsDir: string = defaultMigrationsDir): MigrationFile[] {
  if (!existsSync(/*turbopackIgnore: true*/ migrationsDir))
    throw new MigrationError(`No migrations folder at ${migrationsDir}`);
  return readdirSync(/*turbopackIgnore: true*/ migrationsDir)
    .filter((entry) => statSync(path.join(/*turbopackIgnore: true*/ migrationsDir, entry)).isDirectory())
    .sort()
    .map((name) => {
      const file = path.join(/*turbopackIgnore: true*/ migrationsDir, name, "migration.sql");
      if (!existsSync(/*turbopackIgnore: true*/ file))
        throw new MigrationError(`Migration ${name} has no migration.sql`);
      const bytes = readFileSync(/*turbopackIgnore: true*/ file);
      return { name, script: bytes.toString("utf8"), checksum: migrationChecksum(bytes) };
    });
}

// Prisma's own DDL for its bookkeeping table, so `prisma migrate status` reads our history as its own.
const createBookkeepingTable = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

async function appliedMigrations(sql: SqlExecutor): Promise<AppliedRow[]> {
  return sql.query<AppliedRow>(
    `SELECT migration_name, checksum, finished_at FROM "_prisma_migrations"
     WHERE rolled_back_at IS NULL ORDER BY started_at, migration_name`,
  );
}

function checkHistory(local: MigrationFile[], applied: AppliedRow[]): void {
  const byName = new Map(local.map((m) => [m.name, m]));
  for (const row of applied) {
    const file = byName.get(row.migration_name);
    if (!file) {
      throw new MigrationError(
        `The database has migration ${row.migration_name}, which is not in prisma/migrations. ` +
          `Is this checkout older than the database?`,
      );
    }
    if (row.finished_at === null) {
      throw new MigrationError(
        `Migration ${row.migration_name} was started but never finished. Inspect the database, then mark it ` +
          `rolled back (UPDATE "_prisma_migrations" SET rolled_back_at = now() WHERE migration_name = '${row.migration_name}').`,
      );
    }
    if (row.checksum !== file.checksum) {
      throw new MigrationError(
        `Migration ${row.migration_name} was modified after it was applied ` +
          `(checksum in database ${row.checksum.slice(0, 12)}…, file ${file.checksum.slice(0, 12)}…). ` +
          `Applied migrations must not change: restore the file and add a new migration instead.`,
      );
    }
  }
}

/**
 * Applies pending migrations, each in its own transaction (all of a migration or none of it), and
 * records them in `_prisma_migrations` exactly as Prisma Migrate would. Re-running is a no-op.
 */
export async function migrate(
  sql: SqlExecutor,
  options: { migrationsDir?: string; log?: (line: string) => void } = {},
): Promise<MigrationResult> {
  const local = readMigrations(options.migrationsDir);
  const log = options.log ?? (() => undefined);
  // Under the lock, so two runners starting on an empty database do not race to create the table.
  await sql.transaction(async (tx) => {
    await tx.query(`SELECT pg_advisory_xact_lock(${PRISMA_ADVISORY_LOCK_KEY})`);
    await tx.exec(createBookkeepingTable);
  });
  checkHistory(local, await appliedMigrations(sql));

  const result: MigrationResult = { applied: [], alreadyApplied: [] };
  for (const migration of local) {
    const applied = await sql.transaction(async (tx) => {
      await tx.query(`SELECT pg_advisory_xact_lock(${PRISMA_ADVISORY_LOCK_KEY})`);
      // Re-read under the lock: another process may have applied it meanwhile.
      const rows = await appliedMigrations(tx);
      checkHistory(local, rows);
      if (rows.some((row) => row.migration_name === migration.name)) return false;
      const id = randomUUID();
      await tx.query(
        `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, applied_steps_count)
         VALUES ($1, $2, $3, now(), 0)`,
        [id, migration.checksum, migration.name],
      );
      try {
        await tx.exec(migration.script);
      } catch (error) {
        throw new MigrationError(`Migration ${migration.name} failed and was rolled back: ${messageOf(error)}`);
      }
      await tx.query(
        `UPDATE "_prisma_migrations" SET finished_at = clock_timestamp(), applied_steps_count = 1 WHERE id = $1`,
        [id],
      );
      return true;
    });
    if (applied) {
      result.applied.push(migration.name);
      log(`applied ${migration.name}`);
    } else {
      result.alreadyApplied.push(migration.name);
    }
  }
  return result;
}
