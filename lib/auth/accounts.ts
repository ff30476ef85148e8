import { randomBytes, randomUUID } from "node:crypto";
import type { z } from "zod";
import type { AppPrismaClient } from "../db/connection";
import type { DatabaseTarget } from "../env";
import { newAccountSchema } from "../validation/user";
import { hashPassword } from "./password";
import { passwordWeakness } from "./password-strength";

export { newAccountSchema };
import type { Role } from "./roles";

export class AccountError extends Error {
  override name = "UsageError";
}

export type NewAccount = z.input<typeof newAccountSchema>;

/**
 * Creates an account exactly as the auth library stores one (a user row and a "credential" account
 * holding the argon2id hash), for the admin:create command, the first start and test fixtures.
 */
export async function createAccount(
  prisma: AppPrismaClient,
  input: NewAccount,
  actorName = "system",
): Promise<{ id: string; email: string; role: Role }> {
  const parsed = newAccountSchema.safeParse(input);
  if (!parsed.success) {
    throw new AccountError(parsed.error.issues.map((i) => `${i.path.join(".")} ${i.message}`).join("; "));
  }
  const { email, password, name, role } = parsed.data;
  const weakness = passwordWeakness(password, { email, name });
  if (weakness) throw new AccountError(`password ${weakness}`);
  const existing = await prisma.user.findUnique({ where: { email }, select: { id: true } });
  if (existing) throw new AccountError(`An account for ${email} already exists.`);
  const hash = await hashPassword(password);
  const id = await prisma.$transaction((tx) =>
    insertAccount(tx, { email, name, role, passwordHash: hash }, { id: null, name: actorName }),
  );
  return { id, email, role };
}

type AccountWriter = Pick<AppPrismaClient, "user" | "account" | "changeLog">;

/** The rows of one account, written inside the caller's transaction, with its history entry. */
export async function insertAccount(
  tx: AccountWriter,
  account: { email: string; name: string; role: Role; passwordHash: string },
  actor: { id: string | null; name: string },
): Promise<string> {
  const id = randomUUID();
  await tx.user.create({
    data: { id, email: account.email, name: account.name, role: account.role, emailVerified: true },
  });
  await tx.account.create({
    data: { id: randomUUID(), accountId: id, providerId: "credential", userId: id, password: account.passwordHash },
  });
  await tx.changeLog.create({
    data: {
      recordType: "USER",
      recordId: id,
      action: "CREATE",
      after: { email: account.email, name: account.name, role: account.role },
      summary: "Account created",
      actorId: actor.id,
      actorName: actor.name,
    },
  });
  return id;
}

/**
 * The first admin. With ADMIN_EMAIL and ADMIN_PASSWORD set, an empty database gets that admin. The
 * embedded demo database in development, and only it, gets a demo admin whose random one-time
 * password is printed once; production and PostgreSQL databases never get a default account.
 */
export async function ensureFirstAdmin(
  prisma: AppPrismaClient,
  options: {
    target: DatabaseTarget;
    nodeEnv: string;
    adminEmail?: string;
    adminPassword?: string;
    log: (line: string) => void;
  },
): Promise<void> {
  if ((await prisma.user.count()) > 0) return;
  if (options.adminEmail && options.adminPassword) {
    await createAccount(
      prisma,
      { email: options.adminEmail, password: options.adminPassword, name: "Admin", role: "admin" },
      "system (ADMIN_EMAIL)",
    ).catch((error: unknown) => {
      throw error instanceof AccountError ? new AccountError(`ADMIN_EMAIL/ADMIN_PASSWORD: ${error.message}`) : error;
    });
    options.log(`Created the first admin account ${options.adminEmail} from ADMIN_EMAIL/ADMIN_PASSWORD.`);
    return;
  }
  if (options.target.kind !== "embedded" || options.nodeEnv === "production") {
    options.log(
      "No accounts yet. Create the first admin with: npm run admin:create -- --email you@example.org --password …",
    );
    return;
  }
  const email = "demo-admin@alumni-atlas.local";
  const password = randomBytes(12).toString("base64url");
  await createAccount(prisma, { email, password, name: "Demo admin", role: "admin" }, "system (demo)");
  options.log(
    `Demo admin for this local database: ${email} / ${password} (shown once; change it under Admin → Users).`,
  );
}
