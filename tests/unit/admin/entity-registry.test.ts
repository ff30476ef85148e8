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
