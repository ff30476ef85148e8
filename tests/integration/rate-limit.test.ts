import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { consumeRateLimit, rateLimitHeaders } from "@/lib/data/rate-limit";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "../helpers/database";

describe.each(testDatabaseKinds)("the rate limiter on %s", (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase({ kind });
  });
  afterAll(async () => {
    await db?.close();
  });

  test("a parallel burst gets exactly the limit through", async () => {
    const rule = { key: `test:burst:${kind}`, limit: 10, windowSeconds: 60 };
    const decisions = await Promise.all(Array.from({ length: 50 }, () => consumeRateLimit(db.prisma, rule)));
    expect(decisions.filter((decision) => decision.allowed)).toHaveLength(10);
    const refused = decisions.find((decision) => !decision.allowed)!;
    expect(rateLimitHeaders(refused)).toMatchObject({ "RateLimit-Remaining": "0", "Retry-After": "60" });
  });

  test("a new window starts counting again, and keys do not share counts", async () => {
    const rule = { key: `test:window:${kind}`, limit: 2, windowSeconds: 10 };
    const start = 1_800_000_000_000;
    expect((await consumeRateLimit(db.prisma, rule, start)).remaining).toBe(1);
    expect((await consumeRateLimit(db.prisma, rule, start + 1000)).allowed).toBe(true);
    const third = await consumeRateLimit(db.prisma, rule, start + 2000);
    expect(third).toMatchObject({ allowed: false, resetSeconds: 8 });
    expect((await consumeRateLimit(db.prisma, { ...rule, key: `${rule.key}:other` }, start + 2000)).allowed).toBe(true);
    expect(await consumeRateLimit(db.prisma, rule, start + 10_000)).toMatchObject({ allowed: true, remaining: 1 });
  });
});
