import { messageOf } from "../errors";
import { requestContextStorage } from "../observability/context";
import { logger } from "../observability/logger";
import { reportDatabaseAvailable } from "../observability/metrics";
import { redactSecrets } from "../observability/redact";

// SQLSTATE classes and codes that mean "the server is gone or not taking connections", not "this query is wrong".
const UNAVAILABLE_SQLSTATES = /^(08|57P0[1-4]|53300)/;
const UNAVAILABLE_NODE_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EHOSTUNREACH",
  "ENETUNREACH",
]);
// Prisma's own codes for an unreachable server, and its driver adapters' error kinds.
const UNAVAILABLE_PRISMA_CODES = new Set(["P1001", "P1002", "P1017"]);
const UNAVAILABLE_ADAPTER_KINDS = new Set([
  "DatabaseNotReachable",
  "ConnectionClosed",
  "SocketTimeout",
  "TooManyConnections",
]);
const UNAVAILABLE_MESSAGES =
  /Connection terminated|connection timeout|timeout exceeded when trying to connect|Client has encountered a connection error|Connection ended unexpectedly|the database system is (starting up|shutting down)|Can't reach database server/i;

/** Whether an error means the database cannot be reached (as opposed to a bad query or a refusal). */
export function isUnavailableError(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== "object" || depth > 4) return false;
  const { code, cause, message, kind, originalCode, meta } = error as {
    code?: unknown;
    cause?: unknown;
    message?: unknown;
    kind?: unknown;
    originalCode?: unknown;
    meta?: { driverAdapterError?: unknown };
  };
  for (const value of [code, originalCode]) {
    if (typeof value !== "string") continue;
    if (UNAVAILABLE_NODE_CODES.has(value) || UNAVAILABLE_PRISMA_CODES.has(value)) return true;
    if (/^[0-9A-Z]{5}$/.test(value) && UNAVAILABLE_SQLSTATES.test(value)) return true;
  }
  if (typeof kind === "string" && UNAVAILABLE_ADAPTER_KINDS.has(kind)) return true;
  if (typeof message === "string" && UNAVAILABLE_MESSAGES.test(message)) return true;
  // Prisma and its driver adapters wrap the driver's error: look inside.
  return isUnavailableError(cause, depth + 1) || isUnavailableError(meta?.driverAdapterError, depth + 1);
}

export type DatabaseAvailability = {
  /** False from the first connection failure until a probe reaches the database again. */
  readonly available: boolean;
  /** Called with every error the driver sees; only connection failures change anything. */
  observe(error: unknown): void;
  /** Stops probing (the database is being closed). */
  stop(): void;
};

export type AvailabilityOptions = {
  /** Opens a fresh connection and runs a trivial query; rejects while the database is unreachable. */
  probe(): Promise<void>;
  /** Between probes during an outage. */
  retryMs?: number;
  /** Between background probes while all is well: finds an outage even when no request is running. */
  checkMs?: number;
};

/**
 * Tracks whether the database is reachable. An outage is noticed from the driver's own errors (a
 * refused connection, a terminated session) the moment the first query fails, and from a
 * background probe otherwise; from then on a probe runs every `retryMs` until the database
 * answers again. The outage and the recovery are each logged once, with the cause and no secrets.
 */
export function trackAvailability(options: AvailabilityOptions): DatabaseAvailability {
  const log = logger("db");
  const retryMs = options.retryMs ?? 250;
  const checkMs = options.checkMs ?? 5_000;
  let available = true;
  let downSince = 0;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;

  // Outside any request's context: the outage is the process's news, not the request's that met it.
  const schedule = (ms: number) =>
    requestContextStorage().exit(() => {
      if (stopped) return;
      clearTimeout(timer);
      timer = setTimeout(runProbe, ms);
      timer.unref();
    });
  const markDown = (error: unknown) => {
    if (!available || stopped) return;
    available = false;
    downSince = Date.now();
    reportDatabaseAvailable(false);
    const code = (error as { code?: unknown }).code;
    requestContextStorage().exit(() =>
      log.error(
        { cause: redactSecrets(messageOf(error)), ...(typeof code === "string" ? { code } : {}) },
        "database unavailable: pages answer 503 until it is back",
      ),
    );
    schedule(retryMs);
  };
  const runProbe = async () => {
    try {
      await options.probe();
      if (!available) {
        available = true;
        reportDatabaseAvailable(true);
        log.info({ outageSeconds: (Date.now() - downSince) / 1000 }, "database available again");
      }
      schedule(checkMs);
    } catch (error) {
      if (available && isUnavailableError(error)) markDown(error);
      else schedule(available ? checkMs : retryMs);
    }
  };
  schedule(checkMs);

  return {
    get available() {
      return available;
    },
    observe(error) {
      if (isUnavailableError(error)) markDown(error);
    },
    stop() {
      stopped = true;
      clearTimeout(timer);
    },
  };
}

/** The embedded database lives in this process: it is there as long as the process is. */
export const alwaysAvailable: DatabaseAvailability = {
  available: true,
  observe: () => undefined,
  stop: () => undefined,
};
