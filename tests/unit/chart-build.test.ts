import { describe, expect, test } from "vitest";
import { buildSourceLine } from "@/lib/charts/build";
import { CHART_KEYS } from "@/lib/charts/definition";
import { buildChart, CHARTS } from "@/lib/data/charts/registry";
import { chartContext, itjuziReported } from "../helpers/charts";

const context = chartContext;
const reported = itjuziReported({
  total: "itjuzi-alibaba-alumni-ai-startups-2024",
  hangzhou: "itjuzi-alibaba-alumni-ai-startups-hangzhou-share-2024",
});

describe("startups by city", () => {
  const input = {
    total: 10,
    cities: [
      { slug: null, name: null, count: 5 },
      { slug: "hangzhou", name: "Hangzhou", count: 4 },
      { slug: "beijing", name: "Beijing", count: 1 },
    ],
    reported,
  };

  test("puts the tracked share beside the reported one, both labelled, gaps last", () => {
    const chart = buildChart("startups-by-city", input, context);
    const panel = chart.panels[0]!;
    expect(panel.series.map((s) => s.label)).toEqual([
      "Tracked in this database (n = 10)",
      "Reported by ITJuzi, end of 2024 (n = 85)",
    ]);
    expect(panel.rows.map((r) => [r.label, r.values.tracked, r.values.reported])).toEqual([
      ["Hangzhou", 40, 45],
      ["Beijing", 10, null],
      ["City not reported", 50, null],
    ]);
    expect(panel.rows[1]!.valueLabels?.reported).toBe("not reported");
    expect(chart.sourceLine).toBe(
      "Source: Alumni Atlas database, data as of 2025-06-30 (alumni = founders with any stint at Alibaba Group); reported figures: ITJuzi via South China Morning Post, 2025-04-05",
    );
    expect(chart.altText).toContain("4 (40%) are in Hangzhou");
    expect(chart.altText).toContain("ITJuzi reported 85 such start-ups at the end of 2024, 45% of them in Hangzhou");
    expect(chart.table.rows).toEqual([
      ["Hangzhou", 4, 40, 45],
      ["Beijing", 1, 10, null],
      ["City not reported", 5, 50, null],
    ]);
  });

  test("hides the reported figures on a filtered chart, and says why", () => {
    const chart = buildChart("startups-by-city", input, { ...context, filters: { sector: "ROBOTICS" } });
    expect(chart.panels[0]!.series.map((s) => s.key)).toEqual(["tracked"]);
    expect(chart.sourceLine).toBe(
      "Source: Alumni Atlas database, data as of 2025-06-30 (alumni = founders with any stint at Alibaba Group)",
    );
    expect(chart.notes.join(" ")).toContain("shown only on the unfiltered chart");
    expect(chart.filterSummary).toBe("Robotics");
  });

  test("says so when nothing matches", () => {
    const chart = buildChart(
      "startups-by-city",
      { ...input, total: 0, cities: [] },
      { ...context, filters: { from: 2030 } },
    );
    expect(chart.emptyMessage).toMatch(/Nothing in this database matches/);
    expect(chart.table.rows).toEqual([]);
    expect(chart.filterSummary).toBe("founded 2030 or later");
  });
});

test("founded per year fills the years with nothing founded and notes the unknown ones", () => {
  const chart = buildChart(
    "founded-per-year",
    {
      stack: null,
      counts: [
        { year: 2012, groupKey: null, groupLabel: null, count: 2 },
        { year: 2014, groupKey: null, groupLabel: null, count: 3 },
        { year: null, groupKey: null, groupLabel: null, count: 4 },
      ],
    },
    context,
  );
  expect(chart.table.rows).toEqual([
    ["2012", 2],
    ["2013", 0],
    ["2014", 3],
  ]);
  expect(chart.population).toEqual({ n: 5, unit: "start-ups" });
  expect(chart.notes).toContain("4 start-ups with no reported founding year are not shown.");
  expect(chart.altText).toContain("The most were founded in 2014: 3.");
});

test("founded per year, stacked, keeps six groups at most and lumps the rest into Other", () => {
  const counts = ["a", "b", "c", "d", "e", "f", "g"].map((g, i) => ({
    year: 2020,
    groupKey: g,
    groupLabel: g.toUpperCase(),
    count: 10 - i,
  }));
  const chart = buildChart("founded-per-year", { stack: "city", counts }, context);
  const series = chart.panels[0]!.series;
  expect(series.map((s) => s.label)).toEqual(["A", "B", "C", "D", "E", "Other"]);
  expect(chart.panels[0]!.rows[0]!.values.__other).toBe(5 + 4);
  expect(chart.table.rows[0]!.at(-1)).toBe(10 + 9 + 8 + 7 + 6 + 5 + 4);
});

test("funding counts undisclosed rounds but never sums them, and shows ranges as ranges", () => {
  const chart = buildChart(
    "funding-over-time",
    {
      by: "year",
      groups: [
        {
          key: "2013",
          rounds: 3,
          usdRounds: 1,
          undisclosed: 1,
          unconverted: 1,
          ranges: 1,
          usdLow: 1_000_000,
          usdHigh: 10_000_000,
        },
        { key: "2015", rounds: 1, usdRounds: 0, undisclosed: 1, unconverted: 0, ranges: 0, usdLow: 0, usdHigh: 0 },
        { key: null, rounds: 2, usdRounds: 0, undisclosed: 2, unconverted: 0, ranges: 0, usdLow: 0, usdHigh: 0 },
      ],
    },
    context,
  );
  const [rounds, amounts] = chart.panels;
  expect(rounds!.rows.map((r) => r.label)).toEqual(["2013", "2014", "2015"]);
  expect(rounds!.rows[0]!.values).toEqual({ usd: 1, unconverted: 1, undisclosed: 1 });
  expect(amounts!.rows[0]!.values).toEqual({ usdLow: 1_000_000, usdRange: 9_000_000 });
  expect(amounts!.rows[0]!.valueLabels?.total).toBe("US$1m–10m");
  expect(chart.table.rows[2]).toEqual(["2015", 1, 0, 0, 1, null, null]);
  expect(chart.population.n).toBe(4);
  expect(chart.notes).toContain("2 rounds with no reported date are not shown.");
  expect(chart.altText).toContain("1 disclosed an amount in US dollars, together US$1m–10m; 3 were undisclosed");
});

test("top investors states the leader and how many are left out", () => {
  const chart = buildChart(
    "top-investors",
    {
      investorCount: 20,
      startupCount: 6,
      investors: [
        { kind: "organization", slug: "idg", name: "IDG Capital", startups: 3, rounds: 5 },
        { kind: "person", slug: "p", name: "An Angel", startups: 1, rounds: 1 },
      ],
    },
    context,
  );
  expect(chart.altText).toContain("IDG Capital has backed 3 start-ups, the most of any investor");
  expect(chart.panels[0]!.rows.map((r) => r.href)).toEqual(["/investors/idg", undefined]);
  expect(chart.notes.at(-1)).toMatch(/Shows the 2 investors backing the most start-ups, of 20 recorded/);
});

test("years at Alibaba gives the median from the histogram and counts those left out", () => {
  const chart = buildChart(
    "years-at-alibaba",
    {
      counts: [
        { years: 1, count: 1 },
        { years: 4, count: 2 },
        { years: 9, count: 1 },
      ],
      excluded: 3,
    },
    context,
  );
  expect(chart.table.rows.length).toBe(10);
  expect(chart.altText).toContain("The median is 4 years.");
  expect(chart.notes).toContain("3 founders with an Alibaba career but incomplete years are not counted.");
});

test("the source line says when there is no data yet", () => {
  expect(buildSourceLine(null)).toBe("Source: Alumni Atlas database, data as of (no data yet)");
});

test("every chart is registered under its own key", () => {
  for (const key of CHART_KEYS) expect(CHARTS[key].definition.key).toBe(key);
});
