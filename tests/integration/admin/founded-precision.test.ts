import { describe, expect, test } from "vitest";
import { adminTestRuntime, expectRefusal, idFromRedirect, submit } from "../../helpers/admin";
import { createSource, createStartup } from "../../factories";
import { formatFoundedDate } from "@/lib/format/dates";
import { parseStartupListParams } from "@/lib/validation/search-params";

/*
 * A start-up's founding as precise as the source states it (issue 14): 2023, 2023-07 or 2023-07-14
 * typed in one field, the precision read from what is typed; the year stays what charts and sorting read.
 */

const runtime = adminTestRuntime("editor");

const { createRecordAction, updateRecordAction } = await import("@/lib/actions/records");
const { getRecordForEdit } = await import("@/lib/data/admin/read");
const startupProfiles = await import("@/lib/data/startups/profile");
const { getApiStartup } = await import("@/lib/data/api/startups");
const { openStartupExport } = await import("@/lib/data/startups/list");

let n = 0;
const unique = () => `${Date.now().toString(36)}${++n}`;

async function createFounded(founded: string) {
  const source = await createSource(runtime.db.prisma);
  return submit((p, f) => createRecordAction("startups", p, f), {
    nameEn: `Founded Co ${unique()}`,
    foundedYear: founded,
    confidence: "HIGH",
    "citations.0.sourceId": String(source.id),
    "citations.0.field": "foundedYear",
  });
}

const stored = (id: number) =>
  runtime.db.prisma.startup.findUniqueOrThrow({
    where: { id },
    select: { foundedYear: true, foundedDate: true, foundedPrecision: true, slug: true, version: true },
  });

describe("the founding typed as precisely as the source states it", () => {
  test.each([
    ["2023", { foundedYear: 2023, foundedDate: null, foundedPrecision: null }],
    ["2023-07", { foundedYear: 2023, foundedDate: new Date("2023-07-01"), foundedPrecision: "MONTH" }],
    ["2023-07-14", { foundedYear: 2023, foundedDate: new Date("2023-07-14"), foundedPrecision: "DAY" }],
  ] as const)("%s is stored with its year and precision, and the form shows it as typed", async (typed, columns) => {
    const id = idFromRedirect(await createFounded(typed));
    expect(await stored(id)).toMatchObject(columns);
    const form = await getRecordForEdit({ key: "startups", id });
    expect(form?.values.foundedYear).toBe(typed);
  });

  test.each([
    ["2023-13", /is not a real date/],
    ["2023-02-30", /is not a real date/],
    ["July 2023", /must be a year, a month or a day: 2023, 2023-07 or 2023-07-14/],
    ["1850", /must be between 1900 and 2100/],
  ])("%s is refused with the reason and nothing is written", async (typed, reason) => {
    const before = await runtime.db.prisma.startup.count();
    const refusal = expectRefusal(await createFounded(typed));
    expect(refusal.fieldErrors?.foundedYear?.join(" ")).toMatch(reason);
    expect(await runtime.db.prisma.startup.count()).toBe(before);
  });

  test("a month typed over a day replaces it; the year alone clears the month", async () => {
    const id = idFromRedirect(await createFounded("2021-03-09"));
    const edit = async (typed: string) => {
      const current = await stored(id);
      idFromRedirect(
        await submit((p, f) => updateRecordAction("startups", p, f), {
          id: String(id),
          version: String(current.version),
          nameEn: (await runtime.db.prisma.startup.findUniqueOrThrow({ where: { id } })).nameEn!,
          confidence: "HIGH",
          foundedYear: typed,
        }),
      );
      return stored(id);
    };
    expect(await edit("2021-03")).toMatchObject({ foundedDate: new Date("2021-03-01"), foundedPrecision: "MONTH" });
    expect(await edit("2022")).toMatchObject({ foundedYear: 2022, foundedDate: null, foundedPrecision: null });
  });

  test("the database refuses a month that is not its first day, a YEAR precision, or a date in another year", async () => {
    const startup = await createStartup(runtime.db.prisma, { foundedYear: 2020 });
    const set = (data: Record<string, unknown>) =>
      runtime.db.prisma.startup.update({ where: { id: startup.id }, data });
    await expect(set({ foundedDate: new Date("2020-05-14"), foundedPrecision: "MONTH" })).rejects.toThrow(
      /Startup_founded_precision_check/,
    );
    await expect(set({ foundedDate: new Date("2020-01-01"), foundedPrecision: "YEAR" })).rejects.toThrow(
      /Startup_founded_precision_check/,
    );
    await expect(set({ foundedDate: new Date("2019-05-01"), foundedPrecision: "MONTH" })).rejects.toThrow(
      /Startup_founded_precision_check/,
    );
    await expect(set({ foundedDate: new Date("2020-05-14"), foundedPrecision: null })).rejects.toThrow(
      /Startup_founded_precision_check/,
    );
  });
});

describe("the month on public pages and in the API", () => {
  test("the profile and the API carry the month; the page says July 2023 / 2023年7月", async () => {
    const id = idFromRedirect(await createFounded("2023-07"));
    const { slug } = await stored(id);
    const profile = (await startupProfiles.getStartupBySlug({ slug }))!;
    expect(profile).toMatchObject({ foundedYear: 2023, foundedDate: "2023-07-01", foundedPrecision: "MONTH" });
    expect(formatFoundedDate(profile, "en")).toBe("July 2023");
    expect(formatFoundedDate(profile, "zh")).toBe("2023年7月");
    const api = (await getApiStartup({ slug, includeCitations: false }))!;
    expect(api).toMatchObject({ foundedYear: 2023, foundedDate: "2023-07-01", foundedPrecision: "MONTH" });
  });

  test("a day reads as a day; the year alone is left to the year", () => {
    expect(formatFoundedDate({ foundedDate: "2023-07-14", foundedPrecision: "DAY" }, "en")).toBe("14 July 2023");
    expect(formatFoundedDate({ foundedDate: "2023-07-14", foundedPrecision: "DAY" }, "zh")).toBe("2023年7月14日");
    expect(formatFoundedDate({ foundedDate: null, foundedPrecision: null }, "en")).toBeNull();
  });

  test("the start-ups CSV's `founded` column says the founding as precisely as it was typed", async () => {
    const slugs = await Promise.all(
      ["2019", "2019-11", "2019-11-05"].map(
        async (typed) => (await stored(idFromRedirect(await createFounded(typed)))).slug,
      ),
    );
    const exported = new Map<string, string | null>();
    const batches = await openStartupExport({ params: parseStartupListParams(new URLSearchParams()).params });
    for await (const batch of batches) for (const row of batch) exported.set(row.slug, row.founded);
    expect(slugs.map((slug) => exported.get(slug))).toEqual(["2019", "2019-11", "2019-11-05"]);
  });
});
