// npm run db:seed — writes prisma/seed/data.json to DATABASE_URL, or to the embedded database when unset.
// Safe to re-run: records are matched by natural key and only changed fields are written.
import { runCli } from "./cli";
import { openDatabase } from "../lib/db/connection";
import { migrate } from "../lib/db/migrate";
import { seedDatabase } from "./seed/load";

await runCli(async () => {
  const db = await openDatabase();
  try {
    // Migrating first (a no-op when up to date) lets a fresh embedded database be seeded in one step.
    await migrate(db.sql, { log: (line) => console.log(line) });
    await seedDatabase(db.prisma, { log: (line) => console.log(line) });
    console.log(`Seeded ${db.target.description}.`);
  } finally {
    await db.close();
  }
});
