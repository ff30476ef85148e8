import { NextResponse, type NextRequest } from "next/server";
import { AUTH_COOKIE_PREFIX } from "./lib/auth/cookie";
import { localizedPath, splitLocale } from "./lib/i18n/locales";
import { contentSecurityPolicy } from "./lib/security/headers";

const SESSION_COOKIES = [`${AUTH_COOKIE_PREFIX}.session_token`, `__Secure-${AUTH_COOKIE_PREFIX}.session_token`];

/**
 * The admin and the sign-in page, which render per request anyway: a Content-Security-Policy with
 * a fresh nonce (Next.js reads it from the request's policy and puts it on its scripts), and for
 * the admin an optimistic check: without a session cookie, go to sign-in and come back to the same
 * page afterwards. The real checks (a live session, the role) happen in the admin layout and, for
 * every write, in the action itself.
 */
export function proxy(request: NextRequest) {
  const path = `${request.nextUrl.pathname}${request.nextUrl.search}`;
  // /zh/admin… is the same admin in 中文 (next.config.ts rewrites it after this proxy has run).
  const { locale, path: unprefixed } = splitLocale(request.nextUrl.pathname);
  const isAdmin = unprefixed === "/admin" || unprefixed.startsWith("/admin/");
  if (isAdmin && !SESSION_COOKIES.some((name) => request.cookies.get(name)?.value)) {
    const login = new URL(localizedPath("/login", locale), request.url);
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

export const config = {
  matcher: ["/admin", "/admin/:path*", "/login", "/zh/admin", "/zh/admin/:path*", "/zh/login"],
};
