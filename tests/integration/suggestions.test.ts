// Readers' suggestions end to end against a real database: the public forms' abuse guards (honeypot,
// proof of work missing/invalid/expired/replayed, per-client limit) and the editors' review (accept
// creates records, citations and history with the decision; reject writes nothing but the decision).
import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { solveChallenge } from "altcha-lib";
import { deriveKey } from "altcha-lib/algorithms/pbkdf2";
import { createTestDatabase, type TestDatabase } from "../helpers/database";
import {
  expectRefusal,
  mockActionRuntime,
  request,
  signedInAccount,
  submit,
  testAuth,
  type Outcome,
  type TestAccount,
} from "../helpers/admin";
import { createSource, createStartup } from "../factories";
import type { Auth } from "@/lib/auth/create-auth";
import { newSubmissionKey } from "@/lib/forms/submission-key";

// The challenges are signed with a key derived from this secret (as a deployment's BETTER_AUTH_SECRET).
process.env.BETTER_AUTH_SECRET = "test-secret-for-suggestions-0123456789abcdef";

let db: TestDatabase;
let auth: Auth;
let editor: TestAccount;

// One mock of next/headers only (the shared one, carrying `request.address`): two doMock calls for the
// same module resolve in parallel, and whichever lands last wins, so a second mock here sometimes lost
// and every test shared one client address and one rate limit.
mockActionRuntime({ db: () => db, auth: () => auth });

const actions = await import("@/lib/actions/suggestions");
const { createProofOfWorkChallenge } = await import("@/lib/auth/proof-of-work");
const { getFlagTarget, getSuggestionForReview, getSuggestionStatus } = await import("@/lib/data/suggestions");

beforeAll(async () => {
  db = await createTestDatabase();
  auth = testAuth(db);
  editor = await signedInAccount(db, auth, "editor");
});
afterAll(async () => {
  await db?.close();
});
let addressCounter = 10;
beforeEach(() => {
  // Each test is its own client unless it says otherwise, so the per-client limit stays out of the way.
  request.address = `203.0.113.${addressCounter++}`;
  request.cookie = "";
});

/** Solves a real challenge as the widget does (a small one, so the test is quick). */
async function solvedProof(options: { now?: number } = {}): Promise<string> {
  const challenge = await createProofOfWorkChallenge({ counter: 3, ...options });
  const solution = await solveChallenge({ challenge, deriveKey });
  if (!solution) throw new Error("could not solve the challenge");
  return Buffer.from(JSON.stringify({ challenge, solution })).toString("base64");
}

const startupFields = (extra: Record<string, string> = {}) => ({
  nameEn: "Example Robotics",
  nameZh: "示例机器人",
  website: "https://example-robotics.cn",
  cityName: "Hangzhou",
  foundedYear: "2023",
  founders: "Li Example (former Alibaba Cloud engineer)",
  sourceUrl: "https://36kr.com/p/example-robotics",
  sourceQuote: "示例机器人由前阿里云工程师创立",
  ...extra,
});

const suggestStartup = async (fields: Record<string, string>) => submit(actions.submitStartupSuggestionAction, fields);

function referenceOf(outcome: Outcome): string {
  if (!("redirect" in outcome)) throw new Error(`expected a redirect, got ${JSON.stringify(outcome.state)}`);
  const match = /\/suggest\/status\?ref=(S-[0-9A-Z]{8})&sent=1$/.exec(outcome.redirect);
  if (!match) throw new Error(`no reference in ${outcome.redirect}`);
  return match[1]!;
}

/** Row counts of every table a suggestion or its acceptance could touch. */
async function counts() {
  const p = db.prisma;
  const [suggestions, startups, sources, citations, changes, people, spent] = await Promise.all([
    p.suggestion.count(),
    p.startup.count(),
    p.source.count(),
    p.citation.count(),
    p.changeLog.count(),
    p.person.count(),
    p.proofOfWorkUse.count(),
  ]);
  return { suggestions, startups, sources, citations, changes, people, spent };
}

describe("a reader suggests a start-up", () => {
  test("it is stored pending, under a reference the status page finds, and nothing public changes", async () => {
    const before = await counts();
    const reference = referenceOf(await suggestStartup({ ...startupFields(), altcha: await solvedProof() }));
    const after = await counts();
    expect(after).toEqual({ ...before, suggestions: before.suggestions + 1, spent: before.spent + 1 });
    const stored = await db.prisma.suggestion.findUniqueOrThrow({ where: { reference } });
    expect(stored).toMatchObject({
      kind: "STARTUP",
      status: "PENDING",
      nameEn: "Example Robotics",
      nameZh: "示例机器人",
      foundedYear: 2023,
      sourceUrl: "https://36kr.com/p/example-robotics",
    });
    const status = await getSuggestionStatus(reference);
    expect(status).toMatchObject({ reference, status: "PENDING", resultHref: null });
    expect(status?.summary).toBe("New start-up: Example Robotics / 示例机器人");
    // /zh/suggest/status says it in 中文; what was proposed stays as sent.
    expect((await getSuggestionStatus(reference, "zh"))?.summary).toBe("新初创公司：Example Robotics / 示例机器人");
  });

  test("bad input is refused field by field with the shared schema's messages, and nothing is written", async () => {
    const before = await counts();
    const state = expectRefusal(
      await suggestStartup({
        nameEn: "",
        nameZh: "",
        sourceUrl: "not a url",
        foundedYear: "1800",
        altcha: await solvedProof(),
      }),
    );
    expect(state.message).toMatch(/Nothing was sent: 3 fields need attention/);
    expect(state.fieldErrors).toMatchObject({
      nameEn: ["give the start-up's English or Chinese name"],
      sourceUrl: ["must be a web address starting with http:// or https://"],
      foundedYear: ["must be 1900 or later"],
    });
    expect(state.values).toMatchObject({ sourceUrl: "not a url" });
    expect(state.values).not.toHaveProperty("altcha");
    expect(await counts()).toEqual(before);
  });

  test("a source is required", async () => {
    const before = await counts();
    const state = expectRefusal(
      await suggestStartup({ ...startupFields({ sourceUrl: "" }), altcha: await solvedProof() }),
    );
    expect(state.fieldErrors?.sourceUrl).toEqual(["is required"]);
    expect(await counts()).toEqual(before);
  });
});

describe("abuse guards: each refused with a clear message, nothing written", () => {
  test("the honeypot filled in", async () => {
    const before = await counts();
    const state = expectRefusal(
      await suggestStartup({ ...startupFields(), fax: "+86 571 0000", altcha: await solvedProof() }),
    );
    expect(state.message).toMatch(/field that people never see .* was filled in/);
    expect(await counts()).toEqual(before);
  });

  test("the proof of work missing", async () => {
    const before = await counts();
    const state = expectRefusal(await suggestStartup(startupFields()));
    expect(state.message).toMatch(/the anti-robot check has not run/);
    expect(state.values).toMatchObject({ nameEn: "Example Robotics" });
    expect(await counts()).toEqual(before);
  });

  test("the proof of work invalid: a wrong derived key, a forged signature, garbage", async () => {
    const before = await counts();
    const payload = JSON.parse(Buffer.from(await solvedProof(), "base64").toString());
    const key: string = payload.solution.derivedKey;
    const wrongKey = key.slice(0, -1) + (key.endsWith("0") ? "1" : "0");
    const wrongAnswer = { ...payload, solution: { ...payload.solution, derivedKey: wrongKey } };
    const forged = { ...payload, challenge: { ...payload.challenge, signature: "00".repeat(32) } };
    for (const bad of [wrongAnswer, forged]) {
      const altcha = Buffer.from(JSON.stringify(bad)).toString("base64");
      const state = expectRefusal(await suggestStartup({ ...startupFields(), altcha }));
      expect(state.message).toMatch(/the anti-robot check's answer is not valid/);
    }
    const garbage = expectRefusal(await suggestStartup({ ...startupFields(), altcha: "bm90IGpzb24=" }));
    expect(garbage.message).toMatch(/could not be read/);
    expect(await counts()).toEqual(before);
  });

  test("the proof of work expired", async () => {
    const before = await counts();
    const altcha = await solvedProof({ now: Date.now() - 21 * 60 * 1000 });
    const state = expectRefusal(await suggestStartup({ ...startupFields(), altcha }));
    expect(state.message).toMatch(/expired/);
    expect(await counts()).toEqual(before);
  });

  test("the proof of work replayed: the second submission of one answer is refused", async () => {
    const altcha = await solvedProof();
    referenceOf(await suggestStartup({ ...startupFields(), altcha }));
    const before = await counts();
    const state = expectRefusal(await suggestStartup({ ...startupFields({ nameEn: "Second Robotics" }), altcha }));
    expect(state.message).toMatch(/already used for another submission/);
    expect(await counts()).toEqual(before);
    expect(await db.prisma.suggestion.count({ where: { nameEn: "Second Robotics" } })).toBe(0);
  });

  test("one answer sent twice at once: exactly one is stored", async () => {
    const altcha = await solvedProof();
    const before = await counts();
    const outcomes = await Promise.all([
      suggestStartup({ ...startupFields({ nameEn: "Race One" }), altcha }),
      suggestStartup({ ...startupFields({ nameEn: "Race Two" }), altcha }),
    ]);
    expect(outcomes.filter((o) => "redirect" in o)).toHaveLength(1);
    const refused = outcomes.find((o) => "state" in o);
    expect(refused && "state" in refused ? refused.state.message : "").toMatch(/already used/);
    expect(await counts()).toEqual({ ...before, suggestions: before.suggestions + 1, spent: before.spent + 1 });
  });

  test("the challenge endpoint hands out signed challenges, 30 per client per 10 minutes, then 429", async () => {
    const { GET } = await import("@/app/api/suggestions/challenge/route");
    const first = await GET();
    expect(first.status).toBe(200);
    expect(first.headers.get("Cache-Control")).toBe("no-store");
    const challenge = await first.json();
    expect(challenge.parameters).toMatchObject({ algorithm: "PBKDF2/SHA-256", keyPrefix: expect.any(String) });
    expect(challenge.signature).toMatch(/^[0-9a-f]{64}$/);
    for (let i = 1; i < 30; i++) expect((await GET()).status).toBe(200);
    const refused = await GET();
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("Retry-After"))).toBeGreaterThan(0);
    expect((await refused.json()).error).toMatch(/Too many anti-robot checks/);
  });

  test("the per-client limit: the sixth suggestion within the hour is refused; another client is not", async () => {
    for (let i = 0; i < 5; i++) {
      referenceOf(await suggestStartup({ ...startupFields({ nameEn: `Burst ${i}` }), altcha: await solvedProof() }));
    }
    const before = await counts();
    const altcha = await solvedProof();
    const state = expectRefusal(await suggestStartup({ ...startupFields({ nameEn: "Burst 5" }), altcha }));
    expect(state.message).toMatch(/at most 5 suggestions an hour from one connection.*Try again in \d+ minutes/);
    expect(await counts()).toEqual(before);
    // The refused answer was not spent: the reader may send it from elsewhere.
    request.address = "198.51.100.7";
    referenceOf(await suggestStartup({ ...startupFields({ nameEn: "Burst 5" }), altcha }));
  });
});

describe("editors review", () => {
  test("accepting a start-up creates it with its citation and source, with history, and records the decision", async () => {
    request.cookie = "";
    const reference = referenceOf(
      await suggestStartup({ ...startupFields({ nameEn: "Accepted Robotics" }), altcha: await solvedProof() }),
    );
    const suggestion = await db.prisma.suggestion.findUniqueOrThrow({ where: { reference } });
    const review = await getSuggestionForReview(suggestion.id);
    expect(review?.prefill).toMatchObject({
      nameEn: "Accepted Robotics",
      nameZh: "示例机器人",
      foundedYear: "2023",
      confidence: "MEDIUM",
      "citations.0.newUrl": "https://36kr.com/p/example-robotics",
      "citations.0.newPublisher": "36kr.com",
      "citations.0.quote": "示例机器人由前阿里云工程师创立",
    });
    request.cookie = editor.cookie;
    const acceptKey = newSubmissionKey();
    const outcome = await submit((p, f) => actions.acceptStartupSuggestionAction(suggestion.id, p, f), {
      ...(review!.prefill as Record<string, string>),
      "citations.0.newPublisher": "36Kr",
      "citations.0.newLanguage": "zh-Hans",
      submissionKey: acceptKey,
    });
    expect(outcome).toEqual({ redirect: `/admin/suggestions/${suggestion.id}?decided=accepted` });
    const decided = await db.prisma.suggestion.findUniqueOrThrow({ where: { id: suggestion.id } });
    expect(decided).toMatchObject({ status: "ACCEPTED", resultType: "STARTUP", decidedById: editor.id });
    const startup = await db.prisma.startup.findUniqueOrThrow({ where: { id: decided.resultId! } });
    expect(startup).toMatchObject({
      nameEn: "Accepted Robotics",
      nameZh: "示例机器人",
      foundedYear: 2023,
      confidence: "MEDIUM",
    });
    const citations = await db.prisma.citation.findMany({
      where: { recordType: "STARTUP", recordId: startup.id },
      include: { source: true },
    });
    expect(citations).toHaveLength(1);
    expect(citations[0]).toMatchObject({
      field: null,
      quote: "示例机器人由前阿里云工程师创立",
      source: { url: "https://36kr.com/p/example-robotics", publisher: "36Kr", language: "zh-Hans" },
    });
    const history = await db.prisma.changeLog.findMany({
      where: {
        OR: [
          { recordType: "STARTUP", recordId: String(startup.id) },
          { recordType: "SOURCE", recordId: String(citations[0]!.sourceId) },
          { recordType: "CITATION", recordId: String(citations[0]!.id) },
        ],
      },
    });
    expect(history.map((h) => `${h.recordType} ${h.action}`).sort()).toEqual([
      "CITATION CREATE",
      "SOURCE CREATE",
      "STARTUP CREATE",
    ]);
    expect(history.find((h) => h.recordType === "STARTUP")?.summary).toBe(
      `Accepted from readers' suggestion ${reference}`,
    );
    expect(await getSuggestionStatus(reference)).toMatchObject({
      status: "ACCEPTED",
      resultHref: `/startups/${startup.slug}`,
    });

    // The same form sent again (a double click) gets the first answer and writes nothing.
    const before = await counts();
    expect(
      await submit((p, f) => actions.acceptStartupSuggestionAction(suggestion.id, p, f), {
        ...(review!.prefill as Record<string, string>),
        "citations.0.newPublisher": "36Kr",
        "citations.0.newLanguage": "zh-Hans",
        submissionKey: acceptKey,
      }),
    ).toEqual({ redirect: `/admin/suggestions/${suggestion.id}?decided=accepted` });
    expect(await counts()).toEqual(before);

    // A second decision from another form on the same suggestion is refused, and its records are not written.
    const again = expectRefusal(
      await submit((p, f) => actions.acceptStartupSuggestionAction(suggestion.id, p, f), {
        ...(review!.prefill as Record<string, string>),
        nameEn: "Accepted Robotics Again",
        slug: "accepted-robotics-again",
      }),
    );
    expect(again.message).toMatch(/already accepted by another editor/);
    expect(await counts()).toEqual(before);
  });

  test("an invalid accept form is refused and writes nothing, the suggestion stays pending", async () => {
    const reference = referenceOf(
      await suggestStartup({ ...startupFields({ nameEn: "Pending Robotics" }), altcha: await solvedProof() }),
    );
    const suggestion = await db.prisma.suggestion.findUniqueOrThrow({ where: { reference } });
    request.cookie = editor.cookie;
    const before = await counts();
    const state = expectRefusal(
      await submit((p, f) => actions.acceptStartupSuggestionAction(suggestion.id, p, f), {
        nameEn: "Pending Robotics",
        confidence: "",
        "citations.0.newUrl": "https://36kr.com/p/pending",
      }),
    );
    expect(state.fieldErrors).toMatchObject({ confidence: ["choose a confidence level"] });
    expect(state.fieldErrors?.["citations.0.newPublisher"]).toEqual(["is required for a new source"]);
    expect(await counts()).toEqual(before);
    expect((await db.prisma.suggestion.findUniqueOrThrow({ where: { id: suggestion.id } })).status).toBe("PENDING");
  });

  test("a reader cannot decide: accepting needs an editor's session", async () => {
    const reference = referenceOf(
      await suggestStartup({ ...startupFields({ nameEn: "Anonymous Accept" }), altcha: await solvedProof() }),
    );
    const suggestion = await db.prisma.suggestion.findUniqueOrThrow({ where: { reference } });
    request.cookie = "";
    const before = await counts();
    const state = expectRefusal(
      await submit((p, f) => actions.acceptStartupSuggestionAction(suggestion.id, p, f), {
        nameEn: "Anonymous Accept",
        confidence: "HIGH",
      }),
    );
    expect(state.message).toMatch(/not signed in/);
    expect(await counts()).toEqual(before);
  });

  test("rejecting writes nothing but the decision, and the reader sees the reason", async () => {
    const reference = referenceOf(
      await suggestStartup({ ...startupFields({ nameEn: "Rejected Robotics" }), altcha: await solvedProof() }),
    );
    const suggestion = await db.prisma.suggestion.findUniqueOrThrow({ where: { reference } });
    request.cookie = editor.cookie;
    const reject = (fields: Record<string, string>) =>
      submit((p, f) => actions.rejectSuggestionAction(suggestion.id, p, f), fields);

    const before = await counts();
    const noReason = expectRefusal(await reject({ reason: "  " }));
    expect(noReason.fieldErrors).toEqual({ reason: ["is required"] });
    expect(await db.prisma.suggestion.findUniqueOrThrow({ where: { id: suggestion.id } })).toEqual(suggestion);

    const outcome = await reject({ reason: "The article names no founder who worked at Alibaba." });
    expect(outcome).toEqual({ redirect: `/admin/suggestions/${suggestion.id}?decided=rejected` });
    expect(await counts()).toEqual(before);
    const decided = await db.prisma.suggestion.findUniqueOrThrow({ where: { id: suggestion.id } });
    expect(decided).toEqual({
      ...suggestion,
      status: "REJECTED",
      decidedAt: expect.any(Date),
      decidedById: editor.id,
      decidedByName: "Test editor",
      decisionReason: "The article names no founder who worked at Alibaba.",
    });
    expect(await getSuggestionStatus(reference)).toMatchObject({
      status: "REJECTED",
      reason: "The article names no founder who worked at Alibaba.",
    });
  });
});

describe("a reader flags a fact", () => {
  test("the flagged fact is named in the page's language: the record's kind and field in 中文, English by default", async () => {
    const startup = await createStartup(db.prisma, { nameEn: "Named Flag AI", foundedYear: 2019 });
    const target = { recordType: "STARTUP", recordId: startup.id, field: "foundedYear" } as const;
    const english = await getFlagTarget(target, db.prisma);
    const chinese = await getFlagTarget({ ...target, locale: "zh" }, db.prisma);
    expect(english).toMatchObject({ recordLabel: "Named Flag AI", kindLabel: "start-up", currentValue: "2019" });
    expect(english?.fieldLabel).toMatch(/^Founded/);
    expect(chinese).toMatchObject({ recordLabel: "Named Flag AI", kindLabel: "初创公司", currentValue: "2019" });
    expect(chinese?.fieldLabel).toMatch(/\p{Script=Han}/u);
    expect(chinese?.fieldLabel).not.toMatch(/[A-Za-z]/);
  });

  test("the correction opens the record's form with the proposed value and source; accepting updates it with history", async () => {
    const startup = await createStartup(db.prisma, { nameEn: "Flagged AI", foundedYear: 2019 });
    const existingSource = await createSource(db.prisma, {
      url: "https://www.qbitai.com/2024/flagged",
      publisher: "QbitAI",
    });
    const flag = (fields: Record<string, string>) => submit(actions.submitFactFlagAction, fields);

    const missing = expectRefusal(
      await flag({
        targetType: "STARTUP",
        targetId: "999999",
        targetField: "foundedYear",
        proposedValue: "2020",
        sourceUrl: existingSource.url,
        altcha: await solvedProof(),
      }),
    );
    expect(missing.fieldErrors?.targetId?.[0]).toMatch(/is not a fact shown on this site/);

    const reference = referenceOf(
      await flag({
        targetType: "STARTUP",
        targetId: String(startup.id),
        targetField: "foundedYear",
        proposedValue: "2020",
        sourceUrl: existingSource.url,
        sourceQuote: "成立于2020年",
        altcha: await solvedProof(),
      }),
    );
    const summaries = await Promise.all(
      (["en", "zh"] as const).map(async (locale) => (await getSuggestionStatus(reference, locale))?.summary),
    );
    expect(summaries[0]).toMatch(new RegExp(`^Correction to start-up #${startup.id}, founded .*: “2020”$`));
    expect(summaries[1]).toMatch(new RegExp(`^更正初创公司 #${startup.id}的成立.*：“2020”$`));
    const suggestion = await db.prisma.suggestion.findUniqueOrThrow({ where: { reference } });
    expect(suggestion).toMatchObject({
      kind: "FACT",
      targetType: "STARTUP",
      currentValue: "2019",
      proposedValue: "2020",
    });
    const review = await getSuggestionForReview(suggestion.id);
    // The stored source is reused, not entered twice.
    expect(review?.prefill).toEqual({
      foundedYear: "2020",
      "citations.0.field": "foundedYear",
      "citations.0.quote": "成立于2020年",
      "citations.0.sourceId": String(existingSource.id),
      "citations.0.sourceId__label": `QbitAI: ${existingSource.title ?? existingSource.url}`,
    });

    request.cookie = editor.cookie;
    const outcome = await submit((p, f) => actions.acceptFactSuggestionAction(suggestion.id, "startups", p, f), {
      id: String(startup.id),
      version: String(startup.version),
      nameEn: "Flagged AI",
      confidence: startup.confidence,
      ...(review!.prefill as Record<string, string>),
    });
    expect(outcome).toEqual({ redirect: `/admin/suggestions/${suggestion.id}?decided=accepted` });
    const updated = await db.prisma.startup.findUniqueOrThrow({ where: { id: startup.id } });
    expect(updated).toMatchObject({ foundedYear: 2020, version: startup.version + 1 });
    const citation = await db.prisma.citation.findFirstOrThrow({
      where: { recordType: "STARTUP", recordId: startup.id },
    });
    expect(citation).toMatchObject({ sourceId: existingSource.id, field: "foundedYear", quote: "成立于2020年" });
    const change = await db.prisma.changeLog.findFirstOrThrow({
      where: { recordType: "STARTUP", recordId: String(startup.id), action: "UPDATE" },
    });
    expect(change.summary).toBe(`Corrected from readers' suggestion ${reference}`);
    expect((change.before as { foundedYear: number }).foundedYear).toBe(2019);
    expect((change.after as { foundedYear: number }).foundedYear).toBe(2020);
    expect(await db.prisma.suggestion.findUniqueOrThrow({ where: { id: suggestion.id } })).toMatchObject({
      status: "ACCEPTED",
      resultType: "STARTUP",
      resultId: startup.id,
    });
  });

  test("an accept form for another record than the one flagged is refused", async () => {
    const flagged = await createStartup(db.prisma, { nameEn: "Flagged Twice" });
    const other = await createStartup(db.prisma, { nameEn: "Bystander" });
    const reference = referenceOf(
      await submit(actions.submitFactFlagAction, {
        targetType: "STARTUP",
        targetId: String(flagged.id),
        targetField: "nameEn",
        proposedValue: "Flagged Thrice",
        sourceUrl: "https://example.org/flagged",
        altcha: await solvedProof(),
      }),
    );
    const suggestion = await db.prisma.suggestion.findUniqueOrThrow({ where: { reference } });
    request.cookie = editor.cookie;
    const before = await counts();
    const state = expectRefusal(
      await submit((p, f) => actions.acceptFactSuggestionAction(suggestion.id, "startups", p, f), {
        id: String(other.id),
        version: String(other.version),
        nameEn: "Flagged Thrice",
        confidence: "HIGH",
      }),
    );
    expect(state.message).toMatch(/does not belong to suggestion/);
    expect(await counts()).toEqual(before);
    expect((await db.prisma.startup.findUniqueOrThrow({ where: { id: other.id } })).nameEn).toBe("Bystander");
  });
});
