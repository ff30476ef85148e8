import { describe, expect, test } from "vitest";
import { adminTestRuntime, expectRefusal, idFromRedirect, request, stateOf, submit } from "../../helpers/admin";
import {
  createCitation,
  createFundingRound,
  createInvestment,
  createOrganization,
  createSource,
  createStartup,
} from "../../factories";

const runtime = adminTestRuntime("editor");

const { createRecordAction, createInPlaceAction } = await import("@/lib/actions/records");
const { lookupRecords, getRelatedRecords } = await import("@/lib/data/admin/read");

describe("creating in place, from a picker", () => {
  test("answers with the new record instead of leaving the page, and writes its citations", async () => {
    const state = stateOf(
      await submit((p, f) => createInPlaceAction("people", p, f), {
        nameEn: "In Place Person",
        "sources.0.newUrl": "https://example.com/in-place",
        "sources.0.newPublisher": "Example",
        "sources.0.fields": "nameEn",
      }),
    );
    expect(state.status).toBe("success");
    // With the sources it cites, for the form behind to cite again with one click.
    expect(state.data).toEqual({
      id: expect.any(Number),
      label: "In Place Person",
      sources: [{ id: expect.any(Number), label: "Example: https://example.com/in-place" }],
    });
    const id = (state.data as { id: number }).id;
    expect(await runtime.db.prisma.person.findUniqueOrThrow({ where: { id } })).toMatchObject({
      nameEn: "In Place Person",
    });
    expect(
      await runtime.db.prisma.citation.count({ where: { recordType: "PERSON", recordId: id, field: "nameEn" } }),
    ).toBe(1);
  });

  test("is refused for someone signed out, and writes nothing", async () => {
    request.cookie = "";
    const before = await runtime.db.prisma.city.count();
    const state = expectRefusal(await submit((p, f) => createInPlaceAction("cities", p, f), { nameEn: "Nowhere" }));
    expect(state.message).toMatch(/not signed in/);
    expect(await runtime.db.prisma.city.count()).toBe(before);
  });
});

describe("a source cited once for many fields", () => {
  test("one new source (with its original publisher and note) supports each ticked field, with its own quote", async () => {
    const outcome = await submit((p, f) => createRecordAction("startups", p, f), {
      nameEn: "Cited Once",
      foundedYear: "2023",
      confidence: "HIGH",
      "sources.0.newUrl": "https://example.com/cited-once",
      "sources.0.newPublisher": "Example Mirror",
      "sources.0.newOriginalPublisher": "Example Wire",
      "sources.0.newNote": "A syndicated copy",
      "sources.0.fields": ["nameEn", "foundedYear"],
      "sources.0.quote.foundedYear": "founded in 2023",
    });
    const id = idFromRedirect(outcome);
    const citations = await runtime.db.prisma.citation.findMany({
      where: { recordType: "STARTUP", recordId: id },
      include: { source: true },
      orderBy: { id: "asc" },
    });
    expect(citations.map((c) => [c.field, c.quote])).toEqual([
      ["nameEn", null],
      ["foundedYear", "founded in 2023"],
    ]);
    expect(new Set(citations.map((c) => c.sourceId)).size).toBe(1);
    expect(citations[0]?.source).toMatchObject({ originalPublisher: "Example Wire", note: "A syndicated copy" });
  });
});

describe("funding round dates and currencies as sources state them", () => {
  test.each([
    ["2024", "2024-01-01", "YEAR"],
    ["2023-07", "2023-07-01", "MONTH"],
    ["2023-07-14", "2023-07-14", "DAY"],
  ])("%s is stored with its own precision", async (typed, stored, precision) => {
    const startup = await createStartup(runtime.db.prisma);
    const outcome = await submit((p, f) => createRecordAction("funding-rounds", p, f), {
      startupId: String(startup.id),
      stage: "SEED",
      amountKind: "UNDISCLOSED",
      announcedOn: typed,
    });
    const round = await runtime.db.prisma.fundingRound.findUniqueOrThrow({ where: { id: idFromRedirect(outcome) } });
    expect(round.announcedOn?.toISOString().slice(0, 10)).toBe(stored);
    expect(round.datePrecision).toBe(precision);
  });

  test("an informal currency code is refused with the ISO code to use", async () => {
    const startup = await createStartup(runtime.db.prisma);
    const state = expectRefusal(
      await submit((p, f) => createRecordAction("funding-rounds", p, f), {
        startupId: String(startup.id),
        stage: "SEED",
        amountKind: "EXACT",
        amountLow: "100000000",
        currency: "RMB",
      }),
    );
    expect(state.fieldErrors?.currency).toEqual(["is not an ISO 4217 currency code (renminbi is CNY)"]);
  });
});

describe("pickers and the start-up's page", () => {
  test("a picker offers the exact name first, with the unit's place in the tree", async () => {
    const group = await createOrganization(runtime.db.prisma, { nameEn: "Rank Group", kind: "ALIBABA_UNIT" });
    await createOrganization(runtime.db.prisma, {
      nameEn: "Rank Cloud Intelligence",
      kind: "ALIBABA_UNIT",
      parentId: group.id,
    });
    const exact = await createOrganization(runtime.db.prisma, {
      nameEn: "Rank Cloud",
      kind: "ALIBABA_UNIT",
      parentId: group.id,
    });
    await createOrganization(runtime.db.prisma, {
      nameEn: "Old Rank Cloud lab",
      kind: "ALIBABA_UNIT",
      parentId: exact.id,
    });
    const items = await lookupRecords({ key: "organizations", q: "rank cloud" });
    expect(items[0]).toEqual({ id: exact.id, label: "Rank Cloud", detail: "alibaba unit · in Rank Group" });
    expect(items.map((i) => i.label)).toEqual(["Rank Cloud", "Rank Cloud Intelligence", "Old Rank Cloud lab"]);
  });

  test("a start-up's page lists its rounds (undated last), each with its investors and a way to add one", async () => {
    const startup = await createStartup(runtime.db.prisma, { nameEn: "Related Co" });
    const undated = await createFundingRound(runtime.db.prisma, { startupId: startup.id, stage: "SEED" });
    const dated = await createFundingRound(runtime.db.prisma, {
      startupId: startup.id,
      stage: "ANGEL",
      stageLabel: "Angel+",
      announcedOn: new Date("2023-07-01T00:00:00Z"),
      datePrecision: "MONTH",
    });
    const source = await createSource(runtime.db.prisma, { publisher: "Round Wire", title: "Angel round" });
    await createCitation(runtime.db.prisma, { sourceId: source.id, recordType: "FUNDING_ROUND", recordId: dated.id });
    const investor = await createOrganization(runtime.db.prisma, { nameEn: "Related Ventures" });
    await createInvestment(runtime.db.prisma, { roundId: dated.id, organizationId: investor.id, isLead: true });
    const groups = await getRelatedRecords({ key: "startups", id: startup.id });
    const rounds = groups.find((g) => g.title === "fundingRounds");
    expect(rounds?.add).toMatchObject({ entity: "funding-rounds", values: { startupId: String(startup.id) } });
    expect(rounds?.items.map((i) => i.href)).toEqual([
      `/admin/funding-rounds/${dated.id}/edit`,
      `/admin/funding-rounds/${undated.id}/edit`,
    ]);
    expect(rounds?.items[0]?.label).toBe("angel (“Angel+”) · 2023-07");
    const investors = rounds?.items[0]?.groups?.[0];
    expect(investors?.items.map((i) => i.label)).toEqual(["Related Ventures (lead)"]);
    // The round's source is offered to cite again when an investor is added to it.
    expect(investors?.add.sources).toEqual([{ id: source.id, label: "Round Wire: Angel round" }]);
    expect(investors?.add.values).toMatchObject({
      roundId: String(dated.id),
      roundId__label: "Related Co · angel (“Angel+”) · 2023-07",
    });
    // An editor working in 中文 reads the items' own words in Chinese; the records' names stay as written.
    const zh = await getRelatedRecords({ key: "startups", id: startup.id, locale: "zh" });
    const zhRounds = zh.find((g) => g.title === "fundingRounds");
    expect(zhRounds?.items.map((i) => i.label)).toEqual(["天使轮（“Angel+”） · 2023年7月", "种子轮 · 日期未披露"]);
    expect(zhRounds?.items[0]?.groups?.[0]?.items.map((i) => i.label)).toEqual(["Related Ventures（领投）"]);
  });
});
