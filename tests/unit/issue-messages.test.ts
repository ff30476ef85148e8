import { describe, expect, test } from "vitest";
import { messages } from "@/lib/i18n/messages";
import { localizeIssue } from "@/lib/validation/issue-messages";
import { parseWith } from "@/lib/validation/parse";
import { factFlagSchema, startupSuggestionSchema } from "@/lib/validation/suggestion";

// Every mistake a reader can make in the public forms, one field each.
const startupMistakes = {
  nameEn: "x".repeat(201),
  nameZh: "示例\u0007",
  website: "ftp://example.org",
  foundedYear: "1800",
  cityName: "c".repeat(101),
  sourceUrl: "",
  contactEmail: "not an email",
};
const factMistakes = { targetType: "CITY", targetId: "1", proposedValue: " ", sourceUrl: "https://example.org/a" };

function errors(schema: typeof startupSuggestionSchema | typeof factFlagSchema, value: object, locale?: "en" | "zh") {
  const words = locale ? messages[locale].suggest.validation : null;
  const parsed = parseWith(schema, value, "", words ? (issue) => localizeIssue(issue, words) : undefined);
  return parsed.success ? {} : parsed.fieldErrors;
}

describe("the public forms' errors in the reader's language", () => {
  test("the English words agree with the schemas' own, so 中文 translates what English readers see", () => {
    for (const [schema, value] of [
      [startupSuggestionSchema, startupMistakes],
      [startupSuggestionSchema, { foundedYear: "2200", sourceUrl: "https://example.org" }],
      [startupSuggestionSchema, { foundedYear: "20.5", sourceUrl: "https://example.org" }],
      [factFlagSchema, factMistakes],
    ] as const) {
      expect(errors(schema, value, "en")).toEqual(errors(schema, value));
    }
  });

  test("中文 says what is wrong with each field, bounds included", () => {
    expect(errors(startupSuggestionSchema, startupMistakes, "zh")).toEqual({
      nameEn: ["不能超过 200 个字符"],
      nameZh: ["含有控制字符"],
      website: ["必须是以 http:// 或 https:// 开头的网址"],
      foundedYear: ["不能早于 1900"],
      cityName: ["不能超过 100 个字符"],
      sourceUrl: ["为必填项"],
      contactEmail: ["必须是有效的电子邮箱地址，例如 you@example.org"],
    });
    expect(errors(startupSuggestionSchema, { foundedYear: "2200", sourceUrl: "https://example.org" }, "zh")).toEqual({
      foundedYear: ["不能晚于 2100"],
      nameEn: ["与中文名称至少填写一项"],
    });
    expect(
      errors(startupSuggestionSchema, { nameEn: "A", foundedYear: "soon", sourceUrl: "https://e.org" }, "zh"),
    ).toEqual({ foundedYear: ["必须是整数"] });
    expect(errors(factFlagSchema, factMistakes, "zh")).toEqual({ proposedValue: ["为必填项"] });
  });
});
