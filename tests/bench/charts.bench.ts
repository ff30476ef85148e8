// npm run bench -- charts — each chart's data at scale (normally atlas_bench, 100,000 synthetic
// start-ups). The aim is under 100 ms per chart; prints timings, asserts nothing.
// The first two groups time the SQL itself: the result cache is emptied before every call. The
// last group times a repeat request at an unchanged data version, served from the cache.
import { bench, describe } from "vitest";
import { getChart, getChartDataAsOf, getChartFilterOptions } from "@/lib/data/charts/get-chart";
import { clearChartCache } from "@/lib/data/charts/cache";
import { CHART_KEYS } from "@/lib/charts/definition";

const options = { iterations: 10, warmupIterations: 2 };
// The first city and unit in the menus, looked up once so that lookup is not part of any timing.
let menus: ReturnType<typeof getChartFilterOptions> | undefined;
const firstInMenus = () => (menus ??= getChartFilterOptions());

describe("charts, unfiltered (no cache)", () => {
  for (const key of CHART_KEYS) {
    bench(
      key,
      async () => {
        clearChartCache();
        await getChart({ key, filters: {} });
      },
      options,
    );
  }
  bench(
    "data as-of date",
    async () => {
      await getChartDataAsOf();
    },
    options,
  );
  bench(
    "filter menus",
    async () => {
      clearChartCache();
      await getChartFilterOptions();
    },
    options,
  );
});

describe("charts, filtered (no cache)", () => {
  bench(
    "founded per year, stacked by city, 2010–2020",
    async () => {
      clearChartCache();
      await getChart({ key: "founded-per-year", filters: { from: 2010, to: 2020, stack: "city" } });
    },
    options,
  );
  bench(
    "funding by stage, one sector",
    async () => {
      clearChartCache();
      await getChart({ key: "funding-over-time", filters: { sector: "COMPUTER_VISION", by: "stage" } });
    },
    options,
  );
  bench(
    "top investors, one city",
    async () => {
      const { cities } = await firstInMenus();
      clearChartCache();
      await getChart({ key: "top-investors", filters: { city: cities[0]?.slug } });
    },
    options,
  );
  bench(
    "by sector, one Alibaba unit (subtree)",
    async () => {
      const { units } = await firstInMenus();
      clearChartCache();
      await getChart({ key: "startups-by-sector", filters: { unit: units[0]?.slug } });
    },
    options,
  );
});

describe("charts, cached (a repeat request at the same data version)", () => {
  for (const key of CHART_KEYS) {
    bench(
      key,
      async () => {
        await getChart({ key, filters: {} });
      },
      options,
    );
  }
  bench(
    "top investors, one city",
    async () => {
      const { cities } = await firstInMenus();
      await getChart({ key: "top-investors", filters: { city: cities[0]?.slug } });
    },
    options,
  );
  bench(
    "filter menus",
    async () => {
      await getChartFilterOptions();
    },
    options,
  );
});
