/**
 * The app's HTTP server: Next.js behind a plain Node server (lib/server/app-server.ts) that resolves
 * each request's client address from the socket and TRUSTED_PROXIES, gives it a request id, logs
 * and measures it, answers 503 while the database is down, and stops gracefully on SIGTERM.
 * `npm run dev` and `npm start` both run this file.
 */
import next from "next";
import { getDatabase, openedDatabase } from "./lib/db/database";
import { setResponseInvalidator } from "./lib/observability/context";
import { getLogger, routeConsoleToLogger } from "./lib/observability/logger";
import { compileTrustedProxies } from "./lib/security/client-address";
import { createAppServer } from "./lib/server/app-server";
import { createResponseCache, localClock, redisClock } from "./lib/server/response-cache";

const dev = process.argv.includes("--dev");
const hostname = process.env.HOST ?? (dev ? "localhost" : "0.0.0.0");
const port = Number(process.env.PORT ?? 3000);

// Every line the process writes, Next's own included, goes through one logger (JSON in production).
routeConsoleToLogger();
const log = getLogger().child({ component: "server" });

function fail(message: string): never {
  log.fatal(`Alumni Atlas cannot start: ${message}`);
  process.exit(1);
}

let trust: ReturnType<typeof compileTrustedProxies>;
try {
  trust = compileTrustedProxies(process.env.TRUSTED_PROXIES);
} catch (error) {
  fail(`TRUSTED_PROXIES ${error instanceof Error ? error.message : String(error)}`);
}
const shutdownTimeoutSeconds = Number(process.env.SHUTDOWN_TIMEOUT_SECONDS ?? 20);
if (!Number.isFinite(shutdownTimeoutSeconds) || shutdownTimeoutSeconds < 0) {
  fail(`SHUTDOWN_TIMEOUT_SECONDS must be a number of seconds ≥ 0; got ${process.env.SHUTDOWN_TIMEOUT_SECONDS}`);
}

// Rendered public pages kept in memory (lib/server/response-cache.ts), up to RESPONSE_CACHE_MB; 0 turns it off.
const responseCacheMb = Number(process.env.RESPONSE_CACHE_MB ?? 256);
if (!Number.isFinite(responseCacheMb) || responseCacheMb < 0) {
  fail(`RESPONSE_CACHE_MB must be a number of megabytes ≥ 0; got ${process.env.RESPONSE_CACHE_MB}`);
}
// Not in development, where a page must change as its code does.
const responseCache =
  dev || responseCacheMb === 0
    ? undefined
    : createResponseCache({
        clock: process.env.REDIS_URL
          ? redisClock(process.env.REDIS_URL, process.env.REDIS_KEY_PREFIX ?? "atlas")
          : localClock(),
        maxBytes: responseCacheMb * 1024 * 1024,
      });
setResponseInvalidator(responseCache && ((tags) => responseCache.invalidate(tags)));

const app = next({ dev, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

// The one database of the process (instrumentation.ts opens it, and ends the process if it cannot).
let database: Awaited<ReturnType<typeof getDatabase>> | undefined;
getDatabase().then(
  (db) => (database = db),
  () => undefined,
);

const { server, shutdown } = createAppServer({
  handle,
  trust,
  databaseAvailable: () => database?.availability.available ?? true,
  shutdownTimeoutSeconds,
  responseCache,
  async onShutdown() {
    await openedDatabase()?.then((db) => db.close());
  },
});

responseCache?.attach(server);

let signals = 0;
for (const signal of ["SIGTERM", "SIGINT"] as const) {
  process.on(signal, () => {
    // A second signal means "now": an operator pressing Ctrl-C twice.
    if (++signals > 1) process.exit(1);
    void shutdown(signal);
  });
}

server.listen(port, hostname, () => {
  log.info(`Alumni Atlas ready on http://${hostname === "0.0.0.0" ? "localhost" : hostname}:${port}`);
});
