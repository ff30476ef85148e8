import path from "node:path";
import { z } from "zod";

/** Raised for configuration mistakes; its message is meant to be printed as one line, without a stack. */
export class ConfigError extends Error {
  override name = "ConfigError";
}

const postgresUrl = z
  .string()
  .trim()
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === "postgres:" || url.protocol === "postgresql:") && url.hostname !== "";
    } catch {
      return false;
    }
  }, "must be a postgresql:// URL such as postgresql://user@127.0.0.1:5432/atlas");

const serverEnvSchema = z.object({
  DATABASE_URL: z.preprocess((v) => (v === "" ? undefined : v), postgresUrl.optional()),
  // Comma-separated streaming replicas of DATABASE_URL's server (README: Read replicas).
  DATABASE_REPLICA_URLS: z.preprocess(
    (v) =>
      typeof v === "string"
        ? v
            .split(",")
            .map((url) => url.trim())
            .filter((url) => url !== "")
        : [],
    z.array(postgresUrl),
  ),
  PGLITE_DATA_DIR: z.string().trim().min(1).default(".data/pglite"),
  SITE_URL: z.preprocess(
    (v) => (v === "" ? undefined : v),
    z.url({ protocol: /^https?$/, error: "must be an http(s) URL such as https://atlas.example.com" }).optional(),
  ),
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
});

export type ServerEnv = z.infer<typeof serverEnvSchema>;

export function parseServerEnv(source: Record<string, string | undefined> = process.env): ServerEnv {
  const result = serverEnvSchema
    .refine((env) => env.DATABASE_REPLICA_URLS.length === 0 || env.DATABASE_URL, {
      path: ["DATABASE_REPLICA_URLS"],
      error: "needs DATABASE_URL (the primary the replicas follow)",
    })
    .safeParse(source);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join(".") || "environment"} ${issue.message}`);
    throw new ConfigError(`Invalid environment: ${problems.join("; ")}`);
  }
  return result.data;
}

export type DatabaseTarget =
  | {
      kind: "postgres";
      url: string;
      description: string;
      /** Streaming replicas that serve reads (DATABASE_REPLICA_URLS); none = every query on `url`. */
      replicaUrls?: string[];
    }
  | { kind: "embedded"; dataDir: string; description: string };

/** Which database the app talks to: PostgreSQL when DATABASE_URL is set, otherwise the embedded PGlite folder. */
export function databaseTarget(env: ServerEnv = parseServerEnv()): DatabaseTarget {
  if (env.DATABASE_URL) {
    const url = new URL(env.DATABASE_URL);
    return {
      kind: "postgres",
      url: env.DATABASE_URL,
      description: `PostgreSQL at ${url.hostname}:${url.port || "5432"}${url.pathname}`,
      replicaUrls: env.DATABASE_REPLICA_URLS,
    };
  }
  const dataDir = path.resolve(env.PGLITE_DATA_DIR);
  return { kind: "embedded", dataDir, description: `embedded PGlite database in ${dataDir}` };
}
