import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { safeNextPath } from "@/lib/auth/redirect";

/** Where a browser lands when it follows `location` from a page on `origin`. */
function landing(location: string, origin = "https://atlas.example.org") {
  return new URL(location, `${origin}/login`);
}

describe("the sign-in page's `next`", () => {
  test("keeps paths on this site", () => {
    expect(safeNextPath("/admin/startups")).toBe("/admin/startups");
    expect(safeNextPath("/admin/startups?page=2#list")).toBe("/admin/startups?page=2#list");
    expect(safeNextPath("/admin/people/../cities")).toBe("/admin/cities");
  });

  // The report's payloads and their relatives: each would take the browser to another host.
  const hostile = [
    "//evil.example",
    "///evil.example",
    "https://evil.example",
    "/\\evil.example",
    "/\\\\evil.example",
    "\\\\evil.example",
    "/\t/evil.example/",
    "/\n/evil.example/",
    "/\r/evil.example/",
    "/\r\n/evil.example/",
    "/\t\\evil.example",
    "/./\\evil.example",
    "/.//evil.example",
    "/../..//evil.example",
    " //evil.example",
    "javascript:alert(1)",
    "/%0A/evil.example",
    decodeURIComponent("%2F%09%2Fevil.example%2F"),
    decodeURIComponent("%2F%0A%2Fevil.example%2F"),
    decodeURIComponent("%2F%0D%2Fevil.example%2F"),
    undefined,
    null,
    ["/admin"],
    `/${"a".repeat(600)}`,
  ];
  test.each(hostile.map((value) => [JSON.stringify(value), value]))("refuses %s", (_label, value) => {
    const next = safeNextPath(value);
    expect(landing(next).origin).toBe("https://atlas.example.org");
    // "/%0A/evil.example" is a harmless path on this site (the browser does not decode it); the rest fall back.
    if (typeof value === "string" && value.includes("evil") && !value.includes("%")) expect(next).toBe("/admin");
  });

  test("never returns a character that breaks a Location header", () => {
    expect(safeNextPath("/admin\r\nSet-Cookie: x=1")).not.toMatch(/[\r\n]/);
    expect(safeNextPath("/admin/\u0000\u202e")).toBe("/admin/%00%E2%80%AE");
  });

  test("whatever it is given, the browser stays on this site (fast-check)", () => {
    const pieces = fc.constantFrom(
      "/",
      "\\",
      "\t",
      "\n",
      "\r",
      ".",
      "..",
      "evil.example",
      "%2F",
      "%5C",
      ":",
      "@",
      "?",
      "#",
      " ",
      "\u0000",
      "https:",
      "//",
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.array(pieces, { maxLength: 8 }).map((parts) => parts.join("")),
        ),
        (value) => {
          const next = safeNextPath(value);
          expect(next).not.toMatch(/[\u0000-\u001f\u007f\\]/);
          expect(landing(next).origin).toBe("https://atlas.example.org");
          expect(landing(next, "http://127.0.0.1:3000").origin).toBe("http://127.0.0.1:3000");
        },
      ),
      { numRuns: 2000 },
    );
  });
});
