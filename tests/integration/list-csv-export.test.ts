// The founders and investors CSV downloads read their list page by page (500 rows each) while the
// body is pulled, after the request's scope has ended, as Next.js does for a streamed response.
// Before openStreamedReads, the second page's read called `connection()` there, which threw: every
// download stopped after 500 rows (issue 8, item 1: "every streamed export must deliver every row").
// Here `connection()` throws outside the request just as Next's does; the real lib/db is used.
import { AsyncLocalStorage } from "node:async_hooks";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { NextRequest } from "next/server";
import { createTestDatabase, defaultTestDatabaseKind, type TestDatabase } from "../helpers/database";
import { retainedBytes } from "../helpers/memory";

// 50,000 founders (the founders of 100,000 start-ups at the synthetic data's ratio is about that
// many again) and 5,000 investors on PostgreSQL; a tenth of that on the in-memory embedded database.
const FOUNDERS = defaultTestDatabaseKind === "postgres" ? 50_000 : 5_000;
const INVESTORS = defaultTestDatabaseKind === "postgres" ? 5_000 : 1_500;

let db: TestDatabase;

const requestScope = new AsyncLocalStorage<true>();
vi.mock("next/server", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/server")>()),
  connection: async () => {
    if (!requestScope.getStore()) throw new Error("`connection` was called outside a request scope");
  },
}));
vi.mock("@/lib/db/database", () => ({ getDatabase: async () => db }));

const founders = await import("@/app/api/founders/csv/route");
const { findFounders, openFounderExport } = await import("@/lib/data/people");
const investors = await import("@/app/api/investors/csv/route");

beforeAll(async () => {
  db = await createTestDatabase();
  await db.sql.exec(`
    DROP INDEX "Startup_search_bigram_idx", "Startup_search_trgm_idx", "Person_search_bigram_idx", "Person_search_trgm_idx";
    INSERT INTO "Startup" (slug, "nameEn", sectors, confidence, synthetic, "updatedAt")
      SELECT 'csv-export-' || g, 'CSV Export ' || g, ARRAY['AI_AGENTS']::"Sector"[], 'MEDIUM', true, now()
      FROM generate_series(1, ${FOUNDERS}) g;
    -- Founder names tie in groups of ten, so the order's tie-break (the id) is exercised across pages.
    INSERT INTO "Person" (slug, "nameEn", synthetic, "updatedAt")
      SELECT 'csv-founder-' || g, 'Founder ' || (g / 10), true, now() FROM generate_series(1, ${FOUNDERS}) g;
    INSERT INTO "Founding" ("personId", "startupId", role, synthetic, "updatedAt")
      SELECT p.id, s.id, 'FOUNDER', true, now()
      FROM "Person" p JOIN "Startup" s ON s.slug = 'csv-export-' || substr(p.slug, 13);
    UPDATE "Person" SET "deletedAt" = now() WHERE slug = 'csv-founder-7';
    INSERT INTO "FundingRound" ("startupId", stage, "amountKind", synthetic, "updatedAt")
      SELECT id, 'SEED', 'UNDISCLOSED', true, now() FROM "Startup" WHERE slug LIKE 'csv-export-%';
    INSERT INTO "Organization" (slug, "nameEn", kind, synthetic, "updatedAt")
      SELECT 'csv-investor-' || g, 'Investor ' || g, 'INVESTMENT_FIRM', true, now() FROM generate_series(1, ${INVESTORS}) g;
    INSERT INTO "Investment" ("roundId", "organizationId", synthetic, "updatedAt")
      SELECT r.id, o.id, true, now()
      FROM "Organization" o
      JOIN "Startup" s ON s.slug = 'csv-export-' || substr(o.slug, 14)
      JOIN "FundingRound" r ON r."startupId" = s.id
      WHERE o.slug LIKE 'csv-investor-%';
    ANALYZE;
  `);
}, 180_000);

afterAll(async () => {
  await db?.close();
});

/** Reads a streamed body outside the request scope, keeping only a bitmap of the numbered slugs seen. */
async function drain(body: ReadableStream<Uint8Array>, slug: RegExp, size: number) {
  const seen = new Uint8Array(size + 1);
  const decoder = new TextDecoder("utf-8", { ignoreBOM: true });
  const reader = body.getReader();
  const baseline = retainedBytes();
  let peakGrowth = 0;
  let chunks = 0;
  let carry = "";
  let rows = 0;
  let duplicates = 0;
  let header: string | null = null;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (++chunks % 10 === 0) peakGrowth = Math.max(peakGrowth, retainedBytes() - baseline);
    const lines = (carry + decoder.decode(value, { stream: true })).split("\r\n");
    carry = lines.pop() ?? "";
    for (const line of lines) {
      if (header === null) {
        header = line;
        continue;
      }
      rows++;
      const match = slug.exec(line);
      if (!match) continue;
      const n = Number(match[1]);
      if (seen[n]) duplicates++;
      seen[n] = 1;
    }
  }
  expect(carry).toBe("");
  let missing = 0;
  for (let n = 1; n <= size; n++) if (!seen[n]) missing++;
  return { header, rows, duplicates, missing, seen, peakGrowth };
}

describe("list downloads read page by page after the request's scope", () => {
  test(`the founders CSV delivers all ${FOUNDERS.toLocaleString("en")} founders once each, in bounded memory`, async () => {
    const response = await requestScope.run(true, () =>
      founders.GET(new NextRequest("http://atlas.test/api/founders/csv")),
    );
    expect(response.status).toBe(200);
    const started = performance.now();
    const result = await drain(response.body!, /\/founders\/csv-founder-(\d+)$/, FOUNDERS);
    console.info(
      `founders CSV: ${result.rows} rows of ${FOUNDERS - 1} live founders in ${((performance.now() - started) / 1000).toFixed(1)} s, ` +
        `peak heap growth ${(result.peakGrowth / 1024 / 1024).toFixed(1)} MB`,
    );
    expect(result.header).toMatch(/^\uFEFFname,name_en,/);
    // The seeded founders are there too; the deleted one is not.
    expect(result.seen[7]).toBe(0);
    expect({ duplicates: result.duplicates, missing: result.missing }).toEqual({ duplicates: 0, missing: 1 });
    expect(result.rows).toBeGreaterThanOrEqual(FOUNDERS - 1);
    expect(result.peakGrowth).toBeLessThan(16 * 1024 * 1024);
  });

  test("the founders' batches follow the list's own order across tied names", async () => {
    const params = { q: "Founder 12", page: 1 };
    const expected = await requestScope.run(true, () => findFounders({ params, pageSize: 100_000 }));
    expect(expected.total).toBeGreaterThan(100);
    const batches = await requestScope.run(true, () => openFounderExport({ params, batchSize: 7 }));
    const exported: string[] = [];
    for await (const batch of batches) exported.push(...batch.map((row) => row.slug));
    expect(exported).toEqual(expected.items.map((row) => row.slug));
  });

  test.each(["name", "portfolio"])(
    `the investors CSV sorted by %s delivers all ${INVESTORS.toLocaleString("en")} investors once each`,
    async (sort) => {
      const response = await requestScope.run(true, () =>
        investors.GET(new NextRequest(`http://atlas.test/api/investors/csv?sort=${sort}`)),
      );
      expect(response.status).toBe(200);
      const result = await drain(response.body!, /\/investors\/csv-investor-(\d+)$/, INVESTORS);
      console.info(`investors CSV by ${sort}: ${result.rows} rows, ${INVESTORS} made here`);
      expect({ duplicates: result.duplicates, missing: result.missing }).toEqual({ duplicates: 0, missing: 0 });
    },
  );
});
