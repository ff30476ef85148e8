/** The session cookie's prefix ("atlas.session_token"), shared by the auth config and the proxy. */
export const AUTH_COOKIE_PREFIX = "atlas";
