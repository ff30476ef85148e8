import { beforeAll, describe, expect, test } from "vitest";
import type { TestDatabase } from "../../helpers/database";
import { adminTestRuntime, expectRefusal, idFromRedirect, submit } from "../../helpers/admin";
import { createCitation, createPerson, createSource, createStartup } from "../../factories";

/*
 * Where facts are saved: the admin refuses a save that would leave a fact resting on an AI-generated
 * page alone, or a high-confidence record resting on copies and aggregators alone. And a changed
 * slug keeps the old address as a redirect.
 */

let db: TestDatabase;

const runtime = adminTestRuntime("editor");

const { createRecordAction, updateRecordAction, deleteRecordAction } = await import("@/lib/actions/records");
const { findCurrentSlug } = await import("@/lib/data/slug-redirects");

beforeAll(() => {
  ({ db } = runtime);
});

const create = (key: string, fields: Record<string, string | string[]>) =>
  submit((p, f) => createRecordAction(key, p, f), fields);
const update = (key: string, fields: Record<string, string | string[]>) =>
  submit((p, f) => updateRecordAction(key, p, f), fields);
const remove = (key: string, fields: Record<string, string>) => submit((p, f) => deleteRecordAction(key, p, f), fields);

describe("the source policy where facts are saved", () => {
  test("a fact cited only to an AI-generated page is refused and nothing is kept", async () => {
    const ai = await createSource(db.prisma, { kind: "AI_GENERATED", publisher: "An AI encyclopedia" });
    const outcome = await create("startups", {
      nameEn: "Only AI Knows",
      foundedYear: "2021",
      confidence: "HIGH",
      "citations.0.sourceId": String(ai.id),
      "citations.0.field": "foundedYear",
    });
    expect(expectRefusal(outcome).message).toMatch(
      /source policy.*“foundedYear” of start-up #\d+ would rest only on an AI-generated page/,
    );
    expect(await db.prisma.startup.count({ where: { nameEn: "Only AI Knows" } })).toBe(0);
    expect(await db.prisma.citation.count({ where: { sourceId: ai.id } })).toBe(0);
    expect(await db.prisma.changeLog.count({ where: { summary: { contains: "Only AI Knows" } } })).toBe(0);
  });

  test("the same fact with a second source of another kind is saved; its AI value can be kept as a claim", async () => {
    const ai = await createSource(db.prisma, { kind: "AI_GENERATED" });
    const news = await createSource(db.prisma, { kind: "ORIGINAL_REPORTING" });
    const outcome = await create("startups", {
      nameEn: "Two Sources",
      foundedYear: "2021",
      confidence: "HIGH",
      "citations.0.sourceId": String(ai.id),
      "citations.0.field": "foundedYear",
      "citations.1.sourceId": String(news.id),
      "citations.1.field": "foundedYear",
      "citations.2.sourceId": String(ai.id),
      "citations.2.field": "nameEn",
      "citations.2.claimedValue": "Two Sources Robotics",
    });
    const id = idFromRedirect(outcome);
    expect(await db.prisma.citation.count({ where: { recordType: "STARTUP", recordId: id } })).toBe(3);
  });

  test("removing the only other source later is refused too", async () => {
    const ai = await createSource(db.prisma, { kind: "AI_GENERATED" });
    const news = await createSource(db.prisma, { kind: "ORIGINAL_REPORTING" });
    const startup = await createStartup(db.prisma, { foundedYear: 2020 });
    await createCitation(db.prisma, {
      sourceId: ai.id,
      recordType: "STARTUP",
      recordId: startup.id,
      field: "foundedYear",
    });
    const other = await createCitation(db.prisma, {
      sourceId: news.id,
      recordType: "STARTUP",
      recordId: startup.id,
      field: "foundedYear",
    });
    const outcome = await remove("citations", { id: String(other.id), version: "1" });
    expect(expectRefusal(outcome).message).toMatch(/would rest only on an AI-generated page/);
    expect((await db.prisma.citation.findUniqueOrThrow({ where: { id: other.id } })).deletedAt).toBeNull();
  });

  test("a high-confidence start-up resting only on a copy is refused; at medium confidence it is saved", async () => {
    const mirror = await createSource(db.prisma, { kind: "MIRROR", originalPublisher: "Original Daily" });
    const fields = {
      nameEn: "Copied Co",
      "citations.0.sourceId": String(mirror.id),
      "citations.0.field": "nameEn",
    };
    const refused = await create("startups", { ...fields, confidence: "HIGH" });
    expect(expectRefusal(refused).message).toMatch(
      /start-up #\d+ would rest only on mirror or copy sources yet be high confidence/,
    );
    const saved = await create("startups", { ...fields, confidence: "MEDIUM" });
    expect(await db.prisma.startup.findUniqueOrThrow({ where: { id: idFromRedirect(saved) } })).toMatchObject({
      confidence: "MEDIUM",
    });
  });

  test("reclassifying a source as AI-generated is refused while a fact rests on it alone", async () => {
    const source = await createSource(db.prisma, { kind: "ORIGINAL_REPORTING", publisher: "Was News" });
    const person = await createPerson(db.prisma);
    await createCitation(db.prisma, {
      sourceId: source.id,
      recordType: "PERSON",
      recordId: person.id,
      field: "nameEn",
    });
    const outcome = await update("sources", {
      id: String(source.id),
      version: "1",
      url: source.url,
      publisher: "Was News",
      language: "en",
      kind: "AI_GENERATED",
    });
    expect(expectRefusal(outcome).message).toMatch(/“nameEn” of person #\d+ would rest only on an AI-generated page/);
    expect((await db.prisma.source.findUniqueOrThrow({ where: { id: source.id } })).kind).toBe("ORIGINAL_REPORTING");
  });

  test("a source records the original publisher, the original's address, a month-precise date, the retrieval date and a note", async () => {
    const outcome = await create("sources", {
      url: "https://copy.example.org/story",
      publisher: "Copy Site",
      kind: "MIRROR",
      originalPublisher: "South China Morning Post",
      canonicalUrl: "https://www.scmp.com/story",
      publishedOn: "2025-10-17",
      publishedPrecision: "MONTH",
      retrievedOn: "2026-01-02",
      language: "zh-Hant",
      note: "A syndicated copy.",
    });
    const source = await db.prisma.source.findUniqueOrThrow({ where: { id: idFromRedirect(outcome) } });
    expect(source).toMatchObject({
      kind: "MIRROR",
      originalPublisher: "South China Morning Post",
      canonicalUrl: "https://www.scmp.com/story",
      publishedPrecision: "MONTH",
      language: "zh-Hant",
      note: "A syndicated copy.",
    });
    expect(source.publishedOn?.toISOString().slice(0, 10)).toBe("2025-10-01");
    expect(source.retrievedOn?.toISOString().slice(0, 10)).toBe("2026-01-02");
  });

  test("a date without its precision is refused with the field named", async () => {
    const outcome = await create("sources", {
      url: "https://example.org/undated",
      publisher: "Example",
      language: "en",
      publishedOn: "2025-10-17",
    });
    expect(expectRefusal(outcome).fieldErrors?.publishedPrecision?.[0]).toBe("say how much of the date was reported");
  });
});

describe("a changed slug keeps redirecting", () => {
  test("the old slug points at the record; the new one is live; another record cannot take the old one", async () => {
    const startup = await createStartup(db.prisma, { nameEn: "Renamed Co", slug: "renamed-co-old" });
    const outcome = await update("startups", {
      id: String(startup.id),
      version: "1",
      nameEn: "Renamed Co",
      slug: "renamed-co",
      confidence: "HIGH",
    });
    expect(idFromRedirect(outcome)).toBe(startup.id);
    expect(await findCurrentSlug({ recordType: "STARTUP", slug: "renamed-co-old" })).toBe("renamed-co");
    const taken = await create("startups", { nameEn: "Squatter", slug: "renamed-co-old", confidence: "HIGH" });
    expect(expectRefusal(taken).fieldErrors?.slug?.[0]).toMatch(/former address of start-up #\d+/);
    // Changing it back makes the first slug live again and the second a redirect.
    await update("startups", {
      id: String(startup.id),
      version: "2",
      nameEn: "Renamed Co",
      slug: "renamed-co-old",
      confidence: "HIGH",
    });
    expect(await findCurrentSlug({ recordType: "STARTUP", slug: "renamed-co" })).toBe("renamed-co-old");
    expect(await findCurrentSlug({ recordType: "STARTUP", slug: "renamed-co-old" })).toBeNull();
  });
});
