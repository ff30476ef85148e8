// Sign-in limits under attack, against a real database: parallel bursts per account and per
// address, and varied X-Forwarded-For over a real socket through the same address resolution as
// server.ts. Each burst must be cut at exactly its limit, and answered 429, never 500.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { toNodeHandler } from "better-auth/node";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createAccount } from "@/lib/auth/accounts";
import type { Auth } from "@/lib/auth/create-auth";
import { compileTrustedProxies, stampClientAddress } from "@/lib/security/client-address";
import { createTestDatabase, type TestDatabase } from "../../helpers/database";
import { testAuth } from "../../helpers/admin";

let db: TestDatabase;
let n = 0;

beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db?.close();
});

async function account() {
  const email = `limits-${++n}@example.org`;
  const password = `right-password-${n}-kept-long`;
  await createAccount(db.prisma, { email, password, name: "Limits", role: "editor" });
  return { email, password };
}

function signIn(auth: Auth, email: string, password: string, address: string) {
  return auth.handler(
    new Request("http://127.0.0.1:3000/api/auth/sign-in/email", {
      method: "POST",
      headers: {
        "content-type": "application/json",
        origin: "http://127.0.0.1:3000",
        "x-atlas-client-address": address,
      },
      body: JSON.stringify({ email, password }),
    }),
  );
}

function tally(statuses: number[]) {
  const counts: Record<number, number> = {};
  for (const status of statuses) counts[status] = (counts[status] ?? 0) + 1;
  return counts;
}

describe("per account", () => {
  test("100 parallel wrong passwords from 100 addresses: exactly the limit is evaluated, the rest 429, no 500", async () => {
    const auth = testAuth(db, { maxAttempts: 1000, windowSeconds: 600, maxAccountFailures: 10 });
    const target = await account();
    const responses = await Promise.all(
      Array.from({ length: 100 }, (_, i) => signIn(auth, target.email, `wrong-guess-${i}`, `198.51.100.${i + 1}`)),
    );
    const counts = tally(responses.map((r) => r.status));
    console.info(`parallel wrong-password burst: ${JSON.stringify(counts)} (401 = evaluated, limit 10)`);
    expect(counts).toEqual({ 401: 10, 429: 90 });
    // Locked for the window: even the right password is refused, and the answer says how long.
    const locked = await signIn(auth, target.email, target.password, "198.51.100.200");
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get("X-Retry-After"))).toBeGreaterThan(590);
  });

  test("a success clears the count, so an editor who mistypes a few times is not locked out", async () => {
    const auth = testAuth(db, { maxAttempts: 1000, windowSeconds: 600, maxAccountFailures: 3 });
    const target = await account();
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < 2; i++) expect((await signIn(auth, target.email, "typo", "10.3.0.1")).status).toBe(401);
      expect((await signIn(auth, target.email, target.password, "10.3.0.1")).status).toBe(200);
    }
  });
});

describe("per address", () => {
  test("30 parallel guesses from one address against many accounts: exactly the limit evaluated", async () => {
    const auth = testAuth(db, { maxAttempts: 5, windowSeconds: 600, maxAccountFailures: 1000 });
    const targets = await Promise.all(Array.from({ length: 3 }, account));
    const responses = await Promise.all(
      Array.from({ length: 30 }, (_, i) => signIn(auth, targets[i % 3]!.email, `guess-${i}`, "203.0.113.50")),
    );
    expect(tally(responses.map((r) => r.status))).toEqual({ 401: 5, 429: 25 });
  });

  describe("over a real socket, through server.ts's address resolution", () => {
    let server: Server;
    let trustLoopback = false;
    let auth: Auth;

    beforeAll(async () => {
      auth = testAuth(db, { maxAttempts: 3, windowSeconds: 600, maxAccountFailures: 1000 });
      const handle = toNodeHandler(auth.handler);
      const none = compileTrustedProxies(undefined);
      const loopback = compileTrustedProxies("loopback");
      server = createServer((request, response) => {
        stampClientAddress(request, trustLoopback ? loopback : none);
        void handle(request, response);
      });
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    });
    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

    const post = (email: string, forwardedFor: string) => {
      const { port } = server.address() as AddressInfo;
      return fetch(`http://127.0.0.1:${port}/api/auth/sign-in/email`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          origin: "http://127.0.0.1:3000",
          "x-forwarded-for": forwardedFor,
          "x-atlas-client-address": forwardedFor,
        },
        body: JSON.stringify({ email, password: "not-the-password" }),
      });
    };

    test("a different X-Forwarded-For on every guess does not reset the limit", async () => {
      const target = await account();
      const statuses: number[] = [];
      for (let i = 0; i < 30; i++) statuses.push((await post(target.email, `192.0.2.${i + 1}`)).status);
      console.info(`varied X-Forwarded-For, 30 guesses: ${JSON.stringify(tally(statuses))} (limit 3)`);
      expect(tally(statuses)).toEqual({ 401: 3, 429: 27 });
    });

    test("behind a trusted proxy (TRUSTED_PROXIES=loopback), the forwarded address is the client", async () => {
      trustLoopback = true;
      try {
        const target = await account();
        const statuses: number[] = [];
        for (let i = 0; i < 6; i++) statuses.push((await post(target.email, `192.0.2.${100 + i}`)).status);
        expect(statuses).toEqual([401, 401, 401, 401, 401, 401]);
      } finally {
        trustLoopback = false;
      }
    });
  });
});
