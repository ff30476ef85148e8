import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import type { AppPrismaClient } from "@/lib/db/connection";
import type { ChartFilters } from "@/lib/charts/request";
import { parseChartRequest } from "@/lib/charts/request";
import { chartToCsv } from "@/lib/export/csv";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "../helpers/database";
import { NextRequest } from "next/server";
import { describeAlumni, describeLeftOut } from "@/lib/charts/alumni";
import { parseStartupListParams } from "@/lib/validation/search-params";
import { parseCsv } from "../helpers/csv";
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
  return { long, short, twoJobs, noStart, noYears, noCareer, mixed, gone };
}

type World = Awaited<ReturnType<typeof world>>;

describe.each(testDatabaseKinds)("the alumni switch on %s", (kind) => {
  let db: TestDatabase;
  let startups: World;
  beforeAll(async () => {
    db = await createTestDatabase({ kind });
    current = db;
    startups = await world(db.prisma);
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

  const definitions = [
    // [definition, counted, left out for want of years, the start-ups counted]
    [{}, 7, null, ["long", "short", "twoJobs", "noStart", "noYears", "noCareer", "mixed"]],
    [{ tenure: 5 }, 3, 3, ["long", "twoJobs", "mixed"]],
    [{ leftWithin: 1 }, 4, 2, ["long", "twoJobs", "noStart", "mixed"]],
    [{ tenure: 5, leftWithin: 1 }, 2, 3, ["long", "twoJobs"]],
  ] as const;

  test.each(definitions)(
    "%o: the start-up list, its CSV and the API list count as the charts do",
    async (definition, counted, leftOut, names) => {
      current = db;
      const query = new URLSearchParams(Object.entries(definition).map(([key, value]) => [key, String(value)]));
      const expected = names.map((name) => startups[name].slug).sort();
      const words = describeAlumni(definition);

      const { findStartups, countStartupsLeftOut } = await import("@/lib/data/startups/list");
      const { params, issues } = parseStartupListParams(query);
      expect(issues).toEqual([]);
      const list = await findStartups({ params, pageSize: 100 });
      expect(list.total).toBe(counted);
      expect(list.items.map((item) => item.slug).sort()).toEqual(expected);
      expect(await countStartupsLeftOut(params)).toBe(leftOut);

      const { GET: csv } = await import("@/app/api/startups/csv/route");
      const annotated = await (await csv(new NextRequest(`http://atlas.test/api/startups/csv?${query}`))).text();
      const comments = annotated.replace(/^\uFEFF/, "").match(/^#.*$/gm) ?? [];
      expect(comments).toContain(`# Definition: ${words}`);
      if (leftOut === null) expect(annotated).not.toContain("Years not reported");
      else expect(comments).toContain(`# Note: ${describeLeftOut(leftOut)}`);
      const clean = await (
        await csv(new NextRequest(`http://atlas.test/api/startups/csv?${query}${query.size ? "&" : ""}variant=clean`))
      ).text();
      expect(clean).not.toMatch(/^\uFEFF?#/m);
      const [header, ...rows] = parseCsv(clean.replace(/^\uFEFF/, ""));
      const profile = header!.indexOf("profile_url");
      expect(rows.map((row) => row[profile]!.replace(/^.*\/startups\//, "")).sort()).toEqual(expected);

      const { GET: api } = await import("@/app/api/v1/startups/route");
      const response = await api(new Request(`http://localhost/api/v1/startups?${query}`), {
        params: Promise.resolve({}),
      } as never);
      expect(response.status).toBe(200);
      const body = (await response.json()) as {
        data: { slug: string }[];
        total: number;
        alumni: { definition: string; yearsNotReported: number | null };
      };
      expect(body.total).toBe(counted);
      expect(body.data.map((item) => item.slug).sort()).toEqual(expected);
      expect(body.alumni).toEqual({ definition: words, yearsNotReported: leftOut });
    },
  );

  test("the list's unit filter narrows the founders who must meet the definition, as on the charts", async () => {
    current = db;
    const { findStartups } = await import("@/lib/data/startups/list");
    const listed = async (search: string) => {
      const result = await findStartups({ params: parseStartupListParams(new URLSearchParams(search)).params });
      return result.items.map((item) => item.slug).sort();
    };
    expect(await listed("unit=ant-group&tenure=5")).toEqual([startups.long.slug]);
    expect(await listed("unit=alibaba-cloud&tenure=5")).toEqual([startups.twoJobs.slug, startups.mixed.slug].sort());
  });

  test("a bad switch value is reported by the list and refused by the CSV and the API", async () => {
    current = db;
    expect(parseStartupListParams(new URLSearchParams("tenure=five&leftWithin=41")).issues).toEqual([
      'Ignored years at Alibaba "five": must be a whole number of years.',
      'Ignored years before founding "41": must be at most 40 years.',
    ]);
    const { GET: csv } = await import("@/app/api/startups/csv/route");
    expect((await csv(new NextRequest("http://atlas.test/api/startups/csv?tenure=-1"))).status).toBe(400);
    const { GET: api } = await import("@/app/api/v1/startups/route");
    const response = await api(new Request("http://localhost/api/v1/startups?leftWithin=41"), {
      params: Promise.resolve({}),
    } as never);
    expect(response.status).toBe(400);
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

describe.each(testDatabaseKinds)("the precomputed Alibaba years on %s", (kind) => {
  let db: TestDatabase;
  let startups: World;
  beforeAll(async () => {
    db = await createTestDatabase({ kind });
    startups = await world(db.prisma);
  });
  afterAll(async () => {
    await db?.close();
  });

  const rows = () =>
    db.prisma.$queryRaw<Record<string, unknown>[]>`SELECT * FROM "FounderAlibabaYears" ORDER BY "foundingId"`;
  /** The table as the triggers left it equals the table rebuilt from scratch. */
  const expectInStep = async () => {
    const kept = await rows();
    await db.prisma.$executeRaw`SELECT "refresh_founder_alibaba_years"(NULL, NULL)`;
    expect(kept).toEqual(await rows());
    return kept;
  };
  const yearsOf = async (startupId: number) =>
    db.prisma.$queryRaw<{ firstYear: number | null; lastYear: number | null; foundedYear: number | null }[]>`
      SELECT "firstYear", "lastYear", "foundedYear" FROM "FounderAlibabaYears"
      WHERE "startupId" = ${startupId} ORDER BY "foundingId"`;

  test("holds each founder's years as worked out by hand", async () => {
    await expectInStep();
    expect(await yearsOf(startups.long.id)).toEqual([{ firstYear: 2005, lastYear: 2015, foundedYear: 2016 }]);
    expect(await yearsOf(startups.twoJobs.id)).toEqual([{ firstYear: 2008, lastYear: 2013, foundedYear: 2013 }]);
    // No Alibaba job: no row, which is what "years not reported" reads for a start-up with no career.
    expect(await yearsOf(startups.noCareer.id)).toEqual([]);
  });

  test("stays in step with every kind of write, in the writing transaction", async () => {
    const p = db.prisma;
    const [longFounding] = await p.founding.findMany({ where: { startupId: startups.long.id } });
    const [longJob] = await p.employment.findMany({ where: { personId: longFounding!.personId } });
    // A job's years edited, a later job added, the founding year moved.
    await p.employment.update({ where: { id: longJob!.id }, data: { startYear: 2009 } });
    expect(await yearsOf(startups.long.id)).toEqual([{ firstYear: 2009, lastYear: 2015, foundedYear: 2016 }]);
    await p.startup.update({ where: { id: startups.long.id }, data: { foundedYear: 2012 } });
    expect(await yearsOf(startups.long.id)).toEqual([{ firstYear: 2009, lastYear: 2015, foundedYear: 2012 }]);
    await p.employment.create({
      data: {
        personId: longFounding!.personId,
        organizationId: longJob!.organizationId,
        startYear: 2003,
        endYear: 2004,
      },
    });
    expect(await yearsOf(startups.long.id)).toEqual([{ firstYear: 2003, lastYear: 2015, foundedYear: 2012 }]);
    await expectInStep();
    // A rolled-back write leaves no trace.
    await expect(
      p.$transaction(async (tx) => {
        await tx.employment.updateMany({
          where: { personId: longFounding!.personId },
          data: { deletedAt: new Date() },
        });
        throw new Error("roll back");
      }),
    ).rejects.toThrow("roll back");
    expect(await yearsOf(startups.long.id)).toHaveLength(1);
    // A founder deleted, a founding deleted, a unit deleted, a job removed outright.
    const [shortFounding] = await p.founding.findMany({ where: { startupId: startups.short.id } });
    await p.person.update({ where: { id: shortFounding!.personId }, data: { deletedAt: new Date() } });
    expect(await yearsOf(startups.short.id)).toEqual([]);
    await p.founding.updateMany({ where: { startupId: startups.twoJobs.id }, data: { deletedAt: new Date() } });
    expect(await yearsOf(startups.twoJobs.id)).toEqual([]);
    await p.organization.update({ where: { slug: "ant-group" }, data: { deletedAt: new Date() } });
    expect(await yearsOf(startups.noStart.id)).toEqual([]);
    const [mixedFirst] = await p.founding.findMany({ where: { startupId: startups.mixed.id }, orderBy: { id: "asc" } });
    await p.employment.deleteMany({ where: { personId: mixedFirst!.personId } });
    await expectInStep();
  });
});
