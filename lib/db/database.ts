import { openDatabase, type Database } from "./connection";
import { prepareDatabase } from "./prepare";

// One database per server process, kept on globalThis so hot reloads and Next's separate bundles
// (instrumentation, pages, route handlers) share it: two PGlite instances must never open one folder.
const globalForDb = globalThis as unknown as { alumniAtlasDb?: Promise<Database> };

export function getDatabase(): Promise<Database> {
  globalForDb.alumniAtlasDb ??= (async () => {
    const db = await openDatabase();
    await prepareDatabase(db, (line) => console.log(`[db] ${line}`));
    return db;
  })();
  return globalForDb.alumniAtlasDb;
}
