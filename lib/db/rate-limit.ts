import type { PrismaClient } from "../generated/prisma/client";
import { countRateLimitRefusal } from "../observability/metrics";

export type RateLimitRule = {
  /** What is limited and for whom, e.g. "snapshot:203.0.113.9". Keys share the RateLimit table. */
  key: string;
  /** Requests allowed in one window. */
  limit: number;
  windowSeconds: number;
};

export type RateLimitDecision = {
  allowed: boolean;
  limit: number;
  /** Requests left in the current window after this one. */
  remaining: number;
  /** Seconds until the window resets (for Retry-After and RateLimit-Reset). */
  resetSeconds: number;
};

type Counter = { count: number; windowStart: bigint };

/**
 * Counts one request against a fixed window and decides, in one atomic statement: parallel requests
 * each get their own count, so a burst cannot slip past the limit between a read and a write.
 * Works on PostgreSQL and the embedded database alike (the RateLimit table, no extra service).
 */
export async function consumeRateLimit(
  prisma: Pick<PrismaClient, "$queryRaw">,
  rule: RateLimitRule,
  now: number = Date.now(),
): Promise<RateLimitDecision> {
  const windowMs = rule.windowSeconds * 1000;
  const rows = await prisma.$queryRaw<Counter[]>`
    INSERT INTO "RateLimit" ("id", "key", "count", "lastRequest")
    VALUES (gen_random_uuid()::text, ${rule.key}, 1, ${BigInt(now)})
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimit"."lastRequest" <= ${BigInt(now - windowMs)} THEN 1 ELSE "RateLimit"."count" + 1 END,
      "lastRequest" = CASE WHEN "RateLimit"."lastRequest" <= ${BigInt(now - windowMs)} THEN ${BigInt(now)} ELSE "RateLimit"."lastRequest" END
    RETURNING "count", "lastRequest" AS "windowStart"`;
  const row = rows[0];
  if (!row) throw new Error("The rate limiter's upsert returned no row");
  const count = Number(row.count);
  const resetSeconds = Math.max(1, Math.ceil((Number(row.windowStart) + windowMs - now) / 1000));
  const allowed = count <= rule.limit;
  // Every refusal by any limit (snapshots, sign-in per account and per address) shows in the metrics.
  if (!allowed) countRateLimitRefusal(rule.key);
  return {
    allowed,
    limit: rule.limit,
    remaining: Math.max(0, rule.limit - count),
    resetSeconds,
  };
}

/** The IETF RateLimit header fields and, when refused, Retry-After. */
export function rateLimitHeaders(decision: RateLimitDecision): Record<string, string> {
  return {
    "RateLimit-Limit": String(decision.limit),
    "RateLimit-Remaining": String(decision.remaining),
    "RateLimit-Reset": String(decision.resetSeconds),
    ...(decision.allowed ? {} : { "Retry-After": String(decision.resetSeconds) }),
  };
}
