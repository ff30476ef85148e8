import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { seedDatabase } from "@/prisma/seed/load";
import { CHART_KEYS } from "@/lib/charts/definition";
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
    const { getChart } = await import("@/lib/data/charts/get-chart");
    for (const key of CHART_KEYS) {
      const { chart, problems } = await getChart({ key, filters: {} });
      expect(problems).toEqual([]);
      expect(chart.emptyMessage).toBeNull();
      expect(chart.sourceLine).toMatch(/^Source: Alumni Atlas database, data as of \d{4}-\d{2}-\d{2}/);
      expect(chart.table.rows.length).toBeGreaterThan(0);
      expect(chart.altText.length).toBeGreaterThan(40);
    }
  });

  test("the city chart shows ITJuzi's reported share beside the tracked Hangzhou count, with both sources", async () => {
    const { getChart } = await import("@/lib/data/charts/get-chart");
    const { chart } = await getChart({ key: "startups-by-city", filters: {} });
    const hangzhou = chart.table.rows.find((row) => row[0] === "Hangzhou");
    const tracked = await db.prisma.startup.count({ where: { deletedAt: null, city: { slug: "hangzhou" } } });
    const total = await db.prisma.startup.count({ where: { deletedAt: null } });
    expect(hangzhou).toEqual(["Hangzhou", tracked, Math.round((1000 * tracked) / total) / 10, 45]);
    expect(chart.panels[0]!.series.map((s) => s.label)).toEqual([
      `Tracked in this database (n = ${total})`,
      "Reported by ITJuzi, end of 2024 (n = 85)",
    ]);
    expect(chart.sourceLine).toContain("ITJuzi");
    expect(chart.sourceLine).toContain("South China Morning Post, 2025-04-05");
  });

  test("Rokid, Tuya and XPeng make 2014 the busiest founding year", async () => {
    const { getChart } = await import("@/lib/data/charts/get-chart");
    const { chart } = await getChart({ key: "founded-per-year", filters: {} });
    expect(chart.table.rows.find((row) => row[0] === "2014")).toEqual(["2014", 3]);
    expect(chart.altText).toContain("The most were founded in 2014: 3.");
  });
});

describe("home page comparison over the seeded research data", () => {
  test("ITJuzi's 85 and 45% stand beside the tracked total and Hangzhou share, with the article as source", async () => {
    const { getComparableReportedFigures } = await import("@/lib/data/reported-figures");
    const total = await db.prisma.startup.count({ where: { deletedAt: null } });
    const hangzhou = await db.prisma.startup.count({ where: { deletedAt: null, city: { slug: "hangzhou" } } });
    const [all, share, ...rest] = await getComparableReportedFigures();
    expect(rest).toEqual([]);
    expect(all).toMatchObject({ value: 85, unit: "companies", tracked: { value: total, unit: "companies" } });
    expect(share).toMatchObject({
      value: 45,
      unit: "percent",
      scopeCity: { slug: "hangzhou" },
      tracked: { unit: "percent", count: hangzhou, total, value: (100 * hangzhou) / total },
    });
    expect(all!.originalDataSource).toContain("ITJuzi");
    expect(all!.source.publishedOn?.toISOString().slice(0, 10)).toBe("2025-04-05");
  });
});
