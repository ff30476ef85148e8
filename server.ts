/**
 * The app's HTTP server: Next.js behind a plain Node server so that every request's client address
 * is resolved once, from the socket and TRUSTED_PROXIES, before any route sees it (see
 * lib/security/client-address.ts). `npm run dev` and `npm start` both run this file.
 */
import { createServer } from "node:http";
import next from "next";
import { compileTrustedProxies, stampClientAddress } from "./lib/security/client-address";
import { HSTS_VALUE, servedOverHttps } from "./lib/security/headers";
import { hasMalformedPath } from "./lib/security/request-path";

const dev = process.argv.includes("--dev");
const hostname = process.env.HOST ?? (dev ? "localhost" : "0.0.0.0");
const port = Number(process.env.PORT ?? 3000);

function fail(message: string): never {
  console.error(`\n  Alumni Atlas cannot start: ${message}\n`);
  process.exit(1);
}

let trust: ReturnType<typeof compileTrustedProxies>;
try {
  trust = compileTrustedProxies(process.env.TRUSTED_PROXIES);
} catch (error) {
  fail(`TRUSTED_PROXIES ${error instanceof Error ? error.message : String(error)}`);
}

const app = next({ dev, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

const server = createServer((request, response) => {
  stampClientAddress(request, trust);
  // After the stamp: X-Forwarded-Proto is left only when a trusted proxy sent it.
  if (servedOverHttps(request.headers["x-forwarded-proto"], process.env.SITE_URL))
    response.setHeader("Strict-Transport-Security", HSTS_VALUE);
  // Next.js answers a path it cannot percent-decode with a 500; refuse it here (lib/security/request-path.ts).
  if (hasMalformedPath(request.url)) {
    response.writeHead(400, {
      "content-type": "text/plain; charset=utf-8",
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
    });
    response.end("Bad request: the address is not correctly percent-encoded.\n");
    return;
  }
  void handle(request, response);
});
server.listen(port, hostname, () => {
  console.log(`▲ Alumni Atlas ready on http://${hostname === "0.0.0.0" ? "localhost" : hostname}:${port}`);
});
