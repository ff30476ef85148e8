import "server-only";
import { nextCookies } from "better-auth/next-js";
import { getDatabase } from "../db/database";
import { parseAuthEnv, resolveAuthSecret } from "./config";
import { createAuth, type Auth } from "./create-auth";

// One auth instance per server process, beside the one database.
declare global {
  var alumniAtlasAuth: Promise<Auth> | undefined;
}

export function getAuth(): Promise<Auth> {
  globalThis.alumniAtlasAuth ??= (async () => {
    const db = await getDatabase();
    const env = parseAuthEnv();
    return createAuth({
      prisma: db.authPrisma,
      secret: resolveAuthSecret(env, db.target),
      baseURL: env.BETTER_AUTH_URL,
      signIn: {
        maxAttempts: env.AUTH_SIGN_IN_MAX_ATTEMPTS,
        windowSeconds: env.AUTH_SIGN_IN_WINDOW_SECONDS,
        maxAccountFailures: env.AUTH_ACCOUNT_MAX_FAILURES,
      },
      secureCookies: env.BETTER_AUTH_URL?.startsWith("https://") ?? false,
      plugins: [nextCookies()],
    });
  })();
  return globalThis.alumniAtlasAuth;
}
