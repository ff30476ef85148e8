import { ConfigError } from "../env";
import type { Database } from "./connection";
import { migrate, readMigrations } from "./migrate";
// The seed loader lives with the seed data in prisma/; the embedded database uses it on first start.
import { seedDatabase } from "../../prisma/seed/load";

/**
 * Makes an opened database ready for the app. The embedded database is the newcomer's: it is
 * migrated on every start and seeded the first time. A PostgreSQL database is the operator's: we
 * only check that its migrations are applied and say which command to run if not.
 */
export async function prepareDatabase(db: Database, log: (line: string) => void = () => undefined): Promise<void> {
  if (db.target.kind === "embedded") {
    const result = await migrate(db.sql, { log });
    const seeded = (await db.prisma.source.count()) > 0;
    if (!seeded) {
      log(`Seeding ${db.target.description} (first start)…`);
      await seedDatabase(db.prisma, { log });
    }
    if (result.applied.length > 0 || !seeded) log(`Embedded database ready in ${db.target.dataDir}`);
    return;
  }
  const pending = await pendingMigrations(db);
  if (pending.length > 0) {
    throw new ConfigError(
      `${db.target.description} is missing ${pending.length} migration(s) (${pending.join(", ")}). Run: npm run db:migrate && npm run db:seed`,
    );
  }
}

/** Migrations in prisma/migrations that the database has not applied. */
export async function pendingMigrations(db: Database): Promise<string[]> {
  const [{ exists } = { exists: false }] = await db.sql.query<{ exists: boolean }>(
    `SELECT to_regclass('"_prisma_migrations"') IS NOT NULL AS exists`,
  );
  const applied = exists
    ? new Set(
        (
          await db.sql.query<{ migration_name: string }>(
            `SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
          )
        ).map((row) => row.migration_name),
      )
    : new Set<string>();
  return readMigrations()
    .map((m) => m.name)
    .filter((name) => !applied.has(name));
}
