import { describe, expect, test } from "vitest";
import { adminTestRuntime, expectRefusal, idFromRedirect, stateOf, submit } from "../../helpers/admin";
import { createFundingRound, createSource, createStartup } from "../../factories";
import { formatReportedSpan } from "@/lib/format/dates";

/*
 * A round the sources date only by a span (issue 14): "2024–2025". The start sorts the round; the
 * end must follow it; undated rounds come after dated ones.
 */

const runtime = adminTestRuntime("editor");

const { createRecordAction } = await import("@/lib/actions/records");
const { addRoundAction } = await import("@/lib/actions/entries");
const { getRecordForEdit } = await import("@/lib/data/admin/read");
const startupProfiles = await import("@/lib/data/startups/profile");
const { getApiStartup } = await import("@/lib/data/api/startups");

async function createRound(startupId: number, dates: Record<string, string>) {
  const source = await createSource(runtime.db.prisma);
  return submit((p, f) => createRecordAction("funding-rounds", p, f), {
    startupId: String(startupId),
    stage: "SERIES_A",
    ...dates,
    "citations.0.sourceId": String(source.id),
    "citations.0.field": "announcedOn",
  });
}

describe("a round dated by a span", () => {
  test("2024–2025 is stored as its start and end with their precisions, and the form shows both as typed", async () => {
    const startup = await createStartup(runtime.db.prisma);
    const id = idFromRedirect(await createRound(startup.id, { announcedOn: "2024", announcedUntil: "2025" }));
    const round = await runtime.db.prisma.fundingRound.findUniqueOrThrow({ where: { id } });
    expect(round).toMatchObject({
      announcedOn: new Date("2024-01-01"),
      datePrecision: "YEAR",
      announcedUntil: new Date("2025-01-01"),
      untilPrecision: "YEAR",
    });
    const form = await getRecordForEdit({ key: "funding-rounds", id });
    expect(form?.values).toMatchObject({ announcedOn: "2024", announcedUntil: "2025" });
  });

  test.each([
    [{ announcedOn: "2025", announcedUntil: "2024" }, /must be after the start \(2025\)/],
    [{ announcedOn: "2024-07", announcedUntil: "2024-07" }, /must be after the start/],
    [{ announcedUntil: "2025" }, /needs the start of the span/],
  ])("%o is refused with the reason and nothing is written", async (dates, reason) => {
    const startup = await createStartup(runtime.db.prisma);
    const before = await runtime.db.prisma.fundingRound.count();
    const refusal = expectRefusal(await createRound(startup.id, dates));
    expect(refusal.fieldErrors?.announcedUntil?.join(" ")).toMatch(reason);
    expect(await runtime.db.prisma.fundingRound.count()).toBe(before);
  });

  test("the round entry takes a span too", async () => {
    const startup = await createStartup(runtime.db.prisma);
    const source = await createSource(runtime.db.prisma);
    const state = stateOf(
      await submit(addRoundAction, {
        startupId: String(startup.id),
        "round.stage": "SEED",
        "round.announcedOn": "2023-11",
        "round.announcedUntil": "2024-02",
        "sources.0.sourceId": String(source.id),
        "sources.0.fields": ["round:announcedOn", "round:announcedUntil"],
      }),
    );
    expect(state.status, JSON.stringify(state)).toBe("success");
    const round = await runtime.db.prisma.fundingRound.findFirstOrThrow({ where: { startupId: startup.id } });
    expect(round).toMatchObject({ announcedUntil: new Date("2024-02-01"), untilPrecision: "MONTH" });
  });

  test("the database refuses an end before the start, or an end without a start", async () => {
    const startup = await createStartup(runtime.db.prisma);
    const round = await createFundingRound(runtime.db.prisma, { startupId: startup.id });
    const set = (data: Record<string, unknown>) =>
      runtime.db.prisma.fundingRound.update({ where: { id: round.id }, data });
    await expect(
      set({
        announcedOn: new Date("2025-01-01"),
        datePrecision: "YEAR",
        announcedUntil: new Date("2024-01-01"),
        untilPrecision: "YEAR",
      }),
    ).rejects.toThrow(/FundingRound_date_span_check/);
    await expect(
      set({ announcedOn: null, datePrecision: null, announcedUntil: new Date("2024-01-01"), untilPrecision: "YEAR" }),
    ).rejects.toThrow(/FundingRound_date_span_check/);
  });
});

describe("spans on the public page and in the API", () => {
  test("shown as 2024–2025, sorted by their start among dated rounds, undated rounds last", async () => {
    const startup = await createStartup(runtime.db.prisma);
    const undated = await createFundingRound(runtime.db.prisma, {
      startupId: startup.id,
      announcedOn: null,
      datePrecision: null,
    });
    const later = await createFundingRound(runtime.db.prisma, {
      startupId: startup.id,
      announcedOn: new Date("2024-06-01"),
      datePrecision: "MONTH",
    });
    const span = idFromRedirect(await createRound(startup.id, { announcedOn: "2024", announcedUntil: "2025" }));
    const earlier = await createFundingRound(runtime.db.prisma, {
      startupId: startup.id,
      announcedOn: new Date("2023-03-01"),
      datePrecision: "MONTH",
    });
    const profile = (await startupProfiles.getStartupBySlug({ slug: startup.slug }))!;
    expect(profile.fundingRounds.map((r) => r.id)).toEqual([earlier.id, span, later.id, undated.id]);
    expect(profile.fundingRounds.map(formatReportedSpan)).toEqual(["2023-03", "2024–2025", "2024-06", null]);
    const api = (await getApiStartup({ slug: startup.slug, includeCitations: false }))!;
    expect(api.fundingRounds.find((r) => r.id === span)).toMatchObject({
      announcedOn: "2024-01-01",
      datePrecision: "YEAR",
      announcedUntil: "2025-01-01",
      untilPrecision: "YEAR",
    });
  });
});
