import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { formatDay } from "@/lib/format/dates";
import { loadSeedData, seedDatabase } from "@/prisma/seed/load";
import { createTestDatabase, type TestDatabase } from "../helpers/database";

/*
 * "Data as of" is the latest change to a fact: the date the seed's facts were compiled from the
 * research, or an editor's later change — never the day the seed happened to be loaded here. The
 * seed is loaded today with facts compiled on an earlier day, so the two cannot be confused.
 */

let db: TestDatabase;
vi.mock("@/lib/db", () => ({ getPrisma: async () => db.prisma }));

const { readDataAsOf, getFactsAsOf } = await import("@/lib/data/data-as-of");
const { entities, toFormValues } = await import("@/lib/data/admin/entities");
const { updateRecord } = await import("@/lib/data/admin/write");
const { historyRecorder } = await import("@/lib/data/admin/history");
const { nestFormValues } = await import("@/lib/validation/form-data");

const COMPILED_ON = "2025-06-01";
const today = () => formatDay(new Date());

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDatabase(db.prisma, { data: { ...loadSeedData(), compiledOn: COMPILED_ON } });
});

afterAll(async () => {
  await db?.close();
});

async function factsAsOf(slug: string) {
  const startup = await db.prisma.startup.findUniqueOrThrow({ where: { slug } });
  return getFactsAsOf({ records: [{ recordType: "STARTUP", recordId: startup.id }] });
}

describe("data as of", () => {
  test("after loading the seed it is the research's compiled date, not the day of loading", async () => {
    // The rows were written today…
    const rokid = await db.prisma.startup.findUniqueOrThrow({ where: { slug: "rokid" } });
    expect(formatDay(rokid.createdAt)).toBe(today());
    expect(today()).not.toBe(COMPILED_ON);
    // …but the facts are as of the day they were compiled.
    expect(await readDataAsOf(db.prisma)).toEqual({ date: COMPILED_ON, basis: "research compiled" });
    expect(await factsAsOf("rokid")).toEqual({ date: COMPILED_ON, basis: "research compiled" });
  });

  test("loading the seed again, later, does not move it", async () => {
    await seedDatabase(db.prisma, { data: { ...loadSeedData(), compiledOn: COMPILED_ON } });
    expect(await readDataAsOf(db.prisma)).toEqual({ date: COMPILED_ON, basis: "research compiled" });
  });

  test("an edit to a fact through the data layer moves it to the day of the edit, for that record's page too", async () => {
    const editor = await db.prisma.user.create({
      data: { id: "as-of-editor", name: "Editor", email: "as-of-editor@example.org", role: "editor" },
    });
    const entity = entities.startups;
    const rokid = await db.prisma.startup.findUniqueOrThrow({ where: { slug: "rokid" } });
    const values = { ...toFormValues(entity.form.fields, rokid), foundedYear: "2015" };
    const parsed = entity.parse(nestFormValues(values));
    if (!parsed.success) throw new Error(JSON.stringify(parsed.fieldErrors));
    await db.prisma.$transaction((tx) =>
      updateRecord(tx, entity, rokid.id, rokid.version, parsed.data, historyRecorder(tx, editor)),
    );
    expect((await db.prisma.startup.findUniqueOrThrow({ where: { id: rokid.id } })).foundedYear).toBe(2015);

    expect(await readDataAsOf(db.prisma)).toEqual({ date: today(), basis: "edited" });
    expect(await factsAsOf("rokid")).toEqual({ date: today(), basis: "edited" });
    // A page whose records nobody edited keeps the research's date.
    expect(await factsAsOf("tongdun")).toEqual({ date: COMPILED_ON, basis: "research compiled" });
  });

  test("facts compiled after the last edit move it forward again", async () => {
    const later = formatDay(new Date(Date.now() + 2 * 86_400_000));
    await seedDatabase(db.prisma, { data: { ...loadSeedData(), compiledOn: later } });
    expect(await readDataAsOf(db.prisma)).toEqual({ date: later, basis: "research compiled" });
  });
});
