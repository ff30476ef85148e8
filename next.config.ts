import type { NextConfig } from "next";
import { staticSecurityHeaders } from "./lib/security/headers";

const nextConfig: NextConfig = {
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
  experimental: { serverActions: { bodySizeLimit: "2mb" }, authInterrupts: true },
  // CSP, framing, nosniff, referrer and permissions for every route; the admin's and sign-in's
  // per-request CSP comes from proxy.ts, HSTS from server.ts.
  async headers() {
    return staticSecurityHeaders({ dev: process.env.NODE_ENV === "development" });
  },
};

export default nextConfig;
