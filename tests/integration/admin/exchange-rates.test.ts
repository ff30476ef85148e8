// Issue 14: exchange rates entered in the admin like any other record (the rates here are synthetic).
// A rate converts a round in another currency on the start-up's page; bad input is refused on the
// field it concerns, and nothing is written.
import { describe, expect, test } from "vitest";
import { adminTestRuntime, expectRefusal, idFromRedirect, invalidatedTags, submit } from "../../helpers/admin";
import { createSource, createStartup } from "../../factories";

const runtime = adminTestRuntime("editor");

const { createRecordAction, updateRecordAction, deleteRecordAction } = await import("@/lib/actions/records");
const { getStartupBySlug } = await import("@/lib/data/startups/profile");
const { findPublicChanges } = await import("@/lib/data/api/changes");

const createRate = (fields: Record<string, string>) =>
  submit((p, f) => createRecordAction("exchange-rates", p, f), fields);

/** What a refused save could have changed: the rates and the history. */
const state = async () => ({
  rates: await runtime.db.prisma.exchangeRate.findMany({ orderBy: { id: "asc" } }),
  changes: await runtime.db.prisma.changeLog.count(),
});

async function startupWithYuanRound(announcedOn: string) {
  const startup = await createStartup(runtime.db.prisma);
  const outcome = await submit((p, f) => createRecordAction("funding-rounds", p, f), {
    startupId: String(startup.id),
    stage: "SERIES_A",
    amountText: "2.3亿元",
    announcedOn,
  });
  idFromRedirect(outcome);
  return startup;
}

describe("the exchange-rate form", () => {
  test("a saved rate is stored as typed, filed in history, marks public pages stale and converts a round", async () => {
    const source = await createSource(runtime.db.prisma, { publisher: "Synthetic Rates Bureau" });
    const startup = await startupWithYuanRound("2030-03-10");
    const before = await getStartupBySlug({ slug: startup.slug });
    expect(before?.fundingRounds[0]?.usdEstimate).toMatchObject({ converted: false });

    invalidatedTags.mockClear();
    const outcome = await createRate({
      currency: " cny ",
      rateOn: "2030-03-01",
      usdPerUnit: "0.1376",
      sourceId: String(source.id),
      note: "Synthetic mid-rate",
    });
    const id = idFromRedirect(outcome);
    const rate = await runtime.db.prisma.exchangeRate.findUniqueOrThrow({ where: { id } });
    expect({ ...rate, usdPerUnit: rate.usdPerUnit.toString() }).toMatchObject({
      currency: "CNY",
      rateOn: new Date("2030-03-01T00:00:00.000Z"),
      usdPerUnit: "0.1376",
      sourceId: source.id,
      note: "Synthetic mid-rate",
      version: 1,
      deletedAt: null,
    });
    const history = await runtime.db.prisma.changeLog.findMany({
      where: { recordType: "EXCHANGE_RATE", recordId: String(id) },
    });
    expect(history.map((change) => change.action)).toEqual(["CREATE"]);
    // Start-up profiles show converted amounts: they are tagged "records", which every record write marks stale.
    expect(invalidatedTags.mock.calls.map(([tag]) => tag)).toContain("records");

    const after = await getStartupBySlug({ slug: startup.slug });
    expect(after?.fundingRounds[0]?.usdEstimate).toMatchObject({
      converted: true,
      low: 230_000_000 * 0.1376,
      rate: { rateOn: "2030-03-01", usdPerUnit: "0.1376", source: { publisher: "Synthetic Rates Bureau" } },
    });
  });

  test.each([
    ["a rate for USD itself", { currency: "USD" }, "currency", /must not be USD/],
    ["an informal currency code", { currency: "RMB" }, "currency", /not an ISO 4217 currency code/],
    ["no currency", { currency: "" }, "currency", /is required/],
    ["a rate of zero", { usdPerUnit: "0" }, "usdPerUnit", /must be more than zero/],
    ["a rate of 0.000", { usdPerUnit: "0.000" }, "usdPerUnit", /must be more than zero/],
    ["a negative rate", { usdPerUnit: "-0.14" }, "usdPerUnit", /must be more than zero/],
    ["a rate that is not a number", { usdPerUnit: "about 0.14" }, "usdPerUnit", /must be a number/],
    ["no date", { rateOn: "" }, "rateOn", /is required/],
    ["an impossible date", { rateOn: "2030-02-30" }, "rateOn", /is not a real date/],
    ["no source", { sourceId: "" }, "sourceId", /choose the source/],
    ["a source that does not exist", { sourceId: "99999999" }, "sourceId", /no source #99999999 exists/],
  ] as const)("refuses %s on its field and changes nothing", async (_, change, field, message) => {
    const source = await createSource(runtime.db.prisma);
    const before = await state();
    const refusal = expectRefusal(
      await createRate({
        currency: "HKD",
        rateOn: "2030-05-05",
        usdPerUnit: "0.128",
        sourceId: String(source.id),
        ...change,
      }),
    );
    expect(refusal.fieldErrors?.[field]?.join(" ")).toMatch(message);
    expect(await state()).toEqual(before);
  });

  test("refuses a second rate for the same currency and day, naming the first, and changes nothing", async () => {
    const source = await createSource(runtime.db.prisma);
    const fields = { currency: "SGD", rateOn: "2030-06-01", usdPerUnit: "0.74", sourceId: String(source.id) };
    const first = idFromRedirect(await createRate(fields));
    const before = await state();
    const refusal = expectRefusal(await createRate({ ...fields, currency: "sgd", usdPerUnit: "0.75" }));
    expect(refusal.fieldErrors?.rateOn?.join(" ")).toMatch(
      new RegExp(`already has a SGD rate \\(exchange rate #${first}, US\\$0\\.74 per unit\\)`),
    );
    expect(await state()).toEqual(before);
    // Another day, or another currency that day, is a different rate.
    idFromRedirect(await createRate({ ...fields, rateOn: "2030-06-02" }));
    idFromRedirect(await createRate({ ...fields, currency: "EUR" }));
  });

  test("an edit changes the conversion; an edit onto another rate's day is refused; a deleted rate frees its day", async () => {
    const source = await createSource(runtime.db.prisma);
    const startup = await startupWithYuanRound("2031-01-15");
    const fields = { currency: "CNY", rateOn: "2031-01-10", usdPerUnit: "0.14", sourceId: String(source.id) };
    const id = idFromRedirect(await createRate(fields));
    const other = idFromRedirect(await createRate({ ...fields, rateOn: "2030-12-01", usdPerUnit: "0.15" }));

    invalidatedTags.mockClear();
    idFromRedirect(
      await submit((p, f) => updateRecordAction("exchange-rates", p, f), {
        ...fields,
        usdPerUnit: "0.1375",
        id: String(id),
        version: "1",
      }),
    );
    expect(invalidatedTags.mock.calls.map(([tag]) => tag)).toContain("records");
    const profile = await getStartupBySlug({ slug: startup.slug });
    expect(profile?.fundingRounds[0]?.usdEstimate).toMatchObject({
      converted: true,
      low: 230_000_000 * 0.1375,
      rate: { rateOn: "2031-01-10", usdPerUnit: "0.1375" },
    });

    const before = await state();
    const refusal = expectRefusal(
      await submit((p, f) => updateRecordAction("exchange-rates", p, f), {
        ...fields,
        rateOn: "2030-12-01",
        id: String(id),
        version: "2",
      }),
    );
    expect(refusal.fieldErrors?.rateOn?.join(" ")).toMatch(new RegExp(`exchange rate #${other}`));
    expect(await state()).toEqual(before);

    const deleted = await submit((p, f) => deleteRecordAction("exchange-rates", p, f), {
      id: String(id),
      version: "2",
    });
    expect("redirect" in deleted).toBe(true);
    // The deleted rate no longer converts (the nearest live rate does) and its day takes a new rate.
    const afterDelete = await getStartupBySlug({ slug: startup.slug });
    expect(afterDelete?.fundingRounds[0]?.usdEstimate).toMatchObject({ rate: { rateOn: "2030-12-01" } });
    idFromRedirect(await createRate({ ...fields, usdPerUnit: "0.1374" }));
  });

  test("an added or corrected rate is news in the change feed, named by currency and day; a removed one leaves it", async () => {
    const source = await createSource(runtime.db.prisma);
    const fields = { currency: "HKD", rateOn: "2032-02-01", usdPerUnit: "0.128", sourceId: String(source.id) };
    const id = idFromRedirect(await createRate(fields));
    idFromRedirect(
      await submit((p, f) => updateRecordAction("exchange-rates", p, f), {
        ...fields,
        usdPerUnit: "0.1281",
        id: String(id),
        version: "1",
      }),
    );
    const ofRate = async () =>
      (await findPublicChanges({ scope: { kind: "all" }, limit: 500 })).filter(
        (change) => change.recordType === "EXCHANGE_RATE" && change.recordId === String(id),
      );
    const [updated, added] = await ofRate();
    expect(added).toMatchObject({ action: "CREATE", name: "HKD on 2032-02-01" });
    expect(updated).toMatchObject({ action: "UPDATE", name: "HKD on 2032-02-01", changedFields: ["usdPerUnit"] });

    await submit((p, f) => deleteRecordAction("exchange-rates", p, f), { id: String(id), version: "2" });
    // Like any record's, a removed rate's history leaves the public feed with it.
    expect(await ofRate()).toEqual([]);
  });
});
