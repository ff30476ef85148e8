// npm run db:restore -- <file> [--force] — restores a db:backup file into DATABASE_URL or the embedded
// database, after checking its checksum. Refuses a database that is not empty unless --force.
import { parseArgs } from "node:util";
import { restoreDatabase } from "../lib/db/backup";
import { databaseTarget } from "../lib/env";
import { runCli } from "./cli";

class UsageError extends Error {
  override name = "UsageError";
}

await runCli(async () => {
  const { values, positionals } = parseArgs({ options: { force: { type: "boolean" } }, allowPositionals: true });
  const [file] = positionals;
  if (!file || positionals.length > 1) throw new UsageError("usage: npm run db:restore -- <backup file> [--force]");
  const target = databaseTarget();
  const result = await restoreDatabase(target, file, { force: values.force });
  console.log(`Restored ${file} into ${result.target}.`);
  if (result.replaced) console.log(`The previous embedded database was moved to ${result.replaced}.`);
  if (target.kind === "postgres")
    console.log("Run npm run db:migrate if this build has newer migrations than the backup.");
});
