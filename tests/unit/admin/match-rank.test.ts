import { describe, expect, it } from "vitest";
import { matchRank, rankByMatch } from "@/lib/text/match-rank";

describe("picker ranking", () => {
  it("ranks the whole name, then its start, then a word's start, then anywhere", () => {
    expect(matchRank("alibaba cloud", ["Alibaba Cloud"])).toBe(0);
    expect(matchRank("Alibaba Cloud", ["Alibaba Cloud machine-learning platform PAI"])).toBe(1);
    expect(matchRank("cloud", ["Alibaba Cloud"])).toBe(2);
    expect(matchRank("hang", ["Shanghai"])).toBe(3);
    expect(matchRank("hang", ["Beijing"])).toBe(4);
    expect(matchRank("  ", ["Beijing"])).toBe(4);
  });

  it("takes the best of a record's names (English, Chinese, pinyin)", () => {
    expect(matchRank("阿里云", ["Alibaba Cloud", "阿里云", "a li yun"])).toBe(0);
    expect(matchRank("hang", ["Hangzhou", "杭州", "hang zhou"])).toBe(1);
  });

  it("puts the exact unit first among four that contain the words, and Hangzhou before Shanghai", () => {
    const units = [
      "Alibaba Cloud computing platform business unit",
      "Alibaba Cloud machine-learning platform PAI",
      "Alibaba Cloud Intelligence",
      "Alibaba Cloud",
    ];
    expect(
      rankByMatch(
        units,
        "Alibaba Cloud",
        (u) => [u],
        (u) => u,
      )[0],
    ).toBe("Alibaba Cloud");
    const cities = ["Shanghai", "Hangzhou"];
    expect(
      rankByMatch(
        cities,
        "Hang",
        (c) => [c],
        (c) => c,
      ),
    ).toEqual(["Hangzhou", "Shanghai"]);
  });

  it("keeps the caller's order among equal matches", () => {
    const items = [
      { id: 1, name: "Bench A" },
      { id: 2, name: "Bench B" },
    ];
    expect(
      rankByMatch(
        items,
        "bench",
        (i) => [i.name],
        (i) => i.name,
      ).map((i) => i.id),
    ).toEqual([1, 2]);
  });
});
