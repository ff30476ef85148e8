import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createTestDatabase, type TestDatabase } from "../helpers/database";
import { mockActionRuntime, request, signedInAccount, submit, testAuth, type TestAccount } from "../helpers/admin";
import { createCity, createPerson, createStartup } from "../factories";
import type { Auth } from "@/lib/auth/create-auth";

// ?asOf= on profile pages: after an editor's change made here, the page for a day before the change
// shows the old values (rebuilt from the change history), the page for today the new ones.

let db: TestDatabase;
let auth: Auth;
let editor: TestAccount;
mockActionRuntime({ db: () => db, auth: () => auth });

const { updateRecordAction } = await import("@/lib/actions/records");
const { datedProfile } = await import("@/lib/data/as-of/profiles");
const { getStartupBySlug } = await import("@/lib/data/startups/profile");
const { getPersonBySlug } = await import("@/lib/data/people");

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const longAgo = new Date("2020-01-01T00:00:00Z");

beforeAll(async () => {
  db = await createTestDatabase();
  auth = testAuth(db);
  editor = await signedInAccount(db, auth, "editor");
  request.cookie = editor.cookie;
});
afterAll(async () => {
  await db?.close();
});

describe("a start-up's page as of a date", () => {
  let slug: string;

  beforeAll(async () => {
    const hangzhou = await createCity(db.prisma, { nameEn: "Hangzhou", createdAt: longAgo });
    const beijing = await createCity(db.prisma, { nameEn: "Beijing", createdAt: longAgo });
    const startup = await createStartup(db.prisma, {
      nameEn: "Dated Co",
      description: "The old description",
      cityId: hangzhou.id,
      foundedYear: 2019,
      createdAt: longAgo,
    });
    slug = startup.slug;
    const saved = await submit((p, f) => updateRecordAction("startups", p, f), {
      id: String(startup.id),
      version: "1",
      nameEn: "Dated Co",
      description: "The new description",
      cityId: String(beijing.id),
      foundedYear: "2020",
      confidence: "HIGH",
    });
    expect("redirect" in saved, JSON.stringify(saved)).toBe(true);
  });

  test("before the edit it shows the old values, today the new ones", async () => {
    const current = (await getStartupBySlug({ slug }))!;
    expect(current.description).toBe("The new description");

    const before = await datedProfile("startup", current, day(-1));
    expect(before).toMatchObject({
      version: { date: day(-1) },
      profile: { description: "The old description", foundedYear: 2019, city: { nameEn: "Hangzhou" } },
    });
    const today = await datedProfile("startup", current, day(0));
    expect(today).toMatchObject({
      version: { date: day(0) },
      profile: { description: "The new description", foundedYear: 2020, city: { nameEn: "Beijing" } },
    });
    expect(await datedProfile("startup", current, undefined)).toEqual({ profile: current, version: null });
  });

  test("before the record existed, and with a bad date, it says why instead", async () => {
    const current = (await getStartupBySlug({ slug }))!;
    expect(await datedProfile("startup", current, "2019-12-31")).toEqual({
      problem: "This start-up was not in the database at the end of 2019-12-31 (UTC).",
    });
    expect(await datedProfile("startup", current, "2026-02-30")).toEqual({
      problem: expect.stringMatching(/not a date this page understands: write it as YYYY-MM-DD/),
    });
    expect(await datedProfile("startup", current, day(2))).toEqual({ problem: expect.stringMatching(/in the future/) });
  });
});

test("a person's page as of a date shows the biography as it was", async () => {
  const person = await createPerson(db.prisma, { nameEn: "Zhang San", bio: "Old bio", createdAt: longAgo });
  const saved = await submit((p, f) => updateRecordAction("people", p, f), {
    id: String(person.id),
    version: "1",
    nameEn: "Zhang San",
    bio: "New bio",
  });
  expect("redirect" in saved, JSON.stringify(saved)).toBe(true);
  const current = (await getPersonBySlug({ slug: person.slug }))!;
  expect(current.bio).toBe("New bio");
  expect(await datedProfile("person", current, day(-1))).toMatchObject({ profile: { bio: "Old bio" } });
});
