import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { seedDatabase } from "@/lib/db/seed";
import { CHART_KEYS } from "@/lib/charts/registry";
import { createTestDatabase, type TestDatabase } from "../helpers/database";

let db: TestDatabase;

vi.mock("@/lib/db", () => ({ getPrisma: async () => db.prisma }));

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDatabase(db.prisma);
});
afterAll(async () => {
  await db?.close();
});

describe("charts over the seeded research data", () => {
  test("every chart renders from the seed with a source line, alt text and a table", async () => {
    const { getChart } = await import("@/lib/data/charts");
    for (const key of CHART_KEYS) {
      const { chart, problems } = await getChart({ key, filters: {} });
      if (process.env.PRINT_CHARTS) console.log(JSON.stringify({ key: chart.key, alt: chart.altText, notes: chart.notes, n: chart.population, table: chart.table.rows }));
      expect(problems).toEqual([]);
      expect(chart.emptyMessage).toBeNull();
      expect(chart.sourceLine).toMatch(/^Source: Alumni Atlas database, data as of \d{4}-\d{2}-\d{2}/);
      expect(chart.table.rows.length).toBeGreaterThan(0);
      expect(chart.altText.length).toBeGreaterThan(40);
    }
  });
});
