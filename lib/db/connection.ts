import { mkdirSync } from "node:fs";
import { PGlite, type Transaction as PGliteTransaction } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import type { ITXClientDenyList } from "@prisma/client/runtime/client";
import { PrismaClient } from "../generated/prisma/client";
import { ConfigError, databaseTarget, type DatabaseTarget } from "../env";
import type { SqlExecutor } from "./sql";
import { messageOf } from "../errors";
import { logger } from "../observability/logger";
import type { PoolStats } from "../observability/metrics";
import { alwaysAvailable, trackAvailability, type DatabaseAvailability } from "./availability";
import { routeReadsToReplicas, type ReplicaRouter } from "./replicas";

const omitSecrets = { account: { password: true } } as const;

/** The app's client: password hashes are omitted from every query, and its type says so. */
export type AppPrismaClient = PrismaClient<never, typeof omitSecrets>;

/** The app's client inside `$transaction`, password hashes still omitted. */
export type AppTransaction = Omit<AppPrismaClient, ITXClientDenyList>;

export type Database = {
  /** The app's client: password hashes are omitted from every query so they cannot reach a page. */
  prisma: AppPrismaClient;
  /** The auth library's client over the same connection; the only one that reads password hashes. */
  authPrisma: PrismaClient;
  sql: SqlExecutor;
  target: DatabaseTarget;
  /** Whether the database answers now; server.ts answers 503 while it does not. */
  availability: DatabaseAvailability;
  /** Connection counts for the metrics, when there is a pool (PostgreSQL). */
  poolStats(): PoolStats | undefined;
  /** The read replicas in use (DATABASE_REPLICA_URLS), if any. */
  replicas?: ReplicaRouter;
  close(): Promise<void>;
};

/**
 * The one place that knows which database is in use. Everything else receives a PrismaClient
 * (and, for migrations, a SqlExecutor) and cannot tell PostgreSQL from the embedded PGlite.
 */
function appClient(adapter: PrismaPg | PrismaPGlite): AppPrismaClient {
  return new PrismaClient({ adapter, omit: omitSecrets });
}

export async function openDatabase(target: DatabaseTarget = databaseTarget()): Promise<Database> {
  return target.kind === "postgres" ? openPostgres(target) : openEmbedded(target);
}

/**
 * Shows every error the pool meets to `observe`: the query that fails because the server went away
 * is how an outage is noticed at once, before any probe. Results and errors pass on unchanged.
 */
function observePool(pool: pg.Pool, observe: (error: unknown) => void): void {
  const watch = <T>(result: T): T => {
    if (result instanceof Promise) result.catch(observe);
    return result;
  };
  const query = pool.query.bind(pool) as (...args: unknown[]) => unknown;
  pool.query = ((...args: unknown[]) => watch(query(...args))) as typeof pool.query;
  const connect = pool.connect.bind(pool) as (...args: unknown[]) => unknown;
  pool.connect = ((...args: unknown[]) => {
    const result = connect(...args);
    if (result instanceof Promise) result.then((client: pg.PoolClient) => watchClient(client), observe);
    return result;
  }) as typeof pool.connect;
  const watchClient = (client: pg.PoolClient & { atlasWatched?: boolean }) => {
    if (client.atlasWatched) return;
    client.atlasWatched = true;
    const clientQuery = client.query.bind(client) as (...args: unknown[]) => unknown;
    client.query = ((...args: unknown[]) => watch(clientQuery(...args))) as typeof client.query;
  };
}

async function openPostgres(target: Extract<DatabaseTarget, { kind: "postgres" }>): Promise<Database> {
  const max = 10;
  const pool = new pg.Pool({ connectionString: target.url, max, connectionTimeoutMillis: 5_000 });
  let observe: (error: unknown) => void = () => undefined;
  const log = logger("db");
  // An idle connection the server closes (restart, admin command) must not crash the process;
  // the pool replaces it on the next query.
  pool.on("error", (error) => {
    // Debug only: an outage closes every idle connection at once, and is itself logged once (availability.ts).
    log.debug({ cause: messageOf(error) }, "idle PostgreSQL connection closed");
    observe(error);
  });
  // Fail fast, with one line, when the server is unreachable or the database missing.
  try {
    const client = await pool.connect();
    client.release();
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw new ConfigError(describeConnectionError(error, target));
  }
  const availability = trackAvailability({
    // A connection of its own, outside the pool: a pool full of dead or busy connections cannot hide
    // that the server is back, nor queue the probe behind the requests it is meant to turn away.
    async probe() {
      const client = new pg.Client({ connectionString: target.url, connectionTimeoutMillis: 2_000 });
      client.on("error", () => undefined);
      try {
        await client.connect();
        await client.query("SELECT 1");
      } finally {
        await client.end().catch(() => undefined);
      }
    },
  });
  observe = (error) => availability.observe(error);
  observePool(pool, (error) => observe(error));
  // Replicas are not part of availability: one that fails is skipped and the primary answers.
  const replicas = target.replicaUrls?.length
    ? routeReadsToReplicas(
        pool,
        target.replicaUrls.map((url, index) => ({
          pool: new pg.Pool({ connectionString: url, max, connectionTimeoutMillis: 2_000 }),
          name: `replica ${index + 1} (${new URL(url).host})`,
        })),
      )
    : undefined;
  const adapter = new PrismaPg(pool);
  const prisma = appClient(adapter);
  const authPrisma = new PrismaClient({ adapter });
  return {
    prisma,
    authPrisma,
    sql: poolExecutor(pool),
    target,
    availability,
    poolStats: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount, max }),
    replicas,
    async close() {
      availability.stop();
      await prisma.$disconnect();
      await authPrisma.$disconnect();
      await replicas?.close();
      await pool.end().catch(() => undefined);
    },
  };
}

async function openEmbedded(target: Extract<DatabaseTarget, { kind: "embedded" }>): Promise<Database> {
  // "memory://" keeps the whole database in this process; tests use it.
  if (!target.dataDir.startsWith("memory://")) mkdirSync(target.dataDir, { recursive: true });
  const client = new PGlite(target.dataDir, { extensions: { pg_trgm } });
  try {
    await client.waitReady;
  } catch (error) {
    throw new ConfigError(
      `Cannot open the embedded database in ${target.dataDir}: ${messageOf(error)}. ` +
        `Is another process using it? Stop it or set PGLITE_DATA_DIR to another folder.`,
    );
  }
  const adapter = new PrismaPGlite(client);
  const prisma = appClient(adapter);
  const authPrisma = new PrismaClient({ adapter });
  return {
    prisma,
    authPrisma,
    sql: pgliteExecutor(client),
    target,
    availability: alwaysAvailable,
    poolStats: () => undefined,
    async close() {
      await prisma.$disconnect();
      await authPrisma.$disconnect();
      if (!client.closed) await client.close();
    },
  };
}

function poolExecutor(pool: pg.Pool): SqlExecutor {
  return {
    async query(text, params) {
      return (await pool.query(text, params)).rows;
    },
    async exec(script) {
      await pool.query(script);
    },
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        const result = await fn(clientExecutor(client));
        await client.query("COMMIT");
        return result;
      } catch (error) {
        await client.query("ROLLBACK").catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
  };
}

function clientExecutor(client: pg.PoolClient): SqlExecutor {
  const executor: SqlExecutor = {
    async query(text, params) {
      return (await client.query(text, params)).rows;
    },
    async exec(script) {
      await client.query(script);
    },
    // Already inside a transaction: nested work joins it.
    transaction: (fn) => fn(executor),
  };
  return executor;
}

function pgliteExecutor(db: PGlite | PGliteTransaction): SqlExecutor {
  const executor: SqlExecutor = {
    async query<Row>(text: string, params?: unknown[]) {
      return (await db.query<Row>(text, params)).rows;
    },
    async exec(script) {
      await db.exec(script);
    },
    transaction(fn) {
      if ("transaction" in db) return db.transaction((tx) => fn(pgliteExecutor(tx)));
      return fn(executor);
    },
  };
  return executor;
}

export function describeConnectionError(error: unknown, target: DatabaseTarget): string {
  const code = (error as { code?: string }).code;
  const where = target.description;
  switch (code) {
    case "ECONNREFUSED":
      return `Cannot connect to ${where}: connection refused. Is PostgreSQL running? Check DATABASE_URL, or unset it to use the embedded database.`;
    case "ENOTFOUND":
    case "EAI_AGAIN":
      return `Cannot connect to ${where}: the host name does not resolve. Check DATABASE_URL.`;
    case "3D000":
      return `Cannot connect to ${where}: the database does not exist. Create it (createdb) or fix DATABASE_URL.`;
    case "28P01":
    case "28000":
      return `Cannot connect to ${where}: authentication failed. Check the user and password in DATABASE_URL.`;
    case "ETIMEDOUT":
      return `Cannot connect to ${where}: timed out. Check DATABASE_URL and that the server accepts connections.`;
    default:
      return `Cannot connect to ${where}: ${messageOf(error)}`;
  }
}
