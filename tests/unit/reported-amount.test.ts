import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { estimateUsd, formatRoundAmount, formatUsdEstimate, pickExchangeRate } from "@/lib/format/money";
import { compareDecimals, parseReportedAmount, shiftDecimal, type ReportedAmount } from "@/lib/text/reported-amount";

const read = (text: string): ReportedAmount => {
  const result = parseReportedAmount(text);
  if (!result.ok) throw new Error(`${text}: ${result.message}`);
  return result.amount;
};
const refusal = (text: string): string => {
  const result = parseReportedAmount(text);
  if (result.ok) throw new Error(`${text} was read as ${JSON.stringify(result.amount)}`);
  return result.message;
};

describe("amounts as sources state them", () => {
  it("reads a lower bound in English and Chinese", () => {
    expect(read("more than US$20 million")).toEqual({ kind: "AT_LEAST", low: "20000000", high: null, currency: "USD" });
    expect(read("超2亿")).toEqual({ kind: "AT_LEAST", low: "200000000", high: null, currency: null });
    expect(read("超过2亿元")).toEqual({ kind: "AT_LEAST", low: "200000000", high: null, currency: "CNY" });
    expect(read("2亿元以上")).toEqual({ kind: "AT_LEAST", low: "200000000", high: null, currency: "CNY" });
    expect(read("上亿元")).toEqual({ kind: "AT_LEAST", low: "100000000", high: null, currency: "CNY" });
    expect(read("US$20m+")).toEqual({ kind: "AT_LEAST", low: "20000000", high: null, currency: "USD" });
  });

  it("reads Chinese units 万, 千万 and 亿, with decimals", () => {
    expect(read("2.3亿元")).toEqual({ kind: "EXACT", low: "230000000", high: null, currency: "CNY" });
    expect(read("5000万元人民币").low).toBe("50000000");
    expect(read("3千万美元")).toEqual({ kind: "EXACT", low: "30000000", high: null, currency: "USD" });
    expect(read("1.5万").low).toBe("15000");
  });

  it("reads 数千万 as 10–100 million and other vague amounts as one order of magnitude", () => {
    expect(read("数千万元")).toEqual({ kind: "RANGE", low: "10000000", high: "100000000", currency: "CNY" });
    expect(read("数亿元")).toEqual({ kind: "RANGE", low: "100000000", high: "1000000000", currency: "CNY" });
    expect(read("几百万美元")).toEqual({ kind: "RANGE", low: "1000000", high: "10000000", currency: "USD" });
    expect(read("hundreds of millions of yuan")).toEqual({
      kind: "RANGE",
      low: "100000000",
      high: "1000000000",
      currency: "CNY",
    });
  });

  it("reads ranges, the low end taking the high end's unit when it has none", () => {
    expect(read("5000万-1亿元")).toEqual({ kind: "RANGE", low: "50000000", high: "100000000", currency: "CNY" });
    expect(read("1至2亿元")).toEqual({ kind: "RANGE", low: "100000000", high: "200000000", currency: "CNY" });
    expect(read("US$5–10 million")).toEqual({ kind: "RANGE", low: "5000000", high: "10000000", currency: "USD" });
  });

  it("reads exact amounts with their currency words", () => {
    expect(read("RMB 230 million")).toEqual({ kind: "EXACT", low: "230000000", high: null, currency: "CNY" });
    expect(read("200 million yuan").currency).toBe("CNY");
    expect(read("HK$1.2bn")).toEqual({ kind: "EXACT", low: "1200000000", high: null, currency: "HKD" });
    expect(read("US$8,300,000")).toEqual({ kind: "EXACT", low: "8300000", high: null, currency: "USD" });
    expect(read("12500000").currency).toBeNull();
  });

  it("reads undisclosed amounts", () => {
    expect(read("未披露").kind).toBe("UNDISCLOSED");
    expect(read("Undisclosed").kind).toBe("UNDISCLOSED");
  });

  it("refuses what it cannot read, saying why", () => {
    expect(refusal("$20 million")).toContain("bare “$”");
    expect(refusal("近亿元")).toContain("approximate");
    expect(refusal("US$20 million or HK$30 million")).toMatch(/could not be read|two currencies/);
    expect(refusal("RMB 20 million in USD")).toMatch(/could not be read|two currencies/);
    expect(refusal("10–5 million")).toContain("high end is not above");
    expect(refusal("a lot")).toContain("no number");
    expect(refusal("0.001")).toContain("more precise than a cent");
  });
});

describe("decimal arithmetic without floating point", () => {
  it("shifts any decimal by any power exactly", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 15n }), fc.integer({ min: 0, max: 12 }), (n, power) => {
        expect(shiftDecimal(n.toString(), power)).toBe((n * 10n ** BigInt(power)).toString());
      }),
    );
  });

  it("reads what it prints: any whole amount in 万 or 亿 comes back as the same number", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 99_999 }),
        fc.constantFrom(["万", 4], ["亿", 8], ["千万", 7]),
        (n, [unit, power]) => {
          const amount = read(`${n}${unit}元`);
          expect(amount).toEqual({
            kind: "EXACT",
            low: (BigInt(n) * 10n ** BigInt(power)).toString(),
            high: null,
            currency: "CNY",
          });
        },
      ),
    );
  });

  it("compares decimal strings as numbers", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e9 }), fc.integer({ min: 0, max: 1e9 }), (a, b) => {
        expect(compareDecimals(String(a), String(b))).toBe(Math.sign(a - b));
      }),
    );
    expect(compareDecimals("10.5", "10.05")).toBe(1);
  });
});

describe("amounts on the public pages", () => {
  const rate = (rateOn: string, usdPerUnit: string) => ({
    currency: "CNY",
    rateOn,
    usdPerUnit,
    source: { publisher: "Synthetic", url: "https://rates.example.com" },
  });
  const rates = [rate("2024-01-02", "0.14"), rate("2024-07-01", "0.1375"), rate("2025-01-02", "0.137")];

  it("says a lower bound as one", () => {
    expect(
      formatRoundAmount({ amountKind: "AT_LEAST", amountLow: "200000000", amountHigh: null, currency: "CNY" }),
    ).toBe("more than ¥200 million");
  });

  it("converts through the rate dated nearest the round (the latest for an undated round), and says which", () => {
    const round = { amountKind: "EXACT" as const, amountLow: "100000000", amountHigh: "100000000", currency: "CNY" };
    expect(pickExchangeRate(rates, "CNY", "2024-06-20")?.rateOn).toBe("2024-07-01");
    expect(pickExchangeRate(rates, "CNY", "2023-01-01")?.rateOn).toBe("2024-01-02");
    expect(pickExchangeRate(rates, "CNY", null)?.rateOn).toBe("2025-01-02");
    const estimate = estimateUsd({ ...round, announcedOn: "2024-06-20" }, rates)!;
    expect(formatUsdEstimate(round, estimate)).toBe("≈ US$13.8 million at the rate of 2024-07-01");
  });

  it("never converts silently: no rate, no currency or a dollar amount each say what they are", () => {
    const round = { amountKind: "RANGE" as const, amountLow: "10000000", amountHigh: "100000000", announcedOn: null };
    expect(estimateUsd({ ...round, currency: "HKD" }, rates)).toEqual({
      converted: false,
      reason: "not converted: no HKD exchange rate is recorded",
      cause: "no-rate",
      currency: "HKD",
    });
    expect(estimateUsd({ ...round, currency: null }, rates)).toEqual({
      converted: false,
      reason: "not converted: the currency was not reported",
      cause: "no-currency",
      currency: null,
    });
    expect(estimateUsd({ ...round, currency: "USD" }, rates)).toBeNull();
    expect(formatUsdEstimate(round, estimateUsd({ ...round, currency: "CNY" }, rates)!)).toBe(
      "≈ US$1.37–13.7 million at the rate of 2025-01-02",
    );
  });
});
