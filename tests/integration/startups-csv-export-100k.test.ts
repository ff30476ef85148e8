// The start-up CSV download at 100,000 start-ups: every row delivered once, in list order, while
// the response is pulled after the request's scope has ended (as Next.js does for a streamed body),
// in bounded memory. The start-ups are made by one INSERT … SELECT generate_series (a few seconds),
// not by the synthetic generator, so the file stays inside CI's budget.
import { AsyncLocalStorage } from "node:async_hooks";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { NextRequest } from "next/server";
import { parseStartupListParams } from "@/lib/validation/search-params";
import { createTestDatabase, defaultTestDatabaseKind, type TestDatabase } from "../helpers/database";
import { retainedBytes } from "../helpers/memory";

// 100,000 on PostgreSQL (CI sets TEST_DATABASE_URL); the in-memory embedded database, used when it
// is unset, gets 20,000 (20 batches, still read after the scope ended) to stay quick on a laptop.
const STARTUPS = defaultTestDatabaseKind === "postgres" ? 100_000 : 20_000;

let db: TestDatabase;

/**
 * Stands in for Next.js's request scope: the real getPrisma() calls connection(), which throws
 * "`connection` was called outside a request scope" once the handler has returned and the body is
 * being pulled. This mock does the same, so a batch read from pull() fails here as it did in
 * production (the download stopped after 1,000 rows).
 */
const requestScope = new AsyncLocalStorage<true>();
vi.mock("@/lib/db", () => ({
  getPrisma: async () => {
    if (!requestScope.getStore()) throw new Error("`connection` was called outside a request scope");
    return db.prisma;
  },
}));

const { GET } = await import("@/app/api/startups/csv/route");
const { findStartups, openStartupExport } = await import("@/lib/data/startups/list");

beforeAll(async () => {
  db = await createTestDatabase();
  // Ties on purpose: 5,000 distinct names, 26 founding years plus unknown ones, ten funding totals
  // plus start-ups with no US-dollar total, so every sort order's tie-breaks are exercised.
  // The name-search GIN indexes would triple the insert's time; only this throwaway database loses
  // them, and the sort tests' name filter runs as a scan instead.
  await db.sql.exec(`
    DROP INDEX "Startup_search_bigram_idx", "Startup_search_trgm_idx", "Person_search_bigram_idx", "Person_search_trgm_idx";
    INSERT INTO "City" (slug, "nameEn", country, "updatedAt")
      SELECT 'export-city-' || g, 'Export City ' || g, 'CN', now() FROM generate_series(1, 4) g;
    INSERT INTO "Startup" (slug, "nameEn", "foundedYear", "cityId", sectors, confidence, synthetic, "updatedAt")
      SELECT 'synthetic-export-' || g,
             'Export Start-up ' || (g % 5000),
             CASE WHEN g % 9 = 0 THEN NULL ELSE 2000 + g % 26 END,
             (SELECT id FROM "City" WHERE slug = 'export-city-' || (1 + g % 4)),
             ARRAY['AI_AGENTS']::"Sector"[], 'MEDIUM', true, now()
      FROM generate_series(1, ${STARTUPS}) g;
    INSERT INTO "FundingRound" ("startupId", stage, "amountKind", "amountLow", currency, "amountUsdLow", synthetic, "updatedAt")
      SELECT s.id, 'SEED', 'EXACT', (s.id % 10) * 1000000, 'USD', (s.id % 10) * 1000000, true, now()
      FROM "Startup" s WHERE s.id % 3 <> 0;
    INSERT INTO "Person" (slug, "nameEn", synthetic, "updatedAt")
      SELECT 'synthetic-export-founder-' || g, 'Founder ' || g, true, now() FROM generate_series(1, ${STARTUPS / 2}) g;
    INSERT INTO "Founding" ("personId", "startupId", role, synthetic, "updatedAt")
      SELECT p.id, s.id, 'FOUNDER', true, now()
      FROM "Person" p JOIN "Startup" s ON s.slug = 'synthetic-export-' || substr(p.slug, 26);
    -- A deleted start-up must not be exported.
    UPDATE "Startup" SET "deletedAt" = now() WHERE slug = 'synthetic-export-7';
    ANALYZE "Startup"; ANALYZE "FundingRound"; ANALYZE "Founding"; ANALYZE "Person";
  `);
}, 180_000);

afterAll(async () => {
  await db?.close();
});

/** Reads a streamed body chunk by chunk outside the request scope, keeping only a bitmap of slugs. */
async function drain(body: ReadableStream<Uint8Array>, onChunk: () => void) {
  const seen = new Uint8Array(STARTUPS + 1);
  const decoder = new TextDecoder("utf-8", { ignoreBOM: true });
  const reader = body.getReader();
  let carry = "";
  let rows = 0;
  let duplicates = 0;
  let header: string | null = null;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    onChunk();
    const lines = (carry + decoder.decode(value, { stream: true })).split("\r\n");
    carry = lines.pop() ?? "";
    for (const line of lines) {
      if (header === null) {
        header = line;
        continue;
      }
      rows++;
      const match = /\/startups\/synthetic-export-(\d+)$/.exec(line);
      if (!match) throw new Error(`unexpected line: ${line}`);
      const n = Number(match[1]);
      if (seen[n]) duplicates++;
      seen[n] = 1;
    }
  }
  expect(carry).toBe("");
  let missing = 0;
  for (let n = 1; n <= STARTUPS; n++) if (!seen[n] && n !== 7) missing++;
  return { header, rows, duplicates, missing, deletedExported: seen[7] === 1 };
}

describe(`the start-up CSV at ${STARTUPS.toLocaleString("en")} start-ups`, () => {
  test("delivers every live start-up exactly once, read after the request scope ended, in bounded memory", async () => {
    const request = new NextRequest("http://atlas.test/api/startups/csv?variant=clean");
    const response = await requestScope.run(true, () => GET(request));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");

    const baseline = retainedBytes();
    let peakGrowth = 0;
    let chunks = 0;
    const started = performance.now();
    const result = await drain(response.body!, () => {
      if (++chunks % 10 === 0) peakGrowth = Math.max(peakGrowth, retainedBytes() - baseline);
    });
    const seconds = (performance.now() - started) / 1000;

    expect(result.header).toMatch(/^\uFEFFname,name_en,/);
    expect(result).toMatchObject({ rows: STARTUPS - 1, duplicates: 0, missing: 0, deletedExported: false });
    // The whole file is about 14 MB of text and its rows several times that as objects; a batch of
    // 1,000 rows is a few hundred kilobytes. A download held in memory whole would exceed this.
    expect(peakGrowth).toBeLessThan(16 * 1024 * 1024);
    console.info(
      `CSV export: ${result.rows} rows in ${seconds.toFixed(1)} s, peak heap growth ${(peakGrowth / 1024 / 1024).toFixed(1)} MB`,
    );
  });

  test.each([
    ["name", "asc"],
    ["name", "desc"],
    ["founded", "desc"],
    ["founded", "asc"],
    ["funding", "desc"],
    ["funding", "asc"],
  ])("sorted by %s %s, the batches follow the list's own order across ties and unknowns", async (sort, order) => {
    // One city's share of 111 names (about 550 start-ups at 100,000), compared with the list page's own query.
    const { params } = parseStartupListParams({ sort, order, city: "export-city-2", q: "Start-up 12" });
    const expected = await requestScope.run(true, () => findStartups({ params, pageSize: 100_000 }));
    expect(expected.total).toBeGreaterThan(STARTUPS / 200);
    const batches = await requestScope.run(true, () => openStartupExport({ params, batchSize: 97 }));
    const exported: number[] = [];
    for await (const batch of batches) exported.push(...batch.map((row) => row.id));
    expect(exported).toEqual(expected.items.map((row) => row.id));
  });
});
