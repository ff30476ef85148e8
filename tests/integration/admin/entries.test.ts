import { describe, expect, test } from "vitest";
import { adminTestRuntime, expectRefusal, request, stateOf, submit } from "../../helpers/admin";
import { createFounding, createOrganization, createPerson, createSource, createStartup } from "../../factories";

const runtime = adminTestRuntime("editor");

const { addFounderAction, addRoundAction } = await import("@/lib/actions/entries");

let n = 0;
const unique = () => `${Date.now().toString(36)}${++n}`;

/** Everything an entry can write, counted: a refused entry must leave every count as it was. */
async function counts() {
  const p = runtime.db.prisma;
  const [people, foundings, employments, rounds, investments, citations, sources, changes] = await Promise.all([
    p.person.count(),
    p.founding.count(),
    p.employment.count(),
    p.fundingRound.count(),
    p.investment.count(),
    p.citation.count(),
    p.source.count(),
    p.changeLog.count(),
  ]);
  return { people, foundings, employments, rounds, investments, citations, sources, changes };
}

describe("adding a founder with their founding and jobs in one form", () => {
  test("writes the new person, the founding and each job, each with its own history and the citations ticked for it", async () => {
    const startup = await createStartup(runtime.db.prisma);
    const cloud = await createOrganization(runtime.db.prisma, { kind: "ALIBABA_UNIT" });
    const damo = await createOrganization(runtime.db.prisma, { kind: "ALIBABA_UNIT" });
    const profile = await createSource(runtime.db.prisma);
    const url = `https://example.com/founder-${unique()}`;
    const state = stateOf(
      await submit(addFounderAction, {
        startupId: String(startup.id),
        "person.nameEn": "Entry Founder",
        "founding.role": "CO_FOUNDER",
        "founding.confidence": "HIGH",
        "jobs.0.organizationId": String(cloud.id),
        "jobs.0.startYear": "2015",
        "jobs.0.endYear": "2020",
        "jobs.1.organizationId": String(damo.id),
        "jobs.1.role": "Senior algorithm expert",
        "jobs.1.endNotStated": "on",
        // An unused "another job" row is no job.
        "jobs.2.role": "",
        "sources.0.newUrl": url,
        "sources.0.newPublisher": "Entry Wire",
        "sources.0.fields": ["person:nameEn", "job0:organization", "job0:startYear", "job1:role"],
        "sources.0.quote.job0:startYear": "joined in 2015",
        "sources.1.sourceId": String(profile.id),
        "sources.1.fields": ["founding:role", "job1:organization"],
      }),
    );
    expect(state.status, JSON.stringify(state)).toBe("success");
    const person = await runtime.db.prisma.person.findFirstOrThrow({ where: { nameEn: "Entry Founder" } });
    const founding = await runtime.db.prisma.founding.findFirstOrThrow({ where: { personId: person.id } });
    expect(founding).toMatchObject({ startupId: startup.id, role: "CO_FOUNDER" });
    expect(state.data).toEqual({ id: founding.id, label: expect.stringContaining("Entry Founder") });
    const jobs = await runtime.db.prisma.employment.findMany({
      where: { personId: person.id },
      orderBy: { id: "asc" },
    });
    expect(jobs.map((j) => [j.organizationId, j.startYear, j.endYear, j.role, j.endNotStated])).toEqual([
      [cloud.id, 2015, 2020, null, false],
      [damo.id, null, null, "Senior algorithm expert", true],
    ]);
    const cited = await runtime.db.prisma.citation.findMany({
      where: {
        OR: [
          { recordType: "PERSON", recordId: person.id },
          { recordType: "FOUNDING", recordId: founding.id },
          { recordType: "EMPLOYMENT", recordId: { in: jobs.map((j) => j.id) } },
        ],
      },
      include: { source: true },
      orderBy: { id: "asc" },
    });
    expect(cited.map((c) => [c.recordType, c.field, c.source.url === url ? "new" : c.sourceId, c.quote])).toEqual([
      ["PERSON", "nameEn", "new", null],
      ["FOUNDING", "role", profile.id, null],
      ["EMPLOYMENT", "organization", "new", null],
      ["EMPLOYMENT", "startYear", "new", "joined in 2015"],
      ["EMPLOYMENT", "role", "new", null],
      ["EMPLOYMENT", "organization", profile.id, null],
    ]);
    // The new source is written once, though three records cite it.
    expect(await runtime.db.prisma.source.count({ where: { url } })).toBe(1);
    // Each record has its own history, as if saved by its own form.
    for (const [recordType, recordId] of [
      ["PERSON", person.id],
      ["FOUNDING", founding.id],
      ["EMPLOYMENT", jobs[0]!.id],
      ["EMPLOYMENT", jobs[1]!.id],
    ] as const) {
      expect(
        await runtime.db.prisma.changeLog.count({
          where: { recordType, recordId: String(recordId), action: "CREATE" },
        }),
      ).toBe(1);
    }
  });

  test("with a person already recorded: only the founding and the jobs are written", async () => {
    const startup = await createStartup(runtime.db.prisma);
    const person = await createPerson(runtime.db.prisma);
    const source = await createSource(runtime.db.prisma);
    const before = await counts();
    const state = stateOf(
      await submit(addFounderAction, {
        startupId: String(startup.id),
        personId: String(person.id),
        "founding.role": "FOUNDER",
        "founding.confidence": "HIGH",
        "sources.0.sourceId": String(source.id),
        "sources.0.fields": "founding:role",
      }),
    );
    expect(state.status, JSON.stringify(state)).toBe("success");
    const after = await counts();
    expect([
      after.people - before.people,
      after.foundings - before.foundings,
      after.employments - before.employments,
    ]).toEqual([0, 1, 0]);
  });

  test("a refusal in the last record written leaves nothing of the others (all or nothing)", async () => {
    const startup = await createStartup(runtime.db.prisma);
    const gone = await createOrganization(runtime.db.prisma, { deletedAt: new Date() });
    const before = await counts();
    const state = expectRefusal(
      await submit(addFounderAction, {
        startupId: String(startup.id),
        "person.nameEn": `Never Saved ${unique()}`,
        "founding.role": "FOUNDER",
        "founding.confidence": "HIGH",
        "jobs.0.organizationId": String(gone.id),
        "jobs.0.startYear": "2010",
        "sources.0.newUrl": `https://example.com/never-${unique()}`,
        "sources.0.newPublisher": "Never Wire",
        "sources.0.fields": ["person:nameEn", "founding:role", "job0:organization"],
      }),
    );
    // The write got as far as the job: the person, the founding and the new source were written, then undone.
    expect(Object.keys(state.fieldErrors ?? {})).toEqual(["jobs.0.organizationId"]);
    expect(await counts()).toEqual(before);
  });

  test("bad input is refused field by field, each named as the form names it, and changes nothing", async () => {
    const startup = await createStartup(runtime.db.prisma);
    const person = await createPerson(runtime.db.prisma);
    const org = await createOrganization(runtime.db.prisma);
    const before = await counts();
    const state = expectRefusal(
      await submit(addFounderAction, {
        startupId: String(startup.id),
        personId: String(person.id),
        "person.nameEn": "Also Typed",
        "founding.role": "KING",
        "founding.confidence": "HIGH",
        "jobs.0.organizationId": String(org.id),
        "jobs.0.startYear": "2020",
        "jobs.0.endYear": "2010",
        "jobs.1.organizationId": String(org.id),
        "sources.0.newUrl": "https://example.com/x",
        "sources.0.newPublisher": "X",
        "sources.0.fields": ["job0:startYear", "person:bio"],
      }),
    );
    expect(state.fieldErrors).toMatchObject({
      "person.nameEn": [expect.stringMatching(/existing person/)],
      "founding.role": [expect.any(String)],
      "jobs.0.endYear": ["is before the start"],
      "sources.0.fields": [expect.stringMatching(/not a field/)],
    });
    expect(await counts()).toEqual(before);
  });

  test("every record must rest on a source", async () => {
    const startup = await createStartup(runtime.db.prisma);
    const org = await createOrganization(runtime.db.prisma);
    const source = await createSource(runtime.db.prisma);
    const before = await counts();
    const state = expectRefusal(
      await submit(addFounderAction, {
        startupId: String(startup.id),
        "person.nameZh": "无源",
        "founding.role": "FOUNDER",
        "founding.confidence": "HIGH",
        "jobs.0.organizationId": String(org.id),
        "sources.0.sourceId": String(source.id),
        "sources.0.fields": ["person:nameZh"],
      }),
    );
    expect(state.fieldErrors).toEqual({
      "founding.role": [expect.stringMatching(/has no source/)],
      "jobs.0.organizationId": [expect.stringMatching(/has no source/)],
    });
    expect(await counts()).toEqual(before);
  });

  test("a person already a founder of the start-up is refused on the person's field", async () => {
    const startup = await createStartup(runtime.db.prisma);
    const person = await createPerson(runtime.db.prisma);
    await createFounding(runtime.db.prisma, { startupId: startup.id, personId: person.id });
    const source = await createSource(runtime.db.prisma);
    const before = await counts();
    const state = expectRefusal(
      await submit(addFounderAction, {
        startupId: String(startup.id),
        personId: String(person.id),
        "founding.role": "FOUNDER",
        "founding.confidence": "HIGH",
        "sources.0.sourceId": String(source.id),
        "sources.0.fields": "founding:role",
      }),
    );
    expect(state.fieldErrors?.personId?.[0]).toMatch(/already recorded as a founder/);
    expect(await counts()).toEqual(before);
  });

  test("is refused for someone signed out, and writes nothing", async () => {
    request.cookie = "";
    const startup = await createStartup(runtime.db.prisma);
    const before = await counts();
    const state = expectRefusal(
      await submit(addFounderAction, { startupId: String(startup.id), "person.nameEn": "Signed Out" }),
    );
    expect(state.message).toMatch(/not signed in/);
    expect(await counts()).toEqual(before);
  });
});

describe("adding a round with all its investors in one form", () => {
  test("writes the round and each investment, cited from one source", async () => {
    const startup = await createStartup(runtime.db.prisma);
    const zhen = await createOrganization(runtime.db.prisma, { kind: "INVESTMENT_FIRM" });
    const angel = await createPerson(runtime.db.prisma);
    const url = `https://example.com/round-${unique()}`;
    const state = stateOf(
      await submit(addRoundAction, {
        startupId: String(startup.id),
        "round.stage": "ANGEL",
        "round.announcedOn": "2023-09",
        "round.amountText": "超2亿元",
        "investors.0.organizationId": String(zhen.id),
        "investors.0.isLead": "on",
        "investors.1.personId": String(angel.id),
        "investors.2.isLead": "",
        "sources.0.newUrl": url,
        "sources.0.newPublisher": "Round Wire",
        "sources.0.fields": [
          "round:stage",
          "round:announcedOn",
          "round:amountText",
          "investor0:organization",
          "investor1:person",
        ],
      }),
    );
    expect(state.status, JSON.stringify(state)).toBe("success");
    const round = await runtime.db.prisma.fundingRound.findFirstOrThrow({
      where: { startupId: startup.id },
      include: { investments: { orderBy: { id: "asc" } } },
    });
    expect(round).toMatchObject({
      stage: "ANGEL",
      datePrecision: "MONTH",
      amountKind: "AT_LEAST",
      currency: "CNY",
      amountText: "超2亿元",
    });
    expect(round.investments.map((i) => [i.organizationId, i.personId, i.isLead])).toEqual([
      [zhen.id, null, true],
      [null, angel.id, false],
    ]);
    const citations = await runtime.db.prisma.citation.findMany({
      where: {
        OR: [
          { recordType: "FUNDING_ROUND", recordId: round.id },
          { recordType: "INVESTMENT", recordId: { in: round.investments.map((i) => i.id) } },
        ],
      },
      orderBy: { id: "asc" },
    });
    expect(citations.map((c) => [c.recordType, c.field])).toEqual([
      ["FUNDING_ROUND", "stage"],
      ["FUNDING_ROUND", "announcedOn"],
      ["FUNDING_ROUND", "amountText"],
      ["INVESTMENT", "organization"],
      ["INVESTMENT", "person"],
    ]);
    expect(new Set(citations.map((c) => c.sourceId)).size).toBe(1);
  });

  test("the same investor twice is refused on the second row, and nothing is written", async () => {
    const startup = await createStartup(runtime.db.prisma);
    const firm = await createOrganization(runtime.db.prisma, { kind: "INVESTMENT_FIRM" });
    const source = await createSource(runtime.db.prisma);
    const before = await counts();
    const state = expectRefusal(
      await submit(addRoundAction, {
        startupId: String(startup.id),
        "round.stage": "SEED",
        "investors.0.organizationId": String(firm.id),
        "investors.1.organizationId": String(firm.id),
        "sources.0.sourceId": String(source.id),
        "sources.0.fields": ["round:stage", "investor0:organization", "investor1:organization"],
      }),
    );
    expect(state.fieldErrors).toEqual({ "investors.1.organizationId": [expect.stringMatching(/already an investor/)] });
    expect(await counts()).toEqual(before);
  });

  test("a round's bad amount and an investor row naming two investors are refused together", async () => {
    const startup = await createStartup(runtime.db.prisma);
    const firm = await createOrganization(runtime.db.prisma, { kind: "INVESTMENT_FIRM" });
    const person = await createPerson(runtime.db.prisma);
    const before = await counts();
    const state = expectRefusal(
      await submit(addRoundAction, {
        startupId: String(startup.id),
        "round.stage": "SEED",
        "round.amountLow": "100",
        "round.currency": "RMB",
        "investors.0.organizationId": String(firm.id),
        "investors.0.personId": String(person.id),
      }),
    );
    // With no source ticked, each record also says it has none (on its first field).
    expect(state.fieldErrors).toEqual({
      "round.currency": [expect.stringMatching(/ISO 4217|CNY/)],
      "round.stage": [expect.stringMatching(/has no source/)],
      "investors.0.organizationId": [
        "choose one investor: an organization or a person",
        expect.stringMatching(/has no source/),
      ],
    });
    expect(await counts()).toEqual(before);
  });
});
