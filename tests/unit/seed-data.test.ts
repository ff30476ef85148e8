import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { seedDataPath } from "@/prisma/seed/load";
import { toPinyin } from "@/lib/text/pinyin";
import { citedRecords, seedDataSchema, uncitedFields, unusedSources, type SeedData } from "@/lib/validation/seed-data";

const raw: unknown = JSON.parse(readFileSync(seedDataPath, "utf8"));
const data: SeedData = seedDataSchema.parse(raw);
const clone = (): SeedData => structuredClone(data);

const SCMP_MIRROR =
  "https://news.devevil.com/how-alibaba-is-turning-into-china-s-ai-powerhouse-and-a-school-for-entrepreneurs-786010.html";

function citationsOf(record: { citations: SeedData["startups"][string]["citations"] }, field: string | null) {
  return record.citations
    .filter((citation) => citation.field === field)
    .map((citation) => ({ ...citation, url: data.sources[citation.source]?.url }));
}

describe("seed data file", () => {
  test("parses with the strict schema", () => {
    expect(seedDataSchema.safeParse(raw).success).toBe(true);
    // Twelve from the first research pass, seven from the second.
    expect(Object.keys(data.startups)).toHaveLength(19);
  });

  test("every non-null field of every record has a citation whose source exists", () => {
    const records = citedRecords(data);
    expect(records.length).toBeGreaterThan(100);
    for (const entry of records) {
      expect(uncitedFields(entry), entry.path.join(".")).toEqual([]);
      for (const citation of entry.record.citations)
        expect(data.sources, entry.path.join(".")).toHaveProperty([citation.source]);
    }
  });

  test("relationship records (employments, foundings, rounds, investments) cite the record as a whole", () => {
    for (const entry of citedRecords(data).filter((record) => record.path.length > 2)) {
      expect(
        entry.record.citations.some((citation) => citation.field === null),
        entry.path.join("."),
      ).toBe(true);
    }
  });

  test("every source is used and every URL appears once", () => {
    expect(unusedSources(data)).toEqual([]);
    const urls = Object.values(data.sources).map((source) => source.url);
    expect(new Set(urls).size).toBe(urls.length);
  });

  test("Tongdun keeps both founding years: 2012 stored, November 2013 as a cited conflict", () => {
    const tongdun = data.startups.tongdun!;
    expect(tongdun.foundedYear).toBe(2012);
    const cited = citationsOf(tongdun, "foundedYear");
    expect(cited).toContainEqual(
      expect.objectContaining({ url: "https://kr-asia.com/hangzhou-china-where-alibaba-alumni-and-unicorns-play" }),
    );
    const conflict = cited.find((citation) => citation.claimedValue !== undefined);
    expect(conflict).toMatchObject({ claimedValue: "2013", url: "https://fx361.cc/page/2015/1128/14020451.shtml" });
    expect(conflict?.note).toMatch(/2013/);
  });

  test("XPeng keeps He Xiaopeng's founder status as a conflict", () => {
    const founding = data.startups.xpeng!.foundings.find((item) => item.person === "he-xiaopeng")!;
    expect(founding.role).toBe("CO_FOUNDER");
    expect(
      founding.citations.filter((citation) => citation.field === "role").map((citation) => citation.claimedValue),
    ).toContain("initial backer");
  });

  test("records the research rates medium are flagged MEDIUM, with a cited reason", () => {
    const aibee = data.startups.aibee!;
    const wangGang = data.startups["wang-gang-cleaning-robots"]!;
    expect(aibee.confidence).toBe("MEDIUM");
    expect(wangGang.confidence).toBe("MEDIUM");
    expect(aibee.foundings.find((founding) => founding.person === "zhu-shenghuo")?.confidence).toBe("MEDIUM");
    for (const record of [aibee, wangGang]) expect(citationsOf(record, "confidence")[0]?.note).toBeTruthy();
    const highByDefault = Object.entries(data.startups).filter(([, startup]) => startup.confidence === undefined);
    expect(highByDefault).toHaveLength(10);
  });

  test("a name that rests only on an AI-generated page is a claim, not the stored name", () => {
    const wangGang = data.startups["wang-gang-cleaning-robots"]!;
    expect(wangGang.nameEn).toBeUndefined();
    expect(wangGang.label).toBeTruthy();
    expect(citationsOf(wangGang, "nameEn")).toEqual([
      expect.objectContaining({
        claimedValue: "CenoBots (Cenozoic Robotics)",
        url: "https://grokipedia.com/page/wang_gang_computer_scientist",
      }),
    ]);
  });

  test("the two ITJuzi figures exist with the right values", () => {
    const total = data.reportedFigures["itjuzi-alibaba-alumni-ai-startups-2024"];
    const share = data.reportedFigures["itjuzi-alibaba-alumni-ai-startups-hangzhou-share-2024"];
    expect(total).toMatchObject({
      value: "85",
      unit: "companies",
      asOfDate: "2024-12-31",
      asOfLabel: "end of 2024",
      originalDataSource: "ITJuzi (IT桔子), via the South China Morning Post, 2025-04-05",
    });
    expect(data.sources[total!.source]).toMatchObject({ url: SCMP_MIRROR, publishedOn: "2025-04-05" });
    expect(share).toMatchObject({
      value: "45",
      unit: "percent",
      scopeCity: "hangzhou",
      baseFigure: "itjuzi-alibaba-alumni-ai-startups-2024",
      scope: "of the 85",
    });
    // Seventeen from the first research pass; the second pass's eight statistics as eighteen figures
    // (one per number reported).
    expect(Object.keys(data.reportedFigures)).toHaveLength(35);
  });

  test("no record is marked synthetic and no website is invented", () => {
    const keys: string[] = [];
    const walk = (value: unknown) => {
      if (Array.isArray(value)) value.forEach(walk);
      else if (value && typeof value === "object") {
        for (const [key, child] of Object.entries(value)) {
          keys.push(key);
          walk(child);
        }
      }
    };
    walk(raw);
    expect(keys).not.toContain("synthetic");
    expect(keys).not.toContain("website");
  });

  test("nothing the research excluded or left unverified is seeded", () => {
    const text = JSON.stringify(raw);
    // Qi Yuan (漆远, 无限光年) and Lin Junyang (林俊旸, his lab) were excluded by the first pass and
    // added by the second, which supersedes those two exclusions.
    for (const excluded of [
      "两氢一氧",
      "滴滴",
      "Didi",
      "周畅",
      "初敏",
      "North Summit",
      "沈加翔",
      "BleeqUp",
      "袋鼠云",
      "Quadtalent",
      "宇树",
      "Unitree",
      "群核",
      "Manycore",
      "Xorbits",
      "金榕",
      "华先胜",
      "司罗",
      "薄列峰",
      "惠彬原",
      "郁博文",
      "Daimeng",
      "GenBio",
      "帷幄",
      "Moka",
      "滴普",
      "澜码",
      "闵万里",
    ]) {
      expect(text, excluded).not.toContain(excluded);
    }
  });

  test("pinyin-only names are not stored as English names", () => {
    for (const slug of ["wang-xueji", "ru-yi", "yu-zhe", "zeng-xiaodong", "chen-shuhua", "wang-baoping"]) {
      expect(data.people[slug]?.nameEn, slug).toBeUndefined();
      expect(data.people[slug]?.nameZh, slug).toBeTruthy();
    }
  });
});

describe("seed data schema rejects", () => {
  const problems = (value: unknown) =>
    seedDataSchema.safeParse(value).error?.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`) ?? [];

  test("unknown keys", () => {
    const bad = clone() as unknown as { startups: Record<string, Record<string, unknown>> };
    bad.startups.rokid!.website2 = "x";
    expect(problems(bad).join("\n")).toMatch(/startups\.rokid/);
  });

  test("a value outside an enum", () => {
    const bad = clone() as unknown as { startups: Record<string, Record<string, unknown>> };
    bad.startups.rokid!.sectors = ["SMART_GLASSES"];
    expect(problems(bad).join("\n")).toMatch(/startups\.rokid\.sectors/);
  });

  test("a citation of an unknown source", () => {
    const bad = clone();
    bad.startups.rokid!.citations[0]!.source = "no-such-source";
    expect(problems(bad).join("\n")).toMatch(/unknown source "no-such-source"/);
  });

  test("a field without a citation", () => {
    const bad = clone();
    bad.startups.rokid!.citations = bad.startups.rokid!.citations.filter(
      (citation) => citation.field !== "foundedYear",
    );
    expect(problems(bad)).toContain('startups.rokid.foundedYear: "foundedYear" has a value but no citation');
  });

  test("a reference to a missing record, and an amount without a currency", () => {
    const bad = clone();
    bad.startups.rokid!.foundings[0]!.person = "nobody";
    delete bad.startups.rokid!.fundingRounds[0]!.currency;
    const found = problems(bad).join("\n");
    expect(found).toMatch(/unknown person "nobody"/);
    expect(found).toMatch(/needs amountLow, amountHigh and currency/);
  });
});

test("toPinyin is toneless, lowercase and keeps non-Chinese characters", () => {
  expect(toPinyin("灵伴科技")).toBe("ling ban ke ji");
  expect(toPinyin("祝铭明")).toBe("zhu ming ming");
  expect(toPinyin("阿里AI实验室")).toBe("a li ai shi yan shi");
  expect(toPinyin(null)).toBeNull();
  expect(toPinyin("  ")).toBeNull();
});
