import type { BetterAuthPlugin } from "better-auth";
import { APIError, createAuthMiddleware, isAPIError } from "better-auth/api";
import type { PrismaClient } from "../generated/prisma/client";
import { consumeRateLimit } from "../db/rate-limit";

/** Seconds to wait when the limiter itself could not answer (a saturated pool, a database hiccup). */
export const LIMITER_UNAVAILABLE_SECONDS = 5;

/** An attempt that cannot be counted is not evaluated: 429, never a 500, never an unchecked guess. */
export function limiterUnavailable(): APIError {
  return new APIError(
    "TOO_MANY_REQUESTS",
    { message: "Sign-in is busy. Try again in a few seconds.", code: "SIGN_IN_BUSY" },
    { "X-Retry-After": String(LIMITER_UNAVAILABLE_SECONDS) },
  );
}

/**
 * Sign-in attempts counted per account, beside the per-address limit: an address limit alone is
 * beaten by a client with many addresses. Each attempt is counted before its password is checked,
 * in the same atomic statement that decides (lib/db/rate-limit.ts), so a burst of parallel guesses
 * gets exactly `maxFailures` evaluations per window, however it is timed. A successful sign-in
 * clears the count, so what accumulates is failed attempts since the last success. Past the limit the
 * account refuses sign-in (even the right password) until its window ends, and says how long that is.
 * Counts live in the RateLimit table under "account:<email>".
 */
export function accountLockout(
  prisma: Pick<PrismaClient, "$queryRaw" | "rateLimit">,
  options: { maxFailures: number; windowSeconds: number; log?: (message: string) => void },
): BetterAuthPlugin {
  const keyOf = (body: unknown) => {
    const email = (body as { email?: unknown } | undefined)?.email;
    if (typeof email !== "string" || email.trim() === "") return null;
    // No stored email holds a control character (PostgreSQL refuses NUL in text outright), so such
    // an attempt can match no account: the library refuses it as an invalid email, uncounted.
    if (/[\u0000-\u001f\u007f]/.test(email)) return null;
    return `account:${email.trim().toLowerCase().slice(0, 254)}`;
  };
  const isSignIn = (context: { path?: string }) => context.path === "/sign-in/email";
  const locked = (seconds: number) =>
    new APIError(
      "TOO_MANY_REQUESTS",
      { message: "Too many failed sign-ins for this account. Try again later.", code: "ACCOUNT_LOCKED" },
      { "X-Retry-After": String(seconds) },
    );

  return {
    id: "account-lockout",
    hooks: {
      before: [
        {
          matcher: isSignIn,
          handler: createAuthMiddleware(async (ctx) => {
            const key = keyOf(ctx.body);
            if (!key) return;
            let decision;
            try {
              decision = await consumeRateLimit(prisma, {
                key,
                limit: options.maxFailures,
                windowSeconds: options.windowSeconds,
              });
            } catch (error) {
              (options.log ?? console.error)(`Sign-in refused, the account limiter failed: ${String(error)}`);
              throw limiterUnavailable();
            }
            if (!decision.allowed) throw locked(decision.resetSeconds);
          }),
        },
      ],
      after: [
        {
          matcher: isSignIn,
          handler: createAuthMiddleware(async (ctx) => {
            const key = keyOf(ctx.body);
            if (!key || isAPIError(ctx.context.returned)) return;
            // The sign-in has succeeded; a count left behind only shortens the next window's allowance.
            await prisma.rateLimit.deleteMany({ where: { key } }).catch((error: unknown) => {
              (options.log ?? console.error)(`Could not clear the account's sign-in count: ${String(error)}`);
            });
          }),
        },
      ],
    },
  };
}
