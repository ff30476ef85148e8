/**
 * The security headers every response carries, in one place: next.config.ts sends the static ones
 * (decided at build time, so cached and prerendered pages keep them), proxy.ts sends the per-request
 * policy with a nonce for the admin and the sign-in page, and server.ts adds HSTS when the request
 * came over https. README, Decisions: "Security headers".
 */

import { createHash } from "node:crypto";
import { EMBED_FRAME_SCRIPT } from "../charts/embed-script";

/** Seconds a browser keeps to https once told: two years, the preload list's figure. */
export const HSTS_VALUE = "max-age=63072000; includeSubDomains";

export type PolicyOptions = {
  /** A fresh random value per request: scripts run only with it ('strict-dynamic' lets them load others). */
  nonce?: string;
  /** Embeds may be framed by any site; every other page by none. */
  frameable?: boolean;
  /** `next dev` evaluates code for its error overlay and fast refresh. */
  dev?: boolean;
  /**
   * The page's only scripts, by hash: the chart embed, plain HTML with one inline script of its own
   * and no framework, runs that and nothing else (no script file, no other inline script).
   */
  scriptHashes?: string[];
};

/** A script's CSP source: its SHA-256, as the browser computes it over the script's text. */
export function scriptHash(script: string): string {
  return `'sha256-${createHash("sha256").update(script, "utf8").digest("base64")}'`;
}

/**
 * The Content-Security-Policy. With a nonce (admin, sign-in: rendered per request anyway) inline
 * scripts need it and 'unsafe-inline' is ignored by browsers that understand nonces. Without one
 * (the public pages, which are prerendered and cached, so a per-request nonce cannot reach their
 * HTML) scripts come from this origin or inline; every other directive is as strict on both.
 */
export function contentSecurityPolicy({
  nonce,
  frameable = false,
  dev = false,
  scriptHashes,
}: PolicyOptions = {}): string {
  const scripts = scriptHashes
    ? [...scriptHashes]
    : nonce
      ? ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'"]
      : ["'self'", "'unsafe-inline'"];
  if (dev) scripts.push("'unsafe-eval'");
  return [
    "default-src 'self'",
    `script-src ${scripts.join(" ")}`,
    // React writes style attributes (chart sizes, popover positions) into the server's HTML.
    "style-src 'self' 'unsafe-inline'",
    // Chart exports draw the SVG through data: and blob: images.
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    // The suggestion forms' proof of work (ALTCHA, bundled) runs in workers it starts from blob: URLs.
    "worker-src 'self' blob:",
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    ...(frameable ? [] : ["frame-ancestors 'none'"]),
  ].join("; ");
}

export const PERMISSIONS_POLICY = [
  "camera=()",
  "microphone=()",
  "geolocation=()",
  "payment=()",
  "usb=()",
  "serial=()",
  "bluetooth=()",
  "browsing-topics=()",
].join(", ");

/** The chart embeds' policy: framed by anyone, running only their own inline script. */
export const EMBED_CHART_POLICY = contentSecurityPolicy({
  frameable: true,
  scriptHashes: [scriptHash(EMBED_FRAME_SCRIPT)],
});

type Header = { key: string; value: string };
export type HeaderRule = { source: string; headers: Header[] };

/** next.config.ts `headers()`: what does not depend on the request. */
export function staticSecurityHeaders({ dev = false }: { dev?: boolean } = {}): HeaderRule[] {
  return [
    {
      source: "/:path*",
      headers: [
        { key: "X-Content-Type-Options", value: "nosniff" },
        { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
        { key: "Permissions-Policy", value: PERMISSIONS_POLICY },
      ],
    },
    // Everything but the embeds refuses to be framed (X-Frame-Options for browsers without CSP 2).
    { source: "/((?!embed/|zh/embed/).*)", headers: [{ key: "X-Frame-Options", value: "DENY" }] },
    // The admin and sign-in get theirs, with a nonce, from proxy.ts; JSON and CSV need none.
    {
      source: "/((?!embed/|zh/embed/|admin$|admin/|login$|api/).*)",
      headers: [{ key: "Content-Security-Policy", value: contentSecurityPolicy({ dev }) }],
    },
    // The network embed is a page of the framework; the chart embeds are plain HTML with one inline script.
    // Each in English and under /zh in 中文.
    ...["", "/zh"].flatMap((prefix) => [
      {
        source: `${prefix}/embed/((?!charts/).*)`,
        headers: [{ key: "Content-Security-Policy", value: contentSecurityPolicy({ dev, frameable: true }) }],
      },
      {
        source: `${prefix}/embed/charts/:path*`,
        headers: [{ key: "Content-Security-Policy", value: EMBED_CHART_POLICY }],
      },
    ]),
  ];
}

/**
 * Whether the browser reached us over https: the deployment's SITE_URL says so, or a trusted proxy
 * did (server.ts removes X-Forwarded-Proto from anyone else before this runs).
 */
export function servedOverHttps(forwardedProto: string | string[] | undefined, siteUrl: string | undefined): boolean {
  if (siteUrl?.startsWith("https://")) return true;
  const first = (Array.isArray(forwardedProto) ? forwardedProto[0] : forwardedProto)?.split(",")[0];
  return first?.trim().toLowerCase() === "https";
}
