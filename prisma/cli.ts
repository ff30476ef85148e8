import { ConfigError } from "../lib/env";
import { SeedDataError } from "../lib/validation/seed-data";
import { MigrationError } from "../lib/db/migrate";
import { messageOf } from "../lib/errors";
import { BackupError } from "../lib/db/backup";

/** Errors whose message says everything: printed as one line, without a stack. */
const expectedErrors = [ConfigError, MigrationError, SeedDataError, BackupError];

/** Runs a command-line task; expected failures print one line and exit 1, anything else keeps its stack. */
export async function runCli(task: () => Promise<void>): Promise<void> {
  try {
    await task();
  } catch (error) {
    if (
      expectedErrors.some((type) => error instanceof type) ||
      (error instanceof Error && error.name === "UsageError")
    ) {
      console.error(`error: ${messageOf(error)}`);
    } else {
      console.error(error);
    }
    process.exitCode = 1;
  }
}
