import { AsyncLocalStorage } from "node:async_hooks";

export type RequestContext = { requestId: string };

// One store per process, on globalThis: server.ts (run by tsx) and Next's server bundles load their
// own copies of this module, and a request's id must reach log lines written from either.
declare global {
  var alumniAtlasRequestContext: AsyncLocalStorage<RequestContext> | undefined;
}

export function requestContextStorage(): AsyncLocalStorage<RequestContext> {
  globalThis.alumniAtlasRequestContext ??= new AsyncLocalStorage<RequestContext>();
  return globalThis.alumniAtlasRequestContext;
}

/** The id of the request being served, when there is one (server.ts sets it for every request). */
export function currentRequestId(): string | undefined {
  return requestContextStorage().getStore()?.requestId;
}

const INCOMING_ID = /^[A-Za-z0-9._:-]{8,128}$/;

/**
 * The request's id: a well-formed X-Request-Id from the proxy in front (so one id follows the request
 * through both logs), else a new UUID. Anything else a client sends is ignored, never echoed.
 */
export function resolveRequestId(incoming: string | string[] | undefined, create: () => string): string {
  const value = Array.isArray(incoming) ? incoming[0] : incoming;
  return value !== undefined && INCOMING_ID.test(value) ? value : create();
}
