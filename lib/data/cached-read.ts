import "server-only";
import { unstable_cache } from "next/cache";
import { connection } from "next/server";
import { cache } from "react";
import superjson from "superjson";
import { insideCachedRead, insideStreamedRead, openStreamedReads, runCachedRead } from "@/lib/db";

export { openStreamedReads };
import { noteCachedRead } from "@/lib/observability/context";
import { countCacheLookup } from "@/lib/observability/metrics";

type Serialized = ReturnType<typeof superjson.serialize>;

const NOT_FOUND = Symbol("not found");

/**
 * A public read served from the framework's data cache (`unstable_cache`: on disk and in memory
 * per process, or Redis when REDIS_URL is set; see README "Cached rendering"), computed once per
 * data change. `tags` name what invalidates it (lib/data/cache-tags.ts); writes mark those tags
 * expire with `revalidateTag(tag, { expire: 0 })`, so the next read computes the new value; readers
 * do not wait for it, because the server keeps each rendered public response and serves the previous
 * one while the page is rendered again (lib/server/response-cache.ts). An editor who has saved reads
 * past both caches (draft mode, enabled by the save: lib/actions/safe-action.ts).
 *
 * Values round-trip through superjson, so dates stay dates. The page itself still renders per
 * request (`connection()`): only its data comes from the cache, which keeps search parameters,
 * `?asOf=`, status codes and redirects decided per request. Outside Next.js (tests, scripts)
 * the read runs directly.
 */
export function cachedRead<A extends unknown[], R>(
  name: string,
  tags: (...args: NoInfer<A>) => string[],
  read: (...args: A) => Promise<R>,
): (...args: A) => Promise<R> {
  return cache(async (...args: A): Promise<R> => {
    // The rendered response that shows this value is kept until these tags change (lib/server/response-cache.ts).
    noteCachedRead(tags(...args));
    // Outside Next.js, or nested in another cached read (whose entry already holds this value and
    // whose tags cover it; Next refuses `connection()` inside a cache entry): read directly. So does
    // a streamed download's batch: it runs after the request's scope, and its pages are not worth keeping.
    if (!process.env.NEXT_RUNTIME || insideCachedRead() || insideStreamedRead()) return read(...args);
    await connection();
    let computed = false;
    const cached = unstable_cache(
      async (): Promise<Serialized> => {
        computed = true;
        const result = await runCachedRead(() => read(...args));
        // A record not found is never kept: the page that answers 404 today must show the record
        // the moment it is created (failed computations are not stored).
        if (result === null) throw NOT_FOUND;
        return superjson.serialize(result);
      },
      [name, JSON.stringify(args)],
      { tags: tags(...args), revalidate: false },
    );
    const value = await cached().catch((error: unknown) => {
      if (error === NOT_FOUND) return null;
      throw error;
    });
    if (value === null) return null as R;
    countCacheLookup("pages", !computed);
    return superjson.deserialize<R>(value);
  });
}
