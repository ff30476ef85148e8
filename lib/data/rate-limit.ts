import "server-only";

// The limiter is a database primitive (lib/db/rate-limit.ts) so that sign-in (lib/auth) can use it
// too; the data layer's callers keep importing it from here.
export { consumeRateLimit, rateLimitHeaders, type RateLimitDecision, type RateLimitRule } from "../db/rate-limit";
