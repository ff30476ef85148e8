import { ConfigError, parseServerEnv } from "./env";
import { getDatabase } from "./db/database";
import { MigrationError } from "./db/migrate";

/**
 * Validates the environment and opens the database (migrating and seeding the embedded one) before
 * the first request. A configuration problem ends the process with one readable line, not a stack.
 */
export async function bootServer(): Promise<void> {
  try {
    parseServerEnv();
    const db = await getDatabase();
    console.log(`[db] Using ${db.target.description}`);
  } catch (error) {
    if (error instanceof ConfigError || error instanceof MigrationError) {
      console.error(`\n  Alumni Atlas cannot start: ${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}
