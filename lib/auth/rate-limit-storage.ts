import type { BetterAuthOptions } from "better-auth";
import type { PrismaClient } from "../generated/prisma/client";
import { consumeRateLimit } from "../db/rate-limit";

type RateLimitStorage = NonNullable<NonNullable<BetterAuthOptions["rateLimit"]>["customStorage"]>;

/** Rows untouched this long are past every window (the longest configurable is a day). */
const PRUNE_AFTER_MS = 2 * 86_400_000;

/**
 * The auth library's per-address limits (sign-in: AUTH_SIGN_IN_MAX_ATTEMPTS per window) counted
 * with the app's one atomic statement instead of the library's own database storage, whose
 * read-then-update inside a transaction timed out under a burst of parallel sign-ins and answered
 * 500. A failure of the limiter refuses the request (429 with a short wait) rather than letting an
 * uncounted attempt through.
 */
export function atomicRateLimitStorage(
  prisma: Pick<PrismaClient, "$queryRaw" | "rateLimit">,
  log: (message: string) => void = console.error,
): RateLimitStorage {
  return {
    async consume(key, rule) {
      try {
        const decision = await consumeRateLimit(prisma, { key, limit: rule.max, windowSeconds: rule.window });
        // Now and then, forget addresses not seen for days (the library's storage did the same).
        if (Math.random() < 0.01)
          void prisma.rateLimit
            .deleteMany({ where: { lastRequest: { lt: BigInt(Date.now() - PRUNE_AFTER_MS) } } })
            .catch((error: unknown) => log(`Could not prune old rate-limit rows: ${String(error)}`));
        return { allowed: decision.allowed, retryAfter: decision.allowed ? null : decision.resetSeconds };
      } catch (error) {
        log(`Request refused, the rate limiter failed: ${String(error)}`);
        return { allowed: false, retryAfter: 5 };
      }
    },
  };
}
