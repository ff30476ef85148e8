import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { csvCell, csvDocument, csvLine, UTF8_BOM, type CsvColumn } from "@/lib/export/csv";
import { parseCsv } from "../helpers/csv";

describe("csvCell", () => {
  test.each([
    ["plain", "plain"],
    ["a,b", '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ["two\nlines", '"two\nlines"'],
    ["灵伴科技", "灵伴科技"],
    [42, "42"],
    [-3.5, "-3.5"],
    [true, "true"],
    [null, ""],
    [undefined, ""],
    [Number.NaN, ""],
    [new Date("2025-04-05T00:00:00Z"), "2025-04-05T00:00:00.000Z"],
  ] as const)("%j → %s", (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  test.each(['=HYPERLINK("http://x")', "+1", "-1+1", "@SUM(A1)", "\tx", "\rx"])(
    "text a spreadsheet would run as a formula is defused: %j",
    (value) => {
      expect(csvCell(value).replace(/^"/, "")).toMatch(/^'/);
    },
  );

  test("numbers are never prefixed", () => {
    expect(csvCell(-100)).toBe("-100");
  });
});

test("a document has a BOM, a header and CRLF lines", () => {
  const columns: CsvColumn<{ name: string; year: number | null }>[] = [
    { header: "name", value: (row) => row.name },
    { header: "founded_year", value: (row) => row.year },
  ];
  expect(
    csvDocument(columns, [
      { name: "Rokid", year: 2014 },
      { name: "A, B", year: null },
    ]),
  ).toBe(`${UTF8_BOM}name,founded_year\r\nRokid,2014\r\n"A, B",\r\n`);
});

test("any row of text survives a round trip through a strict reader", () => {
  // Strings that do not start like a formula come back exactly.
  const safeText = fc.string({ unit: "grapheme" }).filter((s) => !/^[=+\-@\t\r]/.test(s));
  fc.assert(
    fc.property(fc.array(fc.array(safeText, { minLength: 1, maxLength: 6 }), { maxLength: 8 }), (rows) => {
      const text = rows.map((row) => csvLine(row)).join("");
      const expected = rows.map((row) => (row.length === 1 && row[0] === "" ? [""] : row));
      expect(parseCsv(text)).toEqual(expected);
    }),
  );
});
