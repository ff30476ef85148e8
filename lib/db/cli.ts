import { ConfigError } from "../env";
import { MigrationError } from "./migrate";

/** Runs a command-line task; expected failures print one line and exit 1, anything else keeps its stack. */
export async function runCli(task: () => Promise<void>): Promise<void> {
  try {
    await task();
  } catch (error) {
    if (error instanceof ConfigError || error instanceof MigrationError || (error as Error)?.name === "UsageError") {
      console.error(`error: ${(error as Error).message}`);
    } else {
      console.error(error);
    }
    process.exitCode = 1;
  }
}
