// npm run db:migrate — applies prisma/migrations to DATABASE_URL, or to the embedded database when unset.
import { openDatabase } from "../lib/db/connection";
import { runCli } from "./cli";
import { migrate } from "../lib/db/migrate";

await runCli(async () => {
  const db = await openDatabase();
  try {
    const result = await migrate(db.sql, { log: (line) => console.log(line) });
    console.log(
      `Migrated ${db.target.description}: ${result.applied.length} applied, ${result.alreadyApplied.length} already applied.`,
    );
  } finally {
    await db.close();
  }
});
