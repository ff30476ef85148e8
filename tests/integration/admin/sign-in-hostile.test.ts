// Hostile input on the sign-in form's endpoint, generated with fast-check: what the form sends
// (email and password) made of script tags, control characters, lone surrogates, RTL overrides,
// SQL fragments, 10 kB and 1 MB strings, wrong types and missing fields, plus raw bodies the form
// would never send. Every answer is below 500, none signs anyone in, and nothing changes but the
// limiters' counters. (A 500 from the library would also log an error, which fails the test itself.)
import fc from "fast-check";
import { afterAll, beforeAll, expect, test } from "vitest";
import { createAccount } from "@/lib/auth/accounts";
import type { Auth } from "@/lib/auth/create-auth";
import { createTestDatabase, type TestDatabase } from "../../helpers/database";
import { testAuth } from "../../helpers/admin";

let db: TestDatabase;
let auth: Auth;
const real = { email: "real.editor@example.org", password: "lantern river quietly ninety" };

beforeAll(async () => {
  db = await createTestDatabase();
  auth = testAuth(db, { maxAttempts: 100_000, windowSeconds: 60, maxAccountFailures: 100_000 });
  await createAccount(db.prisma, { ...real, name: "Real Editor", role: "editor" });
});
afterAll(async () => {
  await db?.close();
});

const origin = "http://127.0.0.1:3000";
let requestNumber = 0;

function send(body: string, contentType = "application/json") {
  requestNumber++;
  return auth.handler(
    new Request(`${origin}/api/auth/sign-in/email`, {
      method: "POST",
      headers: {
        "content-type": contentType,
        origin,
        // Spread over addresses so the per-address limit is not what answers.
        "x-atlas-client-address": `10.${(requestNumber >> 8) & 255}.${requestNumber & 255}.7`,
      },
      body,
    }),
  );
}

async function accountState(): Promise<string> {
  const [users, accounts, sessions] = await Promise.all([
    db.authPrisma.user.findMany({ orderBy: { id: "asc" } }),
    db.authPrisma.account.findMany({ orderBy: { id: "asc" } }),
    db.authPrisma.session.count(),
  ]);
  return JSON.stringify({ users, accounts, sessions });
}

const hostileText = fc.oneof(
  fc.constantFrom(
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "javascript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "' OR '1'='1",
    "admin'--",
    '\'; DROP TABLE "User"; --',
    "\u0000",
    "real.editor@example.org\u0000",
    "\u202eroi.elpmaxe@rotide.laer",
    "\ud800",
    "\udfff@example.org",
    "🙂@example.org",
    "REAL.EDITOR@EXAMPLE.ORG",
    " real.editor@example.org ",
    real.email,
    `${real.email}\r\nBcc: x@evil.example`,
    "x".repeat(10_240),
    `${"a".repeat(10_240)}@example.org`,
    "%00",
    "${7*7}",
    "{{7*7}}",
    "__proto__",
  ),
  fc.string({ unit: "binary", maxLength: 200 }),
  fc.string({ unit: fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c)), maxLength: 40 }),
);

const value = fc.oneof(
  { weight: 6, arbitrary: hostileText },
  fc.constant(undefined),
  fc.constant(null),
  fc.integer(),
  fc.boolean(),
  fc.array(hostileText, { maxLength: 3 }),
  fc.dictionary(fc.constantFrom("$ne", "$gt", "toString", "__proto__"), hostileText),
);

test("generated sign-in bodies: never a 500, never a session, nothing changed", async () => {
  const before = await accountState();
  const statuses: Record<number, number> = {};
  let tried = 0;
  await fc.assert(
    fc.asyncProperty(
      fc.oneof(
        // What the form sends, aimed at the real account and at well-formed strangers.
        {
          weight: 3,
          arbitrary: fc.record({
            email: fc.oneof(
              { weight: 3, arbitrary: fc.constant(real.email) },
              { weight: 2, arbitrary: fc.emailAddress() },
              { weight: 3, arbitrary: hostileText },
            ),
            password: hostileText,
          }),
        },
        // Any shape at all.
        {
          weight: 1,
          arbitrary: fc.record(
            {
              email: value,
              password: value,
              rememberMe: fc.oneof(fc.boolean(), hostileText),
              callbackURL: hostileText,
            },
            { requiredKeys: [] },
          ),
        },
      ),
      async (body) => {
        const response = await send(JSON.stringify(body));
        tried++;
        statuses[response.status] = (statuses[response.status] ?? 0) + 1;
        expect(response.status, JSON.stringify(body).slice(0, 200)).toBeLessThan(500);
        expect(response.status).not.toBe(200);
        expect(response.headers.getSetCookie().some((c) => c.startsWith("atlas.session_token=") && !/=;/.test(c))).toBe(
          false,
        );
      },
    ),
    { numRuns: 300 },
  );

  // Bodies the form would never send: broken JSON, the wrong content type, a megabyte.
  const raw: [string, string?][] = [
    ["{"],
    ["not json"],
    ["[]"],
    ["null"],
    ['{"email": "a@b.c", "password": "x", "email": "real.editor@example.org"}'],
    ['{"__proto__": {"role": "admin"}, "email": "real.editor@example.org", "password": "x"}'],
    [`email=${encodeURIComponent(real.email)}&password=x`, "application/x-www-form-urlencoded"],
    [JSON.stringify({ email: real.email, password: "x" }), "text/plain"],
    [JSON.stringify({ email: real.email, password: "p".repeat(1_048_576) })],
    [JSON.stringify({ email: "e".repeat(1_048_576), password: "x" })],
    ["\u0000".repeat(1024)],
  ];
  for (const [body, contentType] of raw) {
    const response = await send(body, contentType);
    tried++;
    statuses[response.status] = (statuses[response.status] ?? 0) + 1;
    expect(response.status, body.slice(0, 100)).toBeLessThan(500);
    expect(response.status).not.toBe(200);
  }

  console.info(`hostile sign-in inputs: ${tried} tried, statuses ${JSON.stringify(statuses)}`);
  expect(await accountState()).toBe(before);
  // The real account still signs in afterwards.
  expect((await send(JSON.stringify(real))).status).toBe(200);
}, 300_000);
