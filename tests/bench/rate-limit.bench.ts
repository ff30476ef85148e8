// npm run bench -- tests/bench/rate-limit.bench.ts — what counting one API request costs: the
// database limiter (an upsert), the in-memory one the API uses, and the version read a 304 needs.
import { afterAll, bench, describe } from "vitest";
import { MemoryRateLimiter } from "@/lib/api/memory-rate-limit";
import { getPrisma } from "@/lib/db";
import { readChartDataVersion } from "@/lib/data/charts/cache";
import { consumeRateLimit } from "@/lib/data/rate-limit";

const prisma = await getPrisma();
const memory = new MemoryRateLimiter(1_000_000, 60);
let n = 0;

afterAll(async () => {
  await prisma.$executeRaw`DELETE FROM "RateLimit" WHERE key LIKE 'bench-api:%'`;
});

describe("per-request cost", () => {
  bench("data version read (all a 304 does)", () => readChartDataVersion(prisma).then(() => undefined));
  bench("database limiter, 10 clients", () =>
    consumeRateLimit(prisma, { key: `bench-api:${n++ % 10}`, limit: 1_000_000, windowSeconds: 60 }).then(
      () => undefined,
    ),
  );
  bench("database limiter, one client", () =>
    consumeRateLimit(prisma, { key: "bench-api:one", limit: 1_000_000, windowSeconds: 60 }).then(() => undefined),
  );
  bench("memory limiter, 10 clients", () => {
    memory.consume(`client-${n++ % 10}`);
  });
});
