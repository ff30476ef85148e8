import type { BetterAuthPlugin } from "better-auth";

/** Where the auth library's handler is mounted (app/api/auth/[...all]/route.ts). */
export const AUTH_BASE_PATH = "/api/auth";

/**
 * The library endpoints the app uses over HTTP: the sign-in form, the sign-out button and the
 * session read. Everything else the library and its admin plugin offer (creating users, setting
 * roles and passwords, removing users, impersonation, profile and email changes …) is answered 404:
 * every account change goes through the app's own actions (lib/actions/users.ts), with its rules
 * and its history. Server code calls the library directly (auth.api), which this does not affect.
 */
export const AUTH_ENDPOINTS_IN_USE: ReadonlySet<string> = new Set([
  "POST /sign-in/email",
  "POST /sign-out",
  "GET /get-session",
]);

/** "POST /sign-in/email" for a request to the handler, or null when it is not under the base path. */
export function authEndpointOf(request: Request): string | null {
  const { pathname } = new URL(request.url);
  if (!pathname.startsWith(`${AUTH_BASE_PATH}/`)) return null;
  return `${request.method.toUpperCase()} ${pathname.slice(AUTH_BASE_PATH.length)}`;
}

/** Refuses, before the library routes it, every request to an endpoint the app does not use. */
export function onlyEndpointsInUse(): BetterAuthPlugin {
  return {
    id: "only-endpoints-in-use",
    async onRequest(request) {
      const endpoint = authEndpointOf(request);
      if (endpoint && AUTH_ENDPOINTS_IN_USE.has(endpoint)) return;
      return {
        response: Response.json({ message: "Not found", code: "NOT_FOUND" }, { status: 404 }),
      };
    },
  };
}
