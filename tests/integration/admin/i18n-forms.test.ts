// The admin's forms in 中文: an editor working under /zh/admin gets refusals and field errors in
// Chinese from the same actions, checks and data layer, and is sent back to a /zh address on success.
import { afterEach, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { setRequestLocale } from "@/tests/stubs/next-intl-server";
import type { TestDatabase } from "../../helpers/database";
import { adminTestRuntime, expectRefusal, request, submit, type TestAccount } from "../../helpers/admin";
import { createFundingRound, createOrganization, createStartup } from "../../factories";

let db: TestDatabase;
let editor: TestAccount;
let admin: TestAccount;

const runtime = adminTestRuntime("editor", { also: ["admin"] });

const { createRecordAction, updateRecordAction } = await import("@/lib/actions/records");
const { createUserAction } = await import("@/lib/actions/users");
const { getRecordHistory, getRelatedRecords, listRecords, lookupRecords } = await import("@/lib/data/admin/read");

const han = /\p{Script=Han}/u;

beforeAll(() => {
  ({ db } = runtime);
  editor = runtime.account;
  admin = runtime.accounts.admin!;
});
beforeEach(() => {
  setRequestLocale("zh");
});
afterEach(() => {
  setRequestLocale("en");
});

const create = (key: string, fields: Record<string, string | string[]>) =>
  submit((p, f) => createRecordAction(key, p, f), fields);
const update = (key: string, fields: Record<string, string | string[]>) =>
  submit((p, f) => updateRecordAction(key, p, f), fields);

describe("an editor working in 中文", () => {
  test("an empty start-up is refused in Chinese, field by field, and nothing is written", async () => {
    const before = await db.prisma.startup.count();
    const refusal = expectRefusal(await create("startups", {}));
    expect(refusal.message).toBe("未保存：1 个字段需要修改。");
    expect(refusal.fieldErrors).toEqual({ confidence: ["请选择可信度"] });
    const nameless = expectRefusal(await create("startups", { confidence: "HIGH", website: "javascript:alert(1)" }));
    expect(nameless.message).toBe("未保存：2 个字段需要修改。");
    expect(nameless.fieldErrors).toEqual({
      nameEn: ["请填写英文名称、中文名称或描述性名称"],
      website: ["必须是以 http:// 或 https:// 开头的网址"],
    });
    expect(await db.prisma.startup.count()).toBe(before);
  });

  test("every field error of a bad funding round reads in Chinese", async () => {
    const startup = await createStartup(db.prisma, { nameEn: "Zh Round Co" });
    const refusal = expectRefusal(
      await create("funding-rounds", {
        startupId: String(startup.id),
        stage: "SEED",
        announcedOn: "2024-13",
        amountLow: "-1",
        currency: "RMB",
      }),
    );
    for (const [field, messages] of Object.entries(refusal.fieldErrors ?? {})) {
      for (const message of messages) expect(message, field).toMatch(han);
    }
    expect(refusal.fieldErrors?.announcedOn).toEqual(["不是真实存在的日期"]);
  });

  test("the data layer's refusals come back in Chinese: a slug in use, a stale version", async () => {
    const holder = await createStartup(db.prisma, { nameEn: "Zh Slug Holder", slug: "zh-slug-holder" });
    const taken = expectRefusal(
      await create("startups", { nameEn: "Zh Other", slug: "zh-slug-holder", confidence: "HIGH" }),
    );
    expect(taken.message).toBe(`请检查标出的字段：已被“Zh Slug Holder”（初创公司 #${holder.id}）使用`);
    expect(taken.fieldErrors?.slug).toEqual([`已被“Zh Slug Holder”（初创公司 #${holder.id}）使用`]);

    const startup = await createStartup(db.prisma, { nameEn: "Zh Conflict Co", foundedYear: 2015 });
    const base = { id: String(startup.id), version: "1", nameEn: "Zh Conflict Co", confidence: "HIGH" };
    expect(await update("startups", { ...base, foundedYear: "2016" })).toEqual({
      redirect: `/zh/admin/startups/${startup.id}/edit?saved=updated`,
    });
    request.cookie = admin.cookie;
    const stale = expectRefusal(await update("startups", { ...base, foundedYear: "2017" }));
    expect(stale.message).toMatch(/^在你打开这条记录之后，有人（Test editor）保存了它。/);
    expect(stale.conflict).toMatchObject({ version: 2 });
  });

  test("a save redirects to the record's 中文 address", async () => {
    const outcome = await create("startups", { nameEn: "Zh Saved Co", confidence: "HIGH" });
    expect("redirect" in outcome && outcome.redirect).toMatch(/^\/zh\/admin\/startups\/\d+\/edit\?saved=created$/);
  });

  test("the wrapper's own refusals: signed out, and a role that does not allow it", async () => {
    request.cookie = "";
    const signedOut = expectRefusal(await create("startups", { nameEn: "Zh Nobody", confidence: "HIGH" }));
    expect(signedOut.message).toMatch(/^你没有登录/);
    request.cookie = editor.cookie;
    const notAdmin = expectRefusal(
      await submit(createUserAction, { email: "zh-new@example.org", name: "Zh", role: "editor", password: "x" }),
    );
    expect(notAdmin.message).toMatch(han);
    expect(notAdmin.message).not.toMatch(/does not allow/);
  });

  test("a history's choices read as the form words them, in either language, not as stored codes", async () => {
    const startup = await createStartup(db.prisma, { nameEn: "Zh History Co", foundedYear: 2015 });
    const base = { id: String(startup.id), version: "1", nameEn: "Zh History Co", foundedYear: "2015" };
    expect(await update("startups", { ...base, confidence: "LOW" })).toHaveProperty("redirect");
    const change = async (locale: "en" | "zh") =>
      (await getRecordHistory({ key: "startups", id: startup.id, locale }))[0]!.changes.find(
        (c) => c.field === "confidence",
      );
    const zh = await change("zh");
    expect(zh?.after).toMatch(han);
    expect(zh?.after).not.toMatch(/LOW/);
    const en = await change("en");
    expect(en?.after).not.toBe("LOW");
    expect(en?.after).toMatch(/low/i);
  });

  test("in English the same refusals are as before", async () => {
    setRequestLocale("en");
    const refusal = expectRefusal(await create("startups", {}));
    expect(refusal.message).toBe("Nothing was saved: 1 field needs attention.");
    expect(refusal.fieldErrors).toEqual({ confidence: ["choose a confidence level"] });
  });
});

describe("records named in 中文 in lists, pickers and related records", () => {
  test("a round's stage and missing date, a unit's kind and place, in the editor's language", async () => {
    const startup = await createStartup(db.prisma, { nameEn: "Zh Named Co" });
    const round = await createFundingRound(db.prisma, { startupId: startup.id, stage: "SERIES_A" });
    const group = await createOrganization(db.prisma, { nameEn: "Zh Group", kind: "ALIBABA_UNIT" });
    await createOrganization(db.prisma, { nameEn: "Zh Cloud Unit", kind: "ALIBABA_UNIT", parentId: group.id });

    const list = await listRecords({ key: "funding-rounds", q: "Zh Named Co", locale: "zh" });
    expect(list.items.find((item) => item.id === round.id)?.label).toBe("Zh Named Co · A轮 · 日期未披露");
    const english = await listRecords({ key: "funding-rounds", q: "Zh Named Co" });
    expect(english.items.find((item) => item.id === round.id)?.label).toBe(
      "Zh Named Co · series a · date not reported",
    );

    const [unit] = await lookupRecords({ key: "organizations", q: "Zh Cloud Unit", locale: "zh" });
    expect(unit?.detail).toBe("阿里业务单元 · 隶属 Zh Group");
    const [unitInEnglish] = await lookupRecords({ key: "organizations", q: "Zh Cloud Unit" });
    expect(unitInEnglish?.detail).toBe("alibaba unit · in Zh Group");

    const related = await getRelatedRecords({ key: "startups", id: startup.id, locale: "zh" });
    const rounds = related.find((g) => g.title === "fundingRounds");
    expect(rounds?.items.map((item) => item.label)).toEqual(["A轮 · 日期未披露"]);
    expect(rounds?.items[0]?.groups?.[0]?.add.values.roundId__label).toBe("Zh Named Co · A轮 · 日期未披露");
  });
});
