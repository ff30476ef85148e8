// A raw HTTP client for tests of the servers around the app (lib/server): one request, no agent, no
// redirects followed, the body read whole, and servers closed after each test.
import { request as httpRequest } from "node:http";
import { afterEach } from "vitest";

export type Reply = { status: number; headers: Record<string, string | string[] | undefined>; body: string };

export function get(port: number, path: string, headers: Record<string, string> = {}, method = "GET"): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: "127.0.0.1", port, path, method, headers, agent: false }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end();
  });
}

/** Servers a test started, closed after it (register each with `closeAfterEach(server)`). */
const servers: { close(): void }[] = [];
afterEach(() => {
  for (const server of servers.splice(0)) server.close();
});

export function closeAfterEach<T extends { close(): void }>(server: T): T {
  servers.push(server);
  return server;
}
