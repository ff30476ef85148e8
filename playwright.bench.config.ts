import { defineConfig } from "@playwright/test";
import base from "./playwright.config";

// Benchmarks that drive the browser (tests/bench/*.pw.ts): they print figures and assert only that
// the work landed. On the same production server as the e2e specs; never part of `npm test`.
export default defineConfig({
  ...base,
  testDir: "tests/bench",
  testMatch: /\.pw\.ts$/,
  reporter: [["list"]],
  projects: [{ name: "bench", use: base.projects?.[0]?.use }],
  globalTeardown: undefined,
});
