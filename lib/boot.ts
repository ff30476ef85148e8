import { ConfigError, parseServerEnv } from "./env";
import { getDatabase } from "./db/database";
import { MigrationError } from "./db/migrate";
import { AccountError, ensureFirstAdmin } from "./auth/accounts";
import { parseAuthEnv, resolveAuthSecret } from "./auth/config";
import { getLogger, logger } from "./observability/logger";

/**
 * Validates the environment and opens the database (migrating and seeding the embedded one) before
 * the first request. A configuration problem ends the process with one readable line, not a stack.
 */
export async function bootServer(): Promise<void> {
  const log = logger("boot");
  try {
    const env = parseServerEnv();
    const authEnv = parseAuthEnv();
    const db = await getDatabase();
    log.info(`Using ${db.target.description}`);
    // Fails here, at start, when production lacks BETTER_AUTH_SECRET.
    resolveAuthSecret(authEnv, db.target);
    await ensureFirstAdmin(db.prisma, {
      target: db.target,
      nodeEnv: env.NODE_ENV,
      adminEmail: authEnv.ADMIN_EMAIL,
      adminPassword: authEnv.ADMIN_PASSWORD,
      log: (line) => log.info(line),
    });
  } catch (error) {
    // A weak or malformed ADMIN_PASSWORD is an operator's mistake: say which, without a stack trace.
    if (error instanceof ConfigError || error instanceof MigrationError || error instanceof AccountError) {
      log.fatal(`Alumni Atlas cannot start: ${error.message}`);
      getLogger().flush();
      process.exit(1);
    }
    throw error;
  }
}
