import { randomUUID } from "node:crypto";
import createRedisHandler from "@fortedigital/nextjs-cache-handler/redis-strings";
import { createClient } from "redis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { redisKeyPrefix } from "@/lib/server/redis-cache-handler.mjs";

// Two app instances sharing one Redis, as lib/server/redis-cache-handler.mjs sets them up: each
// with its own client and handler, the same key prefix. Redis runs on 127.0.0.1:6379 here and in CI.
const url = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";
const buildId = `test-${randomUUID()}`;
const clients = [createClient({ url }), createClient({ url })] as const;
type HandlerClient = Parameters<typeof createRedisHandler>[0]["client"];

function instance(client: (typeof clients)[number], prefix = redisKeyPrefix(buildId)) {
  // node-redis's client with its default modules, which the handler's narrower type does not list.
  return createRedisHandler({ client: client as unknown as HandlerClient, keyPrefix: prefix, timeoutMs: 1_000 });
}

/** An entry as Next.js stores an `unstable_cache` result (kind FETCH). */
function entry(body: unknown, tags: string[]) {
  return {
    lastModified: Date.now(),
    lifespan: null,
    tags,
    value: { kind: "FETCH", data: { headers: {}, body: JSON.stringify(body), url: "" }, revalidate: false },
  } as unknown as Parameters<ReturnType<typeof instance>["set"]>[1];
}

beforeAll(async () => {
  await Promise.all(clients.map((client) => client.connect()));
});

afterAll(async () => {
  const keys = await clients[0].keys(`${redisKeyPrefix(buildId)}*`);
  if (keys.length > 0) await clients[0].unlink(keys);
  await Promise.all(clients.map((client) => client.quit()));
});

describe("the Redis cache handler shared by two instances", () => {
  it("serves an entry written by one instance to the other", async () => {
    const [a, b] = [instance(clients[0]), instance(clients[1])];
    await a.set("startup-rokid", entry({ name: "Rokid" }, ["page:/startups/rokid", "records"]));
    const seen = await b.get("startup-rokid", { implicitTags: [] });
    expect(seen?.value).toMatchObject({ kind: "FETCH", data: { body: JSON.stringify({ name: "Rokid" }) } });
    expect(seen?.tags).toEqual(["page:/startups/rokid", "records"]);
  });

  it("drops exactly the entries of an invalidated tag, for every instance", async () => {
    const [a, b] = [instance(clients[0]), instance(clients[1])];
    await a.set("chart-by-city", entry([1, 2], ["charts"]));
    await a.set("startup-xpeng", entry({ name: "XPeng" }, ["page:/startups/xpeng", "records"]));
    await a.set("founder-chen", entry({ name: "Chen" }, ["page:/founders/chen", "records"]));

    await b.revalidateTag("page:/startups/xpeng");
    expect(await a.get("startup-xpeng", { implicitTags: [] })).toBeNull();
    expect(await a.get("founder-chen", { implicitTags: [] })).not.toBeNull();
    expect(await a.get("chart-by-city", { implicitTags: [] })).not.toBeNull();

    await a.revalidateTag("records");
    expect(await b.get("founder-chen", { implicitTags: [] })).toBeNull();
    expect(await b.get("chart-by-city", { implicitTags: [] })).not.toBeNull();
  });

  it("keeps builds apart", async () => {
    const other = instance(clients[1], redisKeyPrefix(`${buildId}-next`));
    await instance(clients[0]).set("home", entry({ n: 1 }, ["page:/"]));
    expect(await other.get("home", { implicitTags: [] })).toBeNull();
  });
});
