import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createTestDatabase, type TestDatabase } from "../helpers/database";
import { mockActionRuntime, request, signedInAccount, submit, testAuth, type TestAccount } from "../helpers/admin";
import { createCity, createStartup } from "../factories";
import type { Auth } from "@/lib/auth/create-auth";

// ?asOf= on charts and on records deleted since: a chart for a moment before an editor's changes
// counts the records as they were then (rebuilt from the change history, not from a snapshot), and
// a start-up deleted since still has its page for a moment before the deletion.

let db: TestDatabase;
let auth: Auth;
let editor: TestAccount;
mockActionRuntime({ db: () => db, auth: () => auth });

const { updateRecordAction, deleteRecordAction } = await import("@/lib/actions/records");
const { getChartAsOf } = await import("@/lib/data/as-of/charts");
const { getChart } = await import("@/lib/data/charts/get-chart");
const { datedProfile } = await import("@/lib/data/as-of/profiles");
const { getStartupBySlug, getDeletedStartupBySlug } = await import("@/lib/data/startups/profile");

const longAgo = new Date("2020-01-01T00:00:00Z");
let before: string;
let edited: { id: number; slug: string };
let deleted: { id: number; slug: string };
let citySlug: string;

/** The chart's table as year → count, for the rows that have a count. */
const counts = (table: (string | number | null)[][]) =>
  Object.fromEntries(table.filter((row) => typeof row[1] === "number" && row[1] > 0).map((row) => [row[0], row[1]]));

beforeAll(async () => {
  db = await createTestDatabase();
  auth = testAuth(db);
  editor = await signedInAccount(db, auth, "editor");
  request.cookie = editor.cookie;
  const city = await createCity(db.prisma, { nameEn: "Hangzhou", createdAt: longAgo });
  citySlug = city.slug;
  edited = await createStartup(db.prisma, {
    nameEn: "Moved Year Co",
    foundedYear: 2011,
    cityId: city.id,
    createdAt: longAgo,
  });
  deleted = await createStartup(db.prisma, {
    nameEn: "Gone Co",
    foundedYear: 2012,
    description: "Was here",
    createdAt: longAgo,
  });
  await new Promise((resolve) => setTimeout(resolve, 20));
  before = new Date().toISOString();
  await new Promise((resolve) => setTimeout(resolve, 20));

  const saved = await submit((p, f) => updateRecordAction("startups", p, f), {
    id: String(edited.id),
    version: "1",
    nameEn: "Moved Year Co",
    foundedYear: "2013",
    cityId: String(city.id),
    confidence: "HIGH",
  });
  expect("redirect" in saved, JSON.stringify(saved)).toBe(true);
  const removed = await submit((p, f) => deleteRecordAction("startups", p, f), {
    id: String(deleted.id),
    version: "1",
  });
  expect("redirect" in removed, JSON.stringify(removed)).toBe(true);
  // Created after the moment, with no history of its own: its createdAt keeps it out.
  await createStartup(db.prisma, { nameEn: "Newcomer Co", foundedYear: 2014 });
});
afterAll(async () => {
  await db?.close();
});

describe("a chart as of a moment", () => {
  test("counts an edited record's old value, a record deleted since, and not one created since", async () => {
    const live = await getChart({ key: "founded-per-year", filters: {} });
    expect(counts(live.chart.table.rows)).toMatchObject({ 2013: 1, 2014: 1 });
    expect(counts(live.chart.table.rows)).not.toHaveProperty("2011");
    expect(counts(live.chart.table.rows)).not.toHaveProperty("2012");

    const dated = await getChartAsOf({ key: "founded-per-year", filters: {}, atIso: before, version: before });
    expect(counts(dated.chart.table.rows)).toEqual({ 2011: 1, 2012: 1 });
    expect(dated.chart.version).toBe(before);
    expect(dated.chart.asOf).toBe(before.slice(0, 10));
  });

  test("with a filter, and for a chart that joins several tables", async () => {
    const byCity = await getChartAsOf({
      key: "founded-per-year",
      filters: { city: citySlug },
      atIso: before,
      version: before,
    });
    expect(byCity.problems).toEqual([]);
    expect(counts(byCity.chart.table.rows)).toEqual({ 2011: 1 });
    const cities = await getChartAsOf({ key: "startups-by-city", filters: {}, atIso: before, version: before });
    expect(cities.chart.table.rows.length).toBeGreaterThan(0);
  });

  test("every chart can be read as of a moment, with and without the alumni switch", async () => {
    const { CHARTS } = await import("@/lib/data/charts/registry");
    for (const key of Object.keys(CHARTS) as (keyof typeof CHARTS)[]) {
      for (const filters of [{}, { tenure: 3 }]) {
        const dated = await getChartAsOf({ key, filters, atIso: before, version: before });
        expect(dated.chart.key).toBe(key);
        expect(dated.chart.version).toBe(before);
      }
    }
  });

  test("the live tables are untouched afterwards (the dated views were rolled back)", async () => {
    const [row] = await db.prisma.$queryRaw<
      { n: number }[]
    >`SELECT count(*)::int AS n FROM "Startup" WHERE "deletedAt" IS NULL`;
    expect(row?.n).toBe(2);
  });
});

describe("a start-up deleted since", () => {
  test("is shown as it was before the deletion, and not after", async () => {
    expect(await getStartupBySlug({ slug: deleted.slug })).toBeNull();
    const row = await getDeletedStartupBySlug(deleted.slug);
    expect(row?.description).toBe("Was here");
    expect(await datedProfile("startup", row!, before)).toMatchObject({ profile: { nameEn: "Gone Co" } });
    expect(await datedProfile("startup", row!, new Date().toISOString())).toEqual({
      problem: expect.stringMatching(/^This start-up was not in the database at /),
    });
  });

  test("a record never deleted is not found by the deleted read", async () => {
    expect(await getDeletedStartupBySlug(edited.slug)).toBeNull();
  });
});
