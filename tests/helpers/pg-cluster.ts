import { execFile } from "node:child_process";
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

/** PostgreSQL's server binaries (Debian keeps them out of PATH), newest version first. */
export function postgresBinDir(): string {
  const root = "/usr/lib/postgresql";
  const fromPath = process.env.PG_BIN_DIR;
  if (fromPath) return fromPath;
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((v) => existsSync(path.join(root, v, "bin", "initdb")))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (versions.length === 0)
    throw new Error("No PostgreSQL server binaries under /usr/lib/postgresql (set PG_BIN_DIR)");
  return path.join(root, versions[0]!, "bin");
}

/**
 * A throwaway PostgreSQL cluster of the test's own, on a spare port: initdb into a temporary folder,
 * started and stopped with pg_ctl. PostgreSQL refuses to run as root, so as root it runs as the
 * `postgres` user (runuser).
 */
export class PgCluster {
  private folder: string | undefined;
  private readonly asRoot = process.getuid?.() === 0;

  constructor(readonly port: number) {}

  /** The cluster's data folder, inside a temporary folder made by init(). */
  get dataDir(): string {
    if (!this.folder) throw new Error("PgCluster.init() has not run");
    return path.join(this.folder, "data");
  }

  get url(): string {
    return `postgresql://postgres@127.0.0.1:${this.port}/postgres`;
  }

  urlFor(database: string): string {
    return `postgresql://postgres@127.0.0.1:${this.port}/${database}`;
  }

  private async exec(tool: string, args: string[]): Promise<string> {
    const file = path.join(postgresBinDir(), tool);
    const [command, commandArgs] = this.asRoot ? ["runuser", ["-u", "postgres", "--", file, ...args]] : [file, args];
    try {
      const { stdout } = await run(command, commandArgs, { cwd: tmpdir(), timeout: 60_000 });
      return stdout;
    } catch (error) {
      const stderr = (error as { stderr?: string }).stderr?.trim();
      throw stderr ? new Error(`${tool} failed: ${stderr}`, { cause: error }) : error;
    }
  }

  private makeFolder(): void {
    // Made here, not in the constructor: a test runner that only lists a file must leave nothing behind.
    this.folder = mkdtempSync(path.join(tmpdir(), "atlas-pg-"));
    if (this.asRoot) {
      const { uid, gid } = postgresUser();
      chownSync(this.folder, uid, gid);
      chmodSync(this.folder, 0o700);
    }
  }

  async init(): Promise<void> {
    this.makeFolder();
    await this.exec("initdb", ["-D", this.dataDir, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync"]);
  }

  /**
   * A streaming replica of a running `primary` (pg_basebackup -R writes standby.signal and the
   * connection to follow); start() then runs it as a hot standby that serves reads.
   */
  async initReplicaOf(primary: PgCluster): Promise<void> {
    this.makeFolder();
    await this.exec("pg_basebackup", [
      "-D",
      this.dataDir,
      "-h",
      "127.0.0.1",
      "-p",
      String(primary.port),
      "-U",
      "postgres",
      "-R",
      "-X",
      "stream",
      // Not the default spread checkpoint, which waits minutes on a busy primary.
      "--checkpoint=fast",
      "--no-sync",
    ]);
  }

  async start(): Promise<void> {
    const options = `-p ${this.port} -k ${tmpdir()} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=60`;
    await this.exec("pg_ctl", [
      "-D",
      this.dataDir,
      "-o",
      options,
      "-l",
      path.join(this.dataDir, "..", "log"),
      "-w",
      "start",
    ]);
  }

  /** Fast shutdown: sessions are ended and in-flight transactions rolled back, as in a real outage. */
  async stop(): Promise<void> {
    await this.exec("pg_ctl", ["-D", this.dataDir, "-m", "fast", "-w", "stop"]);
  }

  async destroy(): Promise<void> {
    if (!this.folder) return;
    await this.exec("pg_ctl", ["-D", this.dataDir, "-m", "immediate", "-w", "stop"]).catch(() => undefined);
    rmSync(this.folder, { recursive: true, force: true });
    this.folder = undefined;
  }
}

function postgresUser(): { uid: number; gid: number } {
  const line = readFileSync("/etc/passwd", "utf8")
    .split("\n")
    .find((entry: string) => entry.startsWith("postgres:"));
  if (!line) throw new Error("Running as root, but there is no postgres user to run PostgreSQL as");
  const [, , uid, gid] = line.split(":");
  return { uid: Number(uid), gid: Number(gid) };
}
