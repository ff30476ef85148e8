// Double submission of every create form, against a real database (PostgreSQL when
// TEST_DATABASE_URL is set, and the embedded database for one form): a form submitted twice, one
// after the other or twenty times at once, creates exactly one record, and every submission is
// answered as the first was (the same redirect, or the same message). Uniqueness the app promises
// (one live city, start-up or organization per name) holds under a race between two forms too.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import type { Auth } from "@/lib/auth/create-auth";
import type { FormState } from "@/lib/forms/form-state";
import { createTestDatabase, defaultTestDatabaseKind, type TestDatabase } from "../../helpers/database";
import {
  mockActionRuntime,
  request,
  signedInAccount,
  submit,
  testAuth,
  type Outcome,
  type TestAccount,
} from "../../helpers/admin";
import {
  createCity,
  createFundingRound,
  createOrganization,
  createPerson,
  createSource,
  createStartup,
} from "../../factories";

type Fields = Record<string, string | string[]>;
type Action = (previous: FormState, data: FormData) => Promise<FormState>;

let db: TestDatabase;
let auth: Auth;
let editor: TestAccount;
let admin: TestAccount;

mockActionRuntime({ db: () => db, auth: () => auth });

const records = await import("@/lib/actions/records");
const users = await import("@/lib/actions/users");
const csv = await import("@/lib/actions/import");
const releases = await import("@/lib/actions/releases");

let n = 0;
const unique = () => `${Date.now().toString(36)}${++n}`;

type CreateForm = {
  action: Action;
  /** Who may use the form. */
  as: "editor" | "admin";
  /** A valid form, with the records it refers to made fresh. */
  fields(): Promise<Fields>;
  /** Rows of the kind the form creates. */
  count(): Promise<number>;
};

const recordForm = (key: string, fields: () => Promise<Fields>, count: () => Promise<number>): CreateForm => ({
  action: (p, f) => records.createRecordAction(key, p, f),
  as: "editor",
  fields,
  count,
});

/**
 * Every create form the admin offers: the eleven kinds of record, a record made in place from a
 * picker's dialog, a new account, a CSV import and a dataset release. (Accepting a reader's
 * suggestion is tested in suggestions.test.ts; the readers' own forms spend a proof of work.)
 */
const createForms: Record<string, CreateForm> = {
  startups: recordForm(
    "startups",
    async () => ({ nameEn: `Twice ${unique()}`, confidence: "HIGH" }),
    () => db.prisma.startup.count(),
  ),
  people: recordForm(
    "people",
    async () => ({ nameZh: `两次${unique()}` }),
    () => db.prisma.person.count(),
  ),
  cities: recordForm(
    "cities",
    async () => ({ nameEn: `Twice City ${unique()}`, country: "CN" }),
    () => db.prisma.city.count(),
  ),
  organizations: recordForm(
    "organizations",
    async () => ({ nameEn: `Twice Org ${unique()}`, kind: "ALIBABA_UNIT" }),
    () => db.prisma.organization.count(),
  ),
  employments: recordForm(
    "employments",
    async () => ({
      personId: String((await createPerson(db.prisma)).id),
      organizationId: String((await createOrganization(db.prisma)).id),
      startYear: "2010",
    }),
    () => db.prisma.employment.count(),
  ),
  foundings: recordForm(
    "foundings",
    async () => ({
      personId: String((await createPerson(db.prisma)).id),
      startupId: String((await createStartup(db.prisma)).id),
      role: "FOUNDER",
      confidence: "HIGH",
    }),
    () => db.prisma.founding.count(),
  ),
  "funding-rounds": recordForm(
    "funding-rounds",
    async () => ({
      startupId: String((await createStartup(db.prisma)).id),
      stage: "SEED",
      amountKind: "EXACT",
      amountLow: "1000000",
      currency: "USD",
    }),
    () => db.prisma.fundingRound.count(),
  ),
  investments: recordForm(
    "investments",
    async () => ({
      roundId: String((await createFundingRound(db.prisma, { startupId: (await createStartup(db.prisma)).id })).id),
      organizationId: String((await createOrganization(db.prisma)).id),
      isLead: "on",
    }),
    () => db.prisma.investment.count(),
  ),
  sources: recordForm(
    "sources",
    async () => ({ url: `https://example.com/twice/${unique()}`, publisher: "Twice", language: "en" }),
    () => db.prisma.source.count(),
  ),
  citations: recordForm(
    "citations",
    async () => ({
      sourceId: String((await createSource(db.prisma)).id),
      recordType: "STARTUP",
      recordId: String((await createStartup(db.prisma)).id),
      field: "foundedYear",
    }),
    () => db.prisma.citation.count(),
  ),
  "reported-figures": recordForm(
    "reported-figures",
    async () => ({
      metric: `Twice figure ${unique()}`,
      value: "85",
      unit: "start-ups",
      asOfLabel: "2024",
      sourceId: String((await createSource(db.prisma)).id),
    }),
    () => db.prisma.reportedFigure.count(),
  ),
  "people, in place from a picker": {
    action: (p, f) => records.createInPlaceAction("people", p, f),
    as: "editor",
    fields: async () => ({ nameEn: `In Place Twice ${unique()}` }),
    count: () => db.prisma.person.count(),
  },
  "dataset releases": {
    action: releases.createReleaseAction,
    as: "admin",
    fields: async () => ({}),
    count: () => db.prisma.datasetRelease.count(),
  },
  accounts: {
    action: users.createUserAction,
    as: "admin",
    fields: async () => ({
      email: `twice-${unique()}@example.org`,
      password: "a-long-enough-password",
      name: "Twice",
      role: "editor",
    }),
    count: () => db.prisma.user.count(),
  },
  "csv-import": {
    action: csv.importStartupsAction,
    as: "editor",
    fields: async () => ({
      csv: `name_en,city,city_country,source_url,source_publisher\nTwice Import ${unique()},Twice Town ${unique()},CN,https://example.com/ti/${unique()},Ex\n`,
      fileName: "twice.csv",
      mode: "all",
    }),
    count: () => db.prisma.startup.count(),
  },
};

/** How a submission was answered, comparable between submissions: the redirect, or status and message. */
function answer(outcome: Outcome): string {
  if ("redirect" in outcome) return `redirect ${outcome.redirect}`;
  const { status, message, fieldErrors } = outcome.state;
  return `${status}: ${message}${fieldErrors ? ` ${JSON.stringify(fieldErrors)}` : ""}`;
}

/** Rows each form's double submissions created beyond one per form, printed after the run as the suite's figure. */
const duplicates: Record<string, { submitted: number; duplicates: number }> = {};
function tally(name: string, submitted: number, created: number, expected: number) {
  const entry = (duplicates[name] ??= { submitted: 0, duplicates: 0 });
  entry.submitted += submitted;
  entry.duplicates += Math.max(0, created - expected);
}

async function setUp(kind = defaultTestDatabaseKind) {
  db = await createTestDatabase({ kind });
  auth = testAuth(db);
  editor = await signedInAccount(db, auth, "editor");
  admin = await signedInAccount(db, auth, "admin");
}

describe("double submissions", () => {
  beforeAll(() => setUp());
  afterAll(async () => {
    await db?.close();
    const total = Object.values(duplicates).reduce((sum, d) => sum + d.duplicates, 0);
    const submitted = Object.values(duplicates).reduce((sum, d) => sum + d.submitted, 0);
    console.log(
      `double submissions: ${total} duplicate rows from ${submitted} submissions of ${Object.keys(duplicates).length} create forms\n` +
        Object.entries(duplicates)
          .map(([name, d]) => `  ${name}: ${d.duplicates} duplicates from ${d.submitted} submissions`)
          .join("\n"),
    );
  });
  beforeEach(() => {
    request.cookie = editor.cookie;
  });

  describe.each(Object.entries(createForms))("%s", (_name, form) => {
    beforeEach(() => {
      request.cookie = form.as === "admin" ? admin.cookie : editor.cookie;
    });

    test("20 parallel submissions of one form create one row, and all 20 get the first one's answer", async () => {
      const fields = { ...(await form.fields()), submissionKey: randomUUID() };
      const before = await form.count();

      const outcomes = await Promise.all(Array.from({ length: 20 }, () => submit(form.action, fields)));

      const created = (await form.count()) - before;
      tally(_name, 20, created, 1);
      const answers = outcomes.map(answer);
      expect(created, `rows created by 20 parallel submissions; answers: ${[...new Set(answers)].join(" | ")}`).toBe(1);
      expect(new Set(answers).size, [...new Set(answers)].join("\n")).toBe(1);
      expect(answers[0]).toMatch(/^redirect \/admin\/|^success: /);
    });

    test("10 forms each submitted twice in a row: one row per form, the second answered like the first", async () => {
      const before = await form.count();
      const mismatched: string[] = [];
      for (let i = 0; i < 10; i++) {
        const fields = { ...(await form.fields()), submissionKey: randomUUID() };
        const first = answer(await submit(form.action, fields));
        const second = answer(await submit(form.action, fields));
        if (first !== second) mismatched.push(`${first} ≠ ${second}`);
      }
      const created = (await form.count()) - before;
      tally(_name, 20, created, 10);
      expect(created, "rows created by 10 double submissions").toBe(10);
      expect(mismatched).toEqual([]);
    });
  });

  describe("the submission key", () => {
    const createCity: Action = (p, f) => records.createRecordAction("cities", p, f);

    test("a refused form keeps its key: corrected and sent again it saves once, and a third send changes nothing", async () => {
      const submissionKey = randomUUID();
      const name = `Corrected ${unique()}`;
      const before = await db.prisma.city.count();

      const refused = await submit(createCity, { nameEn: name, country: "China", submissionKey });
      expect(answer(refused)).toMatch(/^error: /);
      const saved = await submit(createCity, { nameEn: name, country: "CN", submissionKey });
      expect(answer(saved)).toMatch(/^redirect \/admin\/cities\/\d+\/edit\?saved=created$/);
      const again = await submit(createCity, { nameEn: name, country: "CN", submissionKey });

      expect(answer(again)).toBe(answer(saved));
      expect((await db.prisma.city.count()) - before).toBe(1);
    });

    test("a saved form sent again with other values (brought back and changed) is refused, not taken for a repeat", async () => {
      const submissionKey = randomUUID();
      const saved = await submit(createCity, { nameEn: `Back ${unique()}`, country: "CN", submissionKey });
      expect(answer(saved)).toMatch(/^redirect /);
      const before = await db.prisma.city.count();
      const changed = await submit(createCity, { nameEn: `Forward ${unique()}`, country: "CN", submissionKey });
      expect(answer(changed)).toMatch(/^error: This form was already saved once; .*Reload the page/);
      expect(await db.prisma.city.count()).toBe(before);
    });

    test("a form without a key is refused and writes nothing", async () => {
      const before = await db.prisma.changeLog.count();
      const outcome = await submit(createCity, { nameEn: `Keyless ${unique()}`, country: "CN", submissionKey: "" });
      expect(answer(outcome)).toMatch(/^error: .*reload the page/i);
      expect(await db.prisma.changeLog.count()).toBe(before);
    });

    test("another account's key is its own: the same key from two accounts creates two records", async () => {
      const submissionKey = randomUUID();
      const before = await db.prisma.city.count();
      const mine = await submit(createCity, { nameEn: `Mine ${unique()}`, country: "CN", submissionKey });
      request.cookie = admin.cookie;
      const theirs = await submit(createCity, { nameEn: `Theirs ${unique()}`, country: "CN", submissionKey });
      expect(answer(mine)).toMatch(/^redirect /);
      expect(answer(theirs)).toMatch(/^redirect /);
      expect(answer(theirs)).not.toBe(answer(mine));
      expect((await db.prisma.city.count()) - before).toBe(2);
    });

    test("a key already used by another form is refused, not answered with the other form's record", async () => {
      const submissionKey = randomUUID();
      await submit(createCity, { nameEn: `Keyed ${unique()}`, country: "CN", submissionKey });
      const before = await db.prisma.person.count();
      const outcome = await submit((p, f) => records.createRecordAction("people", p, f), {
        nameEn: "Key Reuser",
        submissionKey,
      });
      expect(answer(outcome)).toMatch(/^error: .*reload the page/i);
      expect(await db.prisma.person.count()).toBe(before);
    });
  });

  describe("two different forms racing for one name", () => {
    const race = async (key: string, a: Fields, b: Fields) => {
      const action: Action = (p, f) => records.createRecordAction(key, p, f);
      return Promise.all([
        submit(action, { ...a, submissionKey: randomUUID() }),
        submit(action, { ...b, submissionKey: randomUUID() }),
      ]);
    };

    test.each([
      ["the same name", (name: string) => [{ nameEn: name }, { nameEn: name }]],
      [
        "the same name in other case, with different URL names",
        (name: string) => [{ slug: `${unique()}-a` }, { nameEn: name.toUpperCase(), slug: `${unique()}-b` }],
      ],
    ])("cities with %s: one row, and the other form gets the name check's field error", async (_case, extra) => {
      const name = `Racetown ${unique()}`;
      const [a, b] = extra(name);
      const outcomes = await race(
        "cities",
        { nameEn: name, country: "CN", ...a },
        { nameEn: name, country: "CN", ...b },
      );

      const rows = await db.prisma.city.findMany({ where: { nameEn: { equals: name, mode: "insensitive" } } });
      expect(rows, outcomes.map(answer).join("\n")).toHaveLength(1);
      const refused = outcomes.find((o) => !("redirect" in o));
      expect(refused && "state" in refused ? refused.state.fieldErrors?.nameEn?.[0] : outcomes.map(answer)).toBe(
        `is already the name of “${rows[0]!.nameEn}” (city #${rows[0]!.id})`,
      );
    });

    test.each([
      ["startups", { confidence: "HIGH" }, "start-up"],
      ["organizations", { kind: "COMPANY" }, "organization"],
    ] as const)(
      "%s with one name in two cases and two URL names: one row, one field error",
      async (key, rest, word) => {
        const name = `Race ${unique()}`;
        const outcomes = await race(
          key,
          { nameEn: name, slug: `${unique()}-a`, ...rest },
          { nameEn: name.toLowerCase(), slug: `${unique()}-b`, ...rest },
        );
        const where = { nameEn: { equals: name, mode: "insensitive" as const } };
        const rows =
          key === "startups"
            ? await db.prisma.startup.findMany({ where })
            : await db.prisma.organization.findMany({ where });
        expect(rows, outcomes.map(answer).join("\n")).toHaveLength(1);
        const refused = outcomes.find((o) => !("redirect" in o));
        expect(refused && "state" in refused ? refused.state.fieldErrors?.nameEn?.[0] : outcomes.map(answer)).toBe(
          `is already the name of “${rows[0]!.nameEn}” (${word} #${rows[0]!.id})`,
        );
      },
    );

    test("a city's Chinese name is held the same way", async () => {
      const nameZh = `竞速${unique()}`;
      const outcomes = await race(
        "cities",
        { nameEn: `Race A ${unique()}`, nameZh, country: "CN" },
        { nameEn: `Race B ${unique()}`, nameZh, country: "CN" },
      );
      const rows = await db.prisma.city.findMany({ where: { nameZh } });
      expect(rows, outcomes.map(answer).join("\n")).toHaveLength(1);
      const refused = outcomes.find((o) => !("redirect" in o));
      expect(refused && "state" in refused ? refused.state.fieldErrors?.nameZh?.[0] : outcomes.map(answer)).toMatch(
        /^is already the name of “.+” \(city #\d+\)$/,
      );
    });

    test("two cities renamed to one name at once: one rename saves, the other gets the field error", async () => {
      const name = `Renamed ${unique()}`;
      const first = await createCity(db.prisma, { nameEn: `Old A ${unique()}` });
      const second = await createCity(db.prisma, { nameEn: `Old B ${unique()}` });
      const rename = (id: number) =>
        submit((p, f) => records.updateRecordAction("cities", p, f), {
          id: String(id),
          version: "1",
          nameEn: name,
          country: "CN",
        });
      const outcomes = await Promise.all([rename(first.id), rename(second.id)]);

      const rows = await db.prisma.city.findMany({ where: { nameEn: name } });
      expect(rows, outcomes.map(answer).join("\n")).toHaveLength(1);
      const refused = outcomes.find((o) => !("redirect" in o));
      expect(refused && "state" in refused ? refused.state.fieldErrors?.nameEn?.[0] : outcomes.map(answer)).toBe(
        `is already the name of “${name}” (city #${rows[0]!.id})`,
      );
    });

    test("a deleted city's name is free again", async () => {
      const name = `Phoenix ${unique()}`;
      await createCity(db.prisma, { nameEn: name, deletedAt: new Date() });
      const outcome = await submit((p, f) => records.createRecordAction("cities", p, f), {
        nameEn: name,
        country: "CN",
        submissionKey: randomUUID(),
      });
      expect(answer(outcome)).toMatch(/^redirect /);
    });
  });
});

describe("double submissions on the embedded database", () => {
  beforeAll(() => setUp("embedded"));
  afterAll(async () => {
    await db?.close();
  });

  test.each(["funding-rounds", "cities"])("%s: 20 parallel submissions of one form create one row", async (name) => {
    const form = createForms[name]!;
    request.cookie = editor.cookie;
    const fields = { ...(await form.fields()), submissionKey: randomUUID() };
    const before = await form.count();
    const outcomes = await Promise.all(Array.from({ length: 20 }, () => submit(form.action, fields)));
    const answers = new Set(outcomes.map(answer));
    expect((await form.count()) - before, [...answers].join(" | ")).toBe(1);
    expect(answers.size, [...answers].join("\n")).toBe(1);
  });
});
