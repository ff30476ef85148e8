import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, test } from "vitest";
import { backupDatabase, restoreDatabase } from "@/lib/db/backup";
import { openDatabase, type Database } from "@/lib/db/connection";
import { migrate } from "@/lib/db/migrate";
import type { DatabaseTarget } from "@/lib/env";
import { seedDatabase } from "@/prisma/seed/load";
import { assertLocalDatabaseUrl, testDatabaseKinds } from "../helpers/database";

const work = mkdtempSync(path.join(tmpdir(), "atlas-backup-test-"));
const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
  rmSync(work, { recursive: true, force: true });
});

/** A new, empty target of the given kind: a fresh PostgreSQL database, or a folder for the embedded one. */
async function newTarget(kind: "postgres" | "embedded", name: string): Promise<DatabaseTarget> {
  if (kind === "embedded") return { kind, dataDir: path.join(work, name), description: `embedded ${name}` };
  const base = assertLocalDatabaseUrl(process.env.TEST_DATABASE_URL!);
  const database = `atlas_backup_${process.pid}_${name}`;
  const admin = new pg.Client({ connectionString: base.toString() });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${database}"`);
  await admin.end();
  cleanups.push(async () => {
    const client = new pg.Client({ connectionString: base.toString() });
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    await client.end();
  });
  const url = new URL(base.toString());
  url.pathname = `/${database}`;
  return { kind, url: url.toString(), description: `PostgreSQL ${database}` };
}

type TableSnapshot = { count: number; first: string[]; last: string[] };

/**
 * Every table's row count, and a sample of its rows (the first and last five in text order) as the
 * server renders them in JSON, so both sides are compared in the database's own words.
 */
async function snapshot(db: Database): Promise<Record<string, TableSnapshot>> {
  const tables = await db.sql.query<{ table_name: string }>(
    `SELECT table_name FROM information_schema.tables
     WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
  );
  const result: Record<string, TableSnapshot> = {};
  for (const { table_name: table } of tables) {
    const [row] = await db.sql.query<{ count: string | number }>(`SELECT count(*) AS count FROM "${table}"`);
    result[table] = {
      count: Number(row!.count),
      first: await sample(db, table, "ASC"),
      last: await sample(db, table, "DESC"),
    };
  }
  return result;
}

async function sample(db: Database, table: string, order: "ASC" | "DESC"): Promise<string[]> {
  const rows = await db.sql.query<{ row: string }>(
    `SELECT row_to_json(t)::text AS row FROM "${table}" t ORDER BY row_to_json(t)::text ${order} LIMIT 5`,
  );
  return rows.map((r) => r.row);
}

describe.each(testDatabaseKinds)("backup and restore on %s", (kind) => {
  test("a seeded database with edits and history comes back table for table; a non-empty target is refused", async () => {
    const sourceTarget = await newTarget(kind, "source");
    const source = await openDatabase(sourceTarget);
    let before: Record<string, TableSnapshot>;
    try {
      await migrate(source.sql);
      await seedDatabase(source.prisma, { log: () => undefined });
      // Edits and their history, as an editor's save leaves them.
      const startup = await source.prisma.startup.findFirstOrThrow({ orderBy: { id: "asc" } });
      await source.prisma.startup.update({
        where: { id: startup.id },
        data: { description: "Edited before the backup — 编辑过", version: { increment: 1 } },
      });
      await source.prisma.changeLog.create({
        data: {
          recordType: "STARTUP",
          recordId: String(startup.id),
          action: "UPDATE",
          version: startup.version + 1,
          before: { description: startup.description },
          after: { description: "Edited before the backup — 编辑过" },
          actorName: "Backup Test",
        },
      });
      before = await snapshot(source);
    } finally {
      await source.close();
    }
    expect(before.Startup!.count).toBeGreaterThan(0);
    expect(before.ChangeLog!.count).toBeGreaterThan(0);
    expect(before._prisma_migrations!.count).toBeGreaterThan(0);

    const backup = await backupDatabase(sourceTarget, path.join(work, `${kind}-backups`));
    expect(path.basename(backup.file)).toMatch(
      new RegExp(`^alumni-atlas-${kind}-\\d{8}T\\d{6}Z\\.${kind === "postgres" ? "dump" : "tar\\.gz"}$`),
    );
    expect(readFileSync(backup.checksumFile, "utf8")).toBe(`${backup.sha256}  ${path.basename(backup.file)}\n`);

    const restoredTarget = await newTarget(kind, "restored");
    await restoreDatabase(restoredTarget, backup.file);
    const restored = await openDatabase(restoredTarget);
    try {
      const after = await snapshot(restored);
      expect(Object.keys(after)).toEqual(Object.keys(before));
      const differing = Object.keys(before).filter(
        (table) => JSON.stringify(after[table]) !== JSON.stringify(before[table]),
      );
      const rows = (tables: Record<string, TableSnapshot>) =>
        Object.values(tables).reduce((sum, t) => sum + t.count, 0);
      const sampled = Object.values(before).reduce((sum, t) => sum + new Set([...t.first, ...t.last]).size, 0);
      console.info(
        `backup and restore on ${kind}: ${Object.keys(before).length} tables, ${rows(before)} rows backed up, ` +
          `${rows(after)} restored, ${sampled} sampled rows compared, ${differing.length} tables differing` +
          `${differing.length ? ` (${differing.join(", ")})` : ""}\n` +
          Object.entries(before)
            .filter(([, t]) => t.count > 0)
            .map(([table, t]) => `  ${table}: ${t.count} → ${after[table]?.count}`)
            .join("\n"),
      );
      for (const table of Object.keys(before)) expect(after[table], table).toEqual(before[table]);
      // And it is a working database: the app's client reads the edit back.
      const edited = await restored.prisma.startup.findFirstOrThrow({ orderBy: { id: "asc" } });
      expect(edited.description).toBe("Edited before the backup — 编辑过");
    } finally {
      await restored.close();
    }

    // Not empty now: refused without --force, and nothing is touched.
    await expect(restoreDatabase(restoredTarget, backup.file)).rejects.toThrow(/not empty|already holds a database/);
    const replaced = await restoreDatabase(restoredTarget, backup.file, { force: true });
    if (kind === "embedded") expect(replaced.replaced && existsSync(replaced.replaced)).toBe(true);
    const again = await openDatabase(restoredTarget);
    try {
      expect((await snapshot(again)).Startup).toEqual(before.Startup);
    } finally {
      await again.close();
    }

    // A corrupted copy is refused before anything is restored.
    const corrupt = path.join(path.dirname(backup.file), `corrupt-${path.basename(backup.file)}`);
    const bytes = readFileSync(backup.file);
    const middle = bytes.length >> 1;
    bytes.writeUInt8(bytes.readUInt8(middle) ^ 0xff, middle);
    writeFileSync(corrupt, bytes);
    writeFileSync(`${corrupt}.sha256`, readFileSync(backup.checksumFile, "utf8"));
    await expect(restoreDatabase(await newTarget(kind, "never"), corrupt)).rejects.toThrow(/Checksum mismatch/);
  }, 180_000);
});
