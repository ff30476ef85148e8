import { afterAll, beforeAll, expect, test } from "vitest";
import { createTestDatabase, type TestDatabase } from "../helpers/database";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db?.close();
});

test("prisma client works on the migrated test database", async () => {
  const city = await db.prisma.city.create({ data: { slug: "x", nameEn: "X", country: "CN" } });
  expect(await db.prisma.city.count()).toBe(1);
  expect(city.version).toBe(1);
});
