// A fixed-window counter per client, in this process's memory. The database limiter
// (lib/data/rate-limit.ts) costs an upsert per request, which more than doubled the cost of a 304
// and serialised a busy client on one row (README, Decisions: "The API's rate limit in memory").

export type WindowDecision = { allowed: boolean; limit: number; remaining: number; resetSeconds: number };

export class MemoryRateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(
    readonly limit: number,
    readonly windowSeconds: number,
    /** Beyond this many clients, windows that have ended are swept before adding another. */
    private readonly maxClients = 10_000,
  ) {}

  consume(key: string, now: number = Date.now()): WindowDecision {
    const windowMs = this.windowSeconds * 1000;
    let window = this.windows.get(key);
    if (!window || window.start <= now - windowMs) {
      if (!window && this.windows.size >= this.maxClients) this.sweep(now);
      window = { start: now, count: 0 };
      this.windows.set(key, window);
    }
    window.count += 1;
    return {
      allowed: window.count <= this.limit,
      limit: this.limit,
      remaining: Math.max(0, this.limit - window.count),
      resetSeconds: Math.max(1, Math.ceil((window.start + windowMs - now) / 1000)),
    };
  }

  private sweep(now: number): void {
    const windowMs = this.windowSeconds * 1000;
    for (const [key, window] of this.windows) if (window.start <= now - windowMs) this.windows.delete(key);
    // Still full of live windows (a flood of addresses): forget the oldest rather than grow without bound.
    while (this.windows.size >= this.maxClients) this.windows.delete(this.windows.keys().next().value!);
  }
}
