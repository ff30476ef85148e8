import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../helpers/database";
import {
  idFromRedirect,
  invalidatedTags,
  mockActionRuntime,
  request,
  signedInAccount,
  submit,
  testAuth,
  type TestAccount,
} from "../../helpers/admin";
import { createSource, createStartup } from "../../factories";
import type { Auth } from "@/lib/auth/create-auth";

// What each kind of write marks stale in the framework cache (lib/data/cache-tags.ts), through the
// real actions and a real database: its own pages before and after, the pages that name records,
// and the charts only for the kinds of record charts count.

let db: TestDatabase;
let auth: Auth;
let editor: TestAccount;

mockActionRuntime({ db: () => db, auth: () => auth });
const { createRecordAction, updateRecordAction } = await import("@/lib/actions/records");

beforeAll(async () => {
  db = await createTestDatabase();
  auth = testAuth(db);
  editor = await signedInAccount(db, auth, "editor");
});

afterAll(async () => {
  await db?.close();
});

beforeEach(() => {
  request.cookie = editor.cookie;
  invalidatedTags.mockClear();
});

const tags = () => invalidatedTags.mock.calls.map(([tag, profile]) => `${tag} ${profile}`).sort();

describe("cache tags invalidated by a write, in the writing request", () => {
  test("renaming a start-up's slug: both addresses, its lists, the home page, the named-records pages and the charts", async () => {
    const startup = await createStartup(db.prisma, { nameEn: "Tag Probe", slug: "tag-probe", foundedYear: 2020 });
    const outcome = await submit((p, f) => updateRecordAction("startups", p, f), {
      id: String(startup.id),
      version: "1",
      nameEn: "Tag Probe",
      slug: "tag-probe-renamed",
      confidence: "HIGH",
    });
    expect(idFromRedirect(outcome)).toBe(startup.id);
    expect(tags()).toEqual(
      [
        "charts max",
        "page:/ max",
        "page:/cities max",
        "page:/startups max",
        "page:/startups/tag-probe max",
        "page:/startups/tag-probe-renamed max",
        "records max",
      ].sort(),
    );
  });

  test("a source edit never reaches the charts", async () => {
    const source = await createSource(db.prisma, { publisher: "Tag News" });
    await submit((p, f) => updateRecordAction("sources", p, f), {
      id: String(source.id),
      version: "1",
      url: source.url,
      publisher: "Tag News (renamed)",
      language: "en",
    });
    expect(tags()).toEqual(["page:/ max", "records max"]);
  });

  test("a refused write invalidates nothing", async () => {
    const outcome = await submit((p, f) => createRecordAction("startups", p, f), { nameEn: "", confidence: "HIGH" });
    expect("redirect" in outcome).toBe(false);
    expect(invalidatedTags).not.toHaveBeenCalled();
  });
});
