// Public snapshot creation (POST /api/charts/<chart>/snapshots) against abuse: limited per client,
// race-free for parallel identical pins, and capped in total. Runs on both databases the app uses.
import { afterAll, beforeAll, beforeEach, describe, expect, test, vi } from "vitest";
import { CLIENT_ADDRESS_HEADER } from "@/lib/security/client-address";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "../helpers/database";
import { createStartup } from "../factories";

let current: TestDatabase;
vi.mock("@/lib/db", () => ({ getPrisma: async () => current.prisma }));

const { POST } = await import("@/app/api/charts/[chart]/snapshots/route");
const { SNAPSHOT_LIMITS } = await import("@/lib/data/charts/snapshots");

let clients = 0;
/** A client address of its own for each test, so per-client counts do not carry over. */
const newClient = () => `198.51.100.${++clients}`;

function pin(client: string, filters: Record<string, string | number> = {}, chart = "founded-per-year") {
  const request = new Request(`http://atlas.test/api/charts/${chart}/snapshots`, {
    method: "POST",
    headers: { "content-type": "application/json", [CLIENT_ADDRESS_HEADER]: client },
    body: JSON.stringify({ filters }),
  });
  return POST(request, { params: Promise.resolve({ chart }) });
}

describe.each(testDatabaseKinds)("chart snapshots on %s", (kind) => {
  beforeAll(async () => {
    current = await createTestDatabase({ kind });
    await createStartup(current.prisma, { nameEn: "Pinned Co", foundedYear: 2019 });
  });
  afterAll(async () => {
    await current?.close();
  });
  beforeEach(async () => {
    await current.prisma.rateLimit.deleteMany({ where: { key: { startsWith: "snapshot:" } } });
  });

  test("20 identical pins in parallel all succeed and share one row", async () => {
    const client = newClient();
    const responses = await Promise.all(Array.from({ length: 20 }, () => pin(client, { from: 2001 })));
    const statuses = responses.map((response) => response.status);
    expect(statuses.filter((status) => status === 201)).toHaveLength(1);
    expect(statuses.filter((status) => status === 200)).toHaveLength(19);
    const ids = new Set(
      await Promise.all(responses.map(async (response) => ((await response.json()) as { id: string }).id)),
    );
    expect(ids.size).toBe(1);
    expect(await current.prisma.chartSnapshot.count({ where: { filters: { equals: { from: 2001 } } } })).toBe(1);
  });

  test("one client is limited per window with 429, Retry-After and RateLimit fields; another is not", async () => {
    const client = newClient();
    const { limit } = SNAPSHOT_LIMITS.perClient;
    for (let i = 0; i < limit; i++) {
      const response = await pin(client, { from: 2002 });
      expect(response.status).toBeLessThan(300);
      expect(response.headers.get("RateLimit-Remaining")).toBe(String(limit - i - 1));
    }
    const rowsBefore = await current.prisma.chartSnapshot.count();
    const refused = await pin(client, { from: 2003 });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("Retry-After"))).toBeGreaterThan(0);
    expect(refused.headers.get("RateLimit-Limit")).toBe(String(limit));
    expect(refused.headers.get("RateLimit-Remaining")).toBe("0");
    expect(((await refused.json()) as { error: string }).error).toMatch(
      /^Too many pins from your address: at most 30 every 10 minutes\. Try again in \d+ s\.$/,
    );
    expect(await current.prisma.chartSnapshot.count()).toBe(rowsBefore);
    expect((await pin(newClient(), { from: 2003 })).status).toBe(201);
  });

  test("new snapshots are capped per day across clients; repeats of pinned data still work", async () => {
    const pinned = await pin(newClient(), { from: 2004 });
    expect(pinned.status).toBe(201);
    // The day's count as if 500 other new pins had been made since.
    await current.prisma.rateLimit.update({
      where: { key: "snapshot:new-per-day" },
      data: { count: SNAPSHOT_LIMITS.newPerDay.limit },
    });
    const rowsBefore = await current.prisma.chartSnapshot.count();
    const refused = await pin(newClient(), { from: 2005 });
    expect(refused.status).toBe(503);
    expect(Number(refused.headers.get("Retry-After"))).toBeGreaterThan(0);
    expect(((await refused.json()) as { error: string }).error).toMatch(/pinned its 500 new charts for today/);
    expect(await current.prisma.chartSnapshot.count()).toBe(rowsBefore);
    expect((await pin(newClient(), { from: 2004 })).status).toBe(200);
  });

  test("past the maximum of live snapshots, new content is refused and nothing is written", async () => {
    await current.sql.exec(`
      INSERT INTO "ChartSnapshot" (slug, "chartKey", filters, data, "contentHash", "updatedAt")
      SELECT 'filler-' || g, 'founded-per-year', '{}'::jsonb, '{}'::jsonb, 'filler-' || g, now()
      FROM generate_series(1, ${SNAPSHOT_LIMITS.maxRows}) g`);
    const rowsBefore = await current.prisma.chartSnapshot.count();
    const refused = await pin(newClient(), { from: 2006 });
    expect(refused.status).toBe(503);
    expect(refused.headers.get("Retry-After")).toBeNull();
    expect(((await refused.json()) as { error: string }).error).toMatch(/maximum of 50,000 pinned charts/);
    expect(await current.prisma.chartSnapshot.count()).toBe(rowsBefore);
    await current.sql.exec(`DELETE FROM "ChartSnapshot" WHERE slug LIKE 'filler-%'`);
  });

  test("bad requests are refused before anything is counted or written", async () => {
    const client = newClient();
    expect((await pin(client, { from: "1e9" })).status).toBe(400);
    expect((await pin(client, {}, "no-such-chart")).status).toBe(404);
    expect(await current.prisma.rateLimit.count({ where: { key: `snapshot:${client}` } })).toBe(0);
  });
});
