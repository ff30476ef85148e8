import { describe, expect, test } from "vitest";
import { parseAsOf, versionCitation } from "@/lib/validation/as-of";

const now = new Date("2026-11-30T12:00:00Z");

describe("parseAsOf", () => {
  test("no date, or an empty one, is the page as it is now", () => {
    expect(parseAsOf(undefined, now)).toBeNull();
    expect(parseAsOf("", now)).toBeNull();
  });

  test("a calendar day means the end of that day, UTC", () => {
    expect(parseAsOf("2026-06-01", now)).toEqual({
      ok: true,
      date: "2026-06-01",
      at: new Date("2026-06-01T23:59:59.999Z"),
      label: "the end of 2026-06-01 (UTC)",
    });
    expect(parseAsOf("2026-11-30", now)).toMatchObject({ ok: true });
  });

  test.each([
    ["2026-13-01", /not a date/],
    ["2026-02-30", /not a date/],
    ["30/11/2026", /YYYY-MM-DD/],
    ["2026-11-30T25:00:00Z", /not a date/],
    ["2026-11-30T12:00:01Z", /in the future/],
    ["<script>", /not a date/],
    ["2026-12-01", /in the future/],
  ])("refuses %s with a clear reason", (raw, reason) => {
    const result = parseAsOf(raw, now);
    expect(result).toMatchObject({ ok: false });
    expect(result && !result.ok ? result.message : "").toMatch(reason);
  });

  test("refuses a repeated date", () => {
    expect(parseAsOf(["2026-01-01", "2026-02-01"], now)).toEqual({
      ok: false,
      message: "asOf was given more than once; give one date.",
    });
  });
});

test("an exact instant is taken too, for a moment within a day", () => {
  expect(parseAsOf("2026-11-30T08:30:00+08:00", now)).toEqual({
    ok: true,
    date: "2026-11-30T08:30:00+08:00",
    at: new Date("2026-11-30T00:30:00Z"),
    label: "2026-11-30 00:30:00 UTC",
  });
});

test("a version's citation names the record, the date and the URL", () => {
  expect(
    versionCitation({
      title: "Rokid",
      date: "2026-06-01",
      url: "https://x.org/startups/rokid?asOf=2026-06-01",
      accessed: "2026-11-30",
    }),
  ).toBe(
    'Alumni Atlas. "Rokid", version as of 2026-06-01. https://x.org/startups/rokid?asOf=2026-06-01 (accessed 2026-11-30).',
  );
});
