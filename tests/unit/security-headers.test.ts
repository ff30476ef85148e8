import { describe, expect, test } from "vitest";
import { createHash } from "node:crypto";
import { EMBED_FRAME_SCRIPT } from "@/lib/charts/embed-script";
import { contentSecurityPolicy, servedOverHttps, staticSecurityHeaders } from "@/lib/security/headers";

/** The headers next.config.ts sends for a path, matched the way Next.js matches `source` patterns. */
function headersFor(path: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const rule of staticSecurityHeaders()) {
    const pattern = rule.source.replace("/:path*", "(?:/.*)?");
    if (new RegExp(`^${pattern}$`).test(path)) for (const h of rule.headers) found[h.key] = h.value;
  }
  return found;
}

describe("security headers", () => {
  test("every page but the embeds refuses framing; the admin and sign-in policies come from the proxy", () => {
    for (const path of ["/", "/startups/tongdun", "/charts/startups-by-city", "/search"]) {
      expect(headersFor(path)["Content-Security-Policy"], path).toContain("frame-ancestors 'none'");
      expect(headersFor(path)["X-Frame-Options"], path).toBe("DENY");
    }
    const embed = headersFor("/embed/charts/startups-by-city");
    expect(embed["Content-Security-Policy"]).not.toContain("frame-ancestors");
    expect(embed["X-Frame-Options"]).toBeUndefined();
    for (const path of ["/admin", "/admin/startups/1/edit", "/login"]) {
      expect(headersFor(path)["Content-Security-Policy"], path).toBeUndefined();
      expect(headersFor(path)["X-Frame-Options"], path).toBe("DENY");
    }
    // Look-alikes of the excluded paths keep the static policy.
    expect(headersFor("/administrators")["Content-Security-Policy"]).toContain("frame-ancestors 'none'");
    for (const path of ["/", "/api/health", "/embed/charts/x"]) {
      expect(headersFor(path)["X-Content-Type-Options"]).toBe("nosniff");
      expect(headersFor(path)["Referrer-Policy"]).toBe("strict-origin-when-cross-origin");
    }
  });

  test("a chart embed runs its own inline script and nothing else; the network embed keeps the pages' policy", () => {
    const hash = createHash("sha256").update(EMBED_FRAME_SCRIPT).digest("base64");
    const chart = headersFor("/embed/charts/startups-by-city")["Content-Security-Policy"]!;
    const scripts = chart.split("; ").find((directive) => directive.startsWith("script-src "));
    expect(scripts).toBe(`script-src 'sha256-${hash}'`);
    expect(chart).toContain("object-src 'none'");
    const network = headersFor("/embed/network")["Content-Security-Policy"]!;
    expect(network).toContain("script-src 'self' 'unsafe-inline'");
    expect(network).not.toContain("frame-ancestors");
    // One policy per path: the two embed rules never both match.
    for (const path of ["/embed/charts/x", "/embed/network"])
      expect(
        staticSecurityHeaders().filter(
          (rule) =>
            rule.headers.some((h) => h.key === "Content-Security-Policy") &&
            new RegExp(`^${rule.source.replace("/:path*", "(?:/.*)?")}$`).test(path),
        ),
      ).toHaveLength(1);
  });

  test("with a nonce, inline scripts need it; without, no eval outside development", () => {
    expect(contentSecurityPolicy({ nonce: "abc" })).toContain("script-src 'self' 'nonce-abc' 'strict-dynamic'");
    expect(contentSecurityPolicy({ nonce: "abc" })).not.toContain("unsafe-inline' 'strict");
    expect(contentSecurityPolicy()).not.toContain("unsafe-eval");
    expect(contentSecurityPolicy({ dev: true })).toContain("'unsafe-eval'");
    for (const policy of [contentSecurityPolicy(), contentSecurityPolicy({ nonce: "n" })])
      expect(policy).toMatch(/object-src 'none'.*base-uri 'none'.*form-action 'self'/);
  });

  test("HSTS only over https: SITE_URL https, or a trusted proxy's X-Forwarded-Proto", () => {
    expect(servedOverHttps(undefined, undefined)).toBe(false);
    expect(servedOverHttps(undefined, "http://localhost:3000")).toBe(false);
    expect(servedOverHttps("http", undefined)).toBe(false);
    expect(servedOverHttps(undefined, "https://atlas.example.org")).toBe(true);
    expect(servedOverHttps("https", undefined)).toBe(true);
    expect(servedOverHttps("HTTPS, http", undefined)).toBe(true);
    expect(servedOverHttps(["https"], undefined)).toBe(true);
  });
});
