import { describe, expect, test } from "vitest";
import { formatDuration } from "@/lib/format/dates";
import { parseWith } from "@/lib/validation/parse";
import { factFlagSchema, normalizeReference, startupSuggestionSchema } from "@/lib/validation/suggestion";

describe("suggestion references as readers type them", () => {
  test("any case, spaces, with or without the S- prefix", () => {
    expect(normalizeReference(" s-7k3m9qxa ")).toBe("S-7K3M9QXA");
    expect(normalizeReference("7K3M 9QXA")).toBe("S-7K3M9QXA");
  });
  test("letters Crockford's alphabet leaves out (I, L, O, U) and wrong lengths are not references", () => {
    for (const typed of ["S-7K3M9QXI", "S-OOOOOOOO", "S-7K3M9QX", "S-7K3M9QXAB", "", "S-"]) {
      expect(normalizeReference(typed), typed).toBeNull();
    }
  });
});

describe("the public forms' schema", () => {
  test("a start-up needs a name in English or Chinese and a source web address", () => {
    const parsed = parseWith(startupSuggestionSchema, { nameZh: "示例", sourceUrl: "ftp://example.org/x" });
    expect(parsed).toEqual({
      success: false,
      fieldErrors: { sourceUrl: ["must be a web address starting with http:// or https://"] },
    });
    expect(parseWith(startupSuggestionSchema, { sourceUrl: "https://example.org/x" })).toMatchObject({
      success: false,
      fieldErrors: { nameEn: ["give the start-up's English or Chinese name"] },
    });
  });
  test("a flagged fact needs the record, a proposed value and a source; an email must be one", () => {
    const parsed = parseWith(factFlagSchema, {
      targetType: "SPACESHIP",
      targetId: "x",
      proposedValue: " ",
      sourceUrl: "https://example.org/x",
      contactEmail: "not an email",
    });
    expect(parsed.success).toBe(false);
    expect(Object.keys(parsed.success ? {} : parsed.fieldErrors).sort()).toEqual([
      "contactEmail",
      "proposedValue",
      "targetId",
      "targetType",
    ]);
  });
});

test("waits are said in words, rounded up", () => {
  expect(formatDuration(1)).toBe("1 second");
  expect(formatDuration(58.2)).toBe("59 seconds");
  expect(formatDuration(59.2)).toBe("1 minute");
  expect(formatDuration(61)).toBe("2 minutes");
  expect(formatDuration(3600)).toBe("60 minutes");
  expect(formatDuration(3 * 3600)).toBe("3 hours");
});
