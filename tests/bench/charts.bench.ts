// npm run bench -- charts — each chart's data at scale (normally atlas_bench, 100,000 synthetic
// start-ups). The aim is under 100 ms per chart; prints timings, asserts nothing.
import { bench, describe } from "vitest";
import { getChart, getChartDataAsOf, getChartFilterOptions } from "@/lib/data/charts";
import { CHART_KEYS } from "@/lib/charts/registry";

const options = { iterations: 10, warmupIterations: 2 };

describe("charts, unfiltered", () => {
  for (const key of CHART_KEYS) {
    bench(key, async () => {
      await getChart({ key, filters: {} });
    }, options);
  }
  bench("data as-of date", async () => {
    await getChartDataAsOf();
  }, options);
  bench("filter menus", async () => {
    await getChartFilterOptions();
  }, options);
});

describe("charts, filtered", () => {
  bench("founded per year, stacked by city, 2010–2020", async () => {
    await getChart({ key: "founded-per-year", filters: { from: 2010, to: 2020, stack: "city" } });
  }, options);
  bench("funding by stage, one sector", async () => {
    await getChart({ key: "funding-over-time", filters: { sector: "COMPUTER_VISION", by: "stage" } });
  }, options);
  bench("top investors, one city", async () => {
    const { cities } = await getChartFilterOptions();
    await getChart({ key: "top-investors", filters: { city: cities[0]?.slug } });
  }, options);
  bench("by sector, one Alibaba unit (subtree)", async () => {
    const { units } = await getChartFilterOptions();
    await getChart({ key: "startups-by-sector", filters: { unit: units[0]?.slug } });
  }, options);
});
