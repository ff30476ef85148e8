import path from "node:path";
import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { localeRewrites } from "./lib/i18n/locales";
import { staticSecurityHeaders } from "./lib/security/headers";

// With REDIS_URL, the framework cache (the public pages' data: lib/data/cached-read.ts) lives in
// Redis, shared by every instance, tags included; without it, in each process's memory as before.
const redis = Boolean(process.env.REDIS_URL);

const nextConfig: NextConfig = {
  cacheHandler: redis ? path.resolve(process.cwd(), "lib/server/redis-cache-handler.mjs") : undefined,
  // Redis is the cache: no second copy in each process that another instance's invalidation cannot reach.
  cacheMaxMemorySize: redis ? 0 : undefined,
  // Native/WASM database drivers are loaded by Node at run time rather than bundled.
  // prom-client too: one metrics registry per process, shared with server.ts.
  serverExternalPackages: [
    "@electric-sql/pglite",
    "pglite-prisma-adapter",
    "pg",
    "@prisma/adapter-pg",
    "prom-client",
    // harfbuzz's WebAssembly (lib/images/export-font.ts) is read from node_modules at run time.
    "subset-font",
  ],
  poweredByHeader: false,
  // `npm run dev` opened at http://127.0.0.1:3000 (or [::1]) instead of localhost: without these the
  // dev server blocks its own HMR and chunk requests as cross-origin and the page never hydrates.
  allowedDevOrigins: ["127.0.0.1", "::1", "[::1]"],
  typedRoutes: false,
  // CSV imports travel in a server action; files are capped at 1 MB (lib/import/startups-csv.ts).
  // authInterrupts: forbidden() answers 403 with app/admin/forbidden.tsx (an editor on an admin page).
  // isrFlushToDisk: the cache is not kept in .next across restarts, so a restored or re-seeded
  // database (written outside the app, past the cache tags) is never answered from an older cache.
  experimental: { serverActions: { bodySizeLimit: "2mb" }, authInterrupts: true, isrFlushToDisk: false },
  // CSP, framing, nosniff, referrer and permissions for every route; the admin's and sign-in's
  // per-request CSP comes from proxy.ts, HSTS from server.ts.
  // The 中文 site at /zh: the same routes, in the language server.ts reads from the address.
  async rewrites() {
    return { beforeFiles: localeRewrites(), afterFiles: [], fallback: [] };
  },
  async headers() {
    return staticSecurityHeaders({ dev: process.env.NODE_ENV === "development" });
  },
};

// next-intl reads the locale and messages of each request from lib/i18n/request.ts.
const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

export default withNextIntl(nextConfig);
