import { AsyncLocalStorage } from "node:async_hooks";

export type RequestContext = {
  requestId: string;
  /**
   * What the request's render read, for the server's response cache (lib/server/response-cache.ts):
   * the tags of its cached reads, and whether it read anything past them (then it is not kept).
   */
  reads?: { tags: Set<string>; uncached: boolean };
  /** The tags the request's write invalidated (lib/actions/safe-action.ts). */
  invalidated?: Set<string>;
};

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

/** A cached read's tags (lib/data/cached-read.ts): the response that shows it is kept until they change. */
export function noteCachedRead(tags: readonly string[]): void {
  const reads = requestContextStorage().getStore()?.reads;
  if (reads) for (const tag of tags) reads.tags.add(tag);
}

/** A read no tag covers (the database outside a cached read): the response is not kept. */
export function noteUncachedRead(): void {
  const reads = requestContextStorage().getStore()?.reads;
  if (reads) reads.uncached = true;
}

type ResponseInvalidator = (tags: readonly string[]) => Promise<void>;
declare global {
  var alumniAtlasResponseInvalidator: ResponseInvalidator | undefined;
}

/** Set by the server when it keeps rendered responses (lib/server/response-cache.ts). */
export function setResponseInvalidator(invalidator: ResponseInvalidator | undefined): void {
  globalThis.alumniAtlasResponseInvalidator = invalidator;
}

/**
 * Marks the rendered responses that showed `tags` stale, on every instance, before the write answers;
 * the server marks them once more when the response is sent, after the framework has applied the same
 * tags to its data cache (a render in between may have read the data cache's previous value).
 */
export async function invalidateResponses(tags: readonly string[]): Promise<void> {
  const context = requestContextStorage().getStore();
  if (context) for (const tag of tags) (context.invalidated ??= new Set()).add(tag);
  await globalThis.alumniAtlasResponseInvalidator?.(tags);
}
