import { describe, expect, it } from "vitest";
import {
  adminFormsMessages,
  localizeActorName,
  localizeAdminMessage,
  localizeChangeSummary,
  localizeReferrer,
} from "@/lib/i18n/admin-forms";
import { describeViolation } from "@/lib/sources/policy";

// What the history stores (change summaries) and what the data layer refuses with are English, written
// where they happen; under /zh/admin they are said in 中文 through the English templates of the
// adminForms messages. Each template is filled with arguments no template knows, so the round trip
// checks the template itself: that it has its 中文 words and that no other template catches its English.

const han = /\p{Script=Han}/u;

function fill(template: string, value: (name: string) => string): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => value(name));
}

const sample = (name: string) => `X-${name}`;

describe("stored change summaries in 中文", () => {
  const english = adminFormsMessages("en").summaries;
  const chinese = adminFormsMessages("zh").summaries;

  it.each(Object.keys(english))("%s: has 中文 words and comes back as them", (key) => {
    const en = english[key as keyof typeof english];
    const zh = chinese[key as keyof typeof chinese];
    expect(zh, key).toMatch(han);
    expect(localizeChangeSummary(fill(en, sample), "zh")).toBe(fill(zh, sample));
    expect(localizeChangeSummary(fill(en, sample), "en")).toBe(fill(en, sample));
  });

  it("says the summaries as the data layer writes them", () => {
    expect(localizeChangeSummary("Restored the version saved 2026-11-23 15:44 UTC by Ada", "zh")).toBe(
      "恢复了 Ada 于 2026-11-23 15:44 UTC 保存的版本",
    );
    expect(localizeChangeSummary("Added while citing start-up #12", "zh")).toBe("在为初创公司 #12 添加引用时新建");
    expect(localizeChangeSummary("Imported from startups.csv, line 12", "zh")).toBe("导入自 startups.csv 第 12 行");
    expect(localizeChangeSummary("Imported from startups.csv", "zh")).toBe("导入自 startups.csv");
    expect(localizeChangeSummary("Signed out of 1 session", "zh")).toBe("退出了 1 个会话");
    expect(localizeChangeSummary("Restored its 2 citations", "zh")).toBe("恢复了其 2 条引用");
    expect(localizeChangeSummary("Restored ada@example.org", "zh")).toBe("恢复了 ada@example.org 的访问");
  });

  it("leaves a summary no template knows as written", () => {
    expect(localizeChangeSummary("Merged by hand from the 2019 spreadsheet", "zh")).toBe(
      "Merged by hand from the 2019 spreadsheet",
    );
  });
});

describe("the data layer's refusals in 中文", () => {
  const english = adminFormsMessages("en").refusals;
  const chinese = adminFormsMessages("zh").refusals;

  it.each(Object.keys(english))("%s: has 中文 words and comes back as them", (key) => {
    const en = english[key as keyof typeof english];
    const zh = chinese[key as keyof typeof chinese];
    // A template of arguments and punctuation only ("“{name}” ({entity} #{id})") has no words to say.
    if (/[a-z]/i.test(en.replace(/\{\w+\}/g, ""))) expect(zh, key).toMatch(han);
    expect(localizeAdminMessage(fill(en, sample), "zh")).toBe(fill(zh, sample));
  });

  it("says a source policy refusal sentence by sentence, with the kinds of source in its words", () => {
    const message = `Nothing was saved: the source policy refuses this. ${[
      describeViolation({ rule: "ai-only", recordType: "STARTUP", recordId: 3, field: "foundedYear", sourceIds: [1] }),
      describeViolation({ rule: "ai-only", recordType: "PERSON", recordId: 4, field: null, sourceIds: [1] }),
      describeViolation({
        rule: "second-hand-only",
        recordType: "FOUNDING",
        recordId: 5,
        kinds: ["AGGREGATOR", "MIRROR"],
      }),
    ].join(" ")}`;
    const said = localizeAdminMessage(message, "zh");
    expect(said).toMatch(/^未保存：来源政策不允许这样保存。初创公司 #3 的“foundedYear”将只以 AI 生成的网页为依据。/);
    expect(said).toContain("人物 #4 整条记录将只以 AI 生成的网页为依据。");
    expect(said).toContain("创办关系 #5 将只以");
    expect(said).toContain("却标为高可信度。请把可信度改为中，或引用原始来源。");
    // No English sentence is left over.
    expect(said).not.toMatch(/[a-z]{4,} [a-z]{3,}/);
  });

  it("says which fields a restored version fails, each message translated", () => {
    expect(
      localizeAdminMessage(
        "That version no longer passes today's checks (nameEn is required; slug must be text, is required); edit the record instead.",
        "zh",
      ),
    ).toBe("该版本已无法通过现行检查（nameEn 为必填项；slug 必须是文字，为必填项）；请直接编辑记录。");
  });

  it("counts what still points at a record in 中文", () => {
    expect(
      localizeAdminMessage(
        "“Rokid” cannot be deleted while 2 foundings, 1 funding round refer to it. Move or delete those first.",
        "zh",
      ),
    ).toBe("“Rokid”仍被2 创办关系、1 融资轮次引用，不能删除。请先移走或删除这些记录。");
  });

  it("says an import's outcome and a source's date checks in 中文", () => {
    expect(localizeAdminMessage("Imported 3 start-ups; skipped 1 row with problems.", "zh")).toBe(
      "已导入 3 家初创公司；跳过 1 行有问题的数据。",
    );
    expect(localizeAdminMessage("Imported 1 start-up.", "zh")).toBe("已导入 1 家初创公司。");
    expect(localizeAdminMessage("Added funding round “Rokid · A轮 · 2024年3月”.", "zh")).toBe(
      "已添加融资轮次“Rokid · A轮 · 2024年3月”。",
    );
    expect(localizeAdminMessage("say how much of the date was reported", "zh")).toMatch(han);
  });

  it("names the kind of record a citation cannot point into", () => {
    expect(localizeAdminMessage("is not a field of a fundingRound (choose one of stage, amountLow)", "zh")).toBe(
      "不是融资轮次的字段（可选：stage, amountLow）",
    );
    expect(
      localizeAdminMessage(
        "Check the highlighted field: is already recorded as a founder of this start-up (founding #9, deleted: restore it instead)",
        "zh",
      ),
    ).toBe("请检查标出的字段：已记录为这家初创公司的创始人（创办关系 #9，已删除：请恢复它）");
    expect(
      localizeAdminMessage(
        "Version #41 of this funding round does not exist (it may have been removed). Nothing was saved.",
        "zh",
      ),
    ).toBe("该融资轮次的版本记录 #41不存在（可能已被删除）。未保存任何内容。");
  });
});

describe("who changed what, and what still points at a record, in 中文", () => {
  it("names the app itself as 系统, an account as it is named", () => {
    expect(localizeActorName("system (ADMIN_EMAIL)", "zh")).toBe("系统（ADMIN_EMAIL）");
    expect(localizeActorName("system", "zh")).toBe("系统");
    expect(localizeActorName("Ada Lovelace", "zh")).toBe("Ada Lovelace");
    expect(localizeActorName("system (demo)", "en")).toBe("system (demo)");
  });

  it("says the examples the data layer named, and leaves records' names as written", () => {
    const referrer = {
      label: "citations",
      count: 3,
      examples: [
        { label: "funding round #4 (stage)", href: "/admin/citations/1/edit" },
        { label: "startup #2", href: "/admin/citations/2/edit" },
        { label: "investment #7", href: "/admin/investments/7/edit" },
        { label: "SERIES_A", href: "/admin/funding-rounds/3/edit" },
        { label: "Rokid", href: "/admin/startups/1/edit" },
      ],
    };
    expect(localizeReferrer(referrer, "zh")).toEqual({
      label: "引用",
      count: 3,
      examples: [
        { label: "融资轮次 #4（stage）", href: "/admin/citations/1/edit" },
        { label: "初创公司 #2", href: "/admin/citations/2/edit" },
        { label: "投资 #7", href: "/admin/investments/7/edit" },
        { label: "A轮", href: "/admin/funding-rounds/3/edit" },
        { label: "Rokid", href: "/admin/startups/1/edit" },
      ],
    });
    expect(localizeReferrer(referrer, "en")).toBe(referrer);
  });
});
