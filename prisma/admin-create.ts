// npm run admin:create -- --email you@example.org --password '…' [--name "Your Name"] [--role admin|editor]
// Creates an account in DATABASE_URL (or the embedded database). ADMIN_EMAIL / ADMIN_PASSWORD are
// read when the flags are absent. Nothing default or guessable: the password is yours to choose.
import { parseArgs } from "node:util";
import { AccountError, createAccount } from "../lib/auth/accounts";
import { runCli } from "./cli";
import { openDatabase } from "../lib/db/connection";
import { migrate } from "../lib/db/migrate";

await runCli(async () => {
  const { values } = parseArgs({
    options: {
      email: { type: "string" },
      password: { type: "string" },
      name: { type: "string" },
      role: { type: "string", default: "admin" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    console.log(
      "Usage: npm run admin:create -- --email you@example.org --password '…' [--name …] [--role admin|editor]",
    );
    return;
  }
  const email = values.email ?? process.env.ADMIN_EMAIL;
  const password = values.password ?? process.env.ADMIN_PASSWORD;
  if (!email || !password)
    throw new AccountError("Give --email and --password (or set ADMIN_EMAIL and ADMIN_PASSWORD).");
  if (values.role !== "admin" && values.role !== "editor") throw new AccountError("--role must be admin or editor.");
  const db = await openDatabase();
  try {
    await migrate(db.sql);
    const account = await createAccount(
      db.prisma,
      { email, password, name: values.name ?? email.split("@")[0] ?? "Admin", role: values.role },
      "system (admin:create)",
    );
    console.log(`Created ${account.role} ${account.email} in ${db.target.description}.`);
  } finally {
    await db.close();
  }
});
