import { openDatabase, type Database } from "./connection";
import { prepareDatabase } from "./prepare";
import { logger } from "../observability/logger";
import { reportPoolStats } from "../observability/metrics";

// One database per server process, kept on globalThis so hot reloads and Next's separate bundles
// (instrumentation, pages, route handlers) share it: two PGlite instances must never open one folder.
declare global {
  var alumniAtlasDb: Promise<Database> | undefined;
}

export function getDatabase(): Promise<Database> {
  globalThis.alumniAtlasDb ??= (async () => {
    const db = await openDatabase();
    const log = logger("db");
    await prepareDatabase(db, (line) => log.info(line));
    reportPoolStats(() => db.poolStats());
    return db;
  })();
  return globalThis.alumniAtlasDb;
}

/** The app's database if it has been opened, without opening it (for shutdown and health). */
export function openedDatabase(): Promise<Database> | undefined {
  return globalThis.alumniAtlasDb;
}
