import { describe, expect, test } from "vitest";
import { importColumns, parseStartupCsv } from "@/lib/import/startups-csv";

const header = "name_en,name_zh,founded_year,city,founders_en,founders_zh,source_url,source_publisher";

describe("reading a start-ups CSV", () => {
  test("a byte-order mark and mixed CRLF / LF / CR line endings are read as ordinary lines", () => {
    const text =
      "\uFEFF" +
      header +
      "\r\n" +
      "Rokid Test,灵伴测试,2014,Hangzhou,Misa Zhu,祝铭明,https://example.com/a,Example\n" +
      "Second,,2020,,,,https://example.com/b,Example\r" +
      '"Third, Inc.",第三,2021,,"A|B",,https://example.com/c,Example\r\n';
    const file = parseStartupCsv(text);
    if (!file.ok) throw new Error(file.error);
    expect(file.columns[0]).toBe("name_en");
    expect(file.rows.map((r) => [r.line, r.row?.name_en, r.errors])).toEqual([
      [2, "Rokid Test", []],
      [3, "Second", []],
      [4, "Third, Inc.", []],
    ]);
    expect(file.rows[0]?.row).toMatchObject({
      name_zh: "灵伴测试",
      founded_year: 2014,
      founders: [{ nameEn: "Misa Zhu", nameZh: "祝铭明" }],
    });
    expect(file.rows[2]?.row?.founders).toEqual([
      { nameEn: "A", nameZh: null },
      { nameEn: "B", nameZh: null },
    ]);
  });

  test("headers are matched regardless of case and spaces", () => {
    const file = parseStartupCsv("Name EN, Source URL ,source-publisher\nAcme,https://example.com/x,Ex\n");
    expect(file.ok && file.rows[0]?.row?.name_en).toBe("Acme");
  });

  test("unknown, missing and repeated columns refuse the whole file, naming them", () => {
    const unknown = parseStartupCsv("name_en,founded,source_url\nAcme,2020,https://example.com\n");
    expect(unknown).toMatchObject({ ok: false });
    expect(!unknown.ok && unknown.error).toContain("unknown column “founded”");
    expect(!unknown.ok && unknown.error).toContain(importColumns.map((c) => c.name).join(", "));
    const missing = parseStartupCsv("name_en,city\nAcme,Hangzhou\n");
    expect(!missing.ok && missing.error).toContain("missing column source_url");
    const repeated = parseStartupCsv("name_en,name_en,source_url\nA,B,https://example.com\n");
    expect(!repeated.ok && repeated.error).toContain("repeated column");
  });

  test("a row with more or fewer fields than the header is refused on its own", () => {
    const file = parseStartupCsv(
      `${header}\nGood,,2020,,,,https://example.com/g,Ex\nShifted,,2020,https://example.com/s,Ex\n`,
    );
    if (!file.ok) throw new Error(file.error);
    expect(file.rows[0]?.errors).toEqual([]);
    expect(file.rows[1]?.row).toBeNull();
    expect(file.rows[1]?.errors[0]).toMatch(/fewer fields than the header/);
  });

  test("bad values get per-row, per-column messages", () => {
    const file = parseStartupCsv(
      [
        "name_en,founded_year,website,sectors,source_url",
        "No Year,twenty,https://ok.example.com,AI_AGENTS,https://example.com/1",
        "Old,1850,javascript:alert(1),AI_AGENTS,https://example.com/2",
        ",,,,https://example.com/3",
        "Bad Sector,2020,,Blockchain,ftp://example.com/4",
      ].join("\n"),
    );
    if (!file.ok) throw new Error(file.error);
    expect(file.rows[0]?.errors).toEqual(["founded_year must be a whole number"]);
    expect(file.rows[1]?.errors).toEqual([
      "founded_year must be 1900 or later",
      "website must be a web address starting with http:// or https://",
    ]);
    expect(file.rows[2]?.errors).toEqual(["name_en needs a name: fill name_en, name_zh or label"]);
    expect(file.rows[3]?.errors).toEqual(
      expect.arrayContaining([
        "sectors has an unknown sector “Blockchain”",
        "source_url must be a web address starting with http:// or https://",
      ]),
    );
  });

  test("empty, header-only, binary and oversized files are refused with a reason", () => {
    expect(parseStartupCsv("")).toEqual({ ok: false, error: "The file is empty." });
    expect(parseStartupCsv("\uFEFF\r\n")).toEqual({ ok: false, error: "The file is empty." });
    expect(parseStartupCsv("name_en,source_url\r\n")).toEqual({
      ok: false,
      error: "The file has a header but no rows.",
    });
    expect(parseStartupCsv("name_en\u0000,x")).toMatchObject({ ok: false, error: expect.stringContaining("binary") });
    expect(parseStartupCsv("x".repeat(1_000_001))).toMatchObject({
      ok: false,
      error: expect.stringContaining("larger than 1 MB"),
    });
  });

  test("control characters are refused by the forms' own rule, in founder names as in every other cell", () => {
    const file = parseStartupCsv(
      "name_en,aliases,founders_en,founders_zh,source_url\n" +
        "Bell\u0007Co,,,,https://example.com/a\n" +
        "Acme,,Ann\u0007Lee,,https://example.com/b\n" +
        "Acme Two,,,祝\u001b铭明,https://example.com/c\n" +
        "Acme Three,Alias\u007f,,,https://example.com/d\n" +
        '"Tab\tand\nnewline fine",,"Ann Lee",,https://example.com/e\n',
    );
    if (!file.ok) throw new Error(file.error);
    expect(file.rows.map((row) => row.errors)).toEqual([
      ["name_en contains control characters"],
      ["founders_en.0 has a name that contains control characters"],
      ["founders_zh.0 has a name that contains control characters"],
      ["aliases.0 contains control characters"],
      [],
    ]);
  });

  test("source_language keeps its script subtag in any letter case; unknown tags are refused", () => {
    const file = parseStartupCsv(
      "name_en,source_url,source_language\n" +
        "A,https://example.com/a,zh-Hans\n" +
        "B,https://example.com/b,ZH-hant\n" +
        "C,https://example.com/c,\n" +
        "D,https://example.com/d,zh-Latn\n",
    );
    if (!file.ok) throw new Error(file.error);
    expect(file.rows.map((row) => row.row?.source_language ?? row.errors)).toEqual([
      "zh-Hans",
      "zh-Hant",
      "en",
      ["source_language must be one of en, zh-Hans, zh-Hant, zh, de, ja, fr, ko"],
    ]);
  });
});
