import { NextResponse, type NextRequest } from "next/server";
import { AUTH_COOKIE_PREFIX } from "./lib/auth/cookie";
import { AS_OF_HEADER } from "./lib/security/as-of-header";
import { contentSecurityPolicy } from "./lib/security/headers";

const SESSION_COOKIES = [`${AUTH_COOKIE_PREFIX}.session_token`, `__Secure-${AUTH_COOKIE_PREFIX}.session_token`];

/**
 * The admin and the sign-in page, which render per request anyway: a Content-Security-Policy with
 * a fresh nonce (Next.js reads it from the request's policy and puts it on its scripts), and for
 * the admin an optimistic check: without a session cookie, go to sign-in and come back to the same
 * page afterwards. The real checks (a live session, the role) happen in the admin layout and, for
 * every write, in the action itself.
 *
 * And profiles asked for as they were at a date (`?asOf=`): the date goes in AS_OF_HEADER for the
 * profile's layout, nothing else changes.
 */
export function proxy(request: NextRequest) {
  const asOf = request.nextUrl.searchParams.get("asOf");
  if (asOf !== null && PROFILE_SECTIONS.has(request.nextUrl.pathname.split("/")[1] ?? "")) {
    // A dated profile: its layout lets a record deleted since through to the page (lib/routing/former-slug.ts).
    const headers = new Headers(request.headers);
    headers.set(AS_OF_HEADER, asOf.slice(0, 40));
    return NextResponse.next({ request: { headers } });
  }
  const path = `${request.nextUrl.pathname}${request.nextUrl.search}`;
  const isAdmin = request.nextUrl.pathname === "/admin" || request.nextUrl.pathname.startsWith("/admin/");
  if (isAdmin && !SESSION_COOKIES.some((name) => request.cookies.get(name)?.value)) {
    const login = new URL("/login", request.url);
    login.searchParams.set("next", path);
    return NextResponse.redirect(login);
  }
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(18))).toString("base64");
  const policy = contentSecurityPolicy({ nonce, dev: process.env.NODE_ENV === "development" });
  const headers = new Headers(request.headers);
  headers.set("content-security-policy", policy);
  // Tells the layout where the reader was, for a sign-in that returns there (an expired session).
  if (isAdmin) headers.set("x-admin-path", path);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

const PROFILE_SECTIONS = new Set(["startups", "founders", "investors", "units", "cities"]);

export const config = {
  matcher: [
    "/admin",
    "/admin/:path*",
    "/login",
    // Literal entries: Next.js reads this config at build time and takes no computed values.
    { source: "/startups/:slug", has: [{ type: "query", key: "asOf" }] },
    { source: "/founders/:slug", has: [{ type: "query", key: "asOf" }] },
    { source: "/investors/:slug", has: [{ type: "query", key: "asOf" }] },
    { source: "/units/:slug", has: [{ type: "query", key: "asOf" }] },
    { source: "/cities/:slug", has: [{ type: "query", key: "asOf" }] },
  ],
};
