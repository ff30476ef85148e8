import { describe, expect, it } from "vitest";
import { citationRowsSchema, WHOLE_RECORD } from "@/lib/validation/citation-rows";
import { nestFormValues } from "@/lib/validation/form-data";
import { parseWith } from "@/lib/validation/parse";
import { startupForm } from "@/lib/validation/startup";

const schema = citationRowsSchema(startupForm.citationFields);
const parse = (values: Record<string, string | string[]>) => parseWith(schema, nestFormValues(values));

describe("a source cited once for many fields", () => {
  it("becomes one citation per ticked field, each with its own quote and stated value, all to one new source", () => {
    const result = parse({
      "sources.0.newUrl": "https://example.com/a",
      "sources.0.newPublisher": "Example",
      "sources.0.newOriginalPublisher": "Example Wire",
      "sources.0.newNote": "Syndicated copy",
      "sources.0.fields": ["foundedYear", "city", WHOLE_RECORD],
      "sources.0.quote.foundedYear": "founded in 2023",
      "sources.0.claimedValue.city": "Hangzhou (Yuhang)",
    });
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.data.citations).toHaveLength(3);
    expect(result.data.citations.map((c) => [c.field, c.quote, c.claimedValue, c.path])).toEqual([
      ["foundedYear", "founded in 2023", null, "sources.0"],
      ["city", null, "Hangzhou (Yuhang)", "sources.0"],
      [null, null, null, "sources.0"],
    ]);
    for (const citation of result.data.citations) {
      expect(citation).toMatchObject({
        newUrl: "https://example.com/a",
        newOriginalPublisher: "Example Wire",
        newNote: "Syndicated copy",
      });
    }
  });

  it("refuses a block with no field ticked, a field the record lacks, or no source, naming the block", () => {
    const result = parse({
      "sources.0.sourceId": "3",
      "sources.1.sourceId": "4",
      "sources.1.fields": "notAField",
      "sources.2.fields": "foundedYear",
      "sources.2.quote.foundedYear": "x",
    });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.fieldErrors["sources.0.fields"]).toEqual(["tick at least one field this source supports"]);
    expect(result.fieldErrors["sources.1.fields"]).toEqual(["“notAField” is not a field of this record"]);
    expect(result.fieldErrors["sources.2.sourceId"]).toEqual(["choose a source or enter a new source's web address"]);
  });

  it("ignores an untouched block and still reads the row-per-field form", () => {
    const result = parse({
      "sources.0.newLanguage": "en",
      "citations.0.sourceId": "7",
      "citations.0.field": "nameEn",
    });
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.data.citations).toEqual([
      expect.objectContaining({ sourceId: 7, field: "nameEn", path: "citations.0" }),
    ]);
  });
});
