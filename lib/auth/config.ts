import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { ConfigError, type DatabaseTarget } from "../env";

const optionalText = z.preprocess((v) => (v === "" ? undefined : v), z.string().trim().min(1).optional());

const authEnvSchema = z.object({
  BETTER_AUTH_SECRET: z.preprocess(
    (v) => (v === "" ? undefined : v),
    z.string().min(32, "must be at least 32 characters (try: openssl rand -hex 32)").optional(),
  ),
  BETTER_AUTH_URL: z.preprocess((v) => (v === "" ? undefined : v), z.url({ protocol: /^https?$/ }).optional()),
  AUTH_SIGN_IN_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(1000).default(5),
  AUTH_SIGN_IN_WINDOW_SECONDS: z.coerce.number().int().min(10).max(86_400).default(900),
  AUTH_ACCOUNT_MAX_FAILURES: z.coerce.number().int().min(1).max(1000).default(10),
  ADMIN_EMAIL: optionalText,
  ADMIN_PASSWORD: optionalText,
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
});

export type AuthEnv = z.infer<typeof authEnvSchema>;

export function parseAuthEnv(source: Record<string, string | undefined> = process.env): AuthEnv {
  const result = authEnvSchema.safeParse(source);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join(".")} ${issue.message}`);
    throw new ConfigError(`Invalid environment: ${problems.join("; ")}`);
  }
  return result.data;
}

/**
 * The key that signs session cookies. An operator's PostgreSQL deployment must set
 * BETTER_AUTH_SECRET in production; the embedded demo keeps a random one beside its data so that
 * sessions survive a restart without anyone having to invent a secret.
 */
export function resolveAuthSecret(env: AuthEnv, target: DatabaseTarget): string {
  if (env.BETTER_AUTH_SECRET) return env.BETTER_AUTH_SECRET;
  if (target.kind === "embedded" && !target.dataDir.startsWith("memory://")) {
    const file = path.join(target.dataDir, "..", `${path.basename(target.dataDir)}.auth-secret`);
    if (existsSync(file)) return readFileSync(file, "utf8").trim();
    mkdirSync(path.dirname(file), { recursive: true });
    const secret = randomBytes(32).toString("hex");
    writeFileSync(file, secret, { mode: 0o600 });
    return secret;
  }
  if (env.NODE_ENV === "production" && target.kind === "postgres") {
    throw new ConfigError(
      "BETTER_AUTH_SECRET must be set in production (at least 32 characters: openssl rand -hex 32).",
    );
  }
  // Development or tests without a secret: a fresh one per process (sessions end at restart).
  return randomBytes(32).toString("hex");
}
