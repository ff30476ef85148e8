import { describe, expect, it } from "vitest";
import {
  dateNotReported,
  formatCareerYears,
  formatDateAsReported,
  formatDuration,
  formatReportedDate,
  formatSnapshotValue,
  formatYear,
} from "@/lib/format/dates";
import {
  estimateUsd,
  formatAmount,
  formatReportedValue,
  formatRoundAmount,
  formatUsd,
  formatUsdEstimate,
  formatUsdRange,
  formatUsdTotal,
  type ExchangeRateView,
} from "@/lib/format/money";
import { displayName, nameNote, secondaryName } from "@/lib/format/names";
import { formatInteger, formatNumber, formatPercent, formatShare } from "@/lib/format/numbers";
import { formatTimelineDate } from "@/lib/format/timeline";
import {
  confidenceLabel,
  foundingRoleLabel,
  labelsFor,
  organizationKindLabel,
  sectorLabel,
  SECTOR_LABELS,
  stageLabel,
  STAGE_LABELS,
  statusLabel,
} from "@/lib/labels";
import { sourceKindLabel } from "@/lib/sources/kinds";
import { locales } from "@/lib/i18n/locales";

const round = (
  amountKind: "EXACT" | "RANGE" | "AT_LEAST" | "UNDISCLOSED",
  low: string | null,
  high: string | null,
  currency: string | null,
) => ({
  amountKind,
  amountLow: low,
  amountHigh: high,
  currency,
});

describe("money in both languages", () => {
  it("writes amounts in millions and billions in English, in 万 and 亿 in 中文", () => {
    expect(formatAmount("200000000")).toBe("200 million");
    expect(formatAmount("200000000", "zh")).toBe("2亿");
    expect(formatAmount("20000000", "zh")).toBe("2000万");
    expect(formatAmount("8300000", "zh")).toBe("830万");
    expect(formatAmount("230000000", "zh")).toBe("2.3亿");
    expect(formatAmount("9355000000", "zh")).toBe("93.6亿");
    expect(formatAmount("1500000000000", "zh")).toBe("1.5万亿");
    expect(formatAmount("15000", "zh")).toBe("1.5万");
    expect(formatAmount("9000", "zh")).toBe("9000");
    expect(formatAmount("not a number", "zh")).toBe("not a number");
  });

  it("puts the currency where each language puts it", () => {
    expect(formatRoundAmount(round("EXACT", "200000000", null, "CNY"))).toBe("¥200 million");
    expect(formatRoundAmount(round("EXACT", "200000000", null, "CNY"), "zh")).toBe("2亿元");
    expect(formatRoundAmount(round("EXACT", "20000000", null, "USD"))).toBe("US$20 million");
    expect(formatRoundAmount(round("EXACT", "20000000", null, "USD"), "zh")).toBe("2000万美元");
    expect(formatRoundAmount(round("EXACT", "50000000", null, "HKD"), "zh")).toBe("5000万港元");
    expect(formatRoundAmount(round("EXACT", "50000000", null, "CHF"), "zh")).toBe("5000万 CHF");
    expect(formatRoundAmount(round("EXACT", "50000000", null, null))).toBe("50 million (currency not reported)");
    expect(formatRoundAmount(round("EXACT", "50000000", null, null), "zh")).toBe("5000万（币种未披露）");
  });

  it("says lower bounds, ranges and undisclosed amounts", () => {
    expect(formatRoundAmount(round("AT_LEAST", "20000000", null, "USD"))).toBe("more than US$20 million");
    expect(formatRoundAmount(round("AT_LEAST", "200000000", null, "CNY"), "zh")).toBe("超2亿元");
    expect(formatRoundAmount(round("RANGE", "10000000", "20000000", "CNY"))).toBe("¥10–20 million");
    expect(formatRoundAmount(round("RANGE", "100000000", "200000000", "CNY"), "zh")).toBe("1–2亿元");
    expect(formatRoundAmount(round("RANGE", "50000000", "100000000", "CNY"), "zh")).toBe("5000万–1亿元");
    expect(formatRoundAmount(round("RANGE", "500000000", "1500000000", "USD"))).toBe("US$500 million–1.5 billion");
    expect(formatRoundAmount(round("UNDISCLOSED", null, null, null))).toBe("Undisclosed");
    expect(formatRoundAmount(round("UNDISCLOSED", null, null, null), "zh")).toBe("未披露金额");
  });

  it("gives a dollar estimate and the reason when there is none, in both languages", () => {
    const rates: ExchangeRateView[] = [
      { currency: "CNY", rateOn: "2024-07-01", usdPerUnit: "0.1376", source: { publisher: "x", url: "https://x" } },
    ];
    const cny = { ...round("EXACT", "200000000", null, "CNY"), announcedOn: "2024-06-01" };
    const estimate = estimateUsd(cny, rates)!;
    expect(formatUsdEstimate(cny, estimate)).toBe("≈ US$27.5 million at the rate of 2024-07-01");
    expect(formatUsdEstimate(cny, estimate, "zh")).toBe("≈2752万美元（按2024-07-01汇率折算）");
    const hkd = { ...round("EXACT", "200000000", null, "HKD"), announcedOn: null };
    const none = estimateUsd(hkd, rates)!;
    expect(formatUsdEstimate(hkd, none)).toBe("not converted: no HKD exchange rate is recorded");
    expect(formatUsdEstimate(hkd, none, "zh")).toBe("未折算：本库未收录 HKD 汇率");
    const unknown = { ...round("EXACT", "200000000", null, null), announcedOn: null };
    expect(formatUsdEstimate(unknown, estimateUsd(unknown, rates)!, "zh")).toBe("未折算：币种未披露");
  });

  it("writes dollar totals and chart amounts in both languages", () => {
    expect(formatUsdTotal(58_300_000)).toBe("US$58.3 million");
    expect(formatUsdTotal(58_300_000, "zh")).toBe("5830万美元");
    expect(formatUsdTotal(null, "zh")).toBeNull();
    expect(formatUsd(8_300_000)).toBe("US$8.3m");
    expect(formatUsd(8_300_000, "zh")).toBe("830万美元");
    expect(formatUsd(1_500_000_000, "zh")).toBe("15亿美元");
    expect(formatUsd(800, "zh")).toBe("800美元");
    expect(formatUsdRange(10_000_000, 20_000_000)).toBe("US$10m–20m");
    expect(formatUsdRange(10_000_000, 20_000_000, "zh")).toBe("1000万–2000万美元");
    expect(formatUsdRange(10_000_000, 10_000_000, "zh")).toBe("1000万美元");
  });

  it("translates the reported figures' usual units and flags the rest as written", () => {
    expect(formatReportedValue({ value: 85, valueText: null, unit: "companies" })).toEqual({
      value: "85",
      unit: "companies",
      valueAsWritten: false,
      unitAsWritten: false,
    });
    expect(formatReportedValue({ value: 85, valueText: null, unit: "companies" }, "zh")).toMatchObject({
      value: "85",
      unit: "家公司",
      unitAsWritten: false,
    });
    expect(formatReportedValue({ value: 9_355_000_000, valueText: null, unit: "CNY" }, "zh")).toMatchObject({
      value: "93.6亿",
      unit: "元",
    });
    expect(formatReportedValue({ value: 45, valueText: null, unit: "percent" }, "zh").value).toBe("45%");
    expect(formatReportedValue({ value: 3, valueText: null, unit: "unicorn herds" }, "zh")).toMatchObject({
      unit: "unicorn herds",
      unitAsWritten: true,
    });
    expect(formatReportedValue({ value: null, valueText: "at least 25", unit: "people" }, "zh")).toEqual({
      value: "at least 25",
      unit: "人",
      valueAsWritten: true,
      unitAsWritten: false,
    });
  });
});

describe("numbers in both languages", () => {
  it("groups thousands and keeps one decimal at most", () => {
    for (const locale of locales) {
      expect(formatInteger(1234, locale)).toBe("1,234");
      expect(formatNumber(12.34, locale)).toBe("12.3");
      expect(formatPercent(45.25, locale)).toBe("45.3%");
      expect(formatShare(45.5, locale)).toBe("46%");
    }
    expect(formatInteger(1234)).toBe("1,234");
  });
});

describe("dates in both languages", () => {
  it("writes dates as precisely as reported", () => {
    expect(formatDateAsReported("2023-07-05", "MONTH")).toBe("July 2023");
    expect(formatDateAsReported("2023-07-05", "MONTH", "zh")).toBe("2023年7月");
    expect(formatDateAsReported("2023-07-05", "DAY")).toBe("5 July 2023");
    expect(formatDateAsReported("2023-07-05", "DAY", "zh")).toBe("2023年7月5日");
    expect(formatDateAsReported("2014-01-01", "YEAR")).toBe("2014");
    expect(formatDateAsReported("2014-01-01", "YEAR", "zh")).toBe("2014年");
    expect(formatDateAsReported(null, "DAY", "zh")).toBeNull();
    expect(formatYear(2014)).toBe("2014");
    expect(formatYear(2014, "zh")).toBe("2014年");
    expect(dateNotReported()).toBe("date not reported");
    expect(dateNotReported("zh")).toBe("日期未披露");
    // The ISO form for <time dateTime> is the same in every language.
    expect(formatReportedDate("2023-07-05T00:00:00.000Z", "MONTH")).toBe("2023-07");
  });

  it("writes timeline dates in both languages", () => {
    expect(formatTimelineDate({ year: 2014, month: 3, day: null })).toBe("Mar 2014");
    expect(formatTimelineDate({ year: 2014, month: 3, day: null }, "zh")).toBe("2014年3月");
    expect(formatTimelineDate({ year: 2014, month: 3, day: 12 }, "zh")).toBe("2014年3月12日");
    expect(formatTimelineDate({ year: 2014, month: null, day: null }, "zh")).toBe("2014年");
    expect(formatTimelineDate(null, "zh")).toBe("日期未披露");
  });

  it("writes career years without guessing an end, in both languages", () => {
    const step = (startYear: number | null, endYear: number | null, isCurrent = false, endNotStated = false) => ({
      startYear,
      endYear,
      isCurrent,
      endNotStated,
    });
    expect(formatCareerYears(step(2014, 2018))).toBe("2014–2018");
    expect(formatCareerYears(step(2014, 2018), "zh")).toBe("2014–2018年");
    expect(formatCareerYears(step(2014, 2014), "zh")).toBe("2014年");
    expect(formatCareerYears(step(2014, null, true), "zh")).toBe("2014年至今");
    expect(formatCareerYears(step(null, 2018), "zh")).toBe("至2018年；入职年份未披露");
    expect(formatCareerYears(step(2014, null), "zh")).toBe("2014年起（已离任，离任年份未披露）");
    expect(formatCareerYears(step(2014, null, false, true), "zh")).toBe("2014年起（离任时间未说明）");
    expect(formatCareerYears(step(null, null), "zh")).toBe("任职年份未披露");
  });

  it("writes waits and history values in both languages", () => {
    expect(formatDuration(45)).toBe("45 seconds");
    expect(formatDuration(45, "zh")).toBe("45秒");
    expect(formatDuration(600, "zh")).toBe("10分钟");
    expect(formatDuration(3 * 3600, "zh")).toBe("3小时");
    expect(formatSnapshotValue(true, "zh")).toBe("是");
    expect(formatSnapshotValue(["a", "b"], "zh")).toBe("a、b");
    expect(formatSnapshotValue(["a", "b"])).toBe("a, b");
  });
});

describe("names in both languages", () => {
  const rokid = { nameEn: "Rokid", nameZh: "若琪" };
  const person = { nameEn: null, nameZh: "王学集" };
  const englishOnly = { nameEn: "Lepton AI", nameZh: null };

  it("puts the English name first in English and the Chinese name first in 中文", () => {
    expect(displayName(rokid)).toBe("Rokid");
    expect(secondaryName(rokid)).toBe("若琪");
    expect(displayName(rokid, "other", "zh")).toBe("若琪");
    expect(secondaryName(rokid, "zh")).toBe("Rokid");
  });

  it("romanises a Chinese-only name in English only", () => {
    expect(displayName(person, "person")).toBe("Wang Xueji");
    expect(nameNote(person, "person")).toMatch(/pinyin/);
    expect(displayName(person, "person", "zh")).toBe("王学集");
    expect(secondaryName(person, "zh")).toBeNull();
    expect(nameNote(person, "person", "zh")).toBeNull();
  });

  it("falls back to the English name, the label, then a placeholder", () => {
    expect(displayName(englishOnly, "other", "zh")).toBe("Lepton AI");
    expect(secondaryName(englishOnly, "zh")).toBeNull();
    expect(displayName({ label: "an unnamed fund" }, "other", "zh")).toBe("an unnamed fund");
    expect(displayName(null, "other", "zh")).toBe("（未命名）");
    expect(displayName(null)).toBe("(unnamed)");
  });
});

describe("enum labels in both languages", () => {
  it("keeps the English labels and adds the glossary's 中文", () => {
    expect(sectorLabel("AI_HARDWARE")).toBe(SECTOR_LABELS.AI_HARDWARE);
    expect(sectorLabel("AI_HARDWARE", "zh")).toBe("AI 硬件");
    expect(statusLabel("ACQUIRED", "zh")).toBe("已被收购");
    expect(stageLabel("SERIES_A")).toBe(STAGE_LABELS.SERIES_A);
    expect(stageLabel("SERIES_A", "zh")).toBe("A轮");
    expect(stageLabel("PRE_A", "zh")).toBe("Pre-A轮");
    expect(stageLabel("ANGEL", "zh")).toBe("天使轮");
    expect(stageLabel("IPO", "zh")).toBe("上市");
    expect(stageLabel("STRATEGIC", "zh")).toBe("战略投资");
    expect(foundingRoleLabel("CO_FOUNDER", "zh")).toBe("联合创始人");
    expect(confidenceLabel("MEDIUM")).toBe("Medium confidence");
    expect(confidenceLabel("MEDIUM", "zh")).toBe("中等可信度");
    expect(organizationKindLabel("ALIBABA_UNIT", "zh")).toBe("阿里业务单元");
    expect(sourceKindLabel("MIRROR", "zh")).toBe("转载或镜像");
    expect(sourceKindLabel(null)).toBe("Kind not recorded");
  });

  it("has a label for every value in every language, and no two values share one", () => {
    for (const locale of locales) {
      for (const [kind, record] of Object.entries(labelsFor(locale))) {
        const english = Object.keys(labelsFor("en")[kind as keyof ReturnType<typeof labelsFor>]);
        expect(Object.keys(record), `${locale} ${kind}`).toEqual(english);
        const values = Object.values(record) as string[];
        expect(new Set(values).size, `${locale} ${kind}`).toBe(values.length);
        for (const value of values) expect(value.trim()).not.toBe("");
      }
    }
  });
});

describe("interface words that must agree with the code", () => {
  it("states the home page's default alumni definition as the charts do", async () => {
    const { describeAlumni } = await import("@/lib/charts/alumni");
    const { messages } = await import("@/lib/i18n/messages");
    expect(messages.en.home.headline.anyStint).toBe(describeAlumni({}));
  });

  it("cites a dated version in the page's language", async () => {
    const { versionCitation } = await import("@/lib/validation/as-of");
    const version = {
      title: "Rokid",
      date: "2026-01-01",
      url: "https://x/zh/startups/rokid?asOf=2026-01-01",
      accessed: "2026-12-01",
    };
    expect(versionCitation(version)).toBe(
      'Alumni Atlas. "Rokid", version as of 2026-01-01. https://x/zh/startups/rokid?asOf=2026-01-01 (accessed 2026-12-01).',
    );
    expect(versionCitation(version, "zh")).toBe(
      "阿里系 AI 创业图谱：《Rokid》，截至 2026-01-01 的版本。https://x/zh/startups/rokid?asOf=2026-01-01（访问于 2026-12-01）。",
    );
  });
});

describe("lists, axis ticks and reported dates per locale", () => {
  it("joins lists the way each language does", async () => {
    const { listOf } = await import("@/lib/format/text");
    expect(listOf(["Rokid", "MiniMax", "Moonshot"])).toBe("Rokid, MiniMax and Moonshot");
    expect(listOf(["Rokid", "MiniMax"])).toBe("Rokid and MiniMax");
    expect(listOf(["灵伴科技", "稀宇科技", "月之暗面"], "zh")).toBe("灵伴科技、稀宇科技和月之暗面");
    expect(listOf(["Rokid"], "zh")).toBe("Rokid");
    expect(listOf([], "zh")).toBe("");
  });

  it("prints US-dollar ticks in 万/亿美元 in 中文 and US$…m in English", async () => {
    const { formatTick } = await import("@/lib/charts/geometry");
    expect(formatTick(20_000_000, "usd")).toBe("US$20m");
    expect(formatTick(20_000_000, "usd", "zh")).toBe("2000万美元");
    expect(formatTick(200_000_000, "usd", "zh")).toBe("2亿美元");
    expect(formatTick(0, "usd", "zh")).toBe("0");
    expect(formatTick(1200, "integer", "zh")).toBe("1,200");
  });

  it("writes a figure's plain 'as of' dates in 中文 and leaves other words as written", async () => {
    const { formatAsOfLabel } = await import("@/lib/format/dates");
    expect(formatAsOfLabel("end of 2024", "zh")).toEqual({ text: "2024年底", asWritten: false });
    expect(formatAsOfLabel("2024", "zh")).toEqual({ text: "2024年", asWritten: false });
    expect(formatAsOfLabel("c. 2025", "zh")).toEqual({ text: "约2025年", asWritten: false });
    expect(formatAsOfLabel("September 2025", "zh")).toEqual({ text: "2025年9月", asWritten: false });
    expect(formatAsOfLabel("September 2025 (Apsara Conference)", "zh")).toEqual({
      text: "September 2025 (Apsara Conference)",
      asWritten: true,
    });
    expect(formatAsOfLabel("end of 2024")).toEqual({ text: "end of 2024", asWritten: false });
  });
});
