import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import type { Prisma } from "@/lib/generated/prisma/client";
import { parseInvestorListParams, parseSimpleListParams, parseStartupListParams } from "@/lib/validation/search-params";
import { createTestDatabase, type TestDatabase } from "../helpers/database";
import {
  createCitation,
  createCity,
  createEmployment,
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

const startupList = await import("@/lib/data/startups/list");
const startupProfiles = await import("@/lib/data/startups/profile");
const { getStartupFilterOptions } = await import("@/lib/data/startups/filter-options");
const people = await import("@/lib/data/people");
const investorData = await import("@/lib/data/investors");
const units = await import("@/lib/data/units");
const cities = await import("@/lib/data/cities");
const search = await import("@/lib/data/search");
const citations = await import("@/lib/data/citations");

/**
 * This file's world, built once and only read by the tests: a small Alibaba tree, two cities and
 * start-ups shaped like the seed's (a Rokid-like company in Hangzhou, a conflicting founding year).
 * Names carry a run-specific marker so list assertions cannot see rows from anywhere else.
 */
const world = {} as {
  hangzhou: { id: number; slug: string };
  shanghai: { id: number; slug: string };
  group: { id: number; slug: string };
  mStudio: { id: number; slug: string };
  damo: { id: number; slug: string };
  damoLab: { id: number; slug: string };
  visionPlus: { id: number; slug: string };
  misa: { id: number; slug: string };
  eddie: { id: number; slug: string };
  labFounder: { id: number; slug: string };
  rokid: { id: number; slug: string };
  tongdun: { id: number; slug: string };
  labCo: { id: number; slug: string };
  deleted: { id: number; slug: string };
  sourceA: { id: number };
  sourceB: { id: number };
};

beforeAll(async () => {
  db = await createTestDatabase();
  const p = db.prisma;
  world.hangzhou = await createCity(p, { slug: "hangzhou", nameEn: "Hangzhou", nameZh: "杭州", pinyin: "hang zhou" });
  world.shanghai = await createCity(p, { slug: "shanghai", nameEn: "Shanghai", nameZh: "上海", pinyin: "shang hai" });

  world.group = await createOrganization(p, { slug: "alibaba-group", nameEn: "Alibaba Group", kind: "ALIBABA_UNIT" });
  world.mStudio = await createOrganization(p, {
    slug: "m-studio",
    nameEn: "M Studio",
    nameZh: "M工作室",
    kind: "ALIBABA_UNIT",
    parentId: world.group.id,
  });
  world.damo = await createOrganization(p, {
    slug: "damo-academy",
    nameEn: "DAMO Academy",
    nameZh: "达摩院",
    pinyin: "da mo yuan",
    kind: "ALIBABA_UNIT",
    parentId: world.group.id,
  });
  world.damoLab = await createOrganization(p, {
    slug: "damo-vision-lab",
    nameEn: "DAMO Academy vision lab",
    kind: "ALIBABA_UNIT",
    parentId: world.damo.id,
  });
  world.visionPlus = await createOrganization(p, {
    slug: "vision-plus-capital",
    nameEn: "Vision Plus Capital",
    nameZh: "元璟资本",
    pinyin: "yuan jing zi ben",
    kind: "INVESTMENT_FIRM",
  });

  world.misa = await createPerson(p, {
    slug: "misa-zhu-mingming",
    nameEn: "Misa Zhu Mingming",
    nameZh: "祝铭明",
    pinyin: "zhu ming ming",
    bio: "Former Alibaba engineer.",
  });
  world.eddie = await createPerson(p, {
    slug: "eddie-wu-yongming",
    nameEn: "Eddie Wu Yongming",
    aliases: ["Eddie Wu", "Wu Yongming"],
  });
  world.labFounder = await createPerson(p, { slug: "lab-founder", nameEn: "Lab Founder" });

  await createEmployment(p, {
    personId: world.misa.id,
    organizationId: world.mStudio.id,
    role: "Head of M Studio",
    startYear: 2010,
    endYear: 2014,
  });
  await createEmployment(p, { personId: world.eddie.id, organizationId: world.visionPlus.id, role: "co-founder" });
  await createEmployment(p, {
    personId: world.eddie.id,
    organizationId: world.group.id,
    role: "Chief Executive Officer",
    startYear: 2023,
    isCurrent: true,
  });
  await createEmployment(p, {
    personId: world.labFounder.id,
    organizationId: world.damoLab.id,
    role: "Researcher",
    startYear: 2015,
    endYear: null,
    isCurrent: false,
  });

  world.rokid = await createStartup(p, {
    slug: "rokid",
    nameEn: "Rokid",
    nameZh: "灵伴科技",
    pinyin: "ling ban ke ji",
    aliases: ["Rokid Corporation"],
    foundedYear: 2014,
    cityId: world.hangzhou.id,
    sectors: ["AI_HARDWARE"],
    status: "ACTIVE",
  });
  world.tongdun = await createStartup(p, {
    slug: "tongdun",
    nameEn: "Tongdun Technology",
    nameZh: "同盾科技",
    foundedYear: 2012,
    cityId: world.hangzhou.id,
    sectors: ["AI_RISK_AND_FINANCE"],
    status: "ACTIVE",
    confidence: "MEDIUM",
  });
  world.labCo = await createStartup(p, {
    slug: "lab-co",
    nameEn: "Lab Co",
    foundedYear: 2018,
    cityId: world.shanghai.id,
    sectors: ["COMPUTER_VISION", "ROBOTICS"],
    status: "ACQUIRED",
  });
  world.deleted = await createStartup(p, {
    slug: "deleted-co",
    nameEn: "Rokid Deleted Twin",
    foundedYear: 2014,
    cityId: world.hangzhou.id,
    deletedAt: new Date(),
  });
  await createFounding(p, { personId: world.misa.id, startupId: world.rokid.id, role: "FOUNDER", title: "CEO" });
  await createFounding(p, { personId: world.labFounder.id, startupId: world.labCo.id, role: "CO_FOUNDER" });
  await createFounding(p, { personId: world.misa.id, startupId: world.deleted.id });

  const usd = (amount: number): Partial<Prisma.FundingRoundUncheckedCreateInput> => ({
    amountKind: "EXACT",
    amountLow: amount,
    amountHigh: amount,
    currency: "USD",
    amountUsdLow: amount,
    amountUsdHigh: amount,
  });
  const rokidAngel = await createFundingRound(p, { startupId: world.rokid.id, stage: "ANGEL", ...usd(8_300_000) });
  await createFundingRound(p, { startupId: world.rokid.id, stage: "SERIES_B", amountKind: "UNDISCLOSED" });
  await createFundingRound(p, { startupId: world.tongdun.id, stage: "SERIES_A", ...usd(50_000_000) });
  // Reported only in yuan: no US-dollar figure, so it adds nothing to the US-dollar total.
  const labRound = await createFundingRound(p, {
    startupId: world.labCo.id,
    stage: "SERIES_A",
    amountKind: "RANGE",
    amountLow: 10_000_000,
    amountHigh: 20_000_000,
    currency: "CNY",
  });
  await createFundingRound(p, { startupId: world.labCo.id, stage: "SERIES_C", ...usd(1), deletedAt: new Date() });
  await createInvestment(p, { roundId: rokidAngel.id, organizationId: world.visionPlus.id, isLead: true });
  await createInvestment(p, { roundId: rokidAngel.id, personId: world.eddie.id, note: "Personal investment." });
  await createInvestment(p, { roundId: labRound.id, organizationId: world.visionPlus.id });

  world.sourceA = await createSource(p, { publisher: "KrASIA", title: "Hangzhou unicorns" });
  world.sourceB = await createSource(p, { publisher: "fx361", language: "zh" });
  await createCitation(p, {
    sourceId: world.sourceA.id,
    recordType: "STARTUP",
    recordId: world.tongdun.id,
    field: "foundedYear",
  });
  await createCitation(p, {
    sourceId: world.sourceB.id,
    recordType: "STARTUP",
    recordId: world.tongdun.id,
    field: "foundedYear",
    claimedValue: "2013",
    quote: "成立于2013年11月",
  });
  await createCitation(p, {
    sourceId: world.sourceB.id,
    recordType: "STARTUP",
    recordId: world.tongdun.id,
    field: null,
  });
});

afterAll(async () => {
  await db?.close();
});

const list = async (query: Record<string, string>) => {
  const { params, issues } = parseStartupListParams(query);
  expect(issues).toEqual([]);
  return startupList.findStartups({ params });
};
const slugs = (page: { items: { slug: string }[] }) => page.items.map((item) => item.slug);

describe("findStartups", () => {
  test("lists live start-ups by name, with a paginated shape", async () => {
    const page = await list({});
    expect(slugs(page)).toEqual(["lab-co", "rokid", "tongdun"]);
    expect(page).toMatchObject({ total: 3, page: 1, pageSize: 25, pageCount: 1 });
    const rokid = page.items.find((item) => item.slug === "rokid")!;
    expect(rokid).toMatchObject({
      nameZh: "灵伴科技",
      city: { slug: "hangzhou", nameEn: "Hangzhou" },
      founders: [{ slug: "misa-zhu-mingming", nameEn: "Misa Zhu Mingming", nameZh: "祝铭明" }],
      sectors: ["AI_HARDWARE"],
      totalFundingUsd: 8_300_000,
      fundingRounds: 2,
      undisclosedRounds: 1,
    });
  });

  test.each([
    ["Rokid", ["rokid"]],
    ["rOKId", ["rokid"]],
    ["灵伴", ["rokid"]],
    ["Corporation", ["rokid"]],
    ["ling ban", ["rokid"]],
    ["lingban", ["rokid"]],
    ["同盾", ["tongdun"]],
    ["co", ["lab-co", "rokid"]],
  ])("search %j matches names, Chinese names, aliases and pinyin", async (q, expected) => {
    expect(slugs(await list({ q }))).toEqual(expected);
  });

  test.each([
    "%%",
    "__",
    "\\\\",
    "o%",
    "r_kid",
    '\'; DROP TABLE "Startup"; --',
    "<script>alert(1)</script>",
    "x".repeat(100),
  ])("a hostile search %j is a literal string that matches nothing", async (q) => {
    expect((await list({ q })).total).toBe(0);
  });

  test("a one-character search is refused with a reason, not run", () => {
    const { params, issues } = parseStartupListParams({ q: "%" });
    expect(params.q).toBeNull();
    expect(issues).toEqual(['Searches need at least 2 characters; "%" was ignored.']);
  });

  test("filters by investor: start-ups it backed in any live round", async () => {
    expect(slugs(await list({ investor: "vision-plus-capital" }))).toEqual(["lab-co", "rokid"]);
    expect(slugs(await list({ investor: "no-such-firm" }))).toEqual([]);
  });

  test("filters by city, sector, year range, status and funding stage", async () => {
    expect(slugs(await list({ city: "hangzhou" }))).toEqual(["rokid", "tongdun"]);
    expect(slugs(await list({ city: "hangzhou", from: "2014", to: "2014" }))).toEqual(["rokid"]);
    expect(slugs(await list({ sector: "ROBOTICS" }))).toEqual(["lab-co"]);
    expect(slugs(await list({ status: "ACQUIRED" }))).toEqual(["lab-co"]);
    expect(slugs(await list({ stage: "SERIES_A" }))).toEqual(["lab-co", "tongdun"]);
    // The only Series C is soft-deleted.
    expect(slugs(await list({ stage: "SERIES_C" }))).toEqual([]);
    expect(slugs(await list({ city: "no-such-city" }))).toEqual([]);
  });

  test("the Alibaba unit filter includes the units below it", async () => {
    expect(slugs(await list({ unit: "damo-academy" }))).toEqual(["lab-co"]);
    expect(slugs(await list({ unit: "damo-vision-lab" }))).toEqual(["lab-co"]);
    expect(slugs(await list({ unit: "alibaba-group" }))).toEqual(["lab-co", "rokid"]);
    expect(slugs(await list({ unit: "m-studio" }))).toEqual(["rokid"]);
    // An investment firm is not an Alibaba unit.
    expect(slugs(await list({ unit: "vision-plus-capital" }))).toEqual([]);
  });

  test("sorts by founding year and by disclosed US-dollar funding, unknowns last", async () => {
    expect(slugs(await list({ sort: "founded" }))).toEqual(["lab-co", "rokid", "tongdun"]);
    expect(slugs(await list({ sort: "founded", order: "asc" }))).toEqual(["tongdun", "rokid", "lab-co"]);
    expect(slugs(await list({ sort: "funding" }))).toEqual(["tongdun", "rokid", "lab-co"]);
    expect(slugs(await list({ sort: "funding", order: "asc" }))).toEqual(["rokid", "tongdun", "lab-co"]);
    expect(slugs(await list({ order: "desc" }))).toEqual(["tongdun", "rokid", "lab-co"]);
  });

  test("pages through the list", async () => {
    const { params } = parseStartupListParams({ page: "2" });
    const page = await startupList.findStartups({ params, pageSize: 2 });
    expect(slugs(page)).toEqual(["tongdun"]);
    expect(page).toMatchObject({ total: 3, page: 2, pageSize: 2, pageCount: 2 });
  });

  test("the export iterates the whole filtered set in batches, in list order", async () => {
    const { params } = parseStartupListParams({ sort: "funding", page: "7" });
    const batches = [];
    for await (const batch of await startupList.openStartupExport({ params, batchSize: 2 })) batches.push(batch);
    expect(batches.map((batch) => batch.map((row) => row.slug))).toEqual([["tongdun", "rokid"], ["lab-co"]]);
    expect(batches[0]![1]).toMatchObject({ aliases: ["Rokid Corporation"], website: null });
  });

  test("filter options list cities with start-ups and the unit tree in order", async () => {
    const options = await getStartupFilterOptions();
    expect(options.cities).toEqual([
      { slug: "hangzhou", nameEn: "Hangzhou", nameZh: "杭州", count: 2 },
      { slug: "shanghai", nameEn: "Shanghai", nameZh: "上海", count: 1 },
    ]);
    expect(options.units.map((u) => [u.slug, u.depth])).toEqual([
      ["alibaba-group", 0],
      ["damo-academy", 1],
      ["damo-vision-lab", 2],
      ["m-studio", 1],
    ]);
    expect(options.foundedYears).toEqual({ min: 2012, max: 2018 });
  });
});

describe("getStartupBySlug", () => {
  test("returns the profile with founders' Alibaba careers, rounds and investors", async () => {
    const profile = await startupProfiles.getStartupBySlug({ slug: "rokid" });
    expect(profile).toMatchObject({ nameEn: "Rokid", foundedYear: 2014, city: { slug: "hangzhou" } });
    expect(profile!.founders).toHaveLength(1);
    expect(profile!.founders[0]!.career).toMatchObject([
      {
        role: "Head of M Studio",
        startYear: 2010,
        endYear: 2014,
        organization: { slug: "m-studio" },
        parents: [{ slug: "alibaba-group" }],
        alibaba: true,
      },
    ]);
    expect(profile!.fundingRounds.map((r) => [r.stage, r.amountKind, r.amountUsdLow])).toEqual([
      ["ANGEL", "EXACT", "8300000"],
      ["SERIES_B", "UNDISCLOSED", null],
    ]);
    expect(profile!.fundingRounds[0]!.investors).toMatchObject([
      { kind: "organization", slug: "vision-plus-capital", isLead: true },
      { kind: "person", slug: "eddie-wu-yongming", isLead: false, note: "Personal investment." },
    ]);
    expect(profile!.totalFundingUsd).toBe(8_300_000);
  });

  test("relates start-ups by city, Alibaba division and shared investors", async () => {
    const rokid = await startupProfiles.getStartupBySlug({ slug: "rokid" });
    expect(rokid!.related.sameCity.map((s) => [s.slug, s.reason])).toEqual([["tongdun", "Also in Hangzhou"]]);
    expect(rokid!.related.sharedInvestors.map((s) => [s.slug, s.reason])).toEqual([
      ["lab-co", "Also backed by Vision Plus Capital"],
    ]);
    // M Studio and DAMO are different divisions; the group itself is too broad to relate by.
    expect(rokid!.related.sameUnit).toEqual([]);
    const labCo = await startupProfiles.getStartupBySlug({ slug: "lab-co" });
    expect(labCo!.related.sameUnit).toEqual([]);
  });

  test("keeps both sides of a conflicting founding year, with their sources", async () => {
    const profile = await startupProfiles.getStartupBySlug({ slug: "tongdun" });
    const record = { recordType: "STARTUP" as const, recordId: world.tongdun.id };
    expect(profile!.sources.sources.map((s) => s.publisher)).toEqual(["KrASIA", "fx361"]);
    // Each footnote knows the fact it supports, for its "Flag this fact" link.
    const fact = { ...record, field: "foundedYear" };
    expect(citations.fieldFootnotes(profile!.sources, record, "foundedYear")).toEqual([
      { number: 1, quotes: [], notes: [], fact },
    ]);
    expect(citations.fieldConflicts(profile!.sources, record, "foundedYear")).toEqual([
      {
        field: "foundedYear",
        value: "2013",
        sourceNumbers: [2],
        footnotes: [{ number: 2, quotes: ["成立于2013年11月"], notes: [], fact }],
        quote: "成立于2013年11月",
        note: null,
      },
    ]);
    // The record's supporting sources (fx361 supports it as a whole too); its claim is a conflict.
    expect(citations.recordFootnotes(profile!.sources, record).map((ref) => ref.number)).toEqual([1, 2]);
    expect(citations.recordConflicts(profile!.sources, record).map((c) => [c.field, c.value])).toEqual([
      ["foundedYear", "2013"],
    ]);
  });

  test("unknown and soft-deleted slugs have no profile", async () => {
    expect(await startupProfiles.getStartupBySlug({ slug: "no-such-startup" })).toBeNull();
    expect(await startupProfiles.getStartupBySlug({ slug: "deleted-co" })).toBeNull();
  });
});

describe("people", () => {
  test("founders list only people who founded a live start-up, searchable by pinyin", async () => {
    const all = await people.findFounders({ params: parseSimpleListParams({}).params });
    expect(all.items.map((p) => p.slug)).toEqual(["lab-founder", "misa-zhu-mingming"]);
    expect(all.items[1]!.startups).toEqual([{ slug: "rokid", name: "Rokid", nameZh: "灵伴科技" }]);
    expect(all.items[0]!.units).toEqual([{ slug: "damo-vision-lab", nameEn: "DAMO Academy vision lab", nameZh: null }]);
    for (const q of ["zhu mingming", "zhumingming", "ZHU MING MING", "祝铭明"]) {
      const found = await people.findFounders({ params: parseSimpleListParams({ q }).params });
      expect(
        found.items.map((p) => p.slug),
        q,
      ).toEqual(["misa-zhu-mingming"]);
    }
  });

  test("a person's page has the whole career, start-ups founded and investments", async () => {
    const eddie = await people.getPersonBySlug({ slug: "eddie-wu-yongming" });
    expect(eddie!.career.map((s) => [s.organization.slug, s.role, s.startYear, s.isCurrent, s.alibaba])).toEqual([
      ["alibaba-group", "Chief Executive Officer", 2023, true, true],
      ["vision-plus-capital", "co-founder", null, false, false],
    ]);
    expect(eddie!.foundings).toEqual([]);
    expect(eddie!.investments).toMatchObject([{ startup: { slug: "rokid" }, round: { stage: "ANGEL" } }]);
    const misa = await people.getPersonBySlug({ slug: "misa-zhu-mingming" });
    // The founding of a soft-deleted start-up is not shown.
    expect(misa!.foundings.map((f) => f.startup.slug)).toEqual(["rokid"]);
  });
});

describe("organizations", () => {
  test("investors are organisations and people with live investments, counted in SQL", async () => {
    const investors = await investorData.findInvestors({ params: parseInvestorListParams({}).params });
    expect(investors.items).toEqual([
      {
        type: "person",
        slug: "eddie-wu-yongming",
        href: "/founders/eddie-wu-yongming",
        nameEn: "Eddie Wu Yongming",
        nameZh: null,
        kind: null,
        portfolio: 1,
        rounds: 1,
        leads: 0,
      },
      {
        type: "organization",
        slug: "vision-plus-capital",
        href: "/investors/vision-plus-capital",
        nameEn: "Vision Plus Capital",
        nameZh: "元璟资本",
        kind: "INVESTMENT_FIRM",
        portfolio: 2,
        rounds: 2,
        leads: 1,
      },
    ]);
    const byPinyin = await investorData.findInvestors({ params: parseInvestorListParams({ q: "yuanjing" }).params });
    expect(byPinyin.total).toBe(1);
  });

  test("investors sort by portfolio, rounds or leads, largest first, ties by name, paged after sorting", async () => {
    const slugs = async (query: Record<string, string>, pageSize?: number) =>
      (await investorData.findInvestors({ params: parseInvestorListParams(query).params, pageSize })).items.map(
        (i) => i.slug,
      );
    expect(await slugs({ sort: "portfolio" })).toEqual(["vision-plus-capital", "eddie-wu-yongming"]);
    expect(await slugs({ sort: "portfolio", order: "asc" })).toEqual(["eddie-wu-yongming", "vision-plus-capital"]);
    expect(await slugs({ sort: "led" })).toEqual(["vision-plus-capital", "eddie-wu-yongming"]);
    expect(await slugs({ sort: "name", order: "desc" })).toEqual(["vision-plus-capital", "eddie-wu-yongming"]);
    // The ranking spans every investor: page 1 of one holds the largest portfolio, not the first name.
    expect(await slugs({ sort: "rounds" }, 1)).toEqual(["vision-plus-capital"]);
    expect(await slugs({ sort: "rounds", page: "2" }, 1)).toEqual(["eddie-wu-yongming"]);
    const { issues } = parseInvestorListParams({ sort: "size", order: "up" });
    expect(issues).toEqual(['Ignored sort "size": not a known sort.', 'Ignored order "up": must be asc or desc.']);
  });

  test("an investor's page shows its people's Alibaba links", async () => {
    const firm = await investorData.getInvestorBySlug({ slug: "vision-plus-capital" });
    expect(firm!.portfolio.map((s) => s.slug)).toEqual(["lab-co", "rokid"]);
    expect(firm!.rounds.map((r) => [r.startup.slug, r.stage, r.isLead])).toEqual([
      ["lab-co", "SERIES_A", false],
      ["rokid", "ANGEL", true],
    ]);
    expect(firm!.people).toHaveLength(1);
    expect(firm!.people[0]).toMatchObject({ role: "co-founder", person: { slug: "eddie-wu-yongming" } });
    expect(firm!.people[0]!.alibaba.map((s) => [s.organization.slug, s.role, s.startYear])).toEqual([
      ["alibaba-group", "Chief Executive Officer", 2023],
    ]);
    // An Alibaba unit is not an investor page.
    expect(await investorData.getInvestorBySlug({ slug: "damo-academy" })).toBeNull();
  });

  test("a unit's page lists alumni founders from the unit and the units below it", async () => {
    const damo = await units.getUnitBySlug({ slug: "damo-academy" });
    expect(damo!.parents.map((p) => p.slug)).toEqual(["alibaba-group"]);
    expect(damo!.children.map((c) => c.slug)).toEqual(["damo-vision-lab"]);
    expect(damo!.alumni).toMatchObject([
      {
        person: { slug: "lab-founder" },
        employment: { startYear: 2015, endYear: null, isCurrent: false, unit: { slug: "damo-vision-lab" } },
        startups: [{ slug: "lab-co", foundedYear: 2018 }],
      },
    ]);
    const group = await units.getUnitBySlug({ slug: "alibaba-group" });
    // Eddie Wu works at the group but founded nothing tracked: not an alumnus founder.
    expect(group!.alumni.map((a) => a.person.slug).sort()).toEqual(["lab-founder", "misa-zhu-mingming"]);
    expect(group!.startupCount).toBe(2);
    expect(await units.getUnitBySlug({ slug: "vision-plus-capital" })).toBeNull();
  });

  test("the unit tree counts alumni founders through the subtree", async () => {
    const tree = await units.getUnitTree();
    expect(tree.map((u) => [u.slug, u.depth, u.alumniFounders])).toEqual([
      ["alibaba-group", 0, 2],
      ["damo-academy", 1, 1],
      ["damo-vision-lab", 2, 1],
      ["m-studio", 1, 1],
    ]);
  });
});

describe("cities", () => {
  test("cities carry counts and shares of all tracked start-ups", async () => {
    const result = await cities.findCities();
    expect(result.trackedStartups).toBe(3);
    expect(result.cities.map((c) => [c.slug, c.startups])).toEqual([
      ["hangzhou", 2],
      ["shanghai", 1],
    ]);
    expect(result.cities[0]!.share).toBeCloseTo(66.67, 1);
  });

  test("a city's page counts years and sectors in SQL", async () => {
    const hangzhou = await cities.getCityBySlug({ slug: "hangzhou" });
    expect(hangzhou).toMatchObject({ startups: 2, totalStartups: 3, foundedYearUnknown: 0 });
    expect(hangzhou!.foundedYears).toEqual([
      { year: 2012, count: 1 },
      { year: 2014, count: 1 },
    ]);
    expect(hangzhou!.sectors).toEqual([
      { sector: "AI_HARDWARE", count: 1 },
      { sector: "AI_RISK_AND_FINANCE", count: 1 },
    ]);
    expect(await cities.getCityBySlug({ slug: "atlantis" })).toBeNull();
  });
});

describe("searchEverything", () => {
  test.each([
    ["祝铭明", "people", "misa-zhu-mingming"],
    ["zhu mingming", "people", "misa-zhu-mingming"],
    ["zhumingming", "people", "misa-zhu-mingming"],
    ["Eddie Wu", "people", "eddie-wu-yongming"],
    ["杭州", "cities", "hangzhou"],
    ["hangzhou", "cities", "hangzhou"],
    ["元璟", "investors", "vision-plus-capital"],
    ["达摩院", "units", "damo-academy"],
    ["rokid", "startups", "rokid"],
  ] as const)("%j finds the %s record %s", async (query, group, slug) => {
    const results = await search.searchEverything({ query });
    expect(results[group].map((hit) => hit.slug)).toContain(slug);
  });

  test("exact name matches rank first and links go to each kind's page", async () => {
    const results = await search.searchEverything({ query: "damo academy" });
    expect(results.units.map((u) => u.slug)).toEqual(["damo-academy", "damo-vision-lab"]);
    expect(results.units[0]!.href).toBe("/units/damo-academy");
    const people = await search.searchEverything({ query: "misa" });
    expect(people.people[0]).toMatchObject({
      href: "/founders/misa-zhu-mingming",
      facts: { founderOf: [{ nameEn: "Rokid", nameZh: "灵伴科技", label: null }] },
    });
  });

  test("soft-deleted records are never found", async () => {
    const results = await search.searchEverything({ query: "Deleted Twin" });
    expect(results.startups).toEqual([]);
  });
});

describe("sorting by total funding, page by page", () => {
  // Small pages take the shortcut that orders only the start-ups funded at least as much as the
  // page's last one; pages past the funded start-ups fall back to the full sort. Both must agree
  // with the full order, ties on the total broken by name, and leave deleted start-ups out.
  test("small pages, both directions, ties and deleted start-ups", async () => {
    const p = db.prisma;
    const tie = await createStartup(p, { slug: "aaa-tie", nameEn: "Aaa Tie" });
    const gone = await createStartup(p, { slug: "gone-rich", nameEn: "Gone Rich", deletedAt: new Date() });
    const usd = (amount: number) => ({
      amountKind: "EXACT" as const,
      currency: "USD",
      amountLow: amount,
      amountUsdLow: amount,
    });
    const rounds = await Promise.all([
      createFundingRound(p, { startupId: tie.id, stage: "SEED", ...usd(3_000_000) }),
      createFundingRound(p, { startupId: tie.id, stage: "ANGEL", ...usd(5_300_000) }),
      createFundingRound(p, { startupId: gone.id, stage: "SERIES_D", ...usd(900_000_000) }),
    ]);
    try {
      const pages = async (order: "asc" | "desc", pageSize: number) => {
        const seen: string[] = [];
        for (let page = 1; page <= 5; page++) {
          const { params } = parseStartupListParams({ sort: "funding", order, page: String(page) });
          const result = await startupList.findStartups({ params, pageSize });
          seen.push(...slugs(result));
          if (page >= result.pageCount) break;
        }
        return seen;
      };
      // Aaa Tie and Rokid both total US$8.3 million: name order decides.
      for (const pageSize of [1, 2, 3]) {
        expect(await pages("desc", pageSize), `desc, ${pageSize} a page`).toEqual([
          "tongdun",
          "aaa-tie",
          "rokid",
          "lab-co",
        ]);
        expect(await pages("asc", pageSize), `asc, ${pageSize} a page`).toEqual([
          "aaa-tie",
          "rokid",
          "tongdun",
          "lab-co",
        ]);
      }
      const first = await startupList.findStartups({
        params: parseStartupListParams({ sort: "funding" }).params,
        pageSize: 1,
      });
      expect(first.items[0]).toMatchObject({ slug: "tongdun", totalFundingUsd: 50_000_000, fundingRounds: 1 });
    } finally {
      await p.fundingRound.deleteMany({ where: { id: { in: rounds.map((r) => r.id) } } });
      await p.startup.deleteMany({ where: { id: { in: [tie.id, gone.id] } } });
    }
  });
});

describe("counts leave out soft-deleted records", () => {
  // The counts below are read from narrow indexes with anti-joins on deleted rows rather than joins
  // to every row; this pins them to the same answers. The records are added here and removed after.
  test("founders, unit alumni, the unit filter, investor totals and city years", async () => {
    const p = db.prisma;
    const gone = new Date();
    const ghost = await createPerson(p, { slug: "ghost-founder", nameEn: "Ghost Founder", deletedAt: gone });
    const orphan = await createPerson(p, { slug: "orphan-founder", nameEn: "Orphan Founder" });
    const goneCo = await createStartup(p, {
      slug: "gone-co",
      nameEn: "Gone Co",
      cityId: world.shanghai.id,
      deletedAt: gone,
    });
    const yearless = await createStartup(p, { slug: "yearless-co", nameEn: "Yearless Co", cityId: world.shanghai.id });
    const ghostJob = await createEmployment(p, { personId: ghost.id, organizationId: world.damoLab.id });
    const orphanJob = await createEmployment(p, { personId: orphan.id, organizationId: world.damoLab.id });
    const foundings = await Promise.all([
      createFounding(p, { personId: ghost.id, startupId: yearless.id }),
      createFounding(p, { personId: ghost.id, startupId: world.labCo.id }),
      createFounding(p, { personId: orphan.id, startupId: goneCo.id }),
      createFounding(p, { personId: world.labFounder.id, startupId: goneCo.id }),
    ]);
    const goneRound = await createFundingRound(p, {
      startupId: goneCo.id,
      stage: "SERIES_B",
      amountKind: "UNDISCLOSED",
    });
    const goneInvestment = await createInvestment(p, {
      roundId: goneRound.id,
      organizationId: world.visionPlus.id,
      isLead: true,
    });
    try {
      const founders = await people.findFounders({ params: parseSimpleListParams({}).params });
      expect([founders.total, founders.items.map((f) => f.slug)]).toEqual([2, ["lab-founder", "misa-zhu-mingming"]]);

      const damo = await units.getUnitBySlug({ slug: "damo-academy" });
      expect([damo!.alumniCount, damo!.startupCount, damo!.alumni.map((a) => a.person.slug)]).toEqual([
        1,
        1,
        ["lab-founder"],
      ]);
      const byUnit = await list({ unit: "damo-academy" });
      expect([byUnit.total, slugs(byUnit)]).toEqual([1, ["lab-co"]]);

      const firm = await investorData.getInvestorBySlug({ slug: "vision-plus-capital" });
      expect([firm!.portfolioCount, firm!.roundCount, firm!.leadCount]).toEqual([2, 2, 1]);

      const shanghai = await cities.getCityBySlug({ slug: "shanghai" });
      expect(shanghai).toMatchObject({
        startups: 2,
        totalStartups: 4,
        foundedYearUnknown: 1,
        foundedYears: [{ year: 2018, count: 1 }],
      });
    } finally {
      await p.investment.delete({ where: { id: goneInvestment.id } });
      await p.fundingRound.delete({ where: { id: goneRound.id } });
      await p.founding.deleteMany({ where: { id: { in: foundings.map((f) => f.id) } } });
      await p.employment.deleteMany({ where: { id: { in: [ghostJob.id, orphanJob.id] } } });
      await p.startup.deleteMany({ where: { id: { in: [goneCo.id, yearless.id] } } });
      await p.person.deleteMany({ where: { id: { in: [ghost.id, orphan.id] } } });
    }
  });
});
