import type { IncomingMessage } from "node:http";
import { describe, expect, test } from "vitest";
import {
  CLIENT_ADDRESS_HEADER,
  clientAddress,
  compileTrustedProxies,
  stampClientAddress,
} from "@/lib/security/client-address";

function incoming(peer: string, headers: Record<string, string>): IncomingMessage {
  return { socket: { remoteAddress: peer }, headers: { ...headers }, connection: { remoteAddress: peer } } as never;
}

describe("the client's address", () => {
  test("without trusted proxies, forwarded headers and a forged address header are ignored", () => {
    const request = incoming("198.51.100.7", {
      "x-forwarded-for": "10.0.0.1",
      "x-forwarded-host": "evil.example",
      [CLIENT_ADDRESS_HEADER]: "1.2.3.4",
    });
    expect(stampClientAddress(request, compileTrustedProxies(undefined))).toBe("198.51.100.7");
    expect(request.headers[CLIENT_ADDRESS_HEADER]).toBe("198.51.100.7");
    expect(request.headers["x-forwarded-for"]).toBeUndefined();
    expect(request.headers["x-forwarded-host"]).toBeUndefined();
  });

  test("behind a trusted proxy, the first untrusted hop from the right is the client", () => {
    const trust = compileTrustedProxies("loopback, 10.0.0.0/8");
    const request = incoming("127.0.0.1", { "x-forwarded-for": "6.6.6.6, 203.0.113.5, 10.1.2.3" });
    expect(stampClientAddress(request, trust)).toBe("203.0.113.5");
    expect(request.headers["x-forwarded-for"]).toBe("6.6.6.6, 203.0.113.5, 10.1.2.3");
  });

  test("a malformed TRUSTED_PROXIES entry is refused at start", () => {
    expect(() => compileTrustedProxies("10.0.0.0/99")).toThrow();
  });

  test("reads the stamped header, or says unknown", () => {
    expect(clientAddress(new Headers({ [CLIENT_ADDRESS_HEADER]: "203.0.113.5" }))).toBe("203.0.113.5");
    expect(clientAddress(new Headers())).toBe("unknown");
  });
});
