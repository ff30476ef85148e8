import "server-only";
import type { AppPrismaClient } from "@/lib/db/connection";
import { countCacheLookup } from "@/lib/observability/metrics";

// Chart results are aggregates over every start-up, founder and round, so at scale (100,000
// start-ups) the heaviest take hundreds of milliseconds even with good plans, while the data
// changes only when an admin edits it. So results are kept in memory, keyed on the chart, its
// resolved filters and the data version: a counter that triggers on every chart table bump inside
// the writing transaction (migration 20261124091000_chart_data_version). Inserts, edits, soft and
// hard deletes all bump it, and since the bump locks the counter's row until commit, versions
// follow commit order. The version is read before the query runs, so a result is never stored
// under a version newer than the data it was computed from: at worst a result computed from newer
// data sits under an older version, and is dropped as soon as the newer version is read.

/** Enough for every chart with a few dozen filter combinations; the oldest-used entries go first. */
const MAX_ENTRIES = 500;

type Store = { version: string; entries: Map<string, Promise<unknown>> };

// One store per database client: tests (and any process holding two databases) must never see
// another database's results just because the two counters happen to agree.
let stores = new WeakMap<AppPrismaClient, Store>();

/** The data version, or null when the counter row is missing (then nothing is cached). */
export async function readChartDataVersion(prisma: AppPrismaClient): Promise<string | null> {
  const [row] = await prisma.$queryRaw<{ version: bigint | number | string }[]>`
    SELECT "version" FROM "ChartDataVersion" WHERE "id" = 1`;
  return row === undefined ? null : String(row.version);
}

/**
 * `compute()`'s result for `key` at the current data version, from memory when it is there.
 * Concurrent callers for the same key share one computation; a failed one is not kept. Each caller
 * gets its own copy, so nothing downstream can alter the cached value.
 */
export async function cachedChartQuery<T>(prisma: AppPrismaClient, key: string, compute: () => Promise<T>): Promise<T> {
  const version = await readChartDataVersion(prisma);
  if (version === null) {
    countCacheLookup("charts", false);
    return compute();
  }
  let store = stores.get(prisma);
  if (!store || store.version !== version) {
    // Versions only grow, so entries under any other version are stale (or, if this reader is
    // behind another, will be recomputed once: harmless).
    store = { version, entries: new Map() };
    stores.set(prisma, store);
  }
  let entry = store.entries.get(key) as Promise<T> | undefined;
  countCacheLookup("charts", entry !== undefined);
  if (entry) {
    // Refresh its place in the insertion order, which doubles as least-recently-used order.
    store.entries.delete(key);
    store.entries.set(key, entry);
  } else {
    entry = compute();
    store.entries.set(key, entry);
    const current = store;
    entry.catch(() => {
      if (current.entries.get(key) === entry) current.entries.delete(key);
    });
    while (store.entries.size > MAX_ENTRIES) {
      store.entries.delete(store.entries.keys().next().value!);
    }
  }
  return structuredClone(await entry);
}

/** Forgets every cached result (for benchmarks that time the queries themselves). */
export function clearChartCache(): void {
  stores = new WeakMap();
}
