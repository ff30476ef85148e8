import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import pg from "pg";
import type { DatabaseTarget } from "../env";
import { redactSecrets } from "../observability/redact";

const run = promisify(execFile);

export class BackupError extends Error {
  override name = "BackupError";
}

export type BackupResult = { file: string; checksumFile: string; sha256: string; bytes: number };

/** `alumni-atlas-postgres-20261130T140501Z.dump`: sorts by time, says what it holds. */
export function backupFileName(kind: DatabaseTarget["kind"], at: Date = new Date()): string {
  const stamp = at
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d+Z$/, "Z");
  return `alumni-atlas-${kind}-${stamp}.${kind === "postgres" ? "dump" : "tar.gz"}`;
}

export function sha256File(file: string): string {
  return createHash("sha256").update(readFileSync(file)).digest("hex");
}

/** The checksum beside the backup, in `sha256sum` format so `sha256sum -c` checks it too. */
function writeChecksum(file: string): { checksumFile: string; sha256: string } {
  const sha256 = sha256File(file);
  const checksumFile = `${file}.sha256`;
  writeFileSync(checksumFile, `${sha256}  ${path.basename(file)}\n`);
  return { checksumFile, sha256 };
}

/** Refuses a backup whose bytes differ from its checksum file (or that has none): a restore must not start from a torn copy. */
export function verifyChecksum(file: string): string {
  const checksumFile = `${file}.sha256`;
  if (!existsSync(file)) throw new BackupError(`No backup at ${file}`);
  if (!existsSync(checksumFile)) throw new BackupError(`No checksum file ${checksumFile} beside the backup`);
  const expected = readFileSync(checksumFile, "utf8").trim().split(/\s+/)[0] ?? "";
  const actual = sha256File(file);
  if (expected !== actual) {
    throw new BackupError(
      `Checksum mismatch for ${path.basename(file)}: expected ${expected.slice(0, 12)}…, got ${actual.slice(0, 12)}…`,
    );
  }
  return actual;
}

/** PostgreSQL's client tools: PG_BIN_DIR, else Debian's newest /usr/lib/postgresql/<version>/bin, else PATH. */
export function postgresTool(name: "pg_dump" | "pg_restore"): string {
  const dirs = process.env.PG_BIN_DIR ? [process.env.PG_BIN_DIR] : [];
  const debian = "/usr/lib/postgresql";
  if (existsSync(debian)) {
    dirs.push(
      ...readdirSync(debian)
        .sort((a, b) => Number(b) - Number(a))
        .map((version) => path.join(debian, version, "bin")),
    );
  }
  return dirs.map((dir) => path.join(dir, name)).find((file) => existsSync(file)) ?? name;
}

/**
 * The connection as libpq environment variables: the URL (and its password) never appears in a
 * command line that `ps` would show.
 */
function libpqEnv(url: string): NodeJS.ProcessEnv {
  const parsed = new URL(url);
  const sslmode = parsed.searchParams.get("sslmode");
  return {
    ...process.env,
    PGHOST: decodeURIComponent(parsed.hostname.replace(/^\[|\]$/g, "")),
    PGPORT: parsed.port || "5432",
    PGUSER: decodeURIComponent(parsed.username) || process.env.PGUSER || "postgres",
    PGPASSWORD: decodeURIComponent(parsed.password) || process.env.PGPASSWORD || "",
    PGDATABASE: decodeURIComponent(parsed.pathname.slice(1)),
    ...(sslmode ? { PGSSLMODE: sslmode } : {}),
  };
}

async function runTool(tool: "pg_dump" | "pg_restore", args: string[], url: string): Promise<void> {
  try {
    await run(postgresTool(tool), args, { env: libpqEnv(url), maxBuffer: 16 * 1024 * 1024 });
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr?.trim();
    throw new BackupError(`${tool} failed: ${redactSecrets(stderr || String(error))}`);
  }
}

/**
 * Writes a consistent backup of the database into `dir`: PostgreSQL with `pg_dump` in its custom
 * format (one snapshot, so concurrent writes cannot tear it), the embedded database with PGlite's
 * own data-directory dump. Then the SHA-256 checksum beside it.
 */
export async function backupDatabase(
  target: DatabaseTarget,
  dir: string,
  at: Date = new Date(),
): Promise<BackupResult> {
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, backupFileName(target.kind, at));
  if (existsSync(file)) throw new BackupError(`${file} exists already`);
  if (target.kind === "postgres") {
    await runTool("pg_dump", ["--format=custom", "--no-owner", "--no-privileges", `--file=${file}`], target.url);
  } else {
    if (!existsSync(path.join(target.dataDir, "PG_VERSION"))) {
      throw new BackupError(`No embedded database in ${target.dataDir}`);
    }
    const db = new PGlite(target.dataDir, { extensions: { pg_trgm } });
    try {
      await db.waitReady;
      const dump = await db.dumpDataDir("gzip");
      writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
    } finally {
      await db.close();
    }
  }
  const { checksumFile, sha256 } = writeChecksum(file);
  return { file, checksumFile, sha256, bytes: readFileSync(file).length };
}

/** Tables in the target's public schema: a database with any is not "empty". */
async function postgresTables(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ count: string }>(
      `SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'`,
    );
    return Number(rows[0]?.count ?? 0);
  } finally {
    await client.end();
  }
}

export type RestoreResult = { target: string; replaced?: string };

/**
 * Restores a backup made by `backupDatabase` into the target, after checking its checksum. The
 * target must be empty (a database without tables, or no embedded data folder); with `force`, a
 * PostgreSQL database's public schema is dropped first, and an embedded folder is moved aside (kept,
 * not deleted). All of the restore or none of it: pg_restore runs in one transaction.
 */
export async function restoreDatabase(
  target: DatabaseTarget,
  file: string,
  options: { force?: boolean } = {},
): Promise<RestoreResult> {
  verifyChecksum(file);
  const kind = file.endsWith(".dump") ? "postgres" : file.endsWith(".tar.gz") ? "embedded" : null;
  if (kind !== target.kind) {
    throw new BackupError(
      `${path.basename(file)} is ${kind ? `a ${kind} backup` : "not a backup this tool made"}, but the target is ${target.kind === "postgres" ? "PostgreSQL" : "the embedded database"}`,
    );
  }
  if (target.kind === "postgres") {
    const tables = await postgresTables(target.url);
    if (tables > 0 && !options.force) {
      throw new BackupError(
        `${target.description} is not empty (${tables} tables). Restore into an empty database, or pass --force to replace its contents.`,
      );
    }
    const args = [
      "--no-owner",
      "--no-privileges",
      "--single-transaction",
      "--exit-on-error",
      `--dbname=${libpqEnv(target.url).PGDATABASE}`,
    ];
    if (tables > 0) args.push("--clean", "--if-exists");
    await runTool("pg_restore", [...args, file], target.url);
    return { target: target.description };
  }
  let replaced: string | undefined;
  const dataDir = target.dataDir;
  if (existsSync(dataDir) && readdirSync(dataDir).length > 0) {
    if (!options.force) {
      throw new BackupError(
        `${dataDir} already holds a database. Restore into an empty folder (PGLITE_DATA_DIR), or pass --force to move it aside.`,
      );
    }
    replaced = `${dataDir}.before-restore-${Date.now()}`;
    renameSync(dataDir, replaced);
  }
  mkdirSync(dataDir, { recursive: true });
  const db = new PGlite(dataDir, {
    extensions: { pg_trgm },
    loadDataDir: new Blob([readFileSync(file)]),
  });
  await db.waitReady;
  await db.close();
  return { target: target.description, ...(replaced ? { replaced } : {}) };
}
