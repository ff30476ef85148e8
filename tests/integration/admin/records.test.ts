import { beforeAll, describe, expect, test } from "vitest";
import type { TestDatabase } from "../../helpers/database";
import {
  adminTestRuntime,
  request,
  submit,
  idFromRedirect,
  type TestAccount,
  expectRefusal,
} from "../../helpers/admin";
import { createCity, createPerson, createSource, createStartup, createFounding } from "../../factories";

let db: TestDatabase;
let editor: TestAccount;
let admin: TestAccount;

const runtime = adminTestRuntime("editor", { also: ["admin"] });

const { createRecordAction, updateRecordAction, deleteRecordAction, restoreVersionAction } =
  await import("@/lib/actions/records");

beforeAll(() => {
  ({ db } = runtime);
  editor = runtime.account;
  admin = runtime.accounts.admin!;
});

const create = (key: string, fields: Record<string, string | string[]>) =>
  submit((p, f) => createRecordAction(key, p, f), fields);
const update = (key: string, fields: Record<string, string | string[]>) =>
  submit((p, f) => updateRecordAction(key, p, f), fields);

describe("start-ups end to end", () => {
  test("an editor creates a start-up with a Chinese name, a city and a new source cited for a field", async () => {
    const city = await createCity(db.prisma, { nameEn: "Hangzhou" });
    const outcome = await create("startups", {
      nameZh: "灵伴测试科技",
      cityId: String(city.id),
      foundedYear: "2014",
      confidence: "HIGH",
      sectors: ["AI_HARDWARE", "AIOT"],
      "citations.0.newUrl": "https://36kr.com/p/test-article",
      "citations.0.newPublisher": "36Kr",
      "citations.0.newLanguage": "zh",
      "citations.0.field": "foundedYear",
    });
    const id = idFromRedirect(outcome);
    const startup = await db.prisma.startup.findUniqueOrThrow({ where: { id } });
    expect(startup).toMatchObject({
      nameZh: "灵伴测试科技",
      slug: "ling-ban-ce-shi-ke-ji",
      pinyin: "ling ban ce shi ke ji",
      cityId: city.id,
      version: 1,
    });
    expect(startup.sectors).toEqual(["AI_HARDWARE", "AIOT"]);
    const citations = await db.prisma.citation.findMany({
      where: { recordType: "STARTUP", recordId: id },
      include: { source: true },
    });
    expect(citations).toHaveLength(1);
    expect(citations[0]).toMatchObject({
      field: "foundedYear",
      source: { url: "https://36kr.com/p/test-article", publisher: "36Kr", language: "zh" },
    });
    const history = await db.prisma.changeLog.findMany({
      where: {
        OR: [{ recordType: "STARTUP", recordId: String(id) }, { recordType: "SOURCE" }, { recordType: "CITATION" }],
      },
    });
    expect(history.map((h) => `${h.recordType}:${h.action}`).sort()).toEqual([
      "CITATION:CREATE",
      "SOURCE:CREATE",
      "STARTUP:CREATE",
    ]);
    expect(history.every((h) => h.actorId === editor.id)).toBe(true);
  });

  test("a duplicate slug is refused naming the start-up that holds it, and what was typed comes back", async () => {
    const existing = await createStartup(db.prisma, { nameEn: "Slug Holder", slug: "slug-holder" });
    const outcome = await create("startups", { nameEn: "Another", slug: "slug-holder", confidence: "HIGH" });
    const refusal = expectRefusal(outcome);
    expect(refusal.fieldErrors?.slug?.[0]).toContain(`“Slug Holder” (start-up #${existing.id})`);
    expect(refusal.values?.nameEn).toBe("Another");
    expect(await db.prisma.startup.count({ where: { nameEn: "Another" } })).toBe(0);
  });

  test("two editors on one version: the second save is refused with the other version shown", async () => {
    const startup = await createStartup(db.prisma, { nameEn: "Conflict Co", foundedYear: 2015 });
    const base = { id: String(startup.id), version: "1", nameEn: "Conflict Co", confidence: "HIGH" };
    const first = await update("startups", { ...base, foundedYear: "2016" });
    expect("redirect" in first).toBe(true);
    request.cookie = admin.cookie;
    const second = await update("startups", { ...base, foundedYear: "2017" });
    const refusal = expectRefusal(second);
    expect(refusal.message).toMatch(/Someone else saved this record/);
    expect(refusal.conflict).toMatchObject({ version: 2, savedBy: "Test editor" });
    expect(refusal.conflict?.fields).toContainEqual({
      name: "foundedYear",
      label: "Founded year, month or day",
      theirs: "2016",
      yours: "2017",
    });
    expect(refusal.values?.foundedYear).toBe("2017");
    const saved = await db.prisma.startup.findUniqueOrThrow({ where: { id: startup.id } });
    expect(saved).toMatchObject({ foundedYear: 2016, version: 2 });
  });

  test("history records before → after, and restoring an old version is itself a change", async () => {
    const created = idFromRedirect(
      await create("startups", { nameEn: "History Co", foundedYear: "2010", confidence: "HIGH" }),
    );
    await update("startups", {
      id: String(created),
      version: "1",
      nameEn: "History Co",
      foundedYear: "2011",
      confidence: "LOW",
    });
    const entries = await db.prisma.changeLog.findMany({
      where: { recordType: "STARTUP", recordId: String(created) },
      orderBy: { id: "asc" },
    });
    expect(entries.map((e) => e.action)).toEqual(["CREATE", "UPDATE"]);
    expect(entries[1]?.before).toMatchObject({ foundedYear: 2010, confidence: "HIGH" });
    expect(entries[1]?.after).toMatchObject({ foundedYear: 2011, confidence: "LOW" });

    const restored = await submit((p, f) => restoreVersionAction("startups", p, f), {
      id: String(created),
      version: "2",
      changeId: String(entries[0]?.id),
    });
    expect("redirect" in restored && restored.redirect).toContain("/history?restored=1");
    expect(await db.prisma.startup.findUniqueOrThrow({ where: { id: created } })).toMatchObject({
      foundedYear: 2010,
      confidence: "HIGH",
      version: 3,
    });
    const last = await db.prisma.changeLog.findFirstOrThrow({
      where: { recordType: "STARTUP", recordId: String(created) },
      orderBy: { id: "desc" },
    });
    expect(last).toMatchObject({ action: "RESTORE", version: 3 });
    expect(last.summary).toContain("Restored the version saved");
  });

  test("deleting a city that start-ups use is refused, naming them; an unused one is soft-deleted and restorable", async () => {
    const city = await createCity(db.prisma, { nameEn: "Used City" });
    await createStartup(db.prisma, { nameEn: "Lives There", cityId: city.id });
    const refused = await submit((p, f) => deleteRecordAction("cities", p, f), { id: String(city.id), version: "1" });
    const refusal = expectRefusal(refused);
    expect(refusal.message).toContain("while 1 start-up refers to it");
    expect(refusal.referrers?.[0]?.examples[0]?.label).toBe("Lives There");
    expect((await db.prisma.city.findUniqueOrThrow({ where: { id: city.id } })).deletedAt).toBeNull();

    const lonely = await createCity(db.prisma, { nameEn: "Empty City" });
    const source = await createSource(db.prisma);
    await db.prisma.citation.create({ data: { sourceId: source.id, recordType: "CITY", recordId: lonely.id } });
    const deleted = await submit((p, f) => deleteRecordAction("cities", p, f), { id: String(lonely.id), version: "1" });
    expect("redirect" in deleted).toBe(true);
    expect((await db.prisma.city.findUniqueOrThrow({ where: { id: lonely.id } })).deletedAt).not.toBeNull();
    expect(
      await db.prisma.citation.count({ where: { recordType: "CITY", recordId: lonely.id, deletedAt: null } }),
    ).toBe(0);

    const deletion = await db.prisma.changeLog.findFirstOrThrow({
      where: { recordType: "CITY", recordId: String(lonely.id), action: "DELETE" },
    });
    await submit((p, f) => restoreVersionAction("cities", p, f), {
      id: String(lonely.id),
      version: "2",
      changeId: String(deletion.id),
    });
    expect((await db.prisma.city.findUniqueOrThrow({ where: { id: lonely.id } })).deletedAt).toBeNull();
    expect(
      await db.prisma.citation.count({ where: { recordType: "CITY", recordId: lonely.id, deletedAt: null } }),
    ).toBe(1);
  });

  test("a person with foundings cannot be deleted", async () => {
    const person = await createPerson(db.prisma);
    const startup = await createStartup(db.prisma);
    await createFounding(db.prisma, { personId: person.id, startupId: startup.id });
    const refused = await submit((p, f) => deleteRecordAction("people", p, f), { id: String(person.id), version: "1" });
    expect(expectRefusal(refused).message).toMatch(/cannot be deleted while 1 founding refers to it/);
  });
});
