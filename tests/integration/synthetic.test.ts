import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { ConfigError, type DatabaseTarget } from "@/lib/env";
import type { SqlExecutor } from "@/lib/db/sql";
import {
  assertSyntheticTargetAllowed,
  deleteSyntheticData,
  generateSyntheticData,
  hasSyntheticData,
  UsageError,
} from "@/prisma/synthetic/generate";
import { createTestDatabase, type TestDatabase } from "../helpers/database";

const STARTUPS = 200;
const TABLES = [
  "City",
  "Organization",
  "Source",
  "Person",
  "Startup",
  "Employment",
  "Founding",
  "FundingRound",
  "Investment",
  "Citation",
] as const;

/** Every row of a table in id order, without the timestamps that differ from run to run. */
async function rowsOf(sql: SqlExecutor, table: string): Promise<Record<string, unknown>[]> {
  const rows = await sql.query<Record<string, unknown>>(`SELECT * FROM "${table}" ORDER BY id`);
  for (const row of rows) {
    delete row.createdAt;
    delete row.updatedAt;
  }
  return rows;
}

describe("synthetic data", () => {
  let first: TestDatabase;
  let second: TestDatabase;
  let third: TestDatabase;

  beforeAll(async () => {
    [first, second, third] = await Promise.all([createTestDatabase(), createTestDatabase(), createTestDatabase()]);
    await generateSyntheticData(first.sql, { startups: STARTUPS, seed: 7 });
    await generateSyntheticData(second.sql, { startups: STARTUPS, seed: 7 });
    await generateSyntheticData(third.sql, { startups: STARTUPS, seed: 8 });
  });
  afterAll(async () => {
    await Promise.all([first?.close(), second?.close(), third?.close()]);
  });

  test("the same seed gives the same rows", async () => {
    for (const table of TABLES) {
      const rows = await rowsOf(first.sql, table);
      expect(rows.length, `${table} has rows`).toBeGreaterThan(0);
      expect(await rowsOf(second.sql, table), table).toEqual(rows);
    }
  });

  test("a different seed gives different data", async () => {
    const names = async (sql: SqlExecutor) =>
      (await sql.query<{ slug: string }>(`SELECT slug FROM "Startup" ORDER BY id`)).map((row) => row.slug);
    expect(await names(third.sql)).toHaveLength(STARTUPS);
    expect(await names(third.sql)).not.toEqual(await names(first.sql));
    expect(await rowsOf(third.sql, "FundingRound")).not.toEqual(await rowsOf(first.sql, "FundingRound"));
  });

  test("every row it creates is marked synthetic, and every slug says so", async () => {
    for (const table of TABLES) {
      const [counts] = await first.sql.query<{ total: number; real: number }>(
        `SELECT count(*)::int AS total, count(*) FILTER (WHERE NOT synthetic)::int AS real FROM "${table}"`,
      );
      expect(counts, table).toMatchObject({ real: 0 });
      expect(counts!.total, table).toBeGreaterThan(0);
    }
    for (const table of ["City", "Organization", "Person", "Startup"]) {
      const [bad] = await first.sql.query<{ count: number }>(
        `SELECT count(*)::int AS count FROM "${table}" WHERE slug NOT LIKE 'synthetic-%'`,
      );
      expect(bad!.count, table).toBe(0);
    }
  });

  test("the data looks like the real thing", async () => {
    const [startups] = await first.sql.query<{
      count: number;
      cities: number;
      minYear: number;
      maxYear: number;
      withPinyin: number;
      sectors: number;
      statuses: number;
    }>(
      `SELECT count(*)::int AS count, count(DISTINCT "cityId")::int AS cities,
              min("foundedYear") AS "minYear", max("foundedYear") AS "maxYear",
              count(*) FILTER (WHERE "nameZh" IS NULL OR pinyin IS NOT NULL)::int AS "withPinyin",
              (SELECT count(DISTINCT s)::int FROM "Startup", unnest(sectors) AS s) AS sectors,
              count(DISTINCT status)::int AS statuses
       FROM "Startup"`,
    );
    expect(startups).toMatchObject({ count: STARTUPS, withPinyin: STARTUPS, sectors: 11, statuses: 4 });
    expect(startups!.cities).toBeGreaterThan(15);
    expect(startups!.minYear).toBeGreaterThanOrEqual(1999);
    expect(startups!.maxYear).toBeLessThanOrEqual(2025);

    const [founders] = await first.sql.query<{ min: number; max: number }>(
      `SELECT min(n)::int AS min, max(n)::int AS max FROM (SELECT count(*) AS n FROM "Founding" GROUP BY "startupId") f`,
    );
    expect(founders).toEqual({ min: 1, max: 3 });
    const [rounds] = await first.sql.query<{ max: number }>(
      `SELECT max(n)::int AS max FROM (SELECT count(*) AS n FROM "FundingRound" GROUP BY "startupId") r`,
    );
    expect(rounds!.max).toBeLessThanOrEqual(5);
    const amounts = await first.sql.query<{ amountKind: string; currency: string | null; usd: boolean }>(
      `SELECT DISTINCT "amountKind"::text AS "amountKind", currency, "amountUsdLow" IS NOT NULL AS usd FROM "FundingRound"`,
    );
    expect(amounts).toEqual(
      expect.arrayContaining([
        { amountKind: "EXACT", currency: "USD", usd: true },
        { amountKind: "EXACT", currency: "CNY", usd: false },
        { amountKind: "RANGE", currency: "USD", usd: true },
        { amountKind: "RANGE", currency: "CNY", usd: false },
        { amountKind: "UNDISCLOSED", currency: null, usd: false },
      ]),
    );
    expect(amounts.filter((row) => row.currency !== "USD" && row.usd)).toEqual([]);
    const [employments] = await first.sql.query<{ units: number; kinds: string[] }>(
      `SELECT count(DISTINCT e."organizationId")::int AS units, array_agg(DISTINCT o.kind::text) AS kinds
       FROM "Employment" e JOIN "Organization" o ON o.id = e."organizationId"`,
    );
    expect(employments!.kinds).toEqual(["ALIBABA_UNIT"]);
    expect(employments!.units).toBeGreaterThan(5);
  });

  test("it refuses a database that already holds synthetic rows, and --reset's delete empties them", async () => {
    await expect(generateSyntheticData(first.sql, { startups: 1 })).rejects.toBeInstanceOf(UsageError);

    const deleted = await deleteSyntheticData(first.sql);

    expect(deleted.Startup).toBe(STARTUPS);
    expect(await hasSyntheticData(first.sql)).toBe(false);
    await generateSyntheticData(first.sql, { startups: 5, seed: 1 });
    expect(await hasSyntheticData(first.sql)).toBe(true);
  });
});

test("generateSyntheticData rejects a nonsensical start-up count before touching the database", async () => {
  const untouchable = {} as SqlExecutor;
  await expect(generateSyntheticData(untouchable, { startups: 0 })).rejects.toBeInstanceOf(UsageError);
  await expect(generateSyntheticData(untouchable, { startups: 1.5 })).rejects.toBeInstanceOf(UsageError);
});

describe("the embedded-database guard", () => {
  const embedded: DatabaseTarget = {
    kind: "embedded",
    dataDir: "/tmp/x",
    description: "embedded PGlite database in /tmp/x",
  };
  const postgres: DatabaseTarget = {
    kind: "postgres",
    url: "postgresql://localhost/x",
    description: "PostgreSQL at localhost:5432/x",
  };

  test("refuses the embedded database without --allow-embedded, in one line", () => {
    expect(() => assertSyntheticTargetAllowed(embedded, { allowEmbedded: false })).toThrow(ConfigError);
    expect(() => assertSyntheticTargetAllowed(embedded, { allowEmbedded: false })).toThrow(
      /^[^\n]*--allow-embedded[^\n]*$/,
    );
  });

  test("allows the embedded database with the flag, and PostgreSQL always", () => {
    expect(() => assertSyntheticTargetAllowed(embedded, { allowEmbedded: true })).not.toThrow();
    expect(() => assertSyntheticTargetAllowed(postgres, { allowEmbedded: false })).not.toThrow();
  });
});
