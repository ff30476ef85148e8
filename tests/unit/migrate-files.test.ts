import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";
import { defaultMigrationsDir } from "@/lib/db/migrate";

// Prisma's own layout: it sorts folders by name, so the 14-digit timestamp decides the order.
const MIGRATION_FOLDER = /^\d{14}_[a-z0-9_]+$/;

const folders = readdirSync(defaultMigrationsDir).filter((entry) =>
  statSync(path.join(defaultMigrationsDir, entry)).isDirectory(),
);

test("there is at least one migration", () => {
  expect(folders.length).toBeGreaterThan(0);
});

test.each(folders)("migration folder %s is named <timestamp>_<snake_case> and holds migration.sql", (folder) => {
  expect(folder).toMatch(MIGRATION_FOLDER);
  const file = path.join(defaultMigrationsDir, folder, "migration.sql");
  expect(existsSync(file), `${folder}/migration.sql is missing`).toBe(true);
  expect(readFileSync(file, "utf8").trim().length).toBeGreaterThan(0);
});

test("migration timestamps are unique", () => {
  const timestamps = folders.map((folder) => folder.slice(0, 14));
  expect(new Set(timestamps).size).toBe(timestamps.length);
});

test("migration_lock.toml names postgresql as the provider", () => {
  const lock = readFileSync(path.join(defaultMigrationsDir, "migration_lock.toml"), "utf8");
  expect(lock).toMatch(/^provider\s*=\s*"postgresql"\s*$/m);
});
