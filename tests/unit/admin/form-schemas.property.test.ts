// Property tests of the form schemas: every valid record (as a form would send it) is accepted and
// read back unchanged, and every record broken in one known way is refused at that field.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { Confidence, Sector, StartupStatus } from "@/lib/generated/prisma/enums";
import { citationRowsSchema } from "@/lib/validation/citation-rows";
import { cityFormSchema } from "@/lib/validation/city";
import { employmentFormSchema } from "@/lib/validation/employment";
import { nestFormValues } from "@/lib/validation/form-data";
import { fundingRoundFormSchema } from "@/lib/validation/funding-round";
import { parseWith } from "@/lib/validation/parse";
import { sourceFormSchema } from "@/lib/validation/source";
import { startupForm, startupFormSchema } from "@/lib/validation/startup";

const runs = { numRuns: 300 };

// Names in any script, without control characters or surrounding spaces, within the limit.
const name = fc
  .string({
    unit: fc.constantFrom(..."Alibaba Rokid 灵伴科技阿里巴巴达摩院 Zürich Ñandú محمد Иван ' & - . <script>".split("")),
    minLength: 1,
    maxLength: 200,
  })
  .map((s) => s.trim())
  .filter((s) => s.length > 0);
const year = fc.integer({ min: 1900, max: 2100 });
const webUrl = fc
  .webUrl({ validSchemes: ["http", "https"], withQueryParameters: true, withFragments: true })
  .filter((u) => new URL(u).hostname.includes("."));
const amount = fc.bigInt({ min: 0n, max: 10n ** 15n }).map(String);

const startupValues = fc.record({
  nameEn: fc.option(name, { nil: "" }),
  nameZh: fc.option(name, { nil: "" }),
  label: fc.option(name, { nil: "" }),
  foundedYear: fc.option(year.map(String), { nil: "" }),
  website: fc.option(webUrl, { nil: "" }),
  sectors: fc.subarray(Object.values(Sector)),
  status: fc.constantFrom("", ...Object.values(StartupStatus)),
  confidence: fc.constantFrom(...Object.values(Confidence)),
});

describe("start-up form", () => {
  test("no valid record is refused, and what was typed is what is read", () => {
    fc.assert(
      fc.property(
        startupValues.filter((v) => Boolean(v.nameEn || v.nameZh || v.label)),
        (values) => {
          const result = parseWith(startupFormSchema, values);
          if (!result.success) throw new Error(JSON.stringify(result.fieldErrors));
          expect(result.data.nameEn).toBe(values.nameEn || null);
          expect(result.data.nameZh).toBe(values.nameZh || null);
          expect(result.data.foundedYear).toBe(values.foundedYear ? Number(values.foundedYear) : null);
          expect(result.data.website).toBe(values.website || null);
          expect(result.data.sectors).toEqual([...new Set(values.sectors)]);
        },
      ),
      runs,
    );
  });

  test("a year outside 1900–2100, or not a whole number, is refused at that field", () => {
    const badYear = fc.oneof(
      fc.integer({ min: -100_000, max: 1899 }).map(String),
      fc.integer({ min: 2101, max: 100_000_000 }).map(String),
      fc
        .double({ noNaN: true, min: 1900.01, max: 2099.99 })
        .filter((n) => !Number.isInteger(n))
        .map(String),
      fc.string({ minLength: 1, maxLength: 10 }).filter((s) => s.trim() !== "" && !/^\s*-?\d+\s*$/.test(s)),
    );
    fc.assert(
      fc.property(startupValues, badYear, (values, foundedYear) => {
        const result = parseWith(startupFormSchema, { ...values, nameEn: "Named", foundedYear });
        expect(result.success).toBe(false);
        if (!result.success) expect(Object.keys(result.fieldErrors)).toContain("foundedYear");
      }),
      runs,
    );
  });

  test("any website that is not http(s) is refused", () => {
    const scheme = fc.constantFrom(
      "javascript",
      "data",
      "ftp",
      "file",
      "vbscript",
      "mailto",
      "JavaScript",
      " javascript",
    );
    fc.assert(
      fc.property(startupValues, scheme, fc.string({ maxLength: 30 }), (values, s, rest) => {
        const result = parseWith(startupFormSchema, {
          ...values,
          nameEn: "Named",
          website: `${s}:${rest || "alert(1)"}`,
        });
        expect(result.success).toBe(false);
        if (!result.success) expect(result.fieldErrors.website).toBeDefined();
      }),
      runs,
    );
  });

  test("a record with no name of any kind is refused", () => {
    fc.assert(
      fc.property(startupValues, (values) => {
        expect(parseWith(startupFormSchema, { ...values, nameEn: "", nameZh: " ", label: "" }).success).toBe(false);
      }),
      runs,
    );
  });

  test("text over the length limit is refused, at the limit accepted", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 400 }), (length) => {
        const result = parseWith(startupFormSchema, { nameEn: "x".repeat(length), confidence: "HIGH" });
        expect(result.success).toBe(length <= 200);
      }),
      runs,
    );
  });
});

describe("funding round amounts", () => {
  test("valid exact and range amounts are accepted and kept as exact decimal strings", () => {
    fc.assert(
      fc.property(amount, amount, fc.constantFrom("USD", "CNY", "eur"), (a, b, currency) => {
        const exact = parseWith(fundingRoundFormSchema, {
          startupId: "1",
          stage: "SEED",
          amountKind: "EXACT",
          amountLow: a,
          currency,
        });
        if (!exact.success) throw new Error(JSON.stringify(exact.fieldErrors));
        expect(exact.data.amountLow).toBe(a);
        expect(exact.data.currency).toBe(currency.toUpperCase());
        const [low, high] = BigInt(a) < BigInt(b) ? [a, b] : [b, a];
        const range = parseWith(fundingRoundFormSchema, {
          startupId: "1",
          stage: "SEED",
          amountKind: "RANGE",
          amountLow: low,
          amountHigh: high,
          currency,
        });
        expect(range.success).toBe(low !== high);
      }),
      runs,
    );
  });

  test("negative, non-numeric or over-precise amounts are refused at the field", () => {
    const bad = fc.oneof(
      fc.bigInt({ min: -(10n ** 12n), max: -1n }).map(String),
      fc
        .string({ minLength: 1, maxLength: 12 })
        .filter((s) => !/^[\d,\s_]*(\.\d{0,2})?$/.test(s.trim()) && s.trim() !== ""),
      amount.map((a) => `${a}.123`),
    );
    fc.assert(
      fc.property(bad, (amountLow) => {
        const result = parseWith(fundingRoundFormSchema, {
          startupId: "1",
          stage: "SEED",
          amountKind: "EXACT",
          amountLow,
          currency: "USD",
        });
        expect(result.success).toBe(false);
        if (!result.success) expect(result.fieldErrors.amountLow).toBeDefined();
      }),
      runs,
    );
  });
});

describe("other forms", () => {
  test("employment: start before end is accepted, end before start refused", () => {
    fc.assert(
      fc.property(year, year, (a, b) => {
        const result = parseWith(employmentFormSchema, {
          personId: "1",
          organizationId: "2",
          startYear: String(a),
          endYear: String(b),
        });
        expect(result.success).toBe(a <= b);
      }),
      runs,
    );
  });

  test("city: coordinates are accepted within bounds only, and only in pairs", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -200_00000, max: 200_00000 }),
        fc.integer({ min: -200_00000, max: 200_00000 }),
        (lat, lng) => {
          const latitude = (lat / 100000).toFixed(5);
          const longitude = (lng / 100000).toFixed(5);
          const result = parseWith(cityFormSchema, { nameEn: "Somewhere", country: "cn", latitude, longitude });
          expect(result.success).toBe(Math.abs(Number(latitude)) <= 90 && Math.abs(Number(longitude)) <= 180);
        },
      ),
      runs,
    );
    expect(parseWith(cityFormSchema, { nameEn: "Half", country: "CN", latitude: "30" }).success).toBe(false);
  });

  test("source: any http(s) URL with a publisher is accepted; other schemes never", () => {
    fc.assert(
      fc.property(webUrl, name, (url, publisher) => {
        expect(parseWith(sourceFormSchema, { url, publisher, language: "zh" }).success).toBe(true);
        expect(
          parseWith(sourceFormSchema, { url: url.replace(/^https?/, "javascript"), publisher, language: "zh" }).success,
        ).toBe(false);
      }),
      runs,
    );
  });

  test("citation rows: a row names a source or a new URL (with publisher), never both, and only known fields", () => {
    const schema = citationRowsSchema(startupForm.citationFields);
    const fields = startupForm.citationFields.map((f) => f.value);
    fc.assert(
      fc.property(
        fc.option(fc.integer({ min: 1, max: 1_000_000 }).map(String), { nil: "" }),
        fc.option(webUrl, { nil: "" }),
        fc.option(name, { nil: "" }),
        fc.oneof(fc.constantFrom("", ...fields), fc.constantFrom("password", "role", "__proto__")),
        (sourceId, newUrl, newPublisher, field) => {
          const form = nestFormValues({
            "citations.0.sourceId": sourceId,
            "citations.0.newUrl": newUrl,
            "citations.0.newPublisher": newPublisher,
            "citations.0.field": field,
          });
          const result = parseWith(schema, form);
          const blank = !sourceId && !newUrl && !newPublisher;
          const valid =
            blank ||
            (Boolean(sourceId) !== Boolean(newUrl) &&
              (!newUrl || Boolean(newPublisher)) &&
              (field === "" || fields.includes(field)));
          expect(result.success).toBe(valid);
        },
      ),
      runs,
    );
  });
});
