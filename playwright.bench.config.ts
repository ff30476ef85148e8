import { defineConfig } from "@playwright/test";
import base from "./playwright.config";

// Benchmarks that drive the browser (tests/bench/*.pw.ts): they print figures and assert only that
// the work landed. On the same production server as the e2e specs; never part of `npm test`.
export default defineConfig({
  ...base,
  testDir: "tests/bench",
  testMatch: /\.pw\.ts$/,
  reporter: [["list"]],
  // A step that cannot happen fails within a minute instead of waiting out the whole run.
  projects: [{ name: "bench", use: { ...base.projects?.[0]?.use, actionTimeout: 60_000 } }],
  globalTeardown: undefined,
});
