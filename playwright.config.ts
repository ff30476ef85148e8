import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import { e2eAdmin, e2eMetricsToken, e2eServerLog, e2eSessionTokens } from "./tests/e2e/fixtures/credentials";

const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;
// Debian's Chromium (apt-get install -y chromium); Playwright's own browser download cannot work offline.
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: "test-results",
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    acceptDownloads: true,
    launchOptions: {
      executablePath,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        // WebGL (the network page's sigma.js) on the CPU: without a GPU, Chromium only falls back to
        // SwiftShader when allowed to.
        "--use-angle=swiftshader",
        "--enable-unsafe-swiftshader",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  projects: [
    { name: "chromium", testDir: "tests/e2e", use: { ...devices["Desktop Chrome"] } },
    // Topology tests start their own PostgreSQL clusters and servers on the same build, once per
    // `npm test`: the database outage (about a minute) and the primary + replica with two servers.
    { name: "outage", testDir: "tests/topology", testMatch: /\.topology\.ts$/, use: { ...devices["Desktop Chrome"] } },
  ],
  // Greps the servers' logs for connection strings, passwords, session tokens and cookies.
  globalTeardown: "./tests/e2e/log-secrets.teardown.ts",
  webServer: {
    // A production build served on a fresh embedded database: the newcomer's first start, end to end.
    command: `rm -rf tests/.artifacts/e2e-db ${e2eServerLog} ${e2eSessionTokens} && npm run build && HOST=127.0.0.1 PORT=${port} npm start`,
    url: `${baseURL}/api/health`,
    timeout: 600_000,
    reuseExistingServer: !process.env.CI,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      PGLITE_DATA_DIR: "tests/.artifacts/e2e-db",
      // A copy of the server's log for the secrets check in the global teardown.
      LOG_FILE: e2eServerLog,
      METRICS_TOKEN: e2eMetricsToken,
      DATABASE_URL: "",
      NEXT_TELEMETRY_DISABLED: "1",
      // The first admin of the throwaway database; fixtures sign in through the auth endpoint.
      ADMIN_EMAIL: e2eAdmin.email,
      ADMIN_PASSWORD: e2eAdmin.password,
      // Every spec signs in from 127.0.0.1; the lockout itself is tested in tests/integration/admin.
      AUTH_SIGN_IN_MAX_ATTEMPTS: "100",
      // Lets a spec speak for another client through X-Forwarded-For from 127.0.0.1, so a burst of
      // requests in one spec does not spend the per-client rate limits of the others.
      TRUSTED_PROXIES: "loopback",
    },
  },
});
