// npm run db:backup [-- --dir backups] — a consistent backup of DATABASE_URL (pg_dump, custom format)
// or of the embedded database (PGlite's data-directory dump), with a .sha256 file beside it.
import { parseArgs } from "node:util";
import { backupDatabase } from "../lib/db/backup";
import { databaseTarget } from "../lib/env";
import { runCli } from "./cli";

await runCli(async () => {
  const { values } = parseArgs({ options: { dir: { type: "string" } } });
  const dir = values.dir ?? process.env.BACKUP_DIR ?? "backups";
  const target = databaseTarget();
  const result = await backupDatabase(target, dir);
  console.log(`Backed up ${target.description} to ${result.file} (${result.bytes} bytes, sha256 ${result.sha256})`);
});
