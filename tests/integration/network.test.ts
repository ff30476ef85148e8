import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import type { AppPrismaClient } from "@/lib/db/connection";
import { networkEdgesCsv, networkNodesCsv } from "@/lib/network/describe";
import { parseNetworkRequest } from "@/lib/network/types";
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

// The network's nodes and edges over a small world, its filters, the focus view and the node budget
// (lowered to 3 start-ups here so the aggregated view can be checked with a handful of rows).
let current: TestDatabase;
vi.mock("@/lib/db", () => ({ getPrisma: async () => current.prisma }));
vi.mock("@/lib/network/types", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/network/types")>()),
  STARTUP_NODE_BUDGET: 3,
  TOP_INVESTORS: 1,
  UNITS_PER_INVESTOR: 1,
}));

async function world(prisma: AppPrismaClient) {
  const hangzhou = await createCity(prisma, { slug: "hangzhou", nameEn: "Hangzhou" });
  const beijing = await createCity(prisma, { slug: "beijing", nameEn: "Beijing" });
  const group = await createOrganization(prisma, {
    slug: "alibaba-group",
    nameEn: "Alibaba Group",
    kind: "ALIBABA_UNIT",
  });
  const ant = await createOrganization(prisma, {
    slug: "ant",
    nameEn: "Ant Group",
    kind: "ALIBABA_UNIT",
    parentId: group.id,
  });
  const cloud = await createOrganization(prisma, {
    slug: "cloud",
    nameEn: "Alibaba Cloud",
    kind: "ALIBABA_UNIT",
    parentId: group.id,
  });
  const idg = await createOrganization(prisma, { slug: "idg", nameEn: "IDG Capital" });
  const zhen = await createOrganization(prisma, { slug: "zhen", nameEn: "ZhenFund" });

  const rokid = await createStartup(prisma, { slug: "rokid", nameEn: "Rokid", cityId: hangzhou.id, foundedYear: 2014 });
  const second = await createStartup(prisma, {
    slug: "second",
    nameEn: "Second",
    cityId: beijing.id,
    foundedYear: 2020,
  });
  const far = await createStartup(prisma, { slug: "far", nameEn: "Far", cityId: beijing.id, foundedYear: 2021 });
  // A fourth live start-up takes the whole network past the (lowered) budget of 3.
  await createStartup(prisma, { slug: "solo", nameEn: "Solo", cityId: hangzhou.id, foundedYear: 2022 });
  const gone = await createStartup(prisma, { slug: "gone", nameEn: "Gone", foundedYear: 2015, deletedAt: new Date() });

  const misa = await createPerson(prisma, { slug: "misa", nameEn: "Misa" });
  const lee = await createPerson(prisma, { slug: "lee", nameEn: "Lee" });
  const wu = await createPerson(prisma, { slug: "wu", nameEn: "Wu" });
  // Misa: Ant 2006–2013, founded Rokid (2014) and Second (2020). Lee: Cloud, years unknown, founded Far.
  await createEmployment(prisma, { personId: misa.id, organizationId: ant.id, startYear: 2006, endYear: 2013 });
  await createEmployment(prisma, { personId: lee.id, organizationId: cloud.id });
  await createFounding(prisma, { personId: misa.id, startupId: rokid.id });
  await createFounding(prisma, { personId: misa.id, startupId: second.id });
  await createFounding(prisma, { personId: lee.id, startupId: far.id });
  await createFounding(prisma, { personId: lee.id, startupId: gone.id });

  // IDG backs Rokid twice (two rounds: one edge of weight 2) and Far; ZhenFund backs Second; Wu (an
  // angel, a person) backs Rokid.
  const r1 = await createFundingRound(prisma, { startupId: rokid.id, stage: "ANGEL", amountKind: "UNDISCLOSED" });
  const r2 = await createFundingRound(prisma, { startupId: rokid.id, stage: "SERIES_A", amountKind: "UNDISCLOSED" });
  const r3 = await createFundingRound(prisma, { startupId: second.id, stage: "SEED", amountKind: "UNDISCLOSED" });
  const r4 = await createFundingRound(prisma, { startupId: far.id, stage: "SEED", amountKind: "UNDISCLOSED" });
  const r5 = await createFundingRound(prisma, { startupId: gone.id, stage: "SEED", amountKind: "UNDISCLOSED" });
  await createInvestment(prisma, { roundId: r1.id, organizationId: idg.id });
  await createInvestment(prisma, { roundId: r2.id, organizationId: idg.id });
  await createInvestment(prisma, { roundId: r4.id, organizationId: idg.id });
  await createInvestment(prisma, { roundId: r3.id, organizationId: zhen.id });
  await createInvestment(prisma, { roundId: r1.id, personId: wu.id });
  await createInvestment(prisma, { roundId: r5.id, organizationId: zhen.id });
}

describe.each(testDatabaseKinds)("the network on %s", (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase({ kind });
    current = db;
    await world(db.prisma);
  });
  afterAll(async () => {
    await db?.close();
  });

  const view = async (query: string) => {
    current = db;
    const { getNetworkView } = await import("@/lib/data/network");
    return getNetworkView(parseNetworkRequest(new URLSearchParams(query)));
  };
  const edgeList = (graph: { edges: { source: string; kind: string; target: string; weight: number }[] }) =>
    graph.edges.map((e) => `${e.source} ${e.kind} ${e.target} ${e.weight}`).sort();

  test("nodes and edges of a selection within the budget, deleted records left out", async () => {
    const { graph } = await view("city=beijing");
    expect(graph.aggregated).toBeNull();
    expect(graph.nodes.map((n) => n.id).sort()).toEqual([
      "founder:lee",
      "founder:misa",
      "investor:idg",
      "investor:zhen",
      "startup:far",
      "startup:second",
      "unit:alibaba-group",
      "unit:ant",
      "unit:cloud",
    ]);
    expect(edgeList(graph)).toEqual([
      "founder:lee founded startup:far 1",
      "founder:lee worked-at unit:cloud 1",
      "founder:misa founded startup:second 1",
      "founder:misa worked-at unit:ant 1",
      "investor:idg invested-in startup:far 1",
      "investor:zhen invested-in startup:second 1",
      "unit:ant part-of unit:alibaba-group 1",
      "unit:cloud part-of unit:alibaba-group 1",
    ]);
    for (const node of graph.nodes) {
      expect(Number.isFinite(node.x) && Number.isFinite(node.y)).toBe(true);
    }
  });

  test("edge kinds and the alumni switch filter the graph", async () => {
    const { graph } = await view("city=beijing&edges=founded");
    expect(edgeList(graph)).toEqual(["founder:lee founded startup:far 1", "founder:misa founded startup:second 1"]);
    expect(graph.nodes).toHaveLength(4);
    // At least 5 years at Alibaba: Misa (7) qualifies; Lee's years are not reported, so Far is left out and counted.
    const strict = await view("city=beijing&tenure=5");
    expect(strict.graph.nodes.filter((n) => n.kind === "startup").map((n) => n.id)).toEqual(["startup:second"]);
    expect(strict.graph.alumniLeftOut).toBe(1);
    expect(strict.text.notes.join(" ")).toContain("Years not reported: 1 start-up");
    expect(strict.text.subtitle).toContain("at least 5 years at Alibaba Group");
  });

  test("the whole network beyond the budget: units and top investors, edges counting start-ups", async () => {
    const { graph, text } = await view("");
    expect(graph.aggregated).toEqual({ startups: 4, budget: 3, topInvestors: 1, unitsPerInvestor: 1 });
    // Units sized by the start-ups their alumni founded; only the top investor (IDG: Rokid and Far).
    expect(graph.nodes.map((n) => `${n.id} ${n.weight}`).sort()).toEqual([
      "investor:idg 2",
      "unit:alibaba-group 0",
      "unit:ant 2",
      "unit:cloud 1",
    ]);
    // IDG backed one start-up from Ant alumni and one from Cloud alumni: one unit per investor keeps
    // Ant (the first by slug on a tie), and Cloud keeps its strongest backer, IDG.
    expect(edgeList(graph)).toEqual([
      "investor:idg invested-in unit:ant 1",
      "investor:idg invested-in unit:cloud 1",
      "unit:ant part-of unit:alibaba-group 1",
      "unit:cloud part-of unit:alibaba-group 1",
    ]);
    expect(text.notes[0]).toContain("4 start-ups are more than the 3 this view draws one by one");
  });

  test("a focus view holds the node's two-step neighbourhood", async () => {
    const { graph, text } = await view("focus=startup:rokid");
    const ids = graph.nodes.map((n) => n.id).sort();
    // One step: Misa, IDG, Wu. Two steps: Misa's Second and Ant, IDG's Far. ZhenFund (behind
    // Second), Lee (Far's founder) and Alibaba Group (above Ant) are three steps away.
    expect(ids).toEqual(
      [
        "founder:misa",
        "investor:wu",
        "investor:idg",
        "startup:far",
        "startup:rokid",
        "startup:second",
        "unit:ant",
      ].sort(),
    );
    expect(graph.edges.find((e) => e.source === "investor:idg")?.weight).toBe(2);
    expect(text.title).toBe("Rokid's network");
  });

  test("cohort charts over the same world: units over time and co-investment", async () => {
    current = db;
    const { getChart } = await import("@/lib/data/charts/get-chart");
    const { chart: units } = await getChart({ key: "founders-by-unit-over-time", filters: {} });
    expect(units.table.columns.map((c) => c.label)).toEqual(["Year founded", "Ant Group", "Alibaba Cloud"]);
    expect(units.table.rows.filter((row) => row[1] !== 0 || row[2] !== 0)).toEqual([
      ["2014", 1, 0],
      ["2020", 1, 0],
      ["2021", 0, 1],
    ]);
    // Wu and IDG both backed Rokid; nobody else shares a start-up (ZhenFund's other one is deleted).
    const { chart: pairs } = await getChart({ key: "co-investment", filters: {} });
    expect(pairs.table.rows).toEqual([["Wu + IDG Capital", 1]]);
    expect(pairs.population.n).toBe(1);
  });

  test("the CSVs carry the definition and list exactly the graph's nodes and edges", async () => {
    const { graph, text } = await view("city=beijing&leftWithin=8");
    const nodes = networkNodesCsv(graph, text);
    const edges = networkEdgesCsv(graph, text);
    expect(nodes).toContain("# Definition: alumni = founders who left Alibaba at most 8 years before founding");
    expect(edges).toContain("# Definition: alumni = founders who left Alibaba at most 8 years before founding");
    const dataLines = (csv: string) =>
      csv.split("\r\n").filter((line) => line && !line.startsWith("#") && !line.startsWith("\uFEFF#"));
    expect(dataLines(nodes)).toHaveLength(graph.nodes.length + 1);
    expect(dataLines(edges)).toHaveLength(graph.edges.length + 1);
  });
});
