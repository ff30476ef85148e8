import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { createAccount, ensureFirstAdmin } from "@/lib/auth/accounts";
import type { Auth } from "@/lib/auth/create-auth";
import { createTestDatabase, type TestDatabase } from "../../helpers/database";
import {
  request,
  signedInAccount,
  submit,
  testAuth,
  type TestAccount,
  mockActionRuntime,
  expectRefusal,
  stateOf,
} from "../../helpers/admin";

let db: TestDatabase;
let auth: Auth;
let admin: TestAccount;

mockActionRuntime({ db: () => db, auth: () => auth });

const { createRecordAction } = await import("@/lib/actions/records");
const { banUserAction, revokeUserSessionsAction, setUserRoleAction } = await import("@/lib/actions/users");

beforeAll(async () => {
  db = await createTestDatabase();
  auth = testAuth(db, { maxAttempts: 3, windowSeconds: 600, maxAccountFailures: 4 });
  admin = await signedInAccount(db, auth, "admin");
});
afterAll(async () => {
  await db?.close();
});
beforeEach(() => {
  request.cookie = admin.cookie;
});

function signIn(email: string, password: string, ip: string) {
  return auth.handler(
    new Request("http://127.0.0.1:3000/api/auth/sign-in/email", {
      method: "POST",
      headers: { "content-type": "application/json", origin: "http://127.0.0.1:3000", "x-atlas-client-address": ip },
      body: JSON.stringify({ email, password }),
    }),
  );
}

describe("accounts and sessions", () => {
  test("passwords are stored as argon2id hashes and never returned by the app's client", async () => {
    const raw = await db.authPrisma.account.findFirstOrThrow({ where: { userId: admin.id } });
    expect(raw.password).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(raw.password).not.toContain(admin.password);
    const app = await db.prisma.account.findFirstOrThrow({ where: { userId: admin.id } });
    expect(app).not.toHaveProperty("password");
  });

  test("the session cookie is httpOnly and SameSite=Lax", async () => {
    const account = await createAccount(db.prisma, {
      email: "cookie@example.org",
      password: "cookie-password-1",
      name: "Cookie",
      role: "editor",
    });
    const response = await signIn("cookie@example.org", "cookie-password-1", "10.0.0.1");
    expect(response.status).toBe(200);
    const cookie = response.headers.getSetCookie().find((c) => c.startsWith("atlas.session_token="));
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(account.role).toBe("editor");
  });

  test("sign-in is locked after too many attempts from one address, with the wait in the answer", async () => {
    await createAccount(db.prisma, {
      email: "locked@example.org",
      password: "right-password-1",
      name: "Locked",
      role: "editor",
    });
    for (let i = 0; i < 3; i++)
      expect((await signIn("locked@example.org", "wrong-password-x", "10.0.0.2")).status).toBe(401);
    const locked = await signIn("locked@example.org", "right-password-1", "10.0.0.2");
    expect(locked.status).toBe(429);
    const wait = Number(locked.headers.get("X-Retry-After"));
    expect(wait).toBeGreaterThan(500);
    expect(wait).toBeLessThanOrEqual(600);
    // The count lives in the database, so a restart does not lift the lock.
    expect(await db.prisma.rateLimit.count()).toBeGreaterThan(0);
    // Another address is not affected.
    expect((await signIn("locked@example.org", "right-password-1", "10.0.0.3")).status).toBe(200);
  });

  test("an account is locked after repeated failures even when each comes from another address", async () => {
    await createAccount(db.prisma, {
      email: "target@example.org",
      password: "right-password-2",
      name: "Target",
      role: "editor",
    });
    await createAccount(db.prisma, {
      email: "bystander@example.org",
      password: "right-password-3",
      name: "Bystander",
      role: "editor",
    });
    for (let i = 0; i < 4; i++)
      expect((await signIn("Target@Example.org", "guess-" + i, `10.1.0.${i}`)).status).toBe(401);
    const locked = await signIn("target@example.org", "right-password-2", "10.1.0.99");
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get("X-Retry-After"))).toBeGreaterThan(500);
    expect(((await locked.json()) as { message: string }).message).toBe(
      "Too many failed sign-ins for this account. Try again later.",
    );
    expect((await signIn("bystander@example.org", "right-password-3", "10.1.0.98")).status).toBe(200);
  });

  test("a successful sign-in clears the account's failure count", async () => {
    await createAccount(db.prisma, {
      email: "forgetful@example.org",
      password: "right-password-4",
      name: "Forgetful",
      role: "editor",
    });
    for (let i = 0; i < 3; i++)
      expect((await signIn("forgetful@example.org", "wrong", `10.2.0.${i}`)).status).toBe(401);
    expect(await db.prisma.rateLimit.findUnique({ where: { key: "account:forgetful@example.org" } })).toMatchObject({
      count: 3,
    });
    expect((await signIn("forgetful@example.org", "right-password-4", "10.2.0.9")).status).toBe(200);
    expect(await db.prisma.rateLimit.findUnique({ where: { key: "account:forgetful@example.org" } })).toBeNull();
  });

  test("revoking a user's sessions signs them out at once: their next save is refused", async () => {
    const editor = await signedInAccount(db, auth, "editor");
    request.cookie = editor.cookie;
    expect(
      "redirect" in
        (await submit((p, f) => createRecordAction("cities", p, f), { nameEn: "Before Revoke", country: "CN" })),
    ).toBe(true);
    request.cookie = admin.cookie;
    const revoked = await submit(revokeUserSessionsAction, { userId: editor.id });
    expect(stateOf(revoked).message).toMatch(/signed out of 1 session/);
    request.cookie = editor.cookie;
    const after = await submit((p, f) => createRecordAction("cities", p, f), { nameEn: "After Revoke", country: "CN" });
    expect(expectRefusal(after).message).toMatch(/not signed in/);
    expect(await db.prisma.city.count({ where: { nameEn: "After Revoke" } })).toBe(0);
  });

  test("a suspended account is signed out and cannot sign in again", async () => {
    const editor = await signedInAccount(db, auth, "editor");
    await submit(banUserAction, { userId: editor.id, reason: "left the team" });
    request.cookie = editor.cookie;
    const refused = await submit((p, f) => createRecordAction("cities", p, f), {
      nameEn: "Banned Town",
      country: "CN",
    });
    expect(expectRefusal(refused).message).toMatch(/not signed in/);
    const again = await signIn(editor.email, editor.password, "10.0.0.4");
    expect(again.status).toBe(403);
  });

  test("the last admin cannot be demoted", async () => {
    const admins = await db.prisma.user.findMany({ where: { role: "admin" } });
    for (const other of admins.filter((a) => a.id !== admin.id))
      await db.prisma.user.update({ where: { id: other.id }, data: { role: "editor" } });
    const outcome = await submit(setUserRoleAction, { userId: admin.id, role: "editor" });
    expect(expectRefusal(outcome).message).toMatch(/last active admin/);
    expect((await db.prisma.user.findUniqueOrThrow({ where: { id: admin.id } })).role).toBe("admin");
  });
});

describe("the first admin", () => {
  const embedded = { kind: "embedded", dataDir: "/tmp/x", description: "embedded" } as const;
  const postgres = { kind: "postgres", url: "postgresql://x@127.0.0.1/x", description: "pg" } as const;

  test("is never made by default in production or on a PostgreSQL database", async () => {
    const fresh = await createTestDatabase();
    try {
      const log: string[] = [];
      await ensureFirstAdmin(fresh.prisma, { target: embedded, nodeEnv: "production", log: (l) => log.push(l) });
      await ensureFirstAdmin(fresh.prisma, { target: postgres, nodeEnv: "development", log: (l) => log.push(l) });
      expect(await fresh.prisma.user.count()).toBe(0);
      expect(log[0]).toMatch(/npm run admin:create/);
      // The local demo gets one, with a random password printed once.
      await ensureFirstAdmin(fresh.prisma, { target: embedded, nodeEnv: "development", log: (l) => log.push(l) });
      expect(await fresh.prisma.user.count()).toBe(1);
      expect(log.at(-1)).toMatch(
        /^Demo admin for this local database: demo-admin@alumni-atlas\.local \/ [A-Za-z0-9_-]{16} /,
      );
    } finally {
      await fresh.close();
    }
  });

  test("comes from ADMIN_EMAIL / ADMIN_PASSWORD on an empty database, once", async () => {
    const fresh = await createTestDatabase();
    try {
      const options = {
        target: postgres,
        nodeEnv: "production",
        adminEmail: "Chief@Example.org",
        adminPassword: "a-very-long-secret-1",
        log: () => undefined,
      };
      await ensureFirstAdmin(fresh.prisma, options);
      await ensureFirstAdmin(fresh.prisma, options);
      expect(await fresh.prisma.user.findMany({ select: { email: true, role: true } })).toEqual([
        { email: "chief@example.org", role: "admin" },
      ]);
      await expect(ensureFirstAdmin(fresh.prisma, { ...options, adminPassword: "short" })).resolves.toBeUndefined();
      // On an empty database a guessable ADMIN_PASSWORD stops the start, saying why.
      const empty = await createTestDatabase();
      try {
        await expect(ensureFirstAdmin(empty.prisma, { ...options, adminPassword: "password1234" })).rejects.toThrow(
          /^ADMIN_EMAIL\/ADMIN_PASSWORD: password is too easy to guess/,
        );
        expect(await empty.prisma.user.count()).toBe(0);
      } finally {
        await empty.close();
      }
      await expect(
        createAccount(fresh.prisma, { email: "weak@example.org", password: "short", name: "W", role: "admin" }),
      ).rejects.toThrow(/at least 12 characters/);
    } finally {
      await fresh.close();
    }
  });
});
