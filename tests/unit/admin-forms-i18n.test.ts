import { describe, expect, it, test } from "vitest";
import {
  adminFormsMessages,
  adminIssueWording,
  localizeAdminMessage,
  localizeReferrerLabel,
  localizedEntryParts,
  localizedForm,
} from "@/lib/i18n/admin-forms";
import { REPORTED_AMOUNT_EXAMPLES } from "@/lib/text/reported-amount";
import { founderEntryParts, roundEntryParts, entryCitationFields } from "@/lib/validation/entries";
import { entityKeys } from "@/lib/validation/form-spec";
import { parseWith } from "@/lib/validation/parse";
import { recordForms } from "@/lib/validation/record-forms";

const han = /\p{Script=Han}/u;

describe("record forms in 中文", () => {
  it.each(entityKeys)("%s: every field has a Chinese label, and a Chinese hint where the English has one", (key) => {
    const english = recordForms[key];
    const chinese = localizedForm(key, "zh");
    expect(chinese.fields.map((f) => f.name)).toEqual(english.fields.map((f) => f.name));
    expect(chinese.singular).toMatch(han);
    for (const [i, field] of chinese.fields.entries()) {
      const original = english.fields[i]!;
      expect(field.label, `${key}.${field.name}`).toMatch(han);
      expect(field.label).not.toBe(original.label);
      if (original.hint) expect(field.hint, `${key}.${field.name} hint`).toMatch(han);
      if (original.blankOption) expect(field.blankOption).toMatch(han);
      expect(field.options?.map((o) => o.value)).toEqual(original.options?.map((o) => o.value));
      for (const option of field.options ?? []) {
        // Words the two languages share still carry a Chinese character (Pre-A轮, AI 生成); AIoT is AIoT.
        if (option.label !== "AIoT") expect(option.label, `${key}.${field.name}.${option.value}`).toMatch(han);
      }
      // Everything that is not words stays as the spec says: the schema's field, its kind, its picker.
      expect({ ...field, label: "", hint: "", blankOption: "", options: [] }).toEqual({
        ...original,
        label: "",
        hint: "",
        blankOption: "",
        options: [],
      });
    }
    expect(chinese.citationFields.map((f) => f.value)).toEqual(english.citationFields.map((f) => f.value));
    for (const field of chinese.citationFields) expect(field.label).toMatch(han);
    expect(chinese.schema).toBe(english.schema);
  });

  it("keeps the English forms as the specs wrote them, byte for byte", () => {
    for (const key of entityKeys) expect(localizedForm(key, "en")).toBe(recordForms[key]);
  });

  it("has English messages that say what the specs say (the keys cannot drift from the forms)", () => {
    const english = adminFormsMessages("en");
    for (const key of entityKeys) {
      expect(english.entities[key]).toBe(recordForms[key].singular);
      const fields = english.fields[key] as Record<string, { label: string; hint?: string; blank?: string }>;
      expect(Object.keys(fields)).toEqual(recordForms[key].fields.map((f) => f.name));
      for (const field of recordForms[key].fields) {
        expect(fields[field.name]?.label).toBe(field.label);
        expect(fields[field.name]?.hint?.replace("{examples}", REPORTED_AMOUNT_EXAMPLES)).toBe(field.hint);
        expect(fields[field.name]?.blank).toBe(field.blankOption);
      }
    }
  });

  it("names an entry's parts and their citable fields in 中文", () => {
    const founder = localizedEntryParts(founderEntryParts(2), "zh");
    expect(founder.map((p) => p.title)).toEqual(["新人物", "创办关系", "任职 1", "任职 2"]);
    expect(founder[2]?.fields.find((f) => f.name === "startYear")?.label).toBe("起始年份");
    const cited = entryCitationFields(localizedEntryParts(roundEntryParts(1), "zh"));
    expect(cited.find((f) => f.value === "round:stage")).toMatchObject({ group: "轮次", label: "轮次" });
    expect(cited.find((f) => f.value === "investor0:isLead")).toMatchObject({ group: "投资方 1", label: "领投方" });
    expect(localizedEntryParts(founderEntryParts(1), "en").map((p) => p.title)).toEqual([
      "New person",
      "Founding",
      "Job 1",
    ]);
  });
});

describe("validation messages in 中文", () => {
  it("words an empty start-up's errors in Chinese, English as before", () => {
    const schema = recordForms.startups.schema;
    const errors = (values: Record<string, string>, locale: "en" | "zh") => {
      const parsed = parseWith(schema, values, "", adminIssueWording(locale));
      return parsed.success ? {} : parsed.fieldErrors;
    };
    expect(errors({ confidence: "" }, "zh")).toEqual({ confidence: ["请选择可信度"] });
    expect(errors({ confidence: "HIGH" }, "zh")).toEqual({ nameEn: ["请填写英文名称、中文名称或描述性名称"] });
    expect(errors({ confidence: "" }, "en")).toEqual({ confidence: ["choose a confidence level"] });
    expect(errors({ confidence: "HIGH" }, "en")).toEqual({
      nameEn: ["give an English name, a Chinese name or a descriptive label"],
    });
  });

  it("fills a template's bounds and translates its arguments", () => {
    const round = parseWith(
      recordForms["funding-rounds"].schema,
      { startupId: "1", stage: "SEED", amountLow: "-5", currency: "RMB", stageLabel: "x".repeat(400) },
      "",
      adminIssueWording("zh"),
    );
    expect(round.success).toBe(false);
    if (round.success) return;
    expect(round.fieldErrors.stageLabel).toEqual(["不能超过 300 个字符"]);
    expect(round.fieldErrors.amountLow).toEqual(["不能为负数"]);
    expect(round.fieldErrors.currency).toEqual(["不是 ISO 4217 币种代码（人民币为 CNY）"]);
    expect(localizeAdminMessage("choose a city", "zh")).toBe("请选择城市");
    const approximate = parseWith(
      recordForms["funding-rounds"].schema,
      { startupId: "1", stage: "SEED", amountText: "近亿元" },
      "",
      adminIssueWording("zh"),
    );
    expect(approximate.success ? [] : approximate.fieldErrors.amountText).toEqual([
      `是约数（“about”“近”）：请填写来源给出的金额，或填写区间；请参照这样的写法：${REPORTED_AMOUNT_EXAMPLES}`,
    ]);
    expect(localizeAdminMessage("must be between 1900 and 2100", "zh")).toBe("必须在 1900 与 2100 之间");
  });

  it("translates the data layer's refusals, nested arguments included", () => {
    expect(localizeAdminMessage("Check the highlighted field: is already used by “Rokid” (start-up #3)", "zh")).toBe(
      "请检查标出的字段：已被“Rokid”（初创公司 #3）使用",
    );
    expect(
      localizeAdminMessage("This start-up (#12) does not exist (it may have been removed). Nothing was saved.", "zh"),
    ).toBe("该初创公司（#12）不存在（可能已被删除）。未保存任何内容。");
    expect(localizeAdminMessage("Created city “Hangzhou”.", "zh")).toBe("已新建城市“Hangzhou”。");
  });

  it("leaves a message no template knows as written, and English untouched", () => {
    expect(localizeAdminMessage("a rule added without its words", "zh")).toBe("a rule added without its words");
    expect(localizeAdminMessage("is required", "en")).toBe("is required");
  });

  it("has a Chinese sentence for every English template, with the same arguments", () => {
    const zh = adminFormsMessages("zh");
    for (const [key, english] of Object.entries(adminFormsMessages("en").validation)) {
      const chinese = zh.validation[key as keyof typeof zh.validation];
      expect(chinese, key).toMatch(han);
      expect(localizeAdminMessage(english, "zh"), key).toBe(chinese);
    }
  });
});

describe("a refusal to delete lists what still points at the record in 中文", () => {
  it.each([
    ["founding", "创办关系"],
    ["foundings", "创办关系"],
    ["funding rounds", "融资轮次"],
    ["units under it", "下属单位"],
  ])("%s", (english, chinese) => {
    expect(localizeReferrerLabel(english, "zh")).toContain(chinese);
    expect(localizeReferrerLabel(english, "en")).toBe(english);
  });
});

test("the founder entry's own refusals are said in 中文 (their English is the entries schema's)", () => {
  const english = "choose the founder, or type a new person’s name (or, unnamed in the sources, who they are) below";
  expect(localizeAdminMessage(english, "zh")).toMatch(/^请选择创始人/);
});
