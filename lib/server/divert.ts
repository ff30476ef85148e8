import type { ServerResponse } from "node:http";

/** Headers the HTTP server set before the app ran, kept on a replaced response. */
const KEEP = new Set(["x-request-id", "strict-transport-security"]);

type Replacement = { status: number; headers: Record<string, string>; body: string };

/**
 * Lets a response that is about to go out as a server error (≥ 500) be replaced whole, headers and
 * body, when `replace` says so at that moment. Used for requests already inside the app when the
 * database went away: they fail with the framework's 500, and the reader should get the same 503
 * page as everyone else. A response whose headers are already sent (a page streaming since before
 * the outage) cannot be changed and is left alone.
 */
export function divertServerErrors(response: ServerResponse, replace: () => Replacement | null): void {
  let decided = false;
  let replacement: Replacement | null = null;
  const decide = (status: number) => {
    if (decided) return;
    decided = true;
    replacement = status >= 500 ? replace() : null;
    if (!replacement) return;
    // The framework's headers go (its length, type, caching); the server's own stay.
    for (const name of response.getHeaderNames()) if (!KEEP.has(name)) response.removeHeader(name);
  };
  const writeHead = response.writeHead.bind(response) as (...args: unknown[]) => ServerResponse;
  const write = response.write.bind(response) as (...args: unknown[]) => boolean;
  const end = response.end.bind(response) as (...args: unknown[]) => ServerResponse;

  response.writeHead = ((status: number, ...rest: unknown[]) => {
    decide(status);
    return replacement ? writeHead(replacement.status, replacement.headers) : writeHead(status, ...rest);
  }) as typeof response.writeHead;
  response.write = ((chunk: unknown, ...rest: unknown[]) => {
    if (!response.headersSent) decide(response.statusCode);
    if (!replacement) return write(chunk, ...rest);
    const callback = rest.find((arg) => typeof arg === "function") as (() => void) | undefined;
    if (callback) process.nextTick(callback);
    return true;
  }) as typeof response.write;
  response.end = ((...args: unknown[]) => {
    if (!response.headersSent) decide(response.statusCode);
    if (!replacement) return end(...args);
    const callback = args.find((arg) => typeof arg === "function");
    return callback ? end(replacement.body, callback) : end(replacement.body);
  }) as typeof response.end;
}
