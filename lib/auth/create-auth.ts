import { betterAuth, type BetterAuthPlugin } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { admin } from "better-auth/plugins";
import { adminAc, userAc } from "better-auth/plugins/admin/access";
import type { PrismaClient } from "../generated/prisma/client";
import { accountLockout } from "./account-lockout";
import { AUTH_BASE_PATH, onlyEndpointsInUse } from "./endpoints";
import { atomicRateLimitStorage } from "./rate-limit-storage";
import { CLIENT_ADDRESS_HEADER } from "../security/client-address";
import { AUTH_COOKIE_PREFIX } from "./cookie";
import { hashPassword, passwordRules, verifyPassword } from "./password";

export type CreateAuthOptions = {
  /** A client that can read password hashes (Database.authPrisma). */
  prisma: PrismaClient;
  secret: string;
  /** The public origin; when absent, requests from localhost/127.0.0.1 on any port are accepted. */
  baseURL?: string;
  /** Sign-in attempts per client address, and failed sign-ins per account, within one window. */
  signIn: { maxAttempts: number; windowSeconds: number; maxAccountFailures?: number };
  secureCookies: boolean;
  /** Extra plugins, e.g. nextCookies() inside the Next.js server. */
  plugins?: BetterAuthPlugin[];
};

export const SESSION_DAYS = 7;

/**
 * The auth library, configured once: email and password only (accounts are made by admins, so
 * sign-up is closed), argon2id hashes, sessions in the database (revocable at once: no cookie
 * cache), sign-in attempts limited per client address with the count kept in the database.
 */
export function createAuth(options: CreateAuthOptions) {
  return betterAuth({
    appName: "Alumni Atlas",
    secret: options.secret,
    baseURL: options.baseURL ?? {
      allowedHosts: ["localhost:*", "127.0.0.1:*", "localhost", "127.0.0.1"],
      protocol: "http",
    },
    basePath: AUTH_BASE_PATH,
    database: prismaAdapter(options.prisma, { provider: "postgresql" }),
    telemetry: { enabled: false },
    emailAndPassword: {
      enabled: true,
      disableSignUp: true,
      minPasswordLength: passwordRules.min,
      maxPasswordLength: passwordRules.max,
      password: { hash: hashPassword, verify: verifyPassword },
      revokeSessionsOnPasswordReset: true,
    },
    session: {
      expiresIn: 60 * 60 * 24 * SESSION_DAYS,
      updateAge: 60 * 60 * 24,
      cookieCache: { enabled: false },
    },
    user: { deleteUser: { enabled: false } },
    rateLimit: {
      enabled: true,
      customStorage: atomicRateLimitStorage(options.prisma),
      window: 60,
      max: 100,
      customRules: {
        "/sign-in/email": { window: options.signIn.windowSeconds, max: options.signIn.maxAttempts },
      },
    },
    advanced: {
      useSecureCookies: options.secureCookies,
      defaultCookieAttributes: { httpOnly: true, sameSite: "lax", secure: options.secureCookies },
      cookiePrefix: AUTH_COOKIE_PREFIX,
      // Only the address server.ts resolved from the socket and TRUSTED_PROXIES, never a header a client chose.
      ipAddress: { ipAddressHeaders: [CLIENT_ADDRESS_HEADER] },
    },
    plugins: [
      // First: every endpoint the app does not use answers 404 before anything else runs.
      onlyEndpointsInUse(),
      admin({
        defaultRole: "editor",
        adminRoles: ["admin"],
        roles: { admin: adminAc, editor: userAc },
        bannedUserMessage: "This account is suspended. Ask an admin to restore it.",
      }),
      accountLockout(options.prisma, {
        maxFailures: options.signIn.maxAccountFailures ?? 10,
        windowSeconds: options.signIn.windowSeconds,
      }),
      ...(options.plugins ?? []),
    ],
  });
}

export type Auth = ReturnType<typeof createAuth>;
