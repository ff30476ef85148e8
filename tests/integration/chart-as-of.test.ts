import { afterAll, beforeAll, expect, test, vi } from "vitest";
import { createTestDatabase, type TestDatabase } from "../helpers/database";
import { createStartup } from "../factories";

// A chart's ?asOf=: the newest snapshot of that chart and those filters taken by then, exactly as
// frozen; a chart is never rebuilt, so before its first snapshot there is none.

let db: TestDatabase;
vi.mock("@/lib/db", () => ({ getPrisma: async () => db.prisma }));

const { createChartSnapshot } = await import("@/lib/data/charts/snapshots");
const { getChartSnapshotAsOf } = await import("@/lib/data/as-of/charts");
const { getChart } = await import("@/lib/data/charts/get-chart");

beforeAll(async () => {
  db = await createTestDatabase();
  await createStartup(db.prisma, { nameEn: "Pinned Co", foundedYear: 2019 });
});
afterAll(async () => {
  await db?.close();
});

test("the newest snapshot with the same filters by then, as frozen, whatever changed since", async () => {
  const tableThen = (await getChart({ key: "founded-per-year", filters: {} })).chart.table;
  const pinned = await createChartSnapshot({ key: "founded-per-year", filters: {}, client: "198.51.100.1" });
  expect(pinned.ok).toBe(true);
  const id = pinned.ok ? pinned.snapshot.id : "";
  await createStartup(db.prisma, { nameEn: "Later Co", foundedYear: 2019 });

  const now = new Date().toISOString();
  const found = await getChartSnapshotAsOf({ key: "founded-per-year", filters: {}, atIso: now });
  expect(found?.snapshot?.id).toBe(id);
  expect(found?.table).toEqual(tableThen);
  expect((await getChart({ key: "founded-per-year", filters: {} })).chart.table).not.toEqual(tableThen);

  expect(await getChartSnapshotAsOf({ key: "founded-per-year", filters: { from: 2019 }, atIso: now })).toBeNull();
  expect(
    await getChartSnapshotAsOf({ key: "founded-per-year", filters: {}, atIso: "2001-01-01T23:59:59.999Z" }),
  ).toBeNull();
});
