// The framework cache in Redis, for several app instances sharing one cache (README "Cached
// rendering" and "Several instances"). next.config.ts points Next.js here only when REDIS_URL is
// set. Entries and their tags live in Redis: `revalidateTag` on any instance deletes the tagged
// entries for every instance. Plain JavaScript: Next.js loads this file by path at run time.
import { CacheHandler } from "@fortedigital/nextjs-cache-handler";
import createRedisHandler from "@fortedigital/nextjs-cache-handler/redis-strings";
import { PHASE_PRODUCTION_BUILD } from "next/constants.js";
import { createClient } from "redis";

/** Keys are prefixed per build, so a new deploy never reads entries an older build wrote. */
export function redisKeyPrefix(buildId) {
  return `${process.env.REDIS_KEY_PREFIX ?? "atlas"}:${buildId}:`;
}

/** One client per process, shared by every handler instance Next.js creates. */
async function connectedClient() {
  globalThis.atlasRedisClient ??= (async () => {
    const client = createClient({ url: process.env.REDIS_URL, pingInterval: 10_000 });
    // Errors are reported by the handler's failed calls (Next.js then renders without the cache);
    // the client reconnects by itself.
    client.on("error", () => undefined);
    await client.connect();
    return client;
  })();
  return globalThis.atlasRedisClient;
}

CacheHandler.onCreation(async ({ buildId }) => {
  // `next build` has no Redis to talk to and nothing worth sharing.
  if (process.env.NEXT_PHASE === PHASE_PRODUCTION_BUILD || !process.env.REDIS_URL) return { handlers: [] };
  const client = await connectedClient();
  return {
    handlers: [
      createRedisHandler({
        client,
        keyPrefix: redisKeyPrefix(buildId ?? "dev"),
        timeoutMs: 1_000,
      }),
    ],
  };
});

export default CacheHandler;
