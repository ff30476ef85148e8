import { afterAll, beforeAll, expect, test, vi } from "vitest";
import { createTestDatabase, type TestDatabase } from "../helpers/database";
import {
  createCity,
  createFounding,
  createFundingRound,
  createInvestment,
  createOrganization,
  createPerson,
  createSource,
  createStartup,
} from "../factories";

let db: TestDatabase;

vi.mock("@/lib/db", () => ({ getPrisma: async () => db.prisma }));

beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db?.close();
});

test("overview counts what the database tracks, ignoring soft-deleted records", async () => {
  const { getOverviewCounts } = await import("@/lib/data/overview");
  const hangzhou = await createCity(db.prisma, { nameEn: "Hangzhou" });
  const shanghai = await createCity(db.prisma);
  const a = await createStartup(db.prisma, { cityId: hangzhou.id });
  const b = await createStartup(db.prisma, { cityId: shanghai.id });
  await createStartup(db.prisma, { cityId: shanghai.id, deletedAt: new Date() });
  const founder = await createPerson(db.prisma);
  await createFounding(db.prisma, { personId: founder.id, startupId: a.id });
  await createFounding(db.prisma, { personId: founder.id, startupId: b.id });
  const round = await createFundingRound(db.prisma, { startupId: a.id });
  const firm = await createOrganization(db.prisma);
  await createInvestment(db.prisma, { roundId: round.id, organizationId: firm.id });
  await createSource(db.prisma);

  const counts = await getOverviewCounts();
  expect(counts).toMatchObject({ startups: 2, founders: 1, cities: 2, fundingRounds: 1, investors: 1, sources: 1 });
  expect(counts.lastUpdated).toBeInstanceOf(Date);
});

test("a new or deleted start-up shows in the counts at once, though they are cached", async () => {
  const { getOverviewCounts } = await import("@/lib/data/overview");
  const before = (await getOverviewCounts()).startups;
  expect((await getOverviewCounts()).startups).toBe(before);
  const startup = await createStartup(db.prisma);
  expect((await getOverviewCounts()).startups).toBe(before + 1);
  await db.prisma.startup.update({ where: { id: startup.id }, data: { deletedAt: new Date() } });
  expect((await getOverviewCounts()).startups).toBe(before);
});
