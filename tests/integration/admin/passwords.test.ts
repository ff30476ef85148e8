// Weak passwords are refused wherever a password is set: the admin's create-account and
// set-password forms and the admin:create command (createAccount). A refusal names the problem,
// writes nothing and never sends the password back to the browser.
import { describe, expect, test } from "vitest";
import { AccountError, createAccount } from "@/lib/auth/accounts";
import { adminTestRuntime, expectRefusal, signedInAccount, stateOf, submit } from "../../helpers/admin";

const runtime = adminTestRuntime("admin");
const { createUserAction, setUserPasswordAction } = await import("@/lib/actions/users");

const weak = [" ".repeat(12), "password1234", "aaaaaaaaaaaa", "qwertyuiopasdf", "123456789012"];

describe("weak passwords", () => {
  test.each(weak)("creating an account with %j is refused, nothing written, password not echoed", async (password) => {
    const users = await runtime.db.prisma.user.count();
    const changes = await runtime.db.prisma.changeLog.count();
    const state = expectRefusal(
      await submit(createUserAction, { email: "new.person@example.org", name: "New Person", role: "editor", password }),
    );
    expect(state.fieldErrors?.password?.[0]).toMatch(/^is too easy to guess/);
    expect(state.values).toMatchObject({ email: "new.person@example.org", name: "New Person" });
    expect(state.values).not.toHaveProperty("password");
    expect(JSON.stringify(state)).not.toContain(password.trim() || password);
    expect(await runtime.db.prisma.user.count()).toBe(users);
    expect(await runtime.db.prisma.changeLog.count()).toBe(changes);
  });

  test("a password made of the person's own name is refused", async () => {
    const state = expectRefusal(
      await submit(createUserAction, {
        email: "li.mingyuan@example.org",
        name: "Li Mingyuan",
        role: "editor",
        password: "limingyuan2024",
      }),
    );
    expect(state.fieldErrors?.password?.[0]).toMatch(/too easy to guess/);
  });

  test("setting a weak password is refused: the old one still works, sessions stay", async () => {
    const editor = await signedInAccount(runtime.db, runtime.auth, "editor");
    const before = await runtime.db.authPrisma.account.findFirstOrThrow({ where: { userId: editor.id } });
    const state = expectRefusal(await submit(setUserPasswordAction, { userId: editor.id, password: "password1234" }));
    expect(state.fieldErrors?.password?.[0]).toMatch(/too easy to guess/);
    expect(JSON.stringify(state)).not.toContain("password1234");
    const after = await runtime.db.authPrisma.account.findFirstOrThrow({ where: { userId: editor.id } });
    expect(after.password).toBe(before.password);
    expect(await runtime.db.prisma.session.count({ where: { userId: editor.id } })).toBe(1);
  });

  test("admin:create refuses one too, with the reason", async () => {
    await expect(
      createAccount(runtime.db.prisma, {
        email: "cli@example.org",
        password: "password1234",
        name: "CLI",
        role: "admin",
      }),
    ).rejects.toThrow(AccountError);
    await expect(
      createAccount(runtime.db.prisma, {
        email: "cli@example.org",
        password: " ".repeat(12),
        name: "CLI",
        role: "admin",
      }),
    ).rejects.toThrow(/password is too easy to guess/);
    expect(await runtime.db.prisma.user.count({ where: { email: "cli@example.org" } })).toBe(0);
  });

  test("a strong password is accepted everywhere", async () => {
    const created = stateOf(
      await submit(createUserAction, {
        email: "strong@example.org",
        name: "Strong",
        role: "editor",
        password: "lantern river quietly ninety",
      }),
    );
    expect(created.status).toBe("success");
    const user = await runtime.db.prisma.user.findUniqueOrThrow({ where: { email: "strong@example.org" } });
    expect(
      stateOf(await submit(setUserPasswordAction, { userId: user.id, password: "orbit-cactus-velvet-42" })).status,
    ).toBe("success");
  });
});
