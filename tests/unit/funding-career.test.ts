import { expect, test } from "vitest";
import { formatCareerYears, formatReportedDate } from "@/lib/format/dates";
import { formatAmount, formatRoundAmount, formatUsdTotal } from "@/lib/format/money";

test.each([
  ["8300000", "8.3 million"],
  ["100000000", "100 million"],
  ["2500000000", "2.5 billion"],
  ["750000", "750,000"],
])("formatAmount(%s) = %s", (value, expected) => {
  expect(formatAmount(value)).toBe(expected);
});

test("round amounts say exactly what was reported, in the reported currency", () => {
  expect(formatRoundAmount({ amountKind: "EXACT", amountLow: "8300000", amountHigh: "8300000", currency: "USD" })).toBe(
    "US$8.3 million",
  );
  expect(
    formatRoundAmount({ amountKind: "RANGE", amountLow: "10000000", amountHigh: "20000000", currency: "CNY" }),
  ).toBe("¥10–20 million");
  expect(formatRoundAmount({ amountKind: "RANGE", amountLow: "500000", amountHigh: "2000000", currency: "USD" })).toBe(
    "US$500,000–2 million",
  );
  expect(formatRoundAmount({ amountKind: "UNDISCLOSED", amountLow: null, amountHigh: null, currency: null })).toBe(
    "Undisclosed",
  );
  expect(formatRoundAmount({ amountKind: "EXACT", amountLow: "1000000", amountHigh: null, currency: null })).toBe(
    "1 million (currency not reported)",
  );
  expect(formatRoundAmount({ amountKind: "EXACT", amountLow: "1000000", amountHigh: null, currency: "JPY" })).toBe(
    "JPY 1 million",
  );
});

test("dates keep their reported precision", () => {
  expect(formatReportedDate("2018-01-01", "MONTH")).toBe("2018-01");
  expect(formatReportedDate("2018-01-01", "YEAR")).toBe("2018");
  expect(formatReportedDate("2018-01-15", "DAY")).toBe("2018-01-15");
  expect(formatReportedDate(null, "DAY")).toBeNull();
  expect(formatUsdTotal(null)).toBeNull();
  expect(formatUsdTotal(58_300_000)).toBe("US$58.3 million");
});

test.each([
  [{ startYear: 2010, endYear: 2014, isCurrent: false }, "2010–2014"],
  [{ startYear: 2015, endYear: null, isCurrent: false }, "2015 – left, year not reported"],
  [{ startYear: 2023, endYear: null, isCurrent: true }, "2023 – present"],
  [{ startYear: null, endYear: 2014, isCurrent: false }, "Until 2014; start year not reported"],
  [{ startYear: null, endYear: null, isCurrent: false }, "Years not reported"],
  [{ startYear: null, endYear: null, isCurrent: true }, "Current; start year not reported"],
  [{ startYear: 2012, endYear: 2012, isCurrent: false }, "2012"],
])("career years %j read %s", (step, expected) => {
  expect(formatCareerYears(step)).toBe(expected);
});
