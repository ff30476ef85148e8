import { type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, test } from "vitest";
import { compileTrustedProxies } from "@/lib/security/client-address";
import { createAppServer, type AppServerOptions } from "@/lib/server/app-server";
import { closeAfterEach, get } from "../helpers/http";

async function start(options: Partial<AppServerOptions> & Pick<AppServerOptions, "handle">) {
  const exits: number[] = [];
  const app = createAppServer({
    trust: compileTrustedProxies(undefined),
    databaseAvailable: () => true,
    shutdownTimeoutSeconds: 10,
    exit: (code) => exits.push(code),
    ...options,
  });
  await new Promise<void>((resolve) => app.server.listen(0, "127.0.0.1", resolve));
  closeAfterEach(app.server);
  return { ...app, port: (app.server.address() as AddressInfo).port, exits };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("request ids", () => {
  test("every response carries one; a well-formed incoming id is kept, anything else replaced", async () => {
    const { port } = await start({ handle: (_req, res) => void res.end("ok") });
    const fresh = await get(port, "/");
    expect(fresh.headers["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
    expect((await get(port, "/", { "x-request-id": "edge-1234abcd" })).headers["x-request-id"]).toBe("edge-1234abcd");
    const forged = await get(port, "/", { "x-request-id": "<script>alert(1)</script>" });
    expect(forged.headers["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe("graceful shutdown", () => {
  test("SIGTERM during a load of slow requests: every one finishes, new connections are refused, the database closes last, exit 0", async () => {
    const events: string[] = [];
    let arrived = 0;
    const handle = async (_req: IncomingMessage, res: ServerResponse) => {
      arrived++;
      await sleep(800);
      res.end("slow but whole", () => events.push("finished"));
    };
    const app = await start({
      handle,
      async onShutdown() {
        events.push("database closed");
      },
    });
    const load = Array.from({ length: 30 }, (_, i) =>
      get(app.port, `/startups?page=${i}`).catch((error: Error) => error),
    );
    // SIGTERM once all of them are inside the app (on a busy machine connecting can take a while).
    await expect.poll(() => arrived, { timeout: 10_000, interval: 10 }).toBe(30);
    const stopping = app.shutdown("SIGTERM");
    await sleep(50);
    const late = await get(app.port, "/").catch((error: NodeJS.ErrnoException) => error.code);
    const replies = await Promise.all(load);
    await stopping;

    const failed = replies.filter(
      (reply) => reply instanceof Error || reply.status !== 200 || reply.body !== "slow but whole",
    );
    expect(failed).toHaveLength(0);
    expect(late).toBe("ECONNREFUSED");
    expect(events.at(-1)).toBe("database closed");
    expect(events.filter((e) => e === "finished")).toHaveLength(30);
    expect(app.exits).toEqual([0]);
  });

  test("requests that outlast SHUTDOWN_TIMEOUT_SECONDS are cut off, and the process still stops", async () => {
    const app = await start({
      handle: async (_req, res) => {
        await sleep(5_000);
        res.end("too late");
      },
      shutdownTimeoutSeconds: 0.3,
    });
    const stuck = get(app.port, "/").catch((error: Error) => error);
    await sleep(100);
    const started = Date.now();
    await app.shutdown("SIGTERM");
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(await stuck).toBeInstanceOf(Error);
    expect(app.exits).toEqual([0]);
  });
});

describe("database outage", () => {
  test("pages answer 503 with Retry-After and our page, the API JSON; health and server actions still reach the app", async () => {
    const reached: string[] = [];
    const app = await start({
      handle: (req, res) => {
        reached.push(`${req.method} ${req.url}`);
        res.end("from the app");
      },
      databaseAvailable: () => false,
    });
    const page = await get(app.port, "/startups/some-slug");
    expect(page.status).toBe(503);
    expect(page.headers["retry-after"]).toBe("5");
    expect(page.headers["content-type"]).toMatch(/text\/html/);
    expect(page.body).toContain("The data is briefly unavailable");
    const api = await get(app.port, "/api/startups/csv");
    expect(api.status).toBe(503);
    expect(JSON.parse(api.body)).toMatchObject({ error: "unavailable" });
    expect((await get(app.port, "/api/health")).body).toBe("from the app");
    expect((await get(app.port, "/admin/startups/1/edit", { "next-action": "abc" }, "POST")).body).toBe("from the app");
    expect(reached).toEqual(["GET /api/health", "POST /admin/startups/1/edit"]);
  });

  test("a request already inside the app when the database went away gets the 503 page, not the framework's 500", async () => {
    let available = true;
    const app = await start({
      handle: async (_req, res) => {
        available = false; // the outage begins while this request is being served
        res.statusCode = 500;
        res.setHeader("Content-Type", "text/html");
        res.setHeader("Content-Length", "29");
        res.end("<h1>Internal Server Error</h1>");
      },
      databaseAvailable: () => available,
    });
    const reply = await get(app.port, "/founders");
    expect(reply.status).toBe(503);
    expect(reply.headers["retry-after"]).toBe("5");
    expect(reply.body).toContain("The data is briefly unavailable");
    expect(reply.body).not.toContain("Internal Server Error");
  });

  test("an ordinary 500 while the database is up stays a 500", async () => {
    const app = await start({
      handle: (_req, res) => {
        res.writeHead(500, { "Content-Type": "text/plain" });
        res.end("a real bug");
      },
    });
    const reply = await get(app.port, "/founders");
    expect(reply.status).toBe(500);
    expect(reply.body).toBe("a real bug");
  });
});

describe("the language and the dated profile come from the address alone", () => {
  async function seen(path: string, headers: Record<string, string> = {}) {
    let received: IncomingMessage["headers"] = {};
    const app = await start({
      handle: (request, response) => {
        received = { ...request.headers };
        response.end("ok");
      },
    });
    await get(app.port, path, headers);
    return received;
  }

  test("/zh addresses of the public site, the admin and sign-in are 中文; a client's own locale header is dropped", async () => {
    expect((await seen("/zh/startups?sort=name"))["x-next-intl-locale"]).toBe("zh");
    expect((await seen("/zh"))["x-next-intl-locale"]).toBe("zh");
    expect((await seen("/startups", { "x-next-intl-locale": "zh" }))["x-next-intl-locale"]).toBeUndefined();
    expect((await seen("/zh/admin/startups"))["x-next-intl-locale"]).toBe("zh");
    expect((await seen("/zh/login?next=%2Fzh%2Fadmin"))["x-next-intl-locale"]).toBe("zh");
    expect((await seen("/admin"))["x-next-intl-locale"]).toBeUndefined();
    expect((await seen("/zh/api/startups"))["x-next-intl-locale"]).toBeUndefined();
    // An address that matches no page: its 404 is in the language the address asks for.
    expect((await seen("/zh/no-such-page"))["x-next-intl-locale"]).toBe("zh");
    expect((await seen("/zhejiang"))["x-next-intl-locale"]).toBeUndefined();
    expect((await seen("/zh/startups"))["x-atlas-path"]).toBe("/zh/startups");
  });

  test("a profile's ?asOf= reaches its layout in either language; nothing else does", async () => {
    expect((await seen("/startups/rokid?asOf=2025-01-01"))["x-atlas-as-of"]).toBe("2025-01-01");
    expect((await seen("/zh/founders/misa?asOf=2025-01-01"))["x-atlas-as-of"]).toBe("2025-01-01");
    expect((await seen("/startups?asOf=2025-01-01"))["x-atlas-as-of"]).toBeUndefined();
    expect((await seen("/startups/rokid", { "x-atlas-as-of": "2025-01-01" }))["x-atlas-as-of"]).toBeUndefined();
  });
});
