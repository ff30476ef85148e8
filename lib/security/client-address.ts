import type { IncomingMessage } from "node:http";
import proxyaddr from "proxy-addr";

/**
 * The one header the app reads a client's address from. server.ts sets it on every request from
 * the socket and the proxies it trusts, and drops any copy a client sent, so rate limits keyed on
 * it cannot be dodged by inventing X-Forwarded-For values.
 */
export const CLIENT_ADDRESS_HEADER = "x-atlas-client-address";

const FORWARDED_HEADERS = ["x-forwarded-for", "x-forwarded-host", "x-forwarded-proto", "x-forwarded-port", "forwarded"];

/**
 * TRUSTED_PROXIES: comma-separated addresses or CIDR ranges of the reverse proxies in front of the
 * app (proxy-addr's names "loopback", "linklocal" and "uniquelocal" work too). Unset: no proxy is
 * trusted and the socket's peer is the client.
 */
export function parseTrustedProxies(value: string | undefined): string[] {
  return (value ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter((entry) => entry !== "");
}

export type TrustedProxies = (address: string, hop: number) => boolean;

/** Compiles TRUSTED_PROXIES once; a malformed entry is a configuration error at start-up. */
export function compileTrustedProxies(value: string | undefined): TrustedProxies {
  return proxyaddr.compile(parseTrustedProxies(value));
}

/**
 * Resolves the client's address for one request and rewrites its headers to match: the resolved
 * address goes in CLIENT_ADDRESS_HEADER, and forwarded headers survive only when the peer that
 * sent them is a trusted proxy.
 */
export function stampClientAddress(request: IncomingMessage, trust: TrustedProxies): string {
  const peer = request.socket.remoteAddress ?? "";
  const address = proxyaddr(request, trust) || peer || "unknown";
  if (!peer || !trust(peer, 0)) {
    for (const name of FORWARDED_HEADERS) delete request.headers[name];
  }
  request.headers[CLIENT_ADDRESS_HEADER] = address;
  return address;
}

/** The client's address as server.ts resolved it; "unknown" when the app runs without it (tests). */
export function clientAddress(headers: Headers): string {
  return headers.get(CLIENT_ADDRESS_HEADER)?.trim() || "unknown";
}
