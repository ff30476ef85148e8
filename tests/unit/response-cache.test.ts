import type { IncomingMessage, ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, test } from "vitest";
import {
  invalidateResponses,
  noteCachedRead,
  noteUncachedRead,
  setResponseInvalidator,
} from "@/lib/observability/context";
import { compileTrustedProxies } from "@/lib/security/client-address";
import { createAppServer } from "@/lib/server/app-server";
import { createResponseCache, localClock, type TagClock } from "@/lib/server/response-cache";
import { closeAfterEach, get } from "../helpers/http";

// The server's cache of rendered public pages (lib/server/response-cache.ts) in front of a stand-in
// for the framework: each "page" notes the tags of what it read, as lib/data/cached-read.ts does, and
// says which render of it this is, so a test can tell a kept response from a new render.

type Page = { tags?: string[]; uncached?: boolean; status?: number; cookie?: boolean; delayMs?: number };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A clock shared between instances, as the Redis one is: stale responses are not answered. */
function sharedClock(): TagClock {
  return { ...localClock(), shared: true };
}

async function start(pages: Record<string, Page>, clock: TagClock = localClock()) {
  const renders: string[] = [];
  const cache = createResponseCache({ clock, maxBytes: 16 * 1024 * 1024 });
  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const path = (request.url ?? "/").split("?")[0]!;
    if (request.method === "POST") {
      // A write: marks its tags changed, as lib/actions/safe-action.ts does.
      await invalidateResponses(String(request.headers["x-tags"] ?? "").split(","));
      response.end("saved");
      return;
    }
    // As Next.js does for a dynamic route: the request's URL gains the route's parameters.
    request.url = `${request.url}${request.url?.includes("?") ? "&" : "?"}nxtPslug=probe`;
    const page = pages[path] ?? { status: 404 };
    renders.push(path);
    const count = renders.filter((rendered) => rendered === path).length;
    if (page.tags) noteCachedRead(page.tags);
    if (page.uncached) noteUncachedRead();
    if (page.delayMs) await sleep(page.delayMs);
    if (page.cookie) response.setHeader("Set-Cookie", "chosen=1");
    response.statusCode = page.status ?? 200;
    response.setHeader("Content-Type", "text/html; charset=utf-8");
    response.end(`${path} render ${count}`);
  };
  const app = createAppServer({
    handle,
    trust: compileTrustedProxies(undefined),
    databaseAvailable: () => true,
    shutdownTimeoutSeconds: 1,
    exit: () => undefined,
    responseCache: cache,
  });
  cache.attach(app.server);
  setResponseInvalidator((tags) => cache.invalidate(tags));
  await new Promise<void>((resolve) => app.server.listen(0, "127.0.0.1", resolve));
  closeAfterEach({
    close() {
      setResponseInvalidator(undefined);
      app.server.close();
      app.server.closeAllConnections();
    },
  });
  const port = (app.server.address() as AddressInfo).port;
  const write = (tags: string[]) => get(port, "/write", { "x-tags": tags.join(",") }, "POST");
  return { port, renders, cache, write };
}

describe("kept public pages", () => {
  test("a page is rendered once and then answered from memory, with its ETag and a 304 for a revalidating client", async () => {
    const { port, renders } = await start({ "/startups/rokid": { tags: ["page:/startups/rokid", "records"] } });
    const first = await get(port, "/startups/rokid");
    expect(first.headers["x-atlas-cache"]).toBe("MISS");
    const second = await get(port, "/startups/rokid");
    expect(second.headers["x-atlas-cache"]).toBe("HIT");
    expect(second.body).toBe("/startups/rokid render 1");
    expect(second.headers.etag).toBe(first.headers.etag);
    expect(second.headers["cache-control"]).toBe(first.headers["cache-control"]);
    expect(second.headers["x-request-id"]).not.toBe(first.headers["x-request-id"]);
    const revalidated = await get(port, "/startups/rokid", { "if-none-match": String(first.headers.etag) });
    expect(revalidated.status).toBe(304);
    expect(revalidated.body).toBe("");
    expect(renders).toEqual(["/startups/rokid"]);
  });

  test("a write answers the pages that showed its tags from the previous render once while one background render makes the new one; other pages stay", async () => {
    const { port, renders, write } = await start({
      "/": { tags: ["page:/", "charts"], delayMs: 100 },
      "/reported-figures": { tags: ["sources"] },
    });
    await get(port, "/");
    await get(port, "/reported-figures");
    expect((await write(["charts"])).body).toBe("saved");

    const stale = await Promise.all([get(port, "/"), get(port, "/"), get(port, "/")]);
    expect(stale.map((reply) => reply.body)).toEqual(Array(3).fill("/ render 1"));
    expect(stale.map((reply) => reply.headers["x-atlas-cache"])).toEqual(Array(3).fill("STALE"));
    // One background render for the three stale readers, whose result the next reader gets.
    await expect.poll(async () => (await get(port, "/")).body).toBe("/ render 2");
    expect((await get(port, "/")).headers["x-atlas-cache"]).toBe("HIT");
    expect(renders.filter((path) => path === "/")).toHaveLength(2);

    expect((await get(port, "/reported-figures")).headers["x-atlas-cache"]).toBe("HIT");
    expect(renders.filter((path) => path === "/reported-figures")).toHaveLength(1);
  });

  test("after a write, the pages it changed are rendered again before anyone asks, most recently read first", async () => {
    const { port, renders, write } = await start({
      "/": { tags: ["records"] },
      "/startups": { tags: ["records"] },
      "/reported-figures": { tags: ["reported-figures"] },
    });
    for (const path of ["/", "/startups", "/reported-figures"]) await get(port, path);
    await write(["records"]);
    await expect.poll(() => renders.length).toBe(5);
    expect(renders.slice(3).sort()).toEqual(["/", "/startups"]);
    const next = await get(port, "/");
    expect([next.headers["x-atlas-cache"], next.body]).toEqual(["HIT", "/ render 2"]);
  });

  test("a page that read past its cached reads, set a cookie or did not answer 200 is rendered every time", async () => {
    const { port, renders } = await start({
      "/startups/dated": { tags: ["records"], uncached: true },
      "/startups/cookie": { tags: ["records"], cookie: true },
      "/startups/gone": { tags: ["records"], status: 404 },
    });
    for (const path of ["/startups/dated", "/startups/cookie", "/startups/gone"]) {
      await get(port, path);
      expect((await get(port, path)).headers["x-atlas-cache"]).toBe("MISS");
    }
    expect(renders).toHaveLength(6);
  });

  test("signed-in readers, the admin, search, other methods and a forged refresh header all reach the app", async () => {
    const { port, renders } = await start({
      "/": { tags: ["page:/"] },
      "/admin": { tags: [] },
      "/search": { tags: ["records"] },
    });
    await get(port, "/");
    await get(port, "/", { cookie: "better-auth.session_token=abc" });
    await get(port, "/", { cookie: "__prerender_bypass=1" });
    await get(port, "/admin");
    await get(port, "/admin");
    await get(port, "/", {}, "HEAD");
    await get(port, "/search?q=ant");
    await get(port, "/search?q=ant");
    expect(renders).toEqual(["/", "/", "/", "/admin", "/admin", "/", "/search", "/search"]);
    // A client cannot pass for the server's own background render.
    const forged = await get(port, "/", { "x-atlas-refresh": "guess" });
    expect(forged.headers["x-atlas-cache"]).toBe("HIT");
    expect(renders).toHaveLength(8);
  });

  test("the address, the host and the client's encoding make different pages; a page gone since is no longer answered", async () => {
    const pages: Record<string, Page> = { "/startups": { tags: ["page:/startups"] } };
    const { port, renders, write } = await start(pages);
    await get(port, "/startups?page=1");
    await get(port, "/startups?page=2");
    await get(port, "/startups?page=1", { "accept-encoding": "gzip" });
    await get(port, "/startups?page=1", { host: "atlas.example.org" });
    expect(renders).toHaveLength(4);
    expect((await get(port, "/startups?page=2")).headers["x-atlas-cache"]).toBe("HIT");

    // Removed: the background render answers 404, so the stale copy is dropped rather than kept.
    pages["/startups"] = { status: 404 };
    await write(["page:/startups"]);
    await expect.poll(async () => (await get(port, "/startups?page=2")).status).toBe(404);
  });
});

describe("instances sharing one clock", () => {
  test("a stale page is rendered for its reader, not answered; readers of a page being rendered wait for that one render", async () => {
    const { port, renders, write } = await start({ "/": { tags: ["page:/"], delayMs: 200 } }, sharedClock());
    await get(port, "/");
    await write(["page:/"]);
    const readers = await Promise.all(Array.from({ length: 5 }, () => get(port, "/")));
    expect(readers.map((reply) => reply.body)).toEqual(Array(5).fill("/ render 2"));
    expect(renders).toEqual(["/", "/"]);
  });

  test("a render that began before a write is not kept as fresh", async () => {
    const { port, write } = await start({ "/": { tags: ["page:/"], delayMs: 300 } }, sharedClock());
    const during = get(port, "/");
    await sleep(100);
    await write(["page:/"]);
    expect((await during).body).toBe("/ render 1");
    expect((await get(port, "/")).body).toBe("/ render 2");
  });
});
