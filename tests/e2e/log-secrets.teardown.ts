import { existsSync, readFileSync } from "node:fs";
import { e2eAdmin, e2eMetricsToken, e2eServerLog, e2eSessionTokens } from "./fixtures/credentials";

/** Every server log a run leaves: the e2e server's (LOG_FILE) and the topology tests' own servers. */
const LOGS = [
  e2eServerLog,
  "tests/.artifacts/outage-server.log",
  "tests/.artifacts/topology-server-a.log",
  "tests/.artifacts/topology-server-b.log",
];

/** Secrets in any form: a value that must never appear, or a shape that means one leaked. */
const SHAPES: [string, RegExp][] = [
  ["a connection string", /\bpostgres(?:ql)?:\/\/(?!\[redacted\])/i],
  ["a session cookie", /session_token=(?!\[redacted\])[A-Za-z0-9]/i],
  ["a cookie header", /"(?:cookie|set-cookie)"\s*:\s*"(?!\[redacted\])/i],
  ["a password field", /"(?:password|newPassword|currentPassword)"\s*:\s*"(?!\[redacted\])/i],
  ["an authorization header", /"authorization"\s*:\s*"(?!\[redacted\])/i],
];

/**
 * Global teardown: fails the run when a server log holds a connection string, a password, a
 * session token or a cookie. The known secrets (the test accounts' passwords, every session token
 * the fixtures were given, the outage server's auth secret) are looked for literally as well.
 */
export default function checkLogsForSecrets(): void {
  const known = [
    e2eAdmin.password,
    "outage-test-password-4f9a2c",
    "outage-metrics-token-7d3e91",
    "outage-test-secret-0123456789abcdef0123456789",
    "topology-test-password-a81c",
    "topology-test-password-b27e",
    "topology-test-secret-0123456789abcdef0123456789",
    // A session cookie's value is "<token>.<signature>": the bare token is what the database stores.
    ...(existsSync(e2eSessionTokens)
      ? readFileSync(e2eSessionTokens, "utf8")
          .split("\n")
          .filter(Boolean)
          .flatMap((value) => [value, value.split(".")[0]!])
      : []),
    e2eMetricsToken,
  ].filter((secret) => secret.length >= 12);
  const problems: string[] = [];
  let checked = 0;
  let linesChecked = 0;
  for (const file of LOGS) {
    if (!existsSync(file)) continue;
    checked++;
    const lines = readFileSync(file, "utf8").split("\n");
    linesChecked += lines.length;
    lines.forEach((line, index) => {
      for (const [what, shape] of SHAPES) {
        if (shape.test(line)) problems.push(`${file}:${index + 1}: ${what}: ${line.slice(0, 200)}`);
      }
      for (const secret of known) {
        // Only the first characters are printed: the report must not repeat the leak in full.
        if (line.includes(secret)) problems.push(`${file}:${index + 1}: a known secret (${secret.slice(0, 4)}…)`);
      }
    });
  }
  if (checked === 0 && process.env.CI) throw new Error(`No server log to check for secrets (${LOGS.join(", ")})`);
  if (problems.length > 0) {
    throw new Error(`Secrets in the server logs (${problems.length}):\n${problems.slice(0, 20).join("\n")}`);
  }
  console.log(
    `Server logs checked for secrets: ${checked} file(s), ${linesChecked} lines, ${known.length} known secrets and ${SHAPES.length} shapes, none found.`,
  );
}
