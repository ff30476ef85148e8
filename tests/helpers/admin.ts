// Shared set-up for admin integration tests: a real database, the real auth library with real
// accounts and sessions, and the Next.js request APIs replaced by a settable cookie.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, beforeEach, expect, vi } from "vitest";
import { createAccount } from "@/lib/auth/accounts";
import { createAuth, type Auth } from "@/lib/auth/create-auth";
import type { Role } from "@/lib/auth/roles";
import type { FormState } from "@/lib/forms/form-state";
import { newSubmissionKey, SUBMISSION_KEY_FIELD } from "@/lib/forms/submission-key";
import { CLIENT_ADDRESS_HEADER } from "@/lib/security/client-address";
import { createTestDatabase, type TestDatabase } from "./database";

/** Every tag the actions marked stale (the mocked `revalidateTag`), for tests of what a write invalidates. */
export const invalidatedTags = vi.fn<(tag: string, profile: string | { expire?: number }) => void>();

/**
 * What the mocked next/headers hands out: the cookie of whoever the test is acting as and, when set,
 * the client address server.ts would have stamped on the request.
 */
export const request: { cookie: string; address?: string } = { cookie: "" };

export class RedirectSignal extends Error {
  constructor(readonly url: string) {
    super(`redirect to ${url}`);
  }
}

/**
 * What Next.js and the app's singletons provide at run time, replaced for tests of the actions: the
 * test's database and auth, request headers carrying `request.cookie` (and `request.address`), no-op revalidation, and
 * redirects thrown as RedirectSignal. Call it before importing the actions, which the tests import
 * dynamically for that reason.
 */
export function mockActionRuntime(current: { db: () => TestDatabase; auth: () => Auth }): void {
  vi.doMock("@/lib/db", () => ({ getPrisma: async () => current.db().prisma }));
  vi.doMock("@/lib/auth/server", () => ({ getAuth: async () => current.auth() }));
  vi.doMock("next/headers", () => ({
    headers: async () =>
      new Headers({ cookie: request.cookie, ...(request.address ? { [CLIENT_ADDRESS_HEADER]: request.address } : {}) }),
    draftMode: async () => ({ isEnabled: false, enable: vi.fn(), disable: vi.fn() }),
  }));
  vi.doMock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: invalidatedTags }));
  vi.doMock("next/navigation", () => ({
    redirect: (url: string) => {
      throw new RedirectSignal(url);
    },
  }));
}

export function testAuth(
  db: TestDatabase,
  signIn: { maxAttempts: number; windowSeconds: number; maxAccountFailures?: number } = {
    maxAttempts: 100,
    windowSeconds: 60,
  },
): Auth {
  return createAuth({
    prisma: db.authPrisma,
    secret: randomBytes(32).toString("hex"),
    baseURL: "http://127.0.0.1:3000",
    signIn,
    secureCookies: false,
  });
}

export type TestAccount = { id: string; email: string; password: string; role: Role; cookie: string };

/** What adminTestRuntime sets up for a test file; filled in by its beforeAll. */
export type AdminTestRuntime = {
  db: TestDatabase;
  auth: Auth;
  /** The account each test acts as. */
  account: TestAccount;
  /** Every signed-in account by role: `account`'s and those asked for with `also`. */
  accounts: Partial<Record<Role, TestAccount>>;
};

/**
 * The usual set-up of an admin integration test file: the runtime mocked (so call it before importing
 * the actions), a database of the file's own with the real auth library and one signed-in account of
 * `role` (and one of each role in `also`), each test acting as that account from a fresh request (no
 * client address) with no tags marked stale yet.
 */
export function adminTestRuntime(role: Role = "editor", options: { also?: Role[] } = {}): AdminTestRuntime {
  const runtime = { accounts: {} } as AdminTestRuntime;
  mockActionRuntime({ db: () => runtime.db, auth: () => runtime.auth });
  beforeAll(async () => {
    runtime.db = await createTestDatabase();
    runtime.auth = testAuth(runtime.db);
    for (const each of [role, ...(options.also ?? [])])
      runtime.accounts[each] = await signedInAccount(runtime.db, runtime.auth, each);
    runtime.account = runtime.accounts[role]!;
  });
  afterAll(async () => {
    await runtime.db?.close();
  });
  beforeEach(() => {
    request.cookie = runtime.account.cookie;
    request.address = undefined;
    invalidatedTags.mockClear();
  });
  return runtime;
}

/** Creates an account and signs it in through the auth library, returning its session cookie. */
export async function signedInAccount(db: TestDatabase, auth: Auth, role: Role): Promise<TestAccount> {
  const email = `${role}-${randomBytes(4).toString("hex")}@example.org`;
  const password = `pw-${randomBytes(12).toString("hex")}`;
  const { id } = await createAccount(db.prisma, { email, password, name: `Test ${role}`, role });
  const response = await auth.api.signInEmail({ body: { email, password }, asResponse: true });
  if (!response.ok) throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  return { id, email, password, role, cookie };
}

type Fields = Record<string, string | string[] | undefined>;

export function formData(fields: Fields): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) data.append(name, v);
  }
  return data;
}

export type Outcome = { redirect: string } | { state: FormState };

/**
 * Calls a form action as the browser would; a redirect (success) is returned rather than thrown.
 * Like a form freshly shown, it carries a new submission key unless the fields give one.
 */
export async function submit(
  action: (previous: FormState, data: FormData) => Promise<FormState>,
  fields: Fields,
): Promise<Outcome> {
  try {
    const keyed = SUBMISSION_KEY_FIELD in fields ? fields : { ...fields, [SUBMISSION_KEY_FIELD]: newSubmissionKey() };
    return { state: await action({ status: "idle" }, formData(keyed)) };
  } catch (error) {
    if (error instanceof RedirectSignal) return { redirect: error.url };
    throw error;
  }
}

/** The state a form action answered with; fails the test when the action saved and redirected instead. */
export function stateOf(outcome: Outcome): FormState {
  if ("redirect" in outcome)
    throw new Error(`expected an answer on the form, but it redirected to ${outcome.redirect}`);
  return outcome.state;
}

/** The refusal a form action answered with; fails the test when the action saved instead. */
export function expectRefusal(outcome: Outcome): FormState {
  const state = stateOf(outcome);
  expect(state.status, state.message).toBe("error");
  return state;
}

export function idFromRedirect(outcome: Outcome): number {
  if (!("redirect" in outcome)) throw new Error(`expected a redirect, got ${JSON.stringify(outcome.state)}`);
  const match = /\/admin\/[a-z-]+\/(\d+)\//.exec(outcome.redirect);
  if (!match) throw new Error(`no id in ${outcome.redirect}`);
  return Number(match[1]);
}
