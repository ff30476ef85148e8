// The authorization matrix: every write the app offers, called as the public, an editor and an
// admin, against a real database (PostgreSQL when TEST_DATABASE_URL is set), and every endpoint of
// the auth library and its plugins over HTTP. A refused call must write nothing at all: no row, no
// history entry.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Auth } from "@/lib/auth/create-auth";
import type { FormState } from "@/lib/forms/form-state";
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
import {
  createCitation,
  createCity,
  createEmployment,
  createFounding,
  createFundingRound,
  createInvestment,
  createOrganization,
  createPerson,
  createSource,
  createStartup,
} from "../../factories";
import { createAccount } from "@/lib/auth/accounts";
import { AUTH_ENDPOINTS_IN_USE } from "@/lib/auth/endpoints";

let db: TestDatabase;
let auth: Auth;
let editor: TestAccount;
let admin: TestAccount;

mockActionRuntime({ db: () => db, auth: () => auth });

const records = await import("@/lib/actions/records");
const users = await import("@/lib/actions/users");
const csv = await import("@/lib/actions/import");

beforeAll(async () => {
  db = await createTestDatabase();
  auth = testAuth(db);
  editor = await signedInAccount(db, auth, "editor");
  admin = await signedInAccount(db, auth, "admin");
});
/** Every forbidden call the matrix makes, and those the app let through; printed as the suite's figure. */
const forbidden = { tried: 0, accepted: 0 };
afterAll(async () => {
  await db?.close();
  console.info(`authorization matrix: ${forbidden.accepted} of ${forbidden.tried} forbidden requests accepted`);
});

type Fields = Record<string, string | string[]>;
type Action = (previous: FormState, data: FormData) => Promise<FormState>;
type Who = "anonymous" | "editor" | "admin";

const cookieOf = (who: Who) => (who === "anonymous" ? "" : who === "editor" ? editor.cookie : admin.cookie);

let n = 0;
const unique = () => `${Date.now().toString(36)}${++n}`;
/** A day no other rate in this run is dated (one live rate per currency and day). */
const rateDay = () => new Date(Date.UTC(2000, 0, 1 + ++n)).toISOString().slice(0, 10);

/** A valid create form for each kind of record, with the records it refers to made fresh. */
const createForms: Record<string, () => Promise<Fields>> = {
  startups: async () => ({ nameEn: `Matrix ${unique()}`, confidence: "HIGH" }),
  people: async () => ({ nameZh: `矩阵${unique()}` }),
  cities: async () => ({ nameEn: `Matrix City ${unique()}`, country: "CN" }),
  organizations: async () => ({ nameEn: `Matrix Org ${unique()}`, kind: "ALIBABA_UNIT" }),
  employments: async () => ({
    personId: String((await createPerson(db.prisma)).id),
    organizationId: String((await createOrganization(db.prisma)).id),
    startYear: "2010",
  }),
  foundings: async () => ({
    personId: String((await createPerson(db.prisma)).id),
    startupId: String((await createStartup(db.prisma)).id),
    role: "FOUNDER",
    confidence: "HIGH",
  }),
  "funding-rounds": async () => ({
    startupId: String((await createStartup(db.prisma)).id),
    stage: "SEED",
    amountKind: "EXACT",
    amountLow: "1000000",
    currency: "USD",
  }),
  investments: async () => {
    const round = await createFundingRound(db.prisma, { startupId: (await createStartup(db.prisma)).id });
    return {
      roundId: String(round.id),
      organizationId: String((await createOrganization(db.prisma)).id),
      isLead: "on",
    };
  },
  sources: async () => ({ url: `https://example.com/matrix/${unique()}`, publisher: "Matrix", language: "en" }),
  citations: async () => ({
    sourceId: String((await createSource(db.prisma)).id),
    recordType: "STARTUP",
    recordId: String((await createStartup(db.prisma)).id),
    field: "foundedYear",
  }),
  "reported-figures": async () => ({
    metric: `Matrix figure ${unique()}`,
    value: "85",
    unit: "start-ups",
    asOfLabel: "2024",
    sourceId: String((await createSource(db.prisma)).id),
  }),
  "exchange-rates": async () => ({
    currency: "CNY",
    rateOn: rateDay(),
    usdPerUnit: "0.1389",
    sourceId: String((await createSource(db.prisma)).id),
  }),
};

/** An existing record of each kind (id, version 1) and a valid edit form for it. */
const existing: Record<string, () => Promise<{ id: number; fields: Fields }>> = {
  startups: async () => {
    const r = await createStartup(db.prisma);
    return { id: r.id, fields: { nameEn: `${r.nameEn} edited`, confidence: "MEDIUM" } };
  },
  people: async () => {
    const r = await createPerson(db.prisma);
    return { id: r.id, fields: { nameEn: `${r.nameEn} edited` } };
  },
  cities: async () => {
    const r = await createCity(db.prisma);
    return { id: r.id, fields: { nameEn: `${r.nameEn} edited`, country: "CN" } };
  },
  organizations: async () => {
    const r = await createOrganization(db.prisma);
    return { id: r.id, fields: { nameEn: `${r.nameEn} edited`, kind: "COMPANY" } };
  },
  employments: async () => {
    const r = await createEmployment(db.prisma, {
      personId: (await createPerson(db.prisma)).id,
      organizationId: (await createOrganization(db.prisma)).id,
    });
    return {
      id: r.id,
      fields: { personId: String(r.personId), organizationId: String(r.organizationId), role: "CTO" },
    };
  },
  foundings: async () => {
    const r = await createFounding(db.prisma, {
      personId: (await createPerson(db.prisma)).id,
      startupId: (await createStartup(db.prisma)).id,
    });
    return {
      id: r.id,
      fields: { personId: String(r.personId), startupId: String(r.startupId), role: "CO_FOUNDER", confidence: "HIGH" },
    };
  },
  "funding-rounds": async () => {
    const r = await createFundingRound(db.prisma, { startupId: (await createStartup(db.prisma)).id });
    return { id: r.id, fields: { startupId: String(r.startupId), stage: "SERIES_B", amountKind: "UNDISCLOSED" } };
  },
  investments: async () => {
    const round = await createFundingRound(db.prisma, { startupId: (await createStartup(db.prisma)).id });
    const r = await createInvestment(db.prisma, {
      roundId: round.id,
      organizationId: (await createOrganization(db.prisma)).id,
    });
    return { id: r.id, fields: { roundId: String(round.id), organizationId: String(r.organizationId), isLead: "on" } };
  },
  sources: async () => {
    const r = await createSource(db.prisma);
    return { id: r.id, fields: { url: r.url, publisher: "Edited", language: "zh" } };
  },
  citations: async () => {
    const startup = await createStartup(db.prisma);
    const r = await createCitation(db.prisma, {
      sourceId: (await createSource(db.prisma)).id,
      recordType: "STARTUP",
      recordId: startup.id,
    });
    return {
      id: r.id,
      fields: { sourceId: String(r.sourceId), recordType: "STARTUP", recordId: String(startup.id), field: "nameEn" },
    };
  },
  "reported-figures": async () => {
    const source = await createSource(db.prisma);
    const r = await db.prisma.reportedFigure.create({
      data: {
        slug: `figure-${unique()}`,
        metric: "Count",
        value: "1",
        unit: "start-ups",
        asOfLabel: "2024",
        sourceId: source.id,
      },
    });
    return {
      id: r.id,
      fields: { metric: "Count edited", value: "2", unit: "start-ups", asOfLabel: "2024", sourceId: String(source.id) },
    };
  },
  "exchange-rates": async () => {
    const source = await createSource(db.prisma);
    const rateOn = rateDay();
    const r = await db.prisma.exchangeRate.create({
      data: { currency: "HKD", rateOn: new Date(`${rateOn}T00:00:00.000Z`), usdPerUnit: "0.128", sourceId: source.id },
    });
    return { id: r.id, fields: { currency: "HKD", rateOn, usdPerUnit: "0.1281", sourceId: String(source.id) } };
  },
};

async function changeCount() {
  return db.prisma.changeLog.count();
}

async function attempt(who: Who, action: Action, fields: Fields) {
  request.cookie = cookieOf(who);
  const before = await changeCount();
  const outcome = await submit(action, fields);
  const written = (await changeCount()) - before;
  return { outcome, written };
}

function expectRefused(result: Awaited<ReturnType<typeof attempt>>, message: RegExp) {
  forbidden.tried++;
  if ("redirect" in result.outcome || result.outcome.state.status !== "error" || result.written > 0)
    forbidden.accepted++;
  expect(expectRefusal(result.outcome).message).toMatch(message);
  expect(result.written).toBe(0);
}

function expectAllowed(result: Awaited<ReturnType<typeof attempt>>) {
  if ("state" in result.outcome)
    throw new Error(`refused: ${result.outcome.state.message} ${JSON.stringify(result.outcome.state.fieldErrors)}`);
  expect(result.outcome.redirect).toMatch(/^\/admin\//);
  expect(result.written).toBeGreaterThan(0);
}

const SIGNED_OUT = /not signed in/;
const NOT_ALLOWED = /does not allow this; it needs admin/;

describe.each(Object.keys(createForms))("%s", (key) => {
  const create: Action = (p, f) => records.createRecordAction(key, p, f);
  const update: Action = (p, f) => records.updateRecordAction(key, p, f);
  const remove: Action = (p, f) => records.deleteRecordAction(key, p, f);
  const restore: Action = (p, f) => records.restoreVersionAction(key, p, f);

  test.each(["anonymous", "editor", "admin"] as const)("create as %s", async (who) => {
    const result = await attempt(who, create, await createForms[key]!());
    if (who === "anonymous") expectRefused(result, SIGNED_OUT);
    else expectAllowed(result);
  });

  test.each(["anonymous", "editor", "admin"] as const)("update, delete and restore as %s", async (who) => {
    const record = await existing[key]!();
    const edited = await attempt(who, update, { id: String(record.id), version: "1", ...record.fields });
    const deleted = await attempt(who, remove, { id: String(record.id), version: who === "anonymous" ? "1" : "2" });
    if (who === "anonymous") {
      expectRefused(edited, SIGNED_OUT);
      expectRefused(deleted, SIGNED_OUT);
      const change = await db.prisma.changeLog.findFirst({ orderBy: { id: "desc" } });
      expectRefused(
        await attempt(who, restore, { id: String(record.id), version: "1", changeId: String(change?.id ?? 1) }),
        SIGNED_OUT,
      );
      return;
    }
    expectAllowed(edited);
    expectAllowed(deleted);
    const deletion = await db.prisma.changeLog.findFirstOrThrow({
      where: { recordId: String(record.id), action: "DELETE" },
      orderBy: { id: "desc" },
    });
    expectAllowed(await attempt(who, restore, { id: String(record.id), version: "3", changeId: String(deletion.id) }));
  });
});

describe("account management is for admins only", () => {
  const target = async () =>
    createAccount(db.prisma, {
      email: `target-${unique()}@example.org`,
      password: "a-long-password-1",
      name: "Target",
      role: "editor",
    });
  const cases: [string, Action, () => Promise<Fields>][] = [
    [
      "create an account",
      users.createUserAction,
      async () => ({
        email: `new-${unique()}@example.org`,
        password: "another-long-password",
        name: "New",
        role: "editor",
      }),
    ],
    ["change a role", users.setUserRoleAction, async () => ({ userId: (await target()).id, role: "admin" })],
    ["revoke sessions", users.revokeUserSessionsAction, async () => ({ userId: (await target()).id })],
    ["suspend", users.banUserAction, async () => ({ userId: (await target()).id, reason: "test" })],
    ["restore access", users.unbanUserAction, async () => ({ userId: (await target()).id })],
    [
      "set a password",
      users.setUserPasswordAction,
      async () => ({ userId: (await target()).id, password: "a-brand-new-password" }),
    ],
  ];
  test.each(cases)("%s", async (_name, action, fields) => {
    const userCount = await db.prisma.user.count();
    expectRefused(await attempt("anonymous", action, await fields()), SIGNED_OUT);
    expectRefused(await attempt("editor", action, await fields()), NOT_ALLOWED);
    expect(await db.prisma.user.count()).toBe(userCount + (_name === "create an account" ? 0 : 2));
    const result = await attempt("admin", action, await fields());
    expect(stateOf(result.outcome)).toMatchObject({ status: "success" });
    expect(result.written).toBeGreaterThan(0);
  });
});

describe("CSV import", () => {
  const file = () => ({
    csv: `name_en,source_url,source_publisher\nMatrix Import ${unique()},https://example.com/m/${unique()},Ex\n`,
    fileName: "m.csv",
  });
  test.each(["anonymous", "editor", "admin"] as const)("import as %s", async (who) => {
    const result = await attempt(who, csv.importStartupsAction, { ...file(), mode: "all" });
    if (who === "anonymous") expectRefused(result, SIGNED_OUT);
    else {
      expect(stateOf(result.outcome).status).toBe("success");
      expect(result.written).toBeGreaterThan(0);
    }
  });
  test("preview as anonymous is refused too", async () => {
    expectRefused(await attempt("anonymous", csv.previewImportAction, file()), SIGNED_OUT);
  });
});

describe("the auth library's own endpoints", () => {
  const origin = "http://127.0.0.1:3000";
  // Each test calls from its own address: the library's per-address limits (3 per 10 s on sign-up)
  // run before the refusal, and a 429 there would hide the 404 this checks.
  let address = 0;
  const call = (method: string, path: string, body: unknown, cookie: string, from = `10.9.9.${++address}`) =>
    auth.handler(
      new Request(`${origin}/api/auth${path}`, {
        method,
        headers: { "content-type": "application/json", cookie, origin, "x-atlas-client-address": from },
        body: method === "GET" ? undefined : JSON.stringify(body),
      }),
    );

  /** Every row an account change could touch, as one comparable text. */
  async function accountState(): Promise<string> {
    const [users, accounts, sessions, changes] = await Promise.all([
      db.authPrisma.user.findMany({ orderBy: { id: "asc" } }),
      db.authPrisma.account.findMany({ orderBy: { id: "asc" } }),
      db.authPrisma.session.findMany({ orderBy: { id: "asc" } }),
      db.prisma.changeLog.count(),
    ]);
    return JSON.stringify({ users, accounts, sessions, changes });
  }

  /** A body that would do harm if any endpoint accepted it: every parameter the library's endpoints take. */
  const hostileBody = () => ({
    userId: editor.id,
    role: "admin",
    email: `forged-${unique()}@example.org`,
    newEmail: `forged-${unique()}@example.org`,
    password: "short",
    newPassword: "short",
    currentPassword: admin.password,
    name: "Forged",
    data: { role: "admin", name: "Forged" },
    banReason: "forged",
    token: "forged",
    sessionToken: "forged",
    callbackURL: "https://evil.example/",
    provider: "google",
    providerId: "credential",
    accountId: editor.id,
    permissions: { user: ["create"] },
  });

  /**
   * Gives the editor or admin a live session again if an earlier request ended it (revoke-sessions,
   * ban-user, remove-user would, were they open), so each call is really made with that role.
   */
  async function stillSignedIn(who: "anonymous" | "editor" | "admin") {
    if (who === "anonymous") return;
    const account = who === "editor" ? editor : admin;
    const live = await db.prisma.session.count({ where: { userId: account.id } });
    const user = await db.prisma.user.findUnique({ where: { id: account.id } });
    if (live > 0 && user && !user.banned && user.role === who) return;
    const fresh = await signedInAccount(db, auth, who);
    if (who === "editor") editor = fresh;
    else admin = fresh;
  }

  test("every endpoint the app does not use is refused, for everyone, and changes nothing", async () => {
    const endpoints = new Map<string, string[]>();
    for (const endpoint of Object.values(auth.api) as { path?: string; options?: { method?: string | string[] } }[]) {
      if (!endpoint.path) continue;
      const methods = endpoint.options?.method;
      const list = methods === "*" || !methods ? ["GET", "POST"] : Array.isArray(methods) ? methods : [methods];
      endpoints.set(endpoint.path, [...new Set([...(endpoints.get(endpoint.path) ?? []), ...list])]);
    }
    // The admin plugin's endpoints are among them: the ones the attack used.
    for (const path of ["/admin/create-user", "/admin/set-role", "/admin/remove-user", "/admin/impersonate-user"])
      expect(endpoints.has(path), path).toBe(true);

    let tried = 0;
    // Accepted: answered with success or changed a row. Reached: got past the refusal to the library.
    const accepted: string[] = [];
    const reached: string[] = [];
    for (const [path, methods] of endpoints) {
      for (const method of methods) {
        if (AUTH_ENDPOINTS_IN_USE.has(`${method} ${path}`)) continue;
        for (const who of ["anonymous", "editor", "admin"] as const) {
          await stillSignedIn(who);
          const before = await accountState();
          const concrete = path.replace(/:[a-zA-Z]+/g, "credential");
          const response = await call(method, concrete, hostileBody(), cookieOf(who));
          tried++;
          const changed = (await accountState()) !== before;
          const line = `${who} ${method} ${concrete} → ${response.status}${changed ? " (changed rows)" : ""}`;
          if (response.status < 400 || changed) accepted.push(line);
          if (response.status !== 404) reached.push(line);
        }
      }
    }
    forbidden.tried += tried;
    forbidden.accepted += accepted.length;
    console.info(
      `auth library endpoints: ${accepted.length} of ${tried} forbidden requests accepted, ${reached.length} reached the library`,
    );
    expect(accepted).toEqual([]);
    expect(reached).toEqual([]);
    expect(tried).toBeGreaterThan(100);
  });

  test("the endpoints in use still work: session read, sign-out, and sign-in (tested in auth.test.ts)", async () => {
    const session = await call("GET", "/get-session", undefined, editor.cookie);
    expect(session.status).toBe(200);
    expect(((await session.json()) as { user: { id: string } }).user.id).toBe(editor.id);
    const throwaway = await signedInAccount(db, auth, "editor");
    expect((await call("POST", "/sign-out", {}, throwaway.cookie)).status).toBe(200);
    expect(await db.prisma.session.count({ where: { userId: throwaway.id } })).toBe(0);
  });

  test("paths that only look like an endpoint in use are refused too", async () => {
    for (const path of [
      "/sign-in/email/",
      "/Sign-In/Email",
      "/sign-in//email",
      "/sign-in/%65mail",
      "/admin/../sign-in/email",
    ]) {
      const response = await call("POST", path, { email: admin.email, password: admin.password }, "");
      // "/admin/../sign-in/email" is normalised by the URL parser to the real sign-in: that one may answer.
      if (new URL(`${origin}/api/auth${path}`).pathname === "/api/auth/sign-in/email") continue;
      forbidden.tried++;
      if (response.status !== 404) forbidden.accepted++;
      expect(response.status, path).toBe(404);
    }
  });

  test("there is no public sign-up", async () => {
    const response = await call(
      "POST",
      "/sign-up/email",
      { email: `x-${unique()}@example.org`, password: "a-long-password-1", name: "X" },
      "",
    );
    const created = await db.prisma.user.count({ where: { name: "X" } });
    forbidden.tried++;
    if (response.status !== 404 || created > 0) forbidden.accepted++;
    expect(response.status).toBe(404);
    expect(created).toBe(0);
  });
});
