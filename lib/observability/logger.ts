import { mkdirSync } from "node:fs";
import path from "node:path";
import { format } from "node:util";
import pino, { type DestinationStream, type Logger } from "pino";
import pretty from "pino-pretty";
import { currentRequestId } from "./context";
import { redactPaths, redactSecrets } from "./redact";

export type { Logger };

function serializeError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { message: redactSecrets(String(error)) };
  const { code, cause } = error as Error & { code?: unknown; cause?: unknown };
  return {
    type: error.name,
    message: redactSecrets(error.message),
    ...(typeof code === "string" || typeof code === "number" ? { code } : {}),
    ...(error.stack ? { stack: redactSecrets(error.stack) } : {}),
    ...(cause !== undefined ? { cause: serializeError(cause) } : {}),
  };
}

function destination(): DestinationStream {
  const production = process.env.NODE_ENV === "production";
  // Readable lines for a developer; one JSON object per line for a log collector.
  const console: DestinationStream = production
    ? pino.destination({ fd: 1, sync: true })
    : pretty({
        colorize: process.stdout.isTTY,
        sync: true,
        translateTime: "HH:MM:ss.l",
        ignore: "pid,hostname,service,component",
        messageFormat: "[{component}] {msg}",
        singleLine: true,
      });
  const file = process.env.LOG_FILE;
  if (!file) return console;
  // A copy in a file, JSON always: the end-to-end run greps it for secrets.
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  return pino.multistream([
    { stream: console },
    { stream: pino.destination({ dest: file, sync: true, append: true }) },
  ]);
}

function createLogger(): Logger {
  return pino(
    {
      level: process.env.LOG_LEVEL ?? "info",
      base: { service: "alumni-atlas" },
      redact: { paths: redactPaths, censor: "[redacted]" },
      serializers: { err: serializeError, error: serializeError },
      // Every line written while serving a request carries that request's id.
      mixin: () => {
        const requestId = currentRequestId();
        return requestId ? { requestId } : {};
      },
      hooks: {
        // Messages are scrubbed as well as objects: an error's text can quote a connection string.
        logMethod(args, method) {
          const scrubbed = args.map((arg) => (typeof arg === "string" ? redactSecrets(arg) : arg));
          method.apply(this, scrubbed as Parameters<typeof method>);
        },
      },
    },
    destination(),
  );
}

// One logger per process, shared by server.ts and Next's bundles (see context.ts).
declare global {
  var alumniAtlasLogger: Logger | undefined;
}

export function getLogger(): Logger {
  globalThis.alumniAtlasLogger ??= createLogger();
  return globalThis.alumniAtlasLogger;
}

/** A child logger for one part of the app: `logger("db").warn(…)` writes `{"component":"db",…}`. */
export function logger(component: string): Logger {
  return getLogger().child({ component });
}

type ConsoleMethod = "log" | "info" | "warn" | "error" | "debug";
const LEVEL_OF: Record<ConsoleMethod, "info" | "warn" | "error" | "debug"> = {
  log: "info",
  info: "info",
  warn: "warn",
  error: "error",
  debug: "debug",
};

/**
 * Sends console output (Next.js's own messages, libraries', ours) through the logger, so every line
 * the server writes is structured, carries the request id and is scrubbed of secrets.
 */
export function routeConsoleToLogger(): void {
  const log = getLogger().child({ component: "console" });
  for (const method of Object.keys(LEVEL_OF) as ConsoleMethod[]) {
    const level = LEVEL_OF[method];
    console[method] = (...args: unknown[]) => {
      const error = args.find((arg) => arg instanceof Error);
      const message = args
        .filter((arg) => arg !== error)
        .map((arg) => (typeof arg === "string" ? arg : format("%o", arg)))
        .join(" ")
        .trim();
      if (error) log[level]({ err: error }, message || (error as Error).message);
      else log[level](message);
    };
  }
}
