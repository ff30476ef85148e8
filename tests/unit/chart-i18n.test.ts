import { describe, expect, test } from "vitest";
import { describeAlumni, type AlumniDefinition } from "@/lib/charts/alumni";
import { describeAlumniIn, type ChartContext } from "@/lib/charts/build";
import { CHART_KEYS } from "@/lib/charts/definition";
import { embedPath, chartDataPath, readLanguageParameter } from "@/lib/charts/urls";
import { chartWords } from "@/lib/charts/words";
import { buildChart, CHARTS, type ChartInputs } from "@/lib/data/charts/registry";
import { chartToCsv } from "@/lib/export/csv";
import { composeChartSvg, estimateTextWidth, wrapText } from "@/lib/export/svg";
import { chartContext, itjuziReported } from "../helpers/charts";

const context = chartContext;
const zh: ChartContext = { ...context, locale: "zh" };
const reported = itjuziReported({ total: "itjuzi-total", hangzhou: "itjuzi-hangzhou" });
const cityInput: ChartInputs["startups-by-city"] = {
  total: 10,
  cities: [
    { slug: null, name: null, nameZh: null, count: 5 },
    { slug: "hangzhou", name: "Hangzhou", nameZh: "杭州", count: 4 },
    { slug: "beijing", name: "Beijing", nameZh: null, count: 1 },
  ],
  reported,
};

/** Every Han character in a text, to say "this is in Chinese" without pinning the wording. */
const HAN = /\p{Script=Han}/u;

describe("names in 中文 charts", () => {
  test("units and investors go by their Chinese names where the records give one, English otherwise", () => {
    const units = buildChart(
      "founders-by-unit-over-time",
      {
        counts: [
          { year: 2018, slug: "damo", name: "DAMO Academy", nameZh: "达摩院", count: 2 },
          { year: 2019, slug: "ucweb", name: "UCWeb", nameZh: null, count: 1 },
        ],
        withoutYear: 0,
      },
      zh,
    );
    expect(units.panels[0]!.series.map((s) => s.label)).toEqual(["达摩院", "UCWeb"]);
    const pairs = {
      pairs: [{ first: "Vision Plus", second: "Temasek", firstZh: "元璟资本", secondZh: null, startups: 2 }],
      pairCount: 1,
    };
    const rowsOf = (chart: ReturnType<typeof buildChart>) => chart.panels[0]!.rows.map((row) => row.label);
    expect(rowsOf(buildChart("co-investment", pairs, zh))).toEqual(["元璟资本 + Temasek"]);
    expect(rowsOf(buildChart("co-investment", pairs, context))).toEqual(["Vision Plus + Temasek"]);
  });
});

describe("a chart in 中文", () => {
  const english = buildChart("startups-by-city", cityInput, context);
  const chinese = buildChart("startups-by-city", cityInput, zh);

  test("has its title, subtitle, axis, legend, notes, source line and alt text in Chinese", () => {
    expect(chinese.title).toBe("初创公司分布在哪些城市");
    const panel = chinese.panels[0]!;
    expect(panel.valueAxisLabel).toBe("初创公司占比（%）");
    expect(panel.series.map((s) => s.label)).toEqual(["本库收录（n = 10）", "IT桔子报道数据，2024年底（n = 85）"]);
    for (const text of [chinese.subtitle, chinese.sourceLine, chinese.altText, ...chinese.notes])
      expect(text).toMatch(HAN);
    expect(chinese.sourceLine).toBe(
      "来源：Alumni Atlas 数据库，数据截至 2025-06-30（校友 = 曾在阿里巴巴集团任职的创始人，不限任职时长）；报道数据：ITJuzi via South China Morning Post, 2025-04-05",
    );
    expect(chinese.population).toEqual({ n: 10, unit: "家初创公司" });
    expect(chinese.locale).toBe("zh");
    expect(english.locale).toBeUndefined();
  });

  test("names cities in Chinese where the record has a Chinese name, and keeps the data identical", () => {
    expect(chinese.panels[0]!.rows.map((r) => r.label)).toEqual(["杭州", "Beijing", "城市未披露"]);
    expect(chinese.panels[0]!.rows.map((r) => r.values)).toEqual(english.panels[0]!.rows.map((r) => r.values));
    expect(chinese.table.rows.map((row) => row.slice(1))).toEqual(english.table.rows.map((row) => row.slice(1)));
    expect(chinese.table.columns.map((c) => c.key)).toEqual(english.table.columns.map((c) => c.key));
    expect(chinese.table.columns.map((c) => c.label)).toEqual([
      "城市",
      "本库收录初创公司",
      "本库收录占比（%）",
      "报道占比（%）",
    ]);
  });

  test("every chart has Chinese words for its definition, also when nothing matches", () => {
    for (const key of CHART_KEYS) {
      const empty = emptyInput(key);
      const chart = buildChart(key, empty as never, zh);
      expect(chart.title, key).toMatch(HAN);
      expect(chart.emptyMessage, key).toMatch(HAN);
      expect(chart.panels[0]!.valueAxisLabel, key).toMatch(HAN);
      expect(chart.notes[0], key).toMatch(HAN);
      expect(chart.title, key).not.toBe(CHARTS[key].definition.title);
    }
  });

  test("its CSV header and # lines are in Chinese; the English CSV is unchanged in shape", () => {
    const csv = chartToCsv(chinese, { url: "https://atlas.example/zh/charts/startups-by-city" });
    expect(csv).toContain("# 初创公司分布在哪些城市");
    expect(csv).toContain("# 注：仅涵盖本库中有来源记录的初创公司");
    expect(csv).toContain("# n = 10 家初创公司");
    expect(csv).toContain("城市,本库收录初创公司,本库收录占比（%）,报道占比（%）");
    const englishCsv = chartToCsv(english);
    expect(englishCsv).toContain("# Note: Covers only start-ups");
    expect(englishCsv).toContain("City,Tracked start-ups,Tracked share (%),Reported share (%)");
  });

  test("its exported SVG carries the Chinese words, wrapped between characters", () => {
    const panel = { svg: '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"></svg>', width: 600, height: 10 };
    const { svg } = composeChartSvg({ chart: chinese, panels: [panel] });
    expect(svg).toContain("初创公司分布在哪些城市");
    expect(svg).toContain("注：");
    expect(svg).toContain("图表：Alumni Atlas");
    const lines = wrapText("仅涵盖本库中有来源记录的初创公司，".repeat(10), 300, 12, estimateTextWidth);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.every((line) => !line.startsWith("，"))).toBe(true);
    // English wraps at spaces as before.
    expect(wrapText("alpha beta gamma", 1000, 12, estimateTextWidth)).toEqual(["alpha beta gamma"]);
  });
});

describe("the alumni definition in words", () => {
  const cases: [AlumniDefinition, string | null][] = [
    [{}, null],
    [{}, "Ant Group"],
    [{ tenure: 1 }, null],
    [{ tenure: 3 }, "Taobao"],
    [{ leftWithin: 0 }, null],
    [{ leftWithin: 1 }, "Taobao"],
    [{ tenure: 2, leftWithin: 5 }, null],
  ];
  test("the chart's English is lib/charts/alumni.ts's, word for word", () => {
    const t = chartWords("en");
    for (const [alumni, unit] of cases) expect(describeAlumniIn(t, alumni, unit)).toBe(describeAlumni(alumni, unit));
  });
  test("reads as Chinese in 中文", () => {
    const t = chartWords("zh");
    expect(describeAlumniIn(t, { tenure: 3, leftWithin: 1 }, null)).toBe(
      "校友 = 在阿里巴巴集团工作至少3年且离开阿里至多1年后创业的创始人",
    );
  });
});

describe("language in chart addresses", () => {
  test("a 中文 embed lives under /zh; downloads ask with ?lang=zh; English addresses are unchanged", () => {
    expect(embedPath("startups-by-city", { sector: "ROBOTICS" }, undefined, undefined, "zh")).toBe(
      "/zh/embed/charts/startups-by-city?sector=robotics",
    );
    expect(embedPath("startups-by-city", {})).toBe("/embed/charts/startups-by-city");
    expect(chartDataPath("founded-per-year", "csv", {}, undefined, undefined, undefined, "zh")).toBe(
      "/api/charts/founded-per-year/data.csv?lang=zh",
    );
    expect(chartDataPath("founded-per-year", "csv", {}, undefined, undefined, undefined, "en")).toBe(
      "/api/charts/founded-per-year/data.csv",
    );
  });
  test("?lang= is English when absent, and an unknown or repeated language is refused", () => {
    expect(readLanguageParameter(new URLSearchParams(""))).toEqual({ ok: true, locale: "en" });
    expect(readLanguageParameter(new URLSearchParams("lang=zh"))).toEqual({ ok: true, locale: "zh" });
    expect(readLanguageParameter(new URLSearchParams("lang=fr")).ok).toBe(false);
    expect(readLanguageParameter(new URLSearchParams("lang=zh&lang=en")).ok).toBe(false);
  });
});

/** Each chart's query result with nothing in it. */
function emptyInput(key: (typeof CHART_KEYS)[number]): unknown {
  switch (key) {
    case "startups-by-city":
      return { total: 0, cities: [], reported: [] };
    case "founded-per-year":
      return { stack: null, counts: [] };
    case "startups-by-sector":
      return { total: 0, counts: [] };
    case "startups-by-alibaba-unit":
      return { total: 0, units: [], withoutUnit: 0 };
    case "funding-over-time":
      return { by: "year", groups: [] };
    case "top-investors":
      return { investors: [], investorCount: 0, startupCount: 0 };
    case "years-at-alibaba":
      return { counts: [], excluded: 0 };
    case "startups-by-year-left":
      return { counts: [], notReported: 0 };
    case "years-left-to-founding":
      return { counts: [], notReported: 0 };
    case "founders-by-unit-over-time":
      return { counts: [], withoutYear: 0 };
    case "co-investment":
      return { pairs: [], pairCount: 0 };
  }
}
