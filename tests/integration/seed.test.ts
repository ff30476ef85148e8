import { afterAll, beforeAll, expect, test } from "vitest";
import type { CitationRecordType } from "@/lib/generated/prisma/client";
import { seedDatabase, seedModels, type SeedSummary } from "@/prisma/seed/load";
import { createTestDatabase, type TestDatabase } from "../helpers/database";

const SCMP_MIRROR =
  "https://news.devevil.com/how-alibaba-is-turning-into-china-s-ai-powerhouse-and-a-school-for-entrepreneurs-786010.html";
const LEIPHONE = "https://www.leiphone.com/news/201710/2t9rDv0LUQY899xP.html";

const tables = [
  "Source",
  "City",
  "Organization",
  "Person",
  "Employment",
  "Startup",
  "Founding",
  "FundingRound",
  "Investment",
  "ReportedFigure",
  "Citation",
] as const;

let db: TestDatabase;
let firstRun: SeedSummary;

beforeAll(async () => {
  db = await createTestDatabase();
  firstRun = await seedDatabase(db.prisma);
});

afterAll(async () => {
  await db?.close();
});

/** URLs of the sources cited for one field (or, with field null, for the whole record). */
async function citedUrls(recordType: CitationRecordType, recordId: number, field: string | null): Promise<string[]> {
  const citations = await db.prisma.citation.findMany({
    where: { recordType, recordId, field },
    include: { source: { select: { url: true } } },
  });
  return citations.map((citation) => citation.source.url);
}

async function snapshot(): Promise<Record<string, unknown[]>> {
  const rows: Record<string, unknown[]> = {};
  for (const table of tables) rows[table] = await db.sql.query(`SELECT * FROM "${table}" ORDER BY id`);
  return rows;
}

test("the first run creates every record and nothing else", () => {
  for (const model of seedModels) {
    expect(firstRun[model].created, model).toBeGreaterThan(0);
    expect(firstRun[model].updated, model).toBe(0);
    expect(firstRun[model].unchanged, model).toBe(0);
  }
  expect(firstRun.startup.created).toBe(19);
});

test("Rokid: founded 2014 in Hangzhou, Chinese name 灵伴科技, each fact cited", async () => {
  const rokid = await db.prisma.startup.findUniqueOrThrow({ where: { slug: "rokid" }, include: { city: true } });
  expect(rokid).toMatchObject({
    nameEn: "Rokid",
    nameZh: "灵伴科技",
    foundedYear: 2014,
    confidence: "HIGH",
    synthetic: false,
  });
  expect(rokid.pinyin).toBe("ling ban ke ji");
  expect(rokid.city?.slug).toBe("hangzhou");
  expect(rokid.sectors).toEqual(["AI_HARDWARE"]);
  expect(await citedUrls("STARTUP", rokid.id, "foundedYear")).toEqual([SCMP_MIRROR]);
  expect(await citedUrls("STARTUP", rokid.id, "city")).toContain(SCMP_MIRROR);
  expect(await citedUrls("STARTUP", rokid.id, "nameZh")).toContain(
    "https://yaliqi.com/new/866346c72d3e49b7a640c144f0742017",
  );
  expect(await citedUrls("CITY", rokid.city!.id, "nameZh")).toEqual(["https://en.wikipedia.org/wiki/Hangzhou"]);
});

test("Misa Zhu Mingming worked at M Studio 2010–2014, a unit of Alibaba Group", async () => {
  const misa = await db.prisma.person.findUniqueOrThrow({
    where: { slug: "misa-zhu-mingming" },
    include: { employments: { include: { organization: true } }, foundings: { include: { startup: true } } },
  });
  expect(misa).toMatchObject({ nameEn: "Misa Zhu Mingming", nameZh: "祝铭明" });
  expect(misa.foundings.map((founding) => [founding.startup.slug, founding.role, founding.title])).toEqual([
    ["rokid", "FOUNDER", "CEO"],
  ]);
  const studio = misa.employments.find((employment) => employment.organization.slug === "m-studio");
  expect(studio).toMatchObject({ startYear: 2010, startMonth: 6, endYear: 2014, isCurrent: false });
  expect(studio?.role).toMatch(/M Studio/);

  const ancestors: string[] = [];
  for (let parentId = studio!.organization.parentId; parentId !== null;) {
    const parent = await db.prisma.organization.findUniqueOrThrow({ where: { id: parentId } });
    ancestors.push(parent.slug);
    parentId = parent.parentId;
  }
  expect(ancestors).toEqual(["alibaba-group"]);

  expect(await citedUrls("EMPLOYMENT", studio!.id, "role")).toEqual(expect.arrayContaining([LEIPHONE, SCMP_MIRROR]));
  expect(await citedUrls("EMPLOYMENT", studio!.id, "startYear")).toContain(LEIPHONE);
  expect(await citedUrls("ORGANIZATION", studio!.organization.id, "parent")).toEqual([LEIPHONE]);
});

test("Vision Plus Capital invested in a Rokid angel round; Eddie Wu invested personally", async () => {
  const visionPlus = await db.prisma.investment.findFirstOrThrow({
    where: { organization: { slug: "vision-plus-capital" }, round: { startup: { slug: "rokid" } } },
    include: { round: true, organization: true },
  });
  expect(visionPlus.round.stage).toBe("ANGEL");
  expect(visionPlus.organization).toMatchObject({ kind: "INVESTMENT_FIRM", nameZh: "元璟资本" });
  expect(await citedUrls("INVESTMENT", visionPlus.id, null)).toEqual([SCMP_MIRROR]);
  expect(await citedUrls("FUNDING_ROUND", visionPlus.round.id, "stage")).toEqual([SCMP_MIRROR]);

  const eddieWu = await db.prisma.person.findUniqueOrThrow({
    where: { slug: "eddie-wu-yongming" },
    include: {
      investments: { include: { round: { include: { startup: true } } } },
      employments: { include: { organization: true } },
    },
  });
  expect(eddieWu.investments.map((investment) => [investment.round.startup.slug, investment.round.stage])).toEqual([
    ["rokid", "ANGEL"],
  ]);
  expect(
    eddieWu.employments.map((employment) => [employment.organization.slug, employment.role, employment.startYear]),
  ).toEqual(
    expect.arrayContaining([
      ["vision-plus-capital", "co-founder", null],
      ["alibaba-group", "Chief Executive Officer", 2023],
    ]),
  );
});

test("Tongdun's conflicting founding year is kept as a second citation", async () => {
  const tongdun = await db.prisma.startup.findUniqueOrThrow({ where: { slug: "tongdun" } });
  expect(tongdun.foundedYear).toBe(2012);
  const citations = await db.prisma.citation.findMany({
    where: { recordType: "STARTUP", recordId: tongdun.id, field: "foundedYear" },
  });
  expect(citations.map((citation) => citation.claimedValue).sort()).toEqual(["2013", null]);
});

test("the two ITJuzi figures are stored, the share pointing at the total and at Hangzhou", async () => {
  const share = await db.prisma.reportedFigure.findUniqueOrThrow({
    where: { slug: "itjuzi-alibaba-alumni-ai-startups-hangzhou-share-2024" },
    include: { baseFigure: true, scopeCity: true, source: true },
  });
  expect(share.value?.toString()).toBe("45");
  expect(share.baseFigure?.value?.toString()).toBe("85");
  expect(share.baseFigure?.asOfDate?.toISOString()).toBe("2024-12-31T00:00:00.000Z");
  expect(share.scopeCity?.slug).toBe("hangzhou");
  expect(share.source.url).toBe(SCMP_MIRROR);
  expect(share.source.publishedOn?.toISOString()).toBe("2025-04-05T00:00:00.000Z");
});

test("every seeded record has at least one citation", async () => {
  const cited = await db.sql.query<{ recordType: string; recordId: number }>(
    `SELECT DISTINCT "recordType", "recordId" FROM "Citation"`,
  );
  const citedKeys = new Set(cited.map((row) => `${row.recordType}:${row.recordId}`));
  const checks: [CitationRecordType, string][] = [
    ["CITY", "City"],
    ["STARTUP", "Startup"],
    ["PERSON", "Person"],
    ["ORGANIZATION", "Organization"],
    ["EMPLOYMENT", "Employment"],
    ["FOUNDING", "Founding"],
    ["FUNDING_ROUND", "FundingRound"],
    ["INVESTMENT", "Investment"],
    ["REPORTED_FIGURE", "ReportedFigure"],
  ];
  for (const [recordType, table] of checks) {
    const ids = await db.sql.query<{ id: number }>(`SELECT id FROM "${table}"`);
    expect(ids.length, table).toBeGreaterThan(0);
    expect(
      ids.filter((row) => !citedKeys.has(`${recordType}:${row.id}`)),
      table,
    ).toEqual([]);
  }
});

test("a second run changes nothing, not even updatedAt", async () => {
  const before = await snapshot();
  const secondRun = await seedDatabase(db.prisma);
  const after = await snapshot();
  expect(after).toEqual(before);
  for (const model of seedModels) {
    expect(secondRun[model], model).toEqual({ created: 0, updated: 0, unchanged: firstRun[model].created });
  }
});

test("a changed field is updated in place, once", async () => {
  const rokid = await db.prisma.startup.findUniqueOrThrow({ where: { slug: "rokid" } });
  await db.prisma.startup.update({ where: { id: rokid.id }, data: { foundedYear: 1999 } });
  const repair = await seedDatabase(db.prisma);
  expect(repair.startup).toMatchObject({ created: 0, updated: 1 });
  const repaired = await db.prisma.startup.findUniqueOrThrow({ where: { id: rokid.id } });
  expect(repaired.foundedYear).toBe(2014);
  expect(repaired.version).toBe(rokid.version + 1);
});
