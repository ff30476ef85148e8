import { randomUUID } from "node:crypto";
import { createClient } from "redis";
import { afterAll, describe, expect, it } from "vitest";
import { redisClock } from "@/lib/server/response-cache";

// The rendered-page cache's clock in Redis (lib/server/response-cache.ts), as two instances share it:
// a write through either marks the tags it changed for both. Redis runs on 127.0.0.1:6379 here and in CI.
const url = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";
const prefix = `atlas-test-${randomUUID()}`;
const [a, b] = [redisClock(url, prefix), redisClock(url, prefix)];

afterAll(async () => {
  const client = createClient({ url });
  await client.connect();
  const keys = await client.keys(`${prefix}:*`);
  if (keys.length > 0) await client.unlink(keys);
  await client.quit();
  await Promise.all([a.close?.(), b.close?.()]);
});

describe("the response cache's clock shared through Redis", () => {
  it("a page rendered on one instance is stale on the other once a write through either changed one of its tags", async () => {
    expect(a.shared).toBe(true);
    const renderedAt = await a.now();
    expect(await b.latest(["page:/startups/rokid", "records"])).toBeLessThanOrEqual(renderedAt);

    await b.invalidate(["page:/startups/rokid", "records"]);
    expect(await a.latest(["page:/startups/rokid"])).toBeGreaterThan(renderedAt);
    // A tag the write did not touch keeps its older change.
    expect(await a.latest(["charts"])).toBeLessThanOrEqual(renderedAt);
    expect(await a.now()).toBe(await b.now());
  });

  it("concurrent writes never lower a tag's change below a render that began after one of them", async () => {
    await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 ? a : b).invalidate(["charts", `page:/x${i}`])));
    const now = await b.now();
    expect(await a.latest(["charts"])).toBe(now);
  });
});
