import path from "node:path";
import { defineConfig } from "vitest/config";

const root = import.meta.dirname;

// `npm run bench` (mode "benchmark") times the real data layer against DATABASE_URL: lib/db's
// Next.js-bound entry is swapped for a plain connection.
export default defineConfig(({ mode }) => ({
  resolve: {
    alias: [
      ...(mode === "benchmark" ? [{ find: /^@\/lib\/db$/, replacement: path.join(root, "tests/bench/db.ts") }] : []),
      { find: /^@\//, replacement: `${root}/` },
      // Next.js resolves "server-only" to an empty module on the server; outside Next it would throw.
      { find: /^server-only$/, replacement: path.join(root, "tests/stubs/server-only.ts") },
      // next-intl's server functions need Next.js's request; tests get the same messages in English.
      { find: /^next-intl\/server$/, replacement: path.join(root, "tests/stubs/next-intl-server.ts") },
    ],
  },
  test: {
    include: ["tests/unit/**/*.test.{ts,tsx}", "tests/integration/**/*.test.{ts,tsx}"],
    setupFiles: ["tests/setup.ts"],
    environment: "node",
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Each integration file creates its own database; two cores, so keep the pool small.
    maxWorkers: 2,
    benchmark: { include: ["tests/bench/**/*.bench.ts"] },
  },
}));
