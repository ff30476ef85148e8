// Issue 14, "facts that could not be stated as sources state them": amounts typed in the source's
// words, a lower bound, a US-dollar amount counted without typing it twice, and other currencies
// converted only through a stored, dated, sourced exchange rate (the rates here are synthetic).
import { describe, expect, test } from "vitest";
import { adminTestRuntime, expectRefusal, idFromRedirect, submit } from "../../helpers/admin";
import { createSource, createStartup } from "../../factories";
import { parseStartupListParams } from "@/lib/validation/search-params";

const runtime = adminTestRuntime("editor");

const { createRecordAction } = await import("@/lib/actions/records");
const { getStartupBySlug } = await import("@/lib/data/startups/profile");
const { findStartups } = await import("@/lib/data/startups/list");

async function saveRound(startupId: number, fields: Record<string, string>) {
  const outcome = await submit((p, f) => createRecordAction("funding-rounds", p, f), {
    startupId: String(startupId),
    stage: "SERIES_A",
    ...fields,
  });
  return runtime.db.prisma.fundingRound.findUniqueOrThrow({ where: { id: idFromRedirect(outcome) } });
}

const stored = (round: Awaited<ReturnType<typeof saveRound>>) => ({
  amountText: round.amountText,
  amountKind: round.amountKind,
  amountLow: round.amountLow?.toString() ?? null,
  amountHigh: round.amountHigh?.toString() ?? null,
  currency: round.currency,
  amountUsdLow: round.amountUsdLow?.toString() ?? null,
  amountUsdHigh: round.amountUsdHigh?.toString() ?? null,
});

describe("a round's amount in the source's words", () => {
  test("“超2亿元” is stored as a lower bound in CNY, the words kept, no US-dollar figure invented", async () => {
    const startup = await createStartup(runtime.db.prisma);
    expect(stored(await saveRound(startup.id, { amountText: "超2亿元" }))).toEqual({
      amountText: "超2亿元",
      amountKind: "AT_LEAST",
      amountLow: "200000000",
      amountHigh: null,
      currency: "CNY",
      amountUsdLow: null,
      amountUsdHigh: null,
    });
  });

  test("“more than US$20 million” counts in US-dollar totals as typed once", async () => {
    const startup = await createStartup(runtime.db.prisma);
    expect(stored(await saveRound(startup.id, { amountText: "more than US$20 million" }))).toMatchObject({
      amountKind: "AT_LEAST",
      amountLow: "20000000",
      currency: "USD",
      amountUsdLow: "20000000",
      amountUsdHigh: null,
    });
  });

  test("“数千万元” is a range of 10–100 million with the words kept", async () => {
    const startup = await createStartup(runtime.db.prisma);
    expect(stored(await saveRound(startup.id, { amountText: "数千万元" }))).toMatchObject({
      amountText: "数千万元",
      amountKind: "RANGE",
      amountLow: "10000000",
      amountHigh: "100000000",
      currency: "CNY",
    });
  });

  test("an exact US-dollar amount typed in the fields is its own US-dollar value; the kind follows what is typed", async () => {
    const startup = await createStartup(runtime.db.prisma);
    expect(stored(await saveRound(startup.id, { amountLow: "5000000", currency: "usd" }))).toMatchObject({
      amountKind: "EXACT",
      amountLow: "5000000",
      amountHigh: "5000000",
      amountUsdLow: "5000000",
      amountUsdHigh: "5000000",
    });
    expect(stored(await saveRound(startup.id, {}))).toMatchObject({ amountKind: "UNDISCLOSED", amountLow: null });
  });

  test("words without a currency, words that disagree with a field, and words that cannot be read are refused; nothing is written", async () => {
    const startup = await createStartup(runtime.db.prisma);
    const attempt = (fields: Record<string, string>) =>
      submit((p, f) => createRecordAction("funding-rounds", p, f), {
        startupId: String(startup.id),
        stage: "SERIES_A",
        ...fields,
      });
    expect(expectRefusal(await attempt({ amountText: "超2亿" })).fieldErrors?.currency?.[0]).toMatch(
      /names no currency/,
    );
    expect(
      expectRefusal(await attempt({ amountText: "超2亿元", amountLow: "300000000" })).fieldErrors?.amountLow?.[0],
    ).toBe("says 300000000 but the amount as reported says 200000000: change one, or leave this empty");
    expect(expectRefusal(await attempt({ amountText: "$20 million" })).fieldErrors?.amountText?.[0]).toMatch(
      /bare “\$”/,
    );
    expect(expectRefusal(await attempt({ amountText: "数千万", currency: "RMB" })).fieldErrors?.currency).toEqual([
      "is not an ISO 4217 currency code (renminbi is CNY)",
    ]);
    expect(await runtime.db.prisma.fundingRound.count({ where: { startupId: startup.id } })).toBe(0);
  });
});

describe("non-dollar amounts and exchange rates", () => {
  test("with no rate stored, the round says it is not converted and the list says it is left out", async () => {
    const startup = await createStartup(runtime.db.prisma, { nameEn: "Unconverted Yuan Co" });
    await saveRound(startup.id, { amountText: "2.3亿元", announcedOn: "2024-07" });
    const profile = await getStartupBySlug({ slug: startup.slug });
    expect(profile?.fundingRounds[0]?.usdEstimate).toEqual({
      converted: false,
      cause: "no-rate",
      currency: "CNY",
      reason: "not converted: no CNY exchange rate is recorded",
    });
    expect(profile).toMatchObject({ totalFundingUsd: null, estimatedFundingUsd: null, unconvertedRounds: 1 });
    const list = await findStartups({ params: parseStartupListParams({ q: "Unconverted Yuan Co" }).params });
    expect(list.items.find((item) => item.id === startup.id)).toMatchObject({
      totalFundingUsd: null,
      otherCurrencyRounds: 1,
    });
  });

  test("with rates stored, the rate dated nearest the round converts it, and the total says so", async () => {
    const source = await createSource(runtime.db.prisma, { publisher: "Synthetic Rates Bureau" });
    await runtime.db.prisma.exchangeRate.createMany({
      data: [
        { currency: "CNY", rateOn: new Date("2024-01-02"), usdPerUnit: "0.1410", sourceId: source.id },
        { currency: "CNY", rateOn: new Date("2024-07-01"), usdPerUnit: "0.1376", sourceId: source.id },
      ],
    });
    const startup = await createStartup(runtime.db.prisma);
    await saveRound(startup.id, { amountText: "2.3亿元", announcedOn: "2024-06-20" });
    await saveRound(startup.id, { amountText: "US$10 million", announcedOn: "2023" });
    const profile = await getStartupBySlug({ slug: startup.slug });
    const yuan = profile!.fundingRounds.find((round) => round.currency === "CNY")!;
    expect(yuan.usdEstimate).toMatchObject({
      converted: true,
      low: 230_000_000 * 0.1376,
      high: null,
      rate: { rateOn: "2024-07-01", usdPerUnit: "0.1376", source: { publisher: "Synthetic Rates Bureau" } },
    });
    expect(profile!.totalFundingUsd).toBe(10_000_000);
    expect(profile!.estimatedFundingUsd).toEqual({
      total: 10_000_000 + 230_000_000 * 0.1376,
      rateDates: ["2024-07-01"],
    });
    expect(profile!.unconvertedRounds).toBe(0);
  });

  test("the database refuses a rate for USD itself, a rate of zero and a second rate for the same day", async () => {
    const source = await createSource(runtime.db.prisma);
    const rate = (currency: string, usdPerUnit: string) =>
      runtime.db.prisma.exchangeRate.create({
        data: { currency, rateOn: new Date("2025-01-01"), usdPerUnit, sourceId: source.id },
      });
    await expect(rate("USD", "1")).rejects.toThrow();
    await expect(rate("HKD", "0")).rejects.toThrow();
    await rate("HKD", "0.128");
    await expect(rate("HKD", "0.129")).rejects.toThrow();
  });
});
