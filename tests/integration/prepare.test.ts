import { afterEach, expect, test } from "vitest";
import { openDatabase } from "@/lib/db/connection";
import { prepareDatabase } from "@/lib/db/prepare";
import { ConfigError } from "@/lib/env";
import { createTestDatabase, type TestDatabase } from "../helpers/database";

let db: TestDatabase | undefined;
afterEach(async () => {
  await db?.close();
  db = undefined;
});

// Migrating and seeding PGlite (WebAssembly) takes 20–60 s on a busy shared machine: more than the default.
test(
  "the embedded database is migrated and seeded on first start, and left alone after",
  { timeout: 180_000 },
  async () => {
    db = await createTestDatabase({ kind: "embedded", migrated: false });
    const lines: string[] = [];
    await prepareDatabase(db, (line) => lines.push(line));
    expect(lines.some((line) => line.startsWith("applied "))).toBe(true);
    expect(lines.some((line) => line.includes("first start"))).toBe(true);
    const rokid = await db.prisma.startup.findUniqueOrThrow({ where: { slug: "rokid" }, include: { city: true } });
    expect(rokid.foundedYear).toBe(2014);
    expect(rokid.city?.nameEn).toBe("Hangzhou");
    const figures = await db.prisma.reportedFigure.count();

    const again: string[] = [];
    await prepareDatabase(db, (line) => again.push(line));
    expect(again).toEqual([]);
    expect(await db.prisma.reportedFigure.count()).toBe(figures);
  },
);

test.skipIf(!process.env.TEST_DATABASE_URL)(
  "an unmigrated PostgreSQL database is refused with the command to run",
  async () => {
    db = await createTestDatabase({ kind: "postgres", migrated: false });
    await expect(prepareDatabase(db)).rejects.toThrowError(ConfigError);
    await expect(prepareDatabase(db)).rejects.toThrowError(/npm run db:migrate/);
  },
);

test("an unreachable PostgreSQL server is one readable line", async () => {
  const attempt = openDatabase({
    kind: "postgres",
    url: "postgresql://postgres@127.0.0.1:1/nowhere",
    description: "PostgreSQL at 127.0.0.1:1/nowhere",
  });
  await expect(attempt).rejects.toThrowError(ConfigError);
  await expect(attempt).rejects.toThrowError(
    /^Cannot connect to PostgreSQL at 127\.0\.0\.1:1\/nowhere: connection refused/,
  );
});
