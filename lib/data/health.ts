import "server-only";
import { getDatabase, openedDatabase } from "@/lib/db/database";
import { pendingMigrations } from "@/lib/db/prepare";

/**
 * Liveness: the process serves requests, and the database is not known to be down. Never queries
 * the database (a load balancer may ask every second); the state comes from the driver's errors
 * and the server's background probe (lib/db/availability.ts).
 */
export async function databaseKnownDown(): Promise<boolean> {
  const db = await openedDatabase();
  return db !== undefined && !db.availability.available;
}

export type Readiness = {
  ready: boolean;
  checks: { database: "ok" | "unavailable"; migrations: "ok" | "pending" | "unknown" };
};

const READY_TIMEOUT_MS = 3_000;

/** Readiness: the database answers a query within a few seconds and has every migration of this build. */
export async function checkReadiness(): Promise<Readiness> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error("readiness check timed out")), READY_TIMEOUT_MS);
  });
  try {
    const pending = await Promise.race([
      (async () => {
        const db = await getDatabase();
        await db.sql.query("SELECT 1");
        return pendingMigrations(db);
      })(),
      timeout,
    ]);
    return {
      ready: pending.length === 0,
      checks: { database: "ok", migrations: pending.length === 0 ? "ok" : "pending" },
    };
  } catch {
    return { ready: false, checks: { database: "unavailable", migrations: "unknown" } };
  } finally {
    clearTimeout(timer);
  }
}
