import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import type { AppPrismaClient } from "@/lib/db/connection";
import type { ChartFilters } from "@/lib/charts/request";
import { parseChartRequest } from "@/lib/charts/request";
import { chartToCsv } from "@/lib/export/csv";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "../helpers/database";
import { createEmployment, createFounding, createOrganization, createPerson, createStartup } from "../factories";

// The alumni switch over a small set with known tenures: each definition's count is worked out by
// hand below, and the start-ups it cannot judge are counted as "years not reported".
let current: TestDatabase;
vi.mock("@/lib/db", () => ({ getPrisma: async () => current.prisma }));

async function world(prisma: AppPrismaClient) {
  const group = await createOrganization(prisma, {
    slug: "alibaba-group",
    nameEn: "Alibaba Group",
    kind: "ALIBABA_UNIT",
  });
  const ant = await createOrganization(prisma, {
    slug: "ant-group",
    nameEn: "Ant Group",
    kind: "ALIBABA_UNIT",
    parentId: group.id,
  });
  const cloud = await createOrganization(prisma, {
    slug: "alibaba-cloud",
    nameEn: "Alibaba Cloud",
    kind: "ALIBABA_UNIT",
    parentId: group.id,
  });
  const startup = (foundedYear: number | null) => createStartup(prisma, { foundedYear });
  const founder = async (
    startupId: number,
    jobs: { unit: number; startYear?: number; endYear?: number; isCurrent?: boolean }[],
  ) => {
    const person = await createPerson(prisma);
    for (const job of jobs) {
      await createEmployment(prisma, {
        personId: person.id,
        organizationId: job.unit,
        startYear: job.startYear ?? null,
        endYear: job.endYear ?? null,
        isCurrent: job.isCurrent ?? false,
      });
    }
    await createFounding(prisma, { personId: person.id, startupId });
    return person;
  };

  // Tenure (capped at founding) and gap (founded − left):
  // long: Ant 2005–2015, founded 2016 → tenure 10, gap 1
  const long = await startup(2016);
  await founder(long.id, [{ unit: ant.id, startYear: 2005, endYear: 2015 }]);
  // short: Cloud 2012–2014, founded 2020 → tenure 2, gap 6
  const short = await startup(2020);
  await founder(short.id, [{ unit: cloud.id, startYear: 2012, endYear: 2014 }]);
  // twoJobs: Group 2008–2010 then Cloud 2010–2013, founded 2013 → tenure 5, gap 0
  const twoJobs = await startup(2013);
  await founder(twoJobs.id, [
    { unit: group.id, startYear: 2008, endYear: 2010 },
    { unit: cloud.id, startYear: 2010, endYear: 2013 },
  ]);
  // noStart: Ant ?–2017, founded 2018 → tenure unknown, gap 1
  const noStart = await startup(2018);
  await founder(noStart.id, [{ unit: ant.id, endYear: 2017 }]);
  // noYears: Cloud, no years at all, founded 2019 → both unknown
  const noYears = await startup(2019);
  await founder(noYears.id, [{ unit: cloud.id }]);
  // noCareer: a founder with no Alibaba job recorded → both unknown
  const noCareer = await startup(2021);
  await founder(noCareer.id, []);
  // Two founders: one short and recent, one long and long ago → counts under either definition,
  // but under both together only if one founder meets both (neither does).
  const mixed = await startup(2022);
  await founder(mixed.id, [{ unit: ant.id, startYear: 2020, endYear: 2021 }]);
  await founder(mixed.id, [{ unit: cloud.id, startYear: 2000, endYear: 2012 }]);
  // A deleted start-up with a long career: never counted.
  const gone = await createStartup(prisma, { foundedYear: 2016, deletedAt: new Date() });
  await founder(gone.id, [{ unit: ant.id, startYear: 2000, endYear: 2015 }]);
}

describe.each(testDatabaseKinds)("the alumni switch on %s", (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase({ kind });
    current = db;
    await world(db.prisma);
  });
  afterAll(async () => {
    await db?.close();
  });

  const count = async (filters: ChartFilters) => {
    current = db;
    const { getChart } = await import("@/lib/data/charts/get-chart");
    const { chart } = await getChart({ key: "startups-by-sector", filters });
    return chart;
  };

  test.each([
    // [definition, counted, left out for want of years]
    [{}, 7, null],
    // long (10), twoJobs (5), mixed (its second founder: 12); noStart, noYears and noCareer unknown
    [{ tenure: 5 }, 3, 3],
    [{ tenure: 6 }, 2, 3],
    // long (1), twoJobs (0), noStart (1: its end year is known), mixed (its first founder: 1)
    [{ leftWithin: 1 }, 4, 2],
    // one founder must meet both: long and twoJobs; mixed's two founders each meet only one
    [{ tenure: 5, leftWithin: 1 }, 2, 3],
  ] as const)("%o counts as worked out by hand", async (definition, counted, leftOut) => {
    const chart = await count(definition);
    expect(chart.population.n).toBe(counted);
    const note = chart.notes.find((n) => n.startsWith("Years not reported"));
    if (leftOut === null) expect(note).toBeUndefined();
    else expect(note).toContain(`${leftOut} start-ups`);
  });

  test("the unit subtree narrows the founders who must meet the definition", async () => {
    // Ant alumni with at least 5 years: only long (mixed's long career was at Cloud).
    expect((await count({ unit: "ant-group", tenure: 5 })).population.n).toBe(1);
    // Cloud alumni with at least 5 years: twoJobs (Group + Cloud years count as group tenure) and mixed.
    expect((await count({ unit: "alibaba-cloud", tenure: 5 })).population.n).toBe(2);
  });

  test("the definition is written into the subtitle, the source line and the CSV", async () => {
    const any = await count({});
    expect(any.subtitle).toContain("alumni = founders with any stint at Alibaba Group");
    expect(any.sourceLine).toContain("any stint at Alibaba Group");
    const strict = await count({ tenure: 3, leftWithin: 2 });
    const words =
      "alumni = founders who spent at least 3 years at Alibaba Group and left Alibaba at most 2 years before founding";
    expect(strict.subtitle).toContain(words);
    expect(strict.sourceLine).toContain(words);
    const csv = chartToCsv(strict);
    expect(csv).toContain(`# Definition: ${words}`);
    expect(csv).toMatch(/# Note: Years not reported: \d+ start-ups/);
  });

  test("cohort charts: start-ups by the year their founders left, and years from leaving to founding", async () => {
    current = db;
    const { getChart } = await import("@/lib/data/charts/get-chart");
    // Per start-up, the year its last founder left (capped at founding): long 2015, short 2014,
    // twoJobs 2013, noStart 2017, mixed 2021; noYears unknown; noCareer has no Alibaba job at all.
    const { chart: left } = await getChart({ key: "startups-by-year-left", filters: {} });
    expect(left.table.rows.filter((row) => row[1] !== 0)).toEqual([
      ["2013", 1],
      ["2014", 1],
      ["2015", 1],
      ["2017", 1],
      ["2021", 1],
      ["Not reported", 1],
    ]);
    expect(left.population.n).toBe(6);
    // Per founder: long 1, short 6, twoJobs 0, noStart 1, mixed 1 and 10; noYears not reported.
    const { chart: gap } = await getChart({ key: "years-left-to-founding", filters: {} });
    expect(gap.table.rows.filter((row) => row[1] !== 0)).toEqual([
      ["0", 1],
      ["1", 3],
      ["6", 1],
      ["10", 1],
      ["Not reported", 1],
    ]);
    // The switch applies to cohorts too: at least 5 years leaves long, twoJobs and mixed.
    const { chart: strict } = await getChart({ key: "startups-by-year-left", filters: { tenure: 5 } });
    expect(strict.population.n).toBe(3);
    expect(strict.notes.some((note) => note.startsWith("Years not reported: 3 start-ups"))).toBe(true);
  });

  test("the URL carries the switch on every chart, and bad values are reported", () => {
    const parsed = parseChartRequest(
      { key: "years-at-alibaba", filters: ["city"] },
      new URLSearchParams("tenure=3&leftWithin=x"),
    );
    expect(parsed.filters).toEqual({ tenure: 3 });
    expect(parsed.problems).toEqual([
      { parameter: "leftWithin", message: "leftWithin must be a whole number of years" },
    ]);
  });
});
