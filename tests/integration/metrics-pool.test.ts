// Issue 16 item 3, "database pool use": the app's own database on PostgreSQL reports its pool to
// /api/metrics (lib/db/database.ts wires it when it opens the database); the embedded one has none.
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { createTestDatabase, type TestDatabase } from "../helpers/database";

const postgres = Boolean(process.env.TEST_DATABASE_URL);
let target: TestDatabase | undefined;

beforeAll(async () => {
  if (!postgres) return;
  // A migrated database of its own, which the app then opens as its DATABASE_URL.
  target = await createTestDatabase({ kind: "postgres" });
  vi.stubEnv("DATABASE_URL", target.url!);
});
afterAll(async () => {
  const { openedDatabase } = await import("@/lib/db/database");
  await (await openedDatabase())?.close();
  await target?.close();
  vi.unstubAllEnvs();
});

describe.runIf(postgres)("the PostgreSQL pool in the metrics", () => {
  test("total, idle, waiting and max connections of the app's pool", async () => {
    const { getDatabase } = await import("@/lib/db/database");
    const { renderMetrics } = await import("@/lib/observability/metrics");
    const db = await getDatabase();
    // Five queries at once open connections; they are idle again once answered.
    await Promise.all(Array.from({ length: 5 }, () => db.prisma.$queryRaw`SELECT pg_sleep(0.05)::text AS slept`));
    const text = (await renderMetrics()).body;
    const value = (state: string) =>
      Number(new RegExp(`^atlas_db_pool_connections\\{state="${state}"\\} (\\d+)$`, "m").exec(text)?.[1] ?? NaN);
    console.info(
      `pool metrics: total ${value("total")}, idle ${value("idle")}, waiting ${value("waiting")}, max ${value("max")}`,
    );
    expect(value("max")).toBeGreaterThan(0);
    expect(value("total")).toBeGreaterThanOrEqual(1);
    expect(value("total")).toBeLessThanOrEqual(value("max"));
    expect(value("idle")).toBeLessThanOrEqual(value("total"));
    expect(value("waiting")).toBe(0);
  });
});
