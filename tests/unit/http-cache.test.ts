import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, test } from "vitest";
import { pageTag, tagsForRecordWrite } from "@/lib/data/cache-tags";
import { applyHttpCaching, cachePolicy, PUBLIC_CACHE_CONTROL, SNAPSHOT_CACHE_CONTROL } from "@/lib/server/http-cache";
import { closeAfterEach, get } from "../helpers/http";

/** A server that does what Next.js does with a dynamic page: its private header, then a streamed body. */
async function serve(handle: (req: IncomingMessage, res: ServerResponse) => void) {
  const server = createServer((req, res) => {
    applyHttpCaching(req, res);
    handle(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  closeAfterEach(server);
  return (server.address() as AddressInfo).port;
}

const page = (body: string) => (_req: IncomingMessage, res: ServerResponse) => {
  res.setHeader("Cache-Control", "private, no-cache, no-store, max-age=0, must-revalidate");
  res.setHeader("Content-Type", "text/html; charset=utf-8");
  res.write(body.slice(0, 5));
  setTimeout(() => res.end(body.slice(5)), 5);
};

describe("cache policy per route class", () => {
  test.each([
    ["/", PUBLIC_CACHE_CONTROL],
    ["/startups/rokid", PUBLIC_CACHE_CONTROL],
    ["/zh", PUBLIC_CACHE_CONTROL],
    ["/zh/startups/rokid", PUBLIC_CACHE_CONTROL],
    ["/zh/embed/charts/startups-by-city", PUBLIC_CACHE_CONTROL],
    ["/startups?sort=funding", PUBLIC_CACHE_CONTROL],
    ["/charts/startups-by-city", PUBLIC_CACHE_CONTROL],
    ["/embed/charts/startups-by-city", PUBLIC_CACHE_CONTROL],
    ["/api/charts/startups-by-city/data.json", PUBLIC_CACHE_CONTROL],
    ["/api/charts/startups-by-city/data.csv?snapshot=abc", SNAPSHOT_CACHE_CONTROL],
  ])("%s is public", (url, expected) => {
    expect(cachePolicy("GET", url, undefined)?.cacheControl).toBe(expected);
  });

  test.each([
    "/admin",
    "/admin/startups/1/edit",
    "/zh/admin",
    "/zhejiang",
    "/login",
    "/suggest",
    "/api/auth/get-session",
    "/api/metrics",
  ])("%s is left as the app made it", (url) => {
    expect(cachePolicy("GET", url, undefined)).toBeNull();
  });

  test("signed-in readers and editors in draft mode get pages past every cache", () => {
    expect(cachePolicy("GET", "/", "atlas.session_token=abc")).toBeNull();
    expect(cachePolicy("GET", "/zh/startups/rokid", "atlas.session_token=abc")).toBeNull();
    expect(cachePolicy("GET", "/", "theme=dark; __Secure-atlas.session_token=abc")).toBeNull();
    expect(cachePolicy("GET", "/", "__prerender_bypass=1")).toBeNull();
    expect(cachePolicy("POST", "/", undefined)).toBeNull();
  });
});

describe("responses a CDN can hold", () => {
  test("a public page gets s-maxage, stale-while-revalidate and a strong ETag; If-None-Match answers 304 with no body", async () => {
    const port = await serve(page("<html>Rokid</html>"));
    const first = await get(port, "/startups/rokid");
    expect(first.status).toBe(200);
    expect(first.body).toBe("<html>Rokid</html>");
    expect(first.headers["cache-control"]).toBe(PUBLIC_CACHE_CONTROL);
    const etag = String(first.headers.etag);
    expect(etag).toMatch(/^"[\w-]{32}"$/);

    const again = await get(port, "/startups/rokid", { "if-none-match": etag });
    expect(again.status).toBe(304);
    expect(again.body).toBe("");
    expect(again.headers.etag).toBe(etag);
    expect(again.headers["cache-control"]).toBe(PUBLIC_CACHE_CONTROL);
    expect((await get(port, "/startups/rokid", { "if-none-match": '"other"' })).status).toBe(200);
  });

  test("the same bytes get the same ETag, other bytes another", async () => {
    let name = "Rokid";
    const port = await serve((req, res) => page(`<html>${name}</html>`)(req, res));
    const a = (await get(port, "/")).headers.etag;
    expect((await get(port, "/")).headers.etag).toBe(a);
    name = "Rokid (edited)";
    expect((await get(port, "/")).headers.etag).not.toBe(a);
  });

  test("the admin, a signed-in reader, errors and snapshots keep their own headers", async () => {
    const port = await serve(page("<html>private</html>"));
    const admin = await get(port, "/admin");
    expect(admin.headers["cache-control"]).toMatch(/^private/);
    expect(admin.headers.etag).toBeUndefined();
    const signedIn = await get(port, "/", { cookie: "atlas.session_token=abc" });
    expect(signedIn.headers["cache-control"]).toMatch(/^private/);

    const missing = await serve((_req, res) => {
      res.statusCode = 404;
      res.setHeader("Cache-Control", "private, no-cache, no-store, max-age=0, must-revalidate");
      res.end("not found");
    });
    expect((await get(missing, "/startups/nobody")).headers["cache-control"]).toMatch(/^private/);

    const snapshot = await serve((_req, res) => {
      res.writeHead(200, { "cache-control": SNAPSHOT_CACHE_CONTROL, "content-type": "application/json" });
      res.end("{}");
    });
    const pinned = await get(snapshot, "/api/charts/startups-by-city/data.json?snapshot=abc");
    expect(pinned.headers["cache-control"]).toBe(SNAPSHOT_CACHE_CONTROL);
    expect(pinned.headers.etag).toMatch(/^"/);
  });
});

describe("what a record write invalidates", () => {
  test("its own public pages, the pages that show records, and the charts only for what charts count", () => {
    expect(tagsForRecordWrite("startups", ["/", "/startups", "/startups/rokid", "/cities"]).sort()).toEqual(
      ["charts", "page:/", "page:/cities", "page:/startups", "page:/startups/rokid", "records"].sort(),
    );
    expect(tagsForRecordWrite("sources", ["/"]).sort()).toEqual(["page:/", "records"]);
    expect(tagsForRecordWrite("citations", ["/"])).not.toContain("charts");
    expect(tagsForRecordWrite("people", ["/", "/founders", "/founders/chen", "/admin/people"])).not.toContain(
      "page:/admin/people",
    );
  });

  test("a path too long for a tag is named by its hash, the same for the read and the write", () => {
    const long = `/startups/${"x".repeat(300)}`;
    expect(pageTag("/startups/rokid")).toBe("page:/startups/rokid");
    expect(pageTag(long).length).toBeLessThanOrEqual(256);
    expect(pageTag(long)).toBe(pageTag(long));
    expect(pageTag(long)).not.toBe(pageTag(`${long}y`));
    expect(tagsForRecordWrite("startups", [long])).toContain(pageTag(long));
  });
});
