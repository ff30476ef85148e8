import { describe, expect, it } from "vitest";
import { allEntities, entities, entityByRecordType } from "@/lib/data/admin/entities";
import { readSnapshot } from "@/lib/data/admin/history";
import { toSnapshot } from "@/lib/history/snapshot";
import { entityKeys } from "@/lib/validation/form-spec";
import { mergeParsed } from "@/lib/validation/parse";

// A stored row as Prisma returns it: bookkeeping columns plus whatever the entity's include loads.
const row = (fields: Record<string, unknown>) => ({
  id: 7,
  version: 3,
  deletedAt: null,
  updatedAt: new Date("2026-01-02T00:00:00.000Z"),
  ...fields,
});

describe("the entity registry", () => {
  it("has one entity per admin URL segment, each registered under its own key and kind of record", () => {
    expect(Object.keys(entities).sort()).toEqual([...entityKeys].sort());
    for (const entity of allEntities()) {
      expect(entities[entity.key]).toBe(entity);
      expect(entityByRecordType(entity.recordType)).toBe(entity);
    }
    expect(entityByRecordType("USER")).toBeNull();
  });

  it("names a record from its checked view: a round by its start-up, stage as reported and month", () => {
    const round = row({
      stage: "SERIES_A",
      stageLabel: "Pre-A+",
      announcedOn: new Date("2024-07-01T00:00:00.000Z"),
      startup: { nameEn: "Haivivi", nameZh: null, label: null, slug: "haivivi" },
    });
    expect(entities["funding-rounds"].display(round)).toBe("Haivivi · series a (“Pre-A+”) · 2024-07");
    expect(entities["funding-rounds"].publicPaths(round)).toEqual(["/", "/investors", "/startups/haivivi"]);
    expect(entities["funding-rounds"].publicLink(round)).toBeNull();
  });

  it("gives the detail line and public link only the entities that have them", () => {
    const startup = row({
      nameEn: "Rokid",
      nameZh: "灵伴科技",
      label: null,
      slug: "rokid",
      city: { nameEn: "Hangzhou" },
    });
    expect(entities.startups.detail(startup)).toBe("灵伴科技 · Hangzhou");
    expect(entities.startups.publicLink(startup)).toBe("/startups/rokid");
    const unit = row({
      nameEn: "Alibaba Cloud",
      nameZh: null,
      label: null,
      slug: "alibaba-cloud",
      kind: "ALIBABA_UNIT",
      parent: { nameEn: "Alibaba Group", parent: null },
    });
    expect(entities.organizations.detail(unit)).toBe("alibaba unit · in Alibaba Group");
    expect(entities.organizations.publicLink(unit)).toBeNull();
    expect(entities.employments.detail(row({ startYear: 2015, endYear: null, isCurrent: false }))).toBe("#7");
  });

  it("refuses a row that lacks what its view reads, rather than printing undefined", () => {
    expect(() => entities.sources.display(row({ publisher: "36Kr" }))).toThrow();
    expect(() => entities.organizations.detail(row({ nameEn: "X", slug: "x", kind: "NOT_A_KIND" }))).toThrow();
  });
});

describe("records named in the editor's language", () => {
  const haivivi = { nameEn: "Haivivi", nameZh: null, label: null, slug: "haivivi" };

  it("says a round's stage, month and missing date in 中文, English as before", () => {
    const undated = row({ stage: "SERIES_A", stageLabel: null, announcedOn: null, startup: haivivi });
    expect(entities["funding-rounds"].display(undated)).toBe("Haivivi · series a · date not reported");
    expect(entities["funding-rounds"].display(undated, "zh")).toBe("Haivivi · A轮 · 日期未披露");
    const dated = row({
      stage: "SERIES_A",
      stageLabel: "Pre-A+",
      announcedOn: new Date("2024-07-01T00:00:00.000Z"),
      startup: haivivi,
    });
    expect(entities["funding-rounds"].display(dated, "zh")).toBe("Haivivi · A轮（“Pre-A+”） · 2024年7月");
    // A label that is the stage's own 中文 name is not repeated.
    const same = row({ stage: "SERIES_A", stageLabel: "A轮", announcedOn: null, startup: haivivi });
    expect(entities["funding-rounds"].display(same, "zh")).toBe("Haivivi · A轮 · 日期未披露");
  });

  it("places an Alibaba unit in its tree and names its kind in 中文", () => {
    const unit = row({
      nameEn: "Alibaba Cloud",
      nameZh: "阿里云",
      label: null,
      slug: "alibaba-cloud",
      kind: "ALIBABA_UNIT",
      parent: { nameEn: "Alibaba Group", parent: null },
    });
    expect(entities.organizations.detail(unit, "zh")).toBe("阿里业务单元 · 隶属 Alibaba Group");
    expect(entities.organizations.detail(unit, "en")).toBe("alibaba unit · in Alibaba Group");
  });

  it("words jobs, investments, citations, rates and the unnamed in 中文, English unchanged", () => {
    const person = { nameEn: "Misa Zhu", nameZh: "朱明明", label: null };
    const job = row({
      person,
      organization: { nameEn: "Alibaba Cloud" },
      startYear: 2015,
      endYear: null,
      isCurrent: true,
    });
    expect(entities.employments.display(job)).toBe("Misa Zhu at Alibaba Cloud (2015–now)");
    expect(entities.employments.display(job, "zh")).toBe("Misa Zhu，任职于Alibaba Cloud（2015–至今）");
    const investment = row({
      organization: { nameEn: "Sequoia China" },
      person: null,
      round: { stage: "SEED", startup: haivivi },
    });
    expect(entities.investments.display(investment)).toBe("Sequoia China in Haivivi (seed)");
    expect(entities.investments.display(investment, "zh")).toBe("Sequoia China投资Haivivi（种子轮）");
    const citation = row({ source: { publisher: "36Kr" }, recordType: "STARTUP", recordId: 12, field: "foundedYear" });
    expect(entities.citations.display(citation)).toBe("36Kr → startup #12 · foundedYear");
    expect(entities.citations.display(citation, "zh")).toMatch(/^36Kr → 初创公司 #12 · \p{Script=Han}+/u);
    const rate = row({
      currency: "CNY",
      rateOn: new Date("2024-01-02T00:00:00.000Z"),
      usdPerUnit: "0.14",
      source: null,
    });
    expect(entities["exchange-rates"].display(rate)).toBe("CNY · 2024-01-02 · US$0.14 per unit");
    expect(entities["exchange-rates"].display(rate, "zh")).toBe("CNY · 2024-01-02 · 每单位 US$0.14");
    const unnamed = row({ nameEn: null, nameZh: null, label: null, slug: "unnamed-person" });
    expect(entities.people.display(unnamed)).toBe("(unnamed)");
    expect(entities.people.display(unnamed, "zh")).toBe("（未命名）");
    const startup = row({
      nameEn: "Rokid",
      nameZh: "灵伴科技",
      label: null,
      slug: "rokid",
      city: { nameEn: "Hangzhou", nameZh: "杭州" },
    });
    expect(entities.startups.detail(startup, "zh")).toBe("灵伴科技 · 杭州");
    expect(entities.startups.detail(startup)).toBe("灵伴科技 · Hangzhou");
  });
});

describe("stored snapshots", () => {
  it("reads back what toSnapshot wrote, and nothing else", () => {
    const snapshot = toSnapshot({ nameEn: "Rokid", foundedYear: 2014, aliases: ["若琪"], foundedDate: new Date(0) });
    expect(readSnapshot(JSON.parse(JSON.stringify(snapshot)))).toEqual(snapshot);
    expect(readSnapshot(null)).toBeNull();
    expect(() => readSnapshot({ nested: { not: "a snapshot" } })).toThrow(/record snapshot/);
  });
});

describe("a form read in two parts", () => {
  it("keeps every field error of both parts", () => {
    const merged = mergeParsed(
      { success: false, fieldErrors: { id: ["is required"] } },
      { success: false, fieldErrors: { nameEn: ["is too long"] } },
    );
    expect(merged).toEqual({ success: false, fieldErrors: { id: ["is required"], nameEn: ["is too long"] } });
    expect(mergeParsed({ success: true, data: { a: 1 } }, { success: true, data: { b: 2 } })).toEqual({
      success: true,
      data: { a: 1, b: 2 },
    });
  });
});
