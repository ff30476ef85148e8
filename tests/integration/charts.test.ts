import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import type { AppPrismaClient } from "@/lib/db/connection";
import type { ChartKey } from "@/lib/charts/definition";
import { parseChartRequest } from "@/lib/charts/request";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "../helpers/database";
import {
  createCity,
  createEmployment,
  createFounding,
  createFundingRound,
  createInvestment,
  createOrganization,
  createPerson,
  createStartup,
} from "../factories";

// Each aggregation is checked against both databases the app runs on: PostgreSQL and embedded PGlite.
let current: TestDatabase;
vi.mock("@/lib/db", () => ({ getPrisma: async () => current.prisma }));

async function world(prisma: AppPrismaClient) {
  const hangzhou = await createCity(prisma, { slug: "hangzhou", nameEn: "Hangzhou" });
  const beijing = await createCity(prisma, { slug: "beijing", nameEn: "Beijing" });
  const group = await createOrganization(prisma, {
    slug: "alibaba-group",
    nameEn: "Alibaba Group",
    kind: "ALIBABA_UNIT",
  });
  const cloud = await createOrganization(prisma, {
    slug: "alibaba-cloud",
    nameEn: "Alibaba Cloud",
    kind: "ALIBABA_UNIT",
    parentId: group.id,
  });
  const pai = await createOrganization(prisma, {
    slug: "pai",
    nameEn: "PAI",
    kind: "ALIBABA_UNIT",
    parentId: cloud.id,
  });
  const damo = await createOrganization(prisma, {
    slug: "damo",
    nameEn: "DAMO Academy",
    kind: "ALIBABA_UNIT",
    parentId: group.id,
  });
  const idg = await createOrganization(prisma, { slug: "idg", nameEn: "IDG Capital" });
  const zhen = await createOrganization(prisma, { slug: "zhenfund", nameEn: "ZhenFund" });

  const a = await createStartup(prisma, {
    nameEn: "A",
    cityId: hangzhou.id,
    foundedYear: 2014,
    sectors: ["AI_HARDWARE", "ROBOTICS"],
  });
  const b = await createStartup(prisma, { nameEn: "B", cityId: hangzhou.id, foundedYear: 2016, sectors: ["ROBOTICS"] });
  const c = await createStartup(prisma, { nameEn: "C", cityId: beijing.id, foundedYear: 2014, sectors: [] });
  const d = await createStartup(prisma, { nameEn: "D", foundedYear: null, sectors: ["AI_AGENTS"] });
  const gone = await createStartup(prisma, {
    nameEn: "Deleted",
    cityId: beijing.id,
    foundedYear: 2014,
    sectors: ["ROBOTICS"],
    deletedAt: new Date(),
  });

  // Founders: pa worked at PAI (rolls up to Alibaba Cloud) 2008–2013 and founded A in 2014;
  // pb at DAMO 2010–2018 founded B in 2016 (span capped at founding: 6 years); pc at the group
  // with no end year (excluded from years-at-Alibaba).
  const pa = await createPerson(prisma);
  const pb = await createPerson(prisma);
  const pc = await createPerson(prisma);
  await createEmployment(prisma, { personId: pa.id, organizationId: pai.id, startYear: 2008, endYear: 2013 });
  await createEmployment(prisma, { personId: pb.id, organizationId: damo.id, startYear: 2010, endYear: 2018 });
  await createEmployment(prisma, { personId: pc.id, organizationId: group.id, startYear: 2005 });
  await createFounding(prisma, { personId: pa.id, startupId: a.id });
  await createFounding(prisma, { personId: pb.id, startupId: b.id });
  await createFounding(prisma, { personId: pc.id, startupId: c.id });
  await createFounding(prisma, { personId: pa.id, startupId: gone.id });

  const r1 = await createFundingRound(prisma, {
    startupId: a.id,
    announcedOn: new Date("2015-03-01"),
    stage: "SERIES_A",
    amountKind: "EXACT",
    amountLow: 10,
    amountHigh: 10,
    currency: "USD",
    amountUsdLow: 10_000_000,
    amountUsdHigh: 10_000_000,
  });
  const r2 = await createFundingRound(prisma, {
    startupId: a.id,
    announcedOn: new Date("2015-09-01"),
    stage: "SERIES_B",
    amountKind: "RANGE",
    amountLow: 1,
    amountHigh: 10,
    currency: "USD",
    amountUsdLow: 1_000_000,
    amountUsdHigh: 10_000_000,
  });
  const r3 = await createFundingRound(prisma, {
    startupId: b.id,
    announcedOn: new Date("2017-01-01"),
    stage: "ANGEL",
    amountKind: "UNDISCLOSED",
  });
  const r4 = await createFundingRound(prisma, {
    startupId: c.id,
    announcedOn: new Date("2017-06-01"),
    stage: "SERIES_A",
    amountKind: "EXACT",
    amountLow: 50,
    amountHigh: 50,
    currency: "CNY",
  });
  await createFundingRound(prisma, { startupId: c.id, stage: "SEED", amountKind: "UNDISCLOSED" });
  await createFundingRound(prisma, {
    startupId: a.id,
    announcedOn: new Date("2016-01-01"),
    stage: "SEED",
    amountKind: "EXACT",
    amountLow: 5,
    amountHigh: 5,
    currency: "USD",
    amountUsdLow: 5_000_000,
    amountUsdHigh: 5_000_000,
    deletedAt: new Date(),
  });
  const rGone = await createFundingRound(prisma, {
    startupId: gone.id,
    announcedOn: new Date("2015-01-01"),
    stage: "SEED",
    amountKind: "UNDISCLOSED",
  });

  await createInvestment(prisma, { roundId: r1.id, organizationId: idg.id });
  await createInvestment(prisma, { roundId: r2.id, organizationId: idg.id });
  await createInvestment(prisma, { roundId: r3.id, organizationId: idg.id });
  await createInvestment(prisma, { roundId: r4.id, organizationId: zhen.id });
  await createInvestment(prisma, { roundId: r3.id, personId: pc.id });
  await createInvestment(prisma, { roundId: rGone.id, organizationId: zhen.id });

  // Deleted records around live ones: each would change a count below if it were not ignored.
  // A deleted founder of D with a DAMO career (D would gain a unit and an incomplete span), a
  // deleted founding of D by pc (D would roll up to the group), a deleted PAI job of pb (B would
  // count for Alibaba Cloud), a deleted investor in two rounds and a deleted investment by IDG.
  const ghost = await createPerson(prisma, { nameEn: "Ghost Founder", deletedAt: new Date() });
  await createEmployment(prisma, { personId: ghost.id, organizationId: damo.id, startYear: 2000, endYear: 2010 });
  await createFounding(prisma, { personId: ghost.id, startupId: d.id });
  await createFounding(prisma, { personId: pc.id, startupId: d.id, deletedAt: new Date() });
  await createEmployment(prisma, {
    personId: pb.id,
    organizationId: pai.id,
    startYear: 2009,
    endYear: 2010,
    deletedAt: new Date(),
  });
  const ghostFund = await createOrganization(prisma, {
    slug: "ghost-capital",
    nameEn: "Ghost Capital",
    deletedAt: new Date(),
  });
  await createInvestment(prisma, { roundId: r1.id, organizationId: ghostFund.id });
  await createInvestment(prisma, { roundId: r4.id, organizationId: ghostFund.id });
  await createInvestment(prisma, { roundId: r4.id, organizationId: idg.id, deletedAt: new Date() });
  return { a, b, c, d };
}

describe.each(testDatabaseKinds)("chart aggregations on %s", (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase({ kind });
    current = db;
    await world(db.prisma);
  });
  afterAll(async () => {
    await db?.close();
  });

  const chart = async (key: ChartKey, filters = {}) => {
    current = db;
    const { getChart } = await import("@/lib/data/charts/get-chart");
    return getChart({ key, filters });
  };

  test("startups by city, ignoring soft-deleted start-ups", async () => {
    const { chart: c } = await chart("startups-by-city");
    expect(c.table.rows).toEqual([
      ["Hangzhou", 2, 50],
      ["Beijing", 1, 25],
      ["City not reported", 1, 25],
    ]);
    expect(c.population.n).toBe(4);
    expect(c.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  test("founded per year, stacked by city, with a filter on sector", async () => {
    const { chart: all } = await chart("founded-per-year");
    expect(all.table.rows).toEqual([
      ["2014", 2],
      ["2015", 0],
      ["2016", 1],
    ]);
    expect(all.notes).toContain("1 start-up with no reported founding year is not shown.");
    const { chart: stacked } = await chart("founded-per-year", { stack: "city" });
    expect(stacked.table.columns.map((col) => col.label)).toEqual([
      "Year founded",
      "Hangzhou",
      "Beijing",
      "Start-ups founded",
    ]);
    expect(stacked.table.rows[0]).toEqual(["2014", 1, 1, 2]);
    const { chart: robotics } = await chart("founded-per-year", { sector: "ROBOTICS" });
    expect(robotics.table.rows).toEqual([
      ["2014", 1],
      ["2015", 0],
      ["2016", 1],
    ]);
  });

  test("by sector counts a start-up in each of its sectors and keeps the unreported ones", async () => {
    const { chart: c } = await chart("startups-by-sector");
    expect(c.table.rows).toEqual([
      ["Robotics", 2],
      ["AI agents", 1],
      ["AI hardware", 1],
      ["Sector not reported", 1],
    ]);
    expect(c.population.n).toBe(4);
  });

  test("by Alibaba unit rolls sub-units up to top-level units", async () => {
    const { chart: c } = await chart("startups-by-alibaba-unit");
    expect(c.table.rows).toEqual([
      ["Alibaba Cloud", 1],
      ["DAMO Academy", 1],
      ["Alibaba Group (unit not specified)", 1],
      ["No Alibaba unit recorded", 1],
    ]);
    // The unit filter takes the whole subtree: Alibaba Cloud includes PAI.
    const { chart: cloud, problems } = await chart("startups-by-sector", { unit: "alibaba-cloud" });
    expect(problems).toEqual([]);
    expect(cloud.population.n).toBe(1);
    expect(cloud.filterSummary).toBe("founders from Alibaba Cloud");
  });

  test("funding by year counts undisclosed and other-currency rounds without summing them", async () => {
    const { chart: c } = await chart("funding-over-time");
    expect(c.table.rows).toEqual([
      ["2015", 2, 2, 0, 0, 11_000_000, 20_000_000],
      ["2016", 0, 0, 0, 0, null, null],
      ["2017", 2, 0, 1, 1, null, null],
    ]);
    expect(c.notes).toContain("1 round with no reported date is not shown.");
    const { chart: byStage } = await chart("funding-over-time", { by: "stage" });
    expect(byStage.table.rows.map((r) => r[0])).toEqual(["Angel", "Seed", "Series A", "Series B"]);
    const { chart: in2017 } = await chart("funding-over-time", { from: 2017, to: 2017 });
    expect(in2017.population.n).toBe(2);
  });

  test("top investors count start-ups, not rounds", async () => {
    const { chart: c } = await chart("top-investors");
    expect(c.table.rows[0]).toEqual(["IDG Capital", 2, 3]);
    expect(c.table.rows.map((r) => r[0])).toContain("ZhenFund");
    expect(c.table.rows.find((r) => r[0] === "ZhenFund")).toEqual(["ZhenFund", 1, 1]);
    // IDG, ZhenFund and pc (a person); the deleted fund and the deleted investment do not count.
    expect(c.table.rows).toHaveLength(3);
    expect(c.table.rows.map((r) => r[0])).not.toContain("Ghost Capital");
    expect(c.altText).toContain("3 investors are recorded across 3 start-ups");
    const { chart: hangzhou } = await chart("top-investors", { city: "hangzhou" });
    expect(hangzhou.table.rows.map((r) => r[0])).not.toContain("ZhenFund");
  });

  test("years at Alibaba only where both ends and the founding year are known", async () => {
    const { chart: c } = await chart("years-at-alibaba");
    const counted = c.table.rows.filter((r) => r[1] !== 0);
    expect(counted).toEqual([
      ["5", 1],
      ["6", 1],
    ]);
    expect(c.notes).toContain("1 founder with an Alibaba career but incomplete years is not counted.");
  });

  test("unknown city and unit slugs are dropped and reported", async () => {
    const { chart: c, problems } = await chart("founded-per-year", { city: "atlantis", unit: "nope" });
    expect(problems.map((p) => p.parameter)).toEqual(["city", "unit"]);
    expect(c.filters).toEqual({});
  });

  test("an empty selection gives an empty state, not an error", async () => {
    const { chart: c } = await chart("startups-by-city", { from: 2099 });
    expect(c.emptyMessage).toMatch(/Nothing in this database matches/);
  });

  test("a snapshot freezes the data: later edits do not change it, and a repeat pin reuses it", async () => {
    current = db;
    const { createChartSnapshot, getChartSnapshot } = await import("@/lib/data/charts/snapshots");
    const { getChartForRequest } = await import("@/lib/data/charts/get-chart-for-request");
    const { CHARTS } = await import("@/lib/data/charts/registry");
    const request = (query: string) =>
      getChartForRequest(parseChartRequest(CHARTS["startups-by-sector"].definition, new URLSearchParams(query)));
    const first = await createChartSnapshot({ key: "startups-by-sector", filters: {}, client: "203.0.113.1" });
    const again = await createChartSnapshot({ key: "startups-by-sector", filters: {}, client: "203.0.113.1" });
    expect(first.ok && again.ok && first.snapshot.id === again.snapshot.id).toBe(true);
    if (!first.ok) return;
    await createStartup(db.prisma, { nameEn: "Later", sectors: ["ROBOTICS"] });
    const frozen = await getChartSnapshot({ key: "startups-by-sector", id: first.snapshot.id });
    expect(frozen?.table.rows[0]).toEqual(["Robotics", 2]);
    expect(frozen?.snapshot?.id).toBe(first.snapshot.id);
    expect(await getChartSnapshot({ key: "top-investors", id: first.snapshot.id })).toBeNull();
    const byRequest = await request(`snapshot=${first.snapshot.id}`);
    expect(byRequest.ok).toBe(true);
    const bad = await request("snapshot=../../etc");
    expect(bad).toMatchObject({ ok: false, status: 404 });
    const hostile = await request("from=1e9");
    expect(hostile).toMatchObject({ ok: false, status: 400 });
  });

  test("chart results are cached per data version, and every kind of write invalidates them", async () => {
    current = db;
    const { getChart } = await import("@/lib/data/charts/get-chart");
    const counted = async () => (await getChart({ key: "startups-by-city", filters: {} })).chart.population.n;
    const before = await counted();
    const { version } = await db.prisma.chartDataVersion.findUniqueOrThrow({ where: { id: 1 } });

    // Written with triggers off (replica mode), the data version stays put, so the chart still
    // shows the cached result: proof that the second call does not query the data again.
    const hidden = await db.prisma.$transaction(async (tx) => {
      await tx.$executeRaw`SET LOCAL session_replication_role = replica`;
      return tx.startup.create({ data: { slug: "cache-probe", nameEn: "Cache probe", synthetic: true } });
    });
    expect(await counted()).toBe(before);

    // An ordinary edit bumps the version, and the chart is computed afresh.
    await db.prisma.startup.update({ where: { id: hidden.id }, data: { nameEn: "Cache probe, edited" } });
    const { version: edited } = await db.prisma.chartDataVersion.findUniqueOrThrow({ where: { id: 1 } });
    expect(edited).toBeGreaterThan(version);
    expect(await counted()).toBe(before + 1);

    // A soft delete, its undoing, an insert and a hard delete each change the chart at once.
    await db.prisma.startup.update({ where: { id: hidden.id }, data: { deletedAt: new Date() } });
    expect(await counted()).toBe(before);
    await db.prisma.startup.update({ where: { id: hidden.id }, data: { deletedAt: null } });
    expect(await counted()).toBe(before + 1);
    const inserted = await createStartup(db.prisma, { nameEn: "Cache probe 2" });
    expect(await counted()).toBe(before + 2);
    await db.prisma.startup.deleteMany({ where: { id: { in: [hidden.id, inserted.id] } } });
    expect(await counted()).toBe(before);

    // A write to a table the chart reads only through a join (a founder's job) invalidates too.
    const { chart: units } = await getChart({ key: "startups-by-alibaba-unit", filters: {} });
    const job = await db.prisma.employment.findFirstOrThrow({
      where: { organization: { slug: "damo" }, deletedAt: null },
    });
    await db.prisma.employment.update({ where: { id: job.id }, data: { deletedAt: new Date() } });
    const { chart: without } = await getChart({ key: "startups-by-alibaba-unit", filters: {} });
    expect(without.table.rows).not.toEqual(units.table.rows);
    await db.prisma.employment.update({ where: { id: job.id }, data: { deletedAt: null } });
    const { chart: restored } = await getChart({ key: "startups-by-alibaba-unit", filters: {} });
    expect(restored.table.rows).toEqual(units.table.rows);
  });
});
