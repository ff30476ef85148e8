import { AsyncLocalStorage } from "node:async_hooks";
import type pg from "pg";
import { messageOf } from "../errors";
import { logger } from "../observability/logger";

/**
 * Read replicas (DATABASE_REPLICA_URLS) behind the primary's own pool, below Prisma: the driver
 * adapter sends every statement outside a transaction through `pool.query` and opens a transaction
 * with `pool.connect`, so routing here covers Prisma's model queries and the typed raw SQL alike.
 *
 * - A statement goes to a replica only in a GET or HEAD request, outside a transaction, when its SQL
 *   is a plain read; transactions, writes, scripts and every other method use the primary.
 * - Read-your-writes: each request carries the reader's read session (cookie `atlas_lsn`, the WAL
 *   position the reader has seen). After a commit on the primary the session advances to the
 *   primary's `pg_current_wal_lsn()`; a replica serves the session only once its
 *   `pg_last_wal_replay_lsn()` has reached that position, otherwise the primary answers (and the
 *   session advances to where the primary was). A replica's replay position only moves forward, so
 *   a position read earlier is a safe lower bound: the replica is asked again only when the one
 *   known is behind the session.
 * - A replica that fails (down, or refusing a statement it cannot run) is skipped for a while and
 *   the statement runs on the primary.
 */

export const READ_SESSION_COOKIE = "atlas_lsn";
/** How long a session's position is kept: far longer than any replica lag worth serving from. */
const READ_SESSION_MAX_AGE_SECONDS = 3600;
const REPLICA_RETRY_MS = 5_000;

export type ReadSession = {
  /** GET and HEAD: reads may go to a replica. Any other method reads and writes on the primary. */
  replicaReads: boolean;
  /** The WAL position this reader has seen (0 = nothing yet). */
  seen: bigint;
  /** What the cookie said when the request arrived; the cookie is sent again only when `seen` moved. */
  readonly arrived: bigint;
  /** This request's choice, made at its first read and kept: a replica's index, or the primary. */
  target?: Promise<number | "primary">;
  /** Set when the session must be remembered (a write, a read from the primary, several replicas). */
  remember: boolean;
};

declare global {
  var alumniAtlasReadSessions: AsyncLocalStorage<ReadSession> | undefined;
}

// One store per process on globalThis: server.ts (run by tsx) and Next's bundles load their own copies.
function sessions(): AsyncLocalStorage<ReadSession> {
  globalThis.alumniAtlasReadSessions ??= new AsyncLocalStorage<ReadSession>();
  return globalThis.alumniAtlasReadSessions;
}

/** `16/B374D848` → a number that orders as the WAL does. */
export function parseLsn(text: string | null | undefined): bigint | undefined {
  const match = /^([0-9A-F]{1,8})\/([0-9A-F]{1,8})$/i.exec(text ?? "");
  if (!match) return undefined;
  return (BigInt(`0x${match[1]}`) << 32n) | BigInt(`0x${match[2]}`);
}

export function formatLsn(lsn: bigint): string {
  return `${(lsn >> 32n).toString(16).toUpperCase()}/${(lsn & 0xffffffffn).toString(16).toUpperCase()}`;
}

function cookieValue(header: string | undefined): string | undefined {
  for (const part of (header ?? "").split(";")) {
    const [name, ...value] = part.trim().split("=");
    if (name === READ_SESSION_COOKIE) return value.join("=");
  }
  return undefined;
}

/** The read session of a request: its method and the position its cookie carries (anything malformed counts as none). */
export function readSessionFor(method: string, cookieHeader: string | undefined): ReadSession {
  const seen = parseLsn(cookieValue(cookieHeader)) ?? 0n;
  return { replicaReads: method === "GET" || method === "HEAD", seen, arrived: seen, remember: false };
}

export function runWithReadSession<T>(session: ReadSession, fn: () => T): T {
  return sessions().run(session, fn);
}

/**
 * Runs `fn` with every read on the primary and no session of a reader: for work whose result is
 * kept and served to others (a cache entry computed once per change), which must not be computed
 * from a replica that has not yet replayed the change.
 */
export function runOnPrimary<T>(fn: () => T): T {
  return sessions().run({ replicaReads: false, seen: 0n, arrived: 0n, remember: false }, fn);
}

/** The `Set-Cookie` value to send with the response, when the session moved and must be remembered. */
export function readSessionCookie(session: ReadSession): string | undefined {
  if (!session.remember || session.seen <= session.arrived) return undefined;
  return `${READ_SESSION_COOKIE}=${formatLsn(session.seen)}; Path=/; Max-Age=${READ_SESSION_MAX_AGE_SECONDS}; HttpOnly; SameSite=Lax`;
}

const WRITES =
  /\b(?:insert|update|delete|merge|copy|lock|call|nextval|setval|pg_advisory\w*|for\s+(?:no\s+key\s+)?update|for\s+(?:key\s+)?share)\b/i;

/** A statement a hot standby can run: one SELECT (or WITH … SELECT) that writes nothing. */
export function isPlainRead(sql: string): boolean {
  return /^\s*(?:select|with)\b/i.test(sql) && !WRITES.test(sql) && !sql.trim().replace(/;\s*$/, "").includes(";");
}

const COMMIT = /^\s*(?:commit|end)\s*;?\s*$/i;
const AUTOCOMMIT_WRITE = /^\s*(?:insert|update|delete|merge|with)\b/i;

type Replica = { pool: pg.Pool; name: string; replayed: bigint; downUntil: number; refreshing?: Promise<void> };

export type ReplicaRouter = {
  replicas: number;
  close(): Promise<void>;
};

function sqlOf(config: unknown): string | undefined {
  if (typeof config === "string") return config;
  if (config && typeof config === "object" && typeof (config as { text?: unknown }).text === "string")
    return (config as { text: string }).text;
  return undefined;
}

/**
 * Puts the replicas behind `primary`: its `query` routes plain reads, and every write the session
 * makes (a commit, or a write outside a transaction) advances the session to the primary's position.
 */
export function routeReadsToReplicas(primary: pg.Pool, replicaPools: { pool: pg.Pool; name: string }[]): ReplicaRouter {
  const log = logger("db");
  const replicas: Replica[] = replicaPools.map(({ pool, name }) => ({ pool, name, replayed: 0n, downUntil: 0 }));
  for (const replica of replicas)
    replica.pool.on("error", (error) =>
      log.debug({ replica: replica.name, cause: messageOf(error) }, "idle replica connection closed"),
    );

  const primaryQuery = primary.query.bind(primary) as (config: unknown, values?: unknown) => Promise<pg.QueryResult>;

  function markDown(replica: Replica, error: unknown) {
    if (replica.downUntil < Date.now())
      log.warn(
        { replica: replica.name, cause: messageOf(error) },
        "read replica failed; reading from the primary for now",
      );
    replica.downUntil = Date.now() + REPLICA_RETRY_MS;
  }

  function refresh(replica: Replica): Promise<void> {
    replica.refreshing ??= replica.pool
      .query<{ lsn: string | null }>("SELECT COALESCE(pg_last_wal_replay_lsn(), pg_current_wal_lsn())::text AS lsn")
      .then(
        ({ rows }) => {
          const lsn = parseLsn(rows[0]?.lsn);
          if (lsn !== undefined && lsn > replica.replayed) replica.replayed = lsn;
        },
        (error: unknown) => markDown(replica, error),
      )
      .finally(() => (replica.refreshing = undefined));
    return replica.refreshing;
  }

  async function primaryPosition(run: (sql: string) => Promise<pg.QueryResult>): Promise<bigint | undefined> {
    const { rows } = await run("SELECT pg_current_wal_lsn()::text AS lsn");
    return parseLsn(rows[0]?.lsn);
  }

  async function advanceToPrimary(session: ReadSession, run = (sql: string) => primaryQuery(sql)) {
    const lsn = await primaryPosition(run).catch(() => undefined);
    if (lsn !== undefined && lsn > session.seen) session.seen = lsn;
    session.remember = true;
  }

  function usable(session: ReadSession): number[] {
    const now = Date.now();
    return replicas.flatMap((replica, index) =>
      replica.downUntil <= now && replica.replayed >= session.seen ? [index] : [],
    );
  }

  async function choose(session: ReadSession): Promise<number | "primary"> {
    let candidates = usable(session);
    if (candidates.length === 0 && session.seen > 0n) {
      await Promise.all(replicas.filter((r) => r.downUntil <= Date.now()).map(refresh));
      candidates = usable(session);
    }
    if (candidates.length === 0) {
      await advanceToPrimary(session);
      return "primary";
    }
    const index = candidates[Math.floor(Math.random() * candidates.length)]!;
    const replica = replicas[index]!;
    // What the reader sees from here on is at least the replica's known position.
    if (replica.replayed > session.seen) session.seen = replica.replayed;
    // With one replica its position only grows, so a reader needs no cookie to stay monotonic;
    // with several, the next request may reach another one.
    if (replicas.length > 1) session.remember = true;
    // Keep the known position fresh for the next readers, off this request's path.
    if (replica.replayed === 0n || Math.random() < 0.05) void refresh(replica);
    return index;
  }

  async function routed(config: unknown, values: unknown, session: ReadSession): Promise<pg.QueryResult> {
    session.target ??= choose(session);
    const target = await session.target;
    if (target === "primary") {
      return primaryQuery(config, values);
    }
    const replica = replicas[target]!;
    try {
      const result = await replica.pool.query(config as string, values as unknown[]);
      return result;
    } catch (error) {
      // A broken replica, or a statement a standby refuses (25006: read-only transaction): the primary answers.
      const code = (error as { code?: string }).code;
      const connectionFailure = !code || /^(?:08|57P|53)/.test(code) || code.startsWith("E");
      if (!connectionFailure && code !== "25006") throw error;
      if (connectionFailure) markDown(replica, error);
      session.target = Promise.resolve("primary");
      await advanceToPrimary(session);
      return primaryQuery(config, values);
    }
  }

  primary.query = ((config: unknown, values?: unknown, callback?: unknown) => {
    const session = sessions().getStore();
    const sql = sqlOf(config);
    if (!session || typeof values === "function" || callback !== undefined || sql === undefined)
      return (primaryQuery as (...args: unknown[]) => unknown)(config, values, callback);
    if (session.replicaReads && replicas.length > 0 && isPlainRead(sql)) return routed(config, values, session);
    const result = primaryQuery(config, values);
    if (!AUTOCOMMIT_WRITE.test(sql) || isPlainRead(sql)) return result;
    return result.then(async (answer) => {
      await advanceToPrimary(session);
      return answer;
    });
  }) as typeof primary.query;

  // A transaction's commit advances the session, read on the same connection before it goes back to the pool.
  const connect = primary.connect.bind(primary) as () => Promise<pg.PoolClient>;
  primary.connect = ((callback?: unknown) => {
    if (callback !== undefined) return (connect as (cb: unknown) => void)(callback);
    return connect().then((client: pg.PoolClient & { atlasCommitWatched?: boolean }) => {
      if (client.atlasCommitWatched) return client;
      client.atlasCommitWatched = true;
      const clientQuery = client.query.bind(client) as (config: unknown, values?: unknown) => Promise<pg.QueryResult>;
      client.query = ((config: unknown, values?: unknown, callback?: unknown) => {
        const session = sessions().getStore();
        const sql = sqlOf(config);
        if (!session || callback !== undefined || typeof values === "function" || !sql || !COMMIT.test(sql))
          return (clientQuery as (...args: unknown[]) => unknown)(config, values, callback);
        return clientQuery(config, values).then(async (answer) => {
          await advanceToPrimary(session, (text) => clientQuery(text));
          return answer;
        });
      }) as typeof client.query;
      return client;
    });
  }) as typeof primary.connect;

  return {
    replicas: replicas.length,
    async close() {
      await Promise.all(replicas.map((replica) => replica.pool.end().catch(() => undefined)));
    },
  };
}
