import { NextResponse, type NextRequest } from "next/server";
import { AUTH_COOKIE_PREFIX } from "./lib/auth/cookie";

const SESSION_COOKIES = [`${AUTH_COOKIE_PREFIX}.session_token`, `__Secure-${AUTH_COOKIE_PREFIX}.session_token`];

/**
 * An optimistic check for the admin: without a session cookie, go to sign-in and come back to the
 * same page afterwards. The real checks (a live session, the role) happen in the admin layout and,
 * for every write, in the action itself.
 */
export function proxy(request: NextRequest) {
  const path = `${request.nextUrl.pathname}${request.nextUrl.search}`;
  if (!SESSION_COOKIES.some((name) => request.cookies.get(name)?.value)) {
    const login = new URL("/login", request.url);
    login.searchParams.set("next", path);
    return NextResponse.redirect(login);
  }
  // Tells the layout where the reader was, for a sign-in that returns there (an expired session).
  const headers = new Headers(request.headers);
  headers.set("x-admin-path", path);
  return NextResponse.next({ request: { headers } });
}

export const config = { matcher: ["/admin", "/admin/:path*"] };
