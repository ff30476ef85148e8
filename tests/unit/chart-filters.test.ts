import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { CHART_KEYS, type ChartKey } from "@/lib/charts/definition";
import { filtersQueryString, parseChartRequest, type ChartRequestInput } from "@/lib/charts/request";
import { CHARTS } from "@/lib/data/charts/registry";
import { Sector } from "@/lib/generated/prisma/enums";
import { SECTOR_LABELS, sectorFromParam, sectorToParam } from "@/lib/charts/labels";

const parseChartFilters = (key: ChartKey, input: ChartRequestInput) => parseChartRequest(CHARTS[key].definition, input);

describe("parseChartRequest", () => {
  test("reads the filters a chart supports, in canonical order", () => {
    const { filters, problems } = parseChartFilters("founded-per-year", {
      to: "2020",
      stack: "city",
      sector: "computer-vision",
      city: "hangzhou",
      from: "2012",
      unit: "alibaba-cloud",
    });
    expect(problems).toEqual([]);
    expect(filters).toEqual({
      city: "hangzhou",
      sector: "COMPUTER_VISION",
      unit: "alibaba-cloud",
      from: 2012,
      to: 2020,
      stack: "city",
    });
    expect(Object.keys(filters)).toEqual(["city", "sector", "unit", "from", "to", "stack"]);
    expect(filtersQueryString(filters)).toBe(
      "?city=hangzhou&sector=computer-vision&unit=alibaba-cloud&from=2012&to=2020&stack=city",
    );
  });

  test("ignores parameters the chart does not support (the city chart has no city filter)", () => {
    const { filters, problems } = parseChartFilters("startups-by-city", {
      city: "hangzhou",
      utm_source: "x",
      stack: "city",
    });
    expect(filters).toEqual({});
    expect(problems).toEqual([]);
  });

  test("reports each bad value on its own and keeps the good ones", () => {
    const { filters, problems } = parseChartFilters("founded-per-year", {
      city: "<script>alert(1)</script>",
      from: "99999999999999999999",
      to: "2019",
      sector: ["ai-hardware", "robotics"],
      stack: "founder",
    });
    expect(filters).toEqual({ to: 2019 });
    expect(problems.map((p) => p.parameter).sort()).toEqual(["city", "from", "sector", "stack"]);
    expect(problems.find((p) => p.parameter === "sector")?.message).toBe("sector was given more than once");
  });

  test("reads a snapshot request's JSON filters, stored shape and numbers, with the same rules", () => {
    expect(parseChartFilters("founded-per-year", { sector: "COMPUTER_VISION", from: 2015, stack: "sector" })).toEqual({
      key: "founded-per-year",
      filters: { sector: "COMPUTER_VISION", from: 2015, stack: "sector" },
      problems: [],
      snapshot: null,
    });
    expect(parseChartFilters("founded-per-year", { from: 15 }).problems).toEqual([
      { parameter: "from", message: "from must be a four-digit year" },
    ]);
  });

  test("a snapshot id rides along; given twice it is a problem, not a guess", () => {
    expect(parseChartFilters("top-investors", new URLSearchParams("snapshot=abc&city=x")).snapshot).toEqual({
      id: "abc",
    });
    expect(parseChartFilters("top-investors", new URLSearchParams("snapshot=a&snapshot=b")).snapshot).toEqual({
      problem: { parameter: "snapshot", message: "snapshot was given more than once" },
    });
  });

  test("rejects a year range that runs backwards", () => {
    const { filters, problems } = parseChartFilters("startups-by-sector", { from: "2020", to: "2014" });
    expect(filters).toEqual({ from: 2020 });
    expect(problems).toEqual([{ parameter: "to", message: "to (2014) must not be before from (2020)" }]);
  });

  test("by=year is the funding chart's default and drops out of the canonical filters", () => {
    expect(parseChartFilters("funding-over-time", { by: "year" }).filters).toEqual({});
    expect(parseChartFilters("funding-over-time", { by: "stage" }).filters).toEqual({ by: "stage" });
  });

  test("reads URLSearchParams, repeated keys included", () => {
    const params = new URLSearchParams("city=hangzhou&city=beijing&from=2014");
    const { filters, problems } = parseChartFilters("top-investors", params);
    expect(filters).toEqual({ from: 2014 });
    expect(problems[0]?.parameter).toBe("city");
  });

  test("never throws, whatever the query string", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...CHART_KEYS),
        fc.dictionary(
          fc.constantFrom("city", "sector", "unit", "from", "to", "stack", "by", "x"),
          fc.oneof(fc.string(), fc.array(fc.string())),
        ),
        (key, input) => {
          const { filters } = parseChartFilters(key, input);
          for (const value of Object.values(filters)) expect(["string", "number"]).toContain(typeof value);
        },
      ),
    );
  });
});

test("every sector has a label and survives the URL round trip", () => {
  for (const sector of Object.values(Sector)) {
    expect(SECTOR_LABELS[sector]).toBeTruthy();
    expect(sectorFromParam(sectorToParam(sector))).toBe(sector);
  }
  expect(sectorFromParam("not-a-sector")).toBeNull();
});
