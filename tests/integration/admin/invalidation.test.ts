import { describe, expect, test } from "vitest";
import { adminTestRuntime, idFromRedirect, invalidatedTags, submit } from "../../helpers/admin";
import { createSource, createStartup } from "../../factories";

// What each kind of write marks stale in the framework cache (lib/data/cache-tags.ts), through the
// real actions and a real database: its own pages before and after, the pages that name records,
// and the charts only for the kinds of record charts count.

const runtime = adminTestRuntime("editor");
const { createRecordAction, updateRecordAction } = await import("@/lib/actions/records");

/** The tags a write expired: all at once (the server's kept pages, not the data, are served stale meanwhile). */
const tags = () =>
  invalidatedTags.mock.calls
    .map(([tag, profile]) =>
      JSON.stringify(profile) === JSON.stringify({ expire: 0 }) ? tag : `${tag} (${JSON.stringify(profile)})`,
    )
    .sort();

describe("cache tags invalidated by a write, in the writing request", () => {
  test("renaming a start-up's slug: both addresses, its lists, the home page, the named-records pages and the charts", async () => {
    const startup = await createStartup(runtime.db.prisma, {
      nameEn: "Tag Probe",
      slug: "tag-probe",
      foundedYear: 2020,
    });
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
        "charts",
        "page:/",
        "page:/cities",
        "page:/startups",
        "page:/startups/tag-probe",
        "page:/startups/tag-probe-renamed",
        "records",
      ].sort(),
    );
  });

  test("a source edit never reaches the charts", async () => {
    const source = await createSource(runtime.db.prisma, { publisher: "Tag News" });
    await submit((p, f) => updateRecordAction("sources", p, f), {
      id: String(source.id),
      version: "1",
      url: source.url,
      publisher: "Tag News (renamed)",
      language: "en",
    });
    expect(tags()).toEqual(["page:/", "records"]);
  });

  test("a refused write invalidates nothing", async () => {
    const outcome = await submit((p, f) => createRecordAction("startups", p, f), { nameEn: "", confidence: "HIGH" });
    expect("redirect" in outcome).toBe(false);
    expect(invalidatedTags).not.toHaveBeenCalled();
  });
});
