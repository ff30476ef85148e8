import type { BetterAuthPlugin } from "better-auth";
import { APIError, createAuthMiddleware, isAPIError } from "better-auth/api";
import type { PrismaClient } from "../generated/prisma/client";

/**
 * Failed sign-ins counted per account, beside the library's per-address limit: an address limit
 * alone is bypassed by a client that varies X-Forwarded-For. After `maxFailures` wrong passwords
 * within the window the account refuses sign-in (even the right password) until the window has
 * passed since the last failure, and says how long that is. A successful sign-in clears the count.
 * Counts live in the RateLimit table under "account:<email>".
 */
export function accountLockout(
  prisma: PrismaClient,
  options: { maxFailures: number; windowSeconds: number },
): BetterAuthPlugin {
  const windowMs = options.windowSeconds * 1000;
  const keyOf = (body: unknown) => {
    const email = (body as { email?: unknown } | undefined)?.email;
    return typeof email === "string" && email.trim() !== ""
      ? `account:${email.trim().toLowerCase().slice(0, 254)}`
      : null;
  };
  const isSignIn = (context: { path?: string }) => context.path === "/sign-in/email";

  return {
    id: "account-lockout",
    hooks: {
      before: [
        {
          matcher: isSignIn,
          handler: createAuthMiddleware(async (ctx) => {
            const key = keyOf(ctx.body);
            if (!key) return;
            const row = await prisma.rateLimit.findUnique({ where: { key } });
            if (!row || row.count < options.maxFailures) return;
            const waitMs = Number(row.lastRequest) + windowMs - Date.now();
            if (waitMs <= 0) return;
            throw new APIError(
              "TOO_MANY_REQUESTS",
              { message: "Too many failed sign-ins for this account. Try again later.", code: "ACCOUNT_LOCKED" },
              { "X-Retry-After": String(Math.ceil(waitMs / 1000)) },
            );
          }),
        },
      ],
      after: [
        {
          matcher: isSignIn,
          handler: createAuthMiddleware(async (ctx) => {
            const key = keyOf(ctx.body);
            if (!key) return;
            const returned = ctx.context.returned;
            if (!isAPIError(returned)) {
              await prisma.rateLimit.deleteMany({ where: { key } });
              return;
            }
            if (returned.statusCode !== 401) return;
            const now = Date.now();
            const row = await prisma.rateLimit.findUnique({ where: { key } });
            const fresh = !row || now - Number(row.lastRequest) >= windowMs;
            await prisma.rateLimit.upsert({
              where: { key },
              create: { id: crypto.randomUUID(), key, count: 1, lastRequest: BigInt(now) },
              update: { count: fresh ? 1 : { increment: 1 }, lastRequest: BigInt(now) },
            });
          }),
        },
      ],
    },
  };
}
