import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, test } from "vitest";
import { renderAtomFeed } from "@/lib/api/atom";
import { decodeCursor, encodeCursor, keysetCursorSchema, pageCursorSchema } from "@/lib/api/cursor";
import { MemoryRateLimiter } from "@/lib/api/memory-rate-limit";

describe("the in-memory rate limiter", () => {
  test("counts per client within a fixed window, then starts again", () => {
    const limiter = new MemoryRateLimiter(2, 60);
    const t = 1_000_000;
    expect(limiter.consume("a", t)).toEqual({ allowed: true, limit: 2, remaining: 1, resetSeconds: 60 });
    expect(limiter.consume("a", t + 1_000)).toMatchObject({ allowed: true, remaining: 0, resetSeconds: 59 });
    expect(limiter.consume("a", t + 2_000)).toMatchObject({ allowed: false, remaining: 0, resetSeconds: 58 });
    expect(limiter.consume("b", t + 2_000)).toMatchObject({ allowed: true, remaining: 1 });
    expect(limiter.consume("a", t + 60_000)).toMatchObject({ allowed: true, remaining: 1, resetSeconds: 60 });
  });

  test("tracks a bounded number of clients", () => {
    const limiter = new MemoryRateLimiter(1, 60, 3);
    for (const key of ["a", "b", "c", "d", "e"]) limiter.consume(key, 0);
    // The oldest were forgotten to make room: "a" counts from zero again.
    expect(limiter.consume("a", 1)).toMatchObject({ allowed: true });
    expect(limiter.consume("e", 1)).toMatchObject({ allowed: false });
  });
});

describe("cursors", () => {
  test("round-trip and refuse anything they did not make", () => {
    const cursor = encodeCursor({ k: "rokid", i: 12 });
    expect(decodeCursor(cursor, keysetCursorSchema)).toEqual({ k: "rokid", i: 12 });
    expect(decodeCursor(cursor, pageCursorSchema)).toBeNull();
    for (const bad of [
      "",
      "not a cursor",
      "%%%",
      encodeCursor({ k: "x", i: -1 }),
      encodeCursor({ p: 1, l: 25 }),
      "eyJ",
    ]) {
      expect(decodeCursor(bad, keysetCursorSchema), bad).toBeNull();
      expect(decodeCursor(bad, pageCursorSchema), bad).toBeNull();
    }
  });
});

describe("Atom", () => {
  test("escapes markup and drops characters XML cannot carry", () => {
    const xml = renderAtomFeed({
      id: "https://atlas.example/api/v1/changes.atom?a=1&b=2",
      title: 'Changes to "R&D" <b>',
      self: "https://atlas.example/api/v1/changes.atom?a=1&b=2",
      alternate: "https://atlas.example/",
      fallbackUpdated: new Date("2026-01-01T00:00:00Z"),
      entries: [
        {
          id: "https://atlas.example/api/v1/changes.atom#change-1",
          title: "Updated start-up: A&B <script>",
          updated: new Date("2026-11-30T10:00:00Z"),
          summary: "bell\u0007 and nul\u0000 gone",
          link: null,
        },
      ],
    });
    expect(XMLValidator.validate(xml)).toBe(true);
    const feed = new XMLParser().parse(xml).feed;
    expect(feed.title).toBe('Changes to "R&D" <b>');
    expect(feed.updated).toBe("2026-11-30T10:00:00.000Z");
    expect(feed.entry.title).toBe("Updated start-up: A&B <script>");
    expect(feed.entry.content).toBe("bell and nul gone");
  });
});
