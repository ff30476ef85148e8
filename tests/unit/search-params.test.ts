import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  DEFAULT_STARTUP_LIST_PARAMS,
  MAX_QUERY_LENGTH,
  hasStartupFilters,
  normalizeQuery,
  parseSimpleListParams,
  parseStartupListParams,
  startupListQuery,
} from "@/lib/validation/search-params";
import { parseChartRequest } from "@/lib/charts/request";
import { CHARTS } from "@/lib/data/charts/registry";
import { MAX_PAGE, paginated, parsePage } from "@/lib/pagination";
import { yearRange } from "@/lib/validation/fields";

describe("parseStartupListParams", () => {
  test("no parameters give the defaults and no issues", () => {
    expect(parseStartupListParams({})).toEqual({ params: DEFAULT_STARTUP_LIST_PARAMS, issues: [] });
  });

  test("valid parameters are parsed", () => {
    const { params, issues } = parseStartupListParams(
      new URLSearchParams(
        "q=Rokid&city=hangzhou&sector=AI_HARDWARE&status=ACTIVE&unit=damo-academy&stage=SERIES_A&from=2014&to=2016&tenure=5&leftWithin=0&sort=funding&order=asc&page=3",
      ),
    );
    expect(issues).toEqual([]);
    expect(params).toEqual({
      q: "Rokid",
      city: "hangzhou",
      sector: "AI_HARDWARE",
      status: "ACTIVE",
      unit: "damo-academy",
      investor: null,
      stage: "SERIES_A",
      foundedFrom: 2014,
      foundedTo: 2016,
      tenure: 5,
      leftWithin: 0,
      sort: "funding",
      order: "asc",
      page: 3,
    });
  });

  test("each sort has its natural default direction", () => {
    expect(parseStartupListParams({ sort: "founded" }).params.order).toBe("desc");
    expect(parseStartupListParams({ sort: "funding" }).params.order).toBe("desc");
    expect(parseStartupListParams({ sort: "name" }).params.order).toBe("asc");
  });

  test.each([
    [{ page: "abc" }, "page", 1],
    [{ page: "-4" }, "page", 1],
    [{ page: "1.5" }, "page", 1],
    [{ page: "1e9" }, "page", MAX_PAGE],
    [{ page: "99999999999999999999999" }, "page", 1],
    [{ sort: "id; DROP TABLE" }, "sort", "name"],
    [{ order: "sideways" }, "order", "asc"],
    [{ city: "../../etc/passwd" }, "city", null],
    [{ city: "<script>" }, "city", null],
    [{ sector: "BLOCKCHAIN" }, "sector", null],
    [{ status: "active" }, "status", null],
    [{ stage: "SERIES_Z" }, "stage", null],
    [{ from: "1066" }, "foundedFrom", null],
    [{ to: "twenty" }, "foundedTo", null],
  ] as const)("garbage %j falls back to a default with an issue", (raw, key, expected) => {
    const { params, issues } = parseStartupListParams(raw);
    expect(params[key]).toBe(expected);
    expect(issues).toHaveLength(1);
  });

  test("the browse filters and the chart filters accept the same years as the records", () => {
    for (const year of [yearRange.min, 1985, yearRange.max]) {
      expect(parseStartupListParams({ from: String(year) }).params.foundedFrom).toBe(year);
      expect(parseChartRequest(CHARTS["founded-per-year"].definition, { from: String(year) }).filters.from).toBe(year);
    }
    for (const year of [yearRange.min - 1, yearRange.max + 1]) {
      expect(parseStartupListParams({ from: String(year) }).issues).toHaveLength(1);
      expect(parseChartRequest(CHARTS["founded-per-year"].definition, { from: String(year) }).problems).toHaveLength(1);
    }
  });

  test("a reversed year range is swapped and reported", () => {
    const { params, issues } = parseStartupListParams({ from: "2020", to: "2010" });
    expect([params.foundedFrom, params.foundedTo]).toEqual([2010, 2020]);
    expect(issues[0]).toMatch(/reversed/);
  });

  test("repeated parameters use the first value", () => {
    expect(parseStartupListParams({ city: ["hangzhou", "shanghai"] }).params.city).toBe("hangzhou");
  });

  test("arbitrary input never throws and always yields bounded values", () => {
    const keys = ["q", "city", "sector", "status", "unit", "stage", "from", "to", "sort", "order", "page", "other"];
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...keys), fc.oneof(fc.string(), fc.array(fc.string()))), (raw) => {
        const { params } = parseStartupListParams(raw);
        expect(params.page).toBeGreaterThanOrEqual(1);
        expect(params.page).toBeLessThanOrEqual(MAX_PAGE);
        expect((params.q ?? "").length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
        expect(["name", "founded", "funding"]).toContain(params.sort);
      }),
    );
  });
});

describe("normalizeQuery", () => {
  test("collapses whitespace, drops control characters and caps the length", () => {
    expect(normalizeQuery("  zhu \t\n mingming \u0000 ")).toBe("zhu mingming");
    expect(normalizeQuery("   ")).toBeNull();
    const issues: string[] = [];
    expect(normalizeQuery("x".repeat(10_000), issues)).toHaveLength(MAX_QUERY_LENGTH);
    expect(issues).toHaveLength(1);
  });
});

test("parseSimpleListParams keeps only a search and a page", () => {
  expect(parseSimpleListParams({ q: "祝铭明", page: "2", sort: "x" })).toEqual({
    params: { q: "祝铭明", page: 2 },
    issues: [],
  });
});

describe("startupListQuery", () => {
  test("leaves defaults out and round-trips through the parser", () => {
    expect(startupListQuery(DEFAULT_STARTUP_LIST_PARAMS)).toBe("");
    const params = {
      ...DEFAULT_STARTUP_LIST_PARAMS,
      q: "a&b=c",
      city: "hangzhou",
      foundedFrom: 2014,
      leftWithin: 0,
      sort: "founded" as const,
      order: "desc" as const,
      page: 2,
    };
    const query = startupListQuery(params);
    expect(query).toBe("?q=a%26b%3Dc&city=hangzhou&from=2014&leftWithin=0&sort=founded&page=2");
    expect(parseStartupListParams(new URLSearchParams(query.slice(1))).params).toEqual(params);
  });

  test("hasStartupFilters ignores sort and page", () => {
    expect(hasStartupFilters({ ...DEFAULT_STARTUP_LIST_PARAMS, sort: "funding", page: 3 })).toBe(false);
    expect(hasStartupFilters({ ...DEFAULT_STARTUP_LIST_PARAMS, foundedTo: 2014 })).toBe(true);
    expect(hasStartupFilters({ ...DEFAULT_STARTUP_LIST_PARAMS, tenure: 3 })).toBe(true);
  });
});

describe("pagination", () => {
  test("a page knows how many pages the list fills; an empty list has one empty page", () => {
    expect(paginated(["a", "b"], { total: 51, page: 3 })).toEqual({
      items: ["a", "b"],
      total: 51,
      page: 3,
      pageSize: 25,
      pageCount: 3,
    });
    expect(paginated([], { total: 0, page: 1, pageSize: 10 }).pageCount).toBe(1);
  });

  test("the admin and the public lists read a page number the same way", () => {
    const issues: string[] = [];
    expect(parsePage(undefined)).toBe(1);
    expect(parsePage("7")).toBe(7);
    expect(parsePage("0", issues)).toBe(1);
    expect(parsePage(String(MAX_PAGE + 1), issues)).toBe(MAX_PAGE);
    expect(issues).toHaveLength(2);
    expect(parseSimpleListParams({ page: "7" }).params.page).toBe(parsePage("7"));
  });
});
