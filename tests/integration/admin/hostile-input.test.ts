// Bad input of every kind gets a clear message, writes nothing and never throws (a thrown error would
// be a 500; an unexpected one would also call console.error, which fails the test by itself).
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { TestDatabase } from "../../helpers/database";
import { adminTestRuntime, submit, type TestAccount, expectRefusal } from "../../helpers/admin";
import { createCitation, createCity, createSource, createStartup } from "../../factories";
import { hostileValue, megabyte } from "../../helpers/hostile";

let db: TestDatabase;
let editor: TestAccount;

const runtime = adminTestRuntime("editor");

const { createRecordAction, updateRecordAction } = await import("@/lib/actions/records");
const { setUserRoleAction } = await import("@/lib/actions/users");
const { entities } = await import("@/lib/data/admin/entities");
const { entityKeys } = await import("@/lib/validation/form-spec");

beforeAll(() => {
  ({ db, account: editor } = runtime);
});

async function refused(key: string, fields: Record<string, string | string[]>, mode: "create" | "update" = "create") {
  const before = await db.prisma.changeLog.count();
  const action = mode === "create" ? createRecordAction : updateRecordAction;
  const outcome = await submit((p, f) => action(key, p, f), fields);
  const refusal = expectRefusal(outcome);
  expect(await db.prisma.changeLog.count()).toBe(before);
  return refusal;
}

const long = "字".repeat(10_240);

describe("hostile input is refused with a clear message and nothing written", () => {
  test.each([
    [
      "a javascript: website",
      { nameEn: "X", confidence: "HIGH", website: "javascript:alert(1)" },
      "website",
      "must be a web address starting with http:// or https://",
    ],
    [
      "a data: website",
      { nameEn: "X", confidence: "HIGH", website: "data:text/html,<script>alert(1)</script>" },
      "website",
      "must be a web address starting with http:// or https://",
    ],
    ["a 10 kB name", { nameEn: long, confidence: "HIGH" }, "nameEn", "must be at most 200 characters"],
    [
      "a 10 kB description",
      { nameEn: "X", confidence: "HIGH", description: long },
      "description",
      "must be at most 5000 characters",
    ],
    [
      "a year before 1900",
      { nameEn: "X", confidence: "HIGH", foundedYear: "1899" },
      "foundedYear",
      "must be between 1900 and 2100",
    ],
    [
      "a year after 2100",
      { nameEn: "X", confidence: "HIGH", foundedYear: "30000" },
      "foundedYear",
      "must be a year, a month or a day: 2023, 2023-07 or 2023-07-14",
    ],
    [
      "a non-numeric year",
      { nameEn: "X", confidence: "HIGH", foundedYear: "2014; DROP TABLE" },
      "foundedYear",
      "must be a year, a month or a day: 2023, 2023-07 or 2023-07-14",
    ],
    ["no name at all", { confidence: "HIGH" }, "nameEn", "give an English name, a Chinese name or a descriptive label"],
    ["a missing required choice", { nameEn: "X" }, "confidence", "choose a confidence level"],
    ["an unknown enum value", { nameEn: "X", confidence: "CERTAIN" }, "confidence", "choose a confidence level"],
    [
      "an unknown sector",
      { nameEn: "X", confidence: "HIGH", sectors: ["AI_AGENTS", "CRYPTO"] },
      "sectors.1",
      "contains an unknown option",
    ],
    ["a NUL byte", { nameEn: "bad\u0000name", confidence: "HIGH" }, "nameEn", "contains control characters"],
    [
      "a bad slug",
      { nameEn: "X", confidence: "HIGH", slug: "../../admin" },
      "slug",
      "may hold only lowercase letters, digits and single hyphens (e.g. rokid or lingban-keji)",
    ],
    [
      "a forged city id",
      { nameEn: "X", confidence: "HIGH", cityId: "999999" },
      "cityId",
      "no city #999999 exists; choose one from the list",
    ],
    ["a non-numeric city id", { nameEn: "X", confidence: "HIGH", cityId: "1 OR 1=1" }, "cityId", "choose a city"],
  ])("start-up with %s", async (_label, fields, field, message) => {
    const state = await refused("startups", fields as Record<string, string>);
    expect(state.fieldErrors?.[field]).toEqual([message]);
    expect(state.message).toBeTruthy();
    expect(state.values).toBeDefined();
  });

  test.each([
    [
      "a negative amount",
      { amountKind: "EXACT", amountLow: "-5", currency: "USD" },
      "amountLow",
      "must not be negative",
    ],
    [
      "a non-numeric amount",
      { amountKind: "EXACT", amountLow: "lots", currency: "USD" },
      "amountLow",
      "must be a number such as 1500000 or 12.5 (at most 2 decimals)",
    ],
    [
      "an inverted range",
      { amountKind: "RANGE", amountLow: "500", amountHigh: "100", currency: "CNY" },
      "amountHigh",
      "must be larger than the low end",
    ],
    [
      "an amount without currency",
      { amountKind: "EXACT", amountLow: "100" },
      "currency",
      "is required when an amount is given",
    ],
    [
      "an amount on an undisclosed round",
      { amountKind: "UNDISCLOSED", amountLow: "100" },
      "amountLow",
      "must be empty for an undisclosed amount",
    ],
    [
      "an impossible date",
      { amountKind: "UNDISCLOSED", announcedOn: "2023-02-30", datePrecision: "DAY" },
      "announcedOn",
      "is not a real date",
    ],
  ])("funding round with %s", async (_label, fields, field, message) => {
    const startup = await createStartup(db.prisma);
    const state = await refused("funding-rounds", {
      startupId: String(startup.id),
      stage: "SEED",
      ...(fields as Record<string, string>),
    });
    expect(state.fieldErrors?.[field]).toEqual([message]);
  });

  test("a new source with a javascript: URL, and one without a publisher, are refused beside the row", async () => {
    const state = await refused("startups", {
      nameEn: "Cited",
      confidence: "HIGH",
      "citations.0.newUrl": "javascript:alert(document.cookie)",
      "citations.0.newPublisher": "Evil",
      "citations.1.newUrl": "https://example.com/ok",
      "citations.2.sourceId": "424242",
    });
    expect(state.fieldErrors?.["citations.0.newUrl"]).toEqual([
      "must be a web address starting with http:// or https://",
    ]);
    expect(state.fieldErrors?.["citations.1.newPublisher"]).toEqual(["is required for a new source"]);
    expect(await db.prisma.startup.count({ where: { nameEn: "Cited" } })).toBe(0);
  });

  test("a forged source id in a citation row is refused by the database check", async () => {
    const state = await refused("startups", {
      nameEn: "Forged Source",
      confidence: "HIGH",
      "citations.0.sourceId": "424242",
    });
    expect(state.fieldErrors?.["citations.0.sourceId"]).toEqual(["source #424242 does not exist or was deleted"]);
    expect(await db.prisma.startup.count({ where: { nameEn: "Forged Source" } })).toBe(0);
  });

  test("removing another record's citation (a forged id) is refused and nothing else is saved", async () => {
    const mine = await createStartup(db.prisma, { nameEn: "Mine" });
    const theirs = await createStartup(db.prisma);
    const citation = await createCitation(db.prisma, {
      sourceId: (await createSource(db.prisma)).id,
      recordType: "STARTUP",
      recordId: theirs.id,
    });
    const state = await refused(
      "startups",
      {
        id: String(mine.id),
        version: "1",
        nameEn: "Mine renamed",
        confidence: "HIGH",
        removeCitations: String(citation.id),
      },
      "update",
    );
    expect(state.message).toBe(`Citation #${citation.id} does not belong to this start-up. Nothing was saved.`);
    expect((await db.prisma.startup.findUniqueOrThrow({ where: { id: mine.id } })).nameEn).toBe("Mine");
    expect((await db.prisma.citation.findUniqueOrThrow({ where: { id: citation.id } })).deletedAt).toBeNull();
  });

  test("a forged record id or version is refused", async () => {
    expect(
      (await refused("startups", { id: "99999999", version: "1", nameEn: "Ghost", confidence: "HIGH" }, "update"))
        .message,
    ).toMatch(/does not exist/);
    const startup = await createStartup(db.prisma, { nameEn: "Versioned" });
    expect(
      (
        await refused(
          "startups",
          { id: String(startup.id), version: "7", nameEn: "Versioned", confidence: "HIGH" },
          "update",
        )
      ).message,
    ).toMatch(/Someone else saved this record/);
    expect(
      (
        await refused(
          "startups",
          { id: String(startup.id), version: "abc", nameEn: "Versioned", confidence: "HIGH" },
          "update",
        )
      ).fieldErrors?.version,
    ).toEqual(["is missing: reload the page"]);
    expect((await refused("nonsense", { nameEn: "X" })).message).toBe("Unknown kind of record. Nothing was saved.");
  });

  test("a forged role field is ignored by record forms and refused by account management", async () => {
    const outcome = await submit((p, f) => createRecordAction("cities", p, f), {
      nameEn: "Role Town",
      country: "CN",
      role: "admin",
      actorId: "someone-else",
    });
    expect("redirect" in outcome).toBe(true);
    const entry = await db.prisma.changeLog.findFirstOrThrow({
      where: { recordType: "CITY" },
      orderBy: { id: "desc" },
    });
    expect(entry.actorId).toBe(editor.id);
    const promoted = await submit(setUserRoleAction, { userId: editor.id, role: "admin" });
    expect(expectRefusal(promoted).message).toMatch(/does not allow this/);
    expect((await db.prisma.user.findUniqueOrThrow({ where: { id: editor.id } })).role).toBe("editor");
  });
});

test("script tags and other markup are stored as the text that was typed", async () => {
  const city = await createCity(db.prisma);
  const name = `<script>alert("x")</script><img src=x onerror=alert(1)> & "quotes"`;
  const outcome = await submit((p, f) => createRecordAction("startups", p, f), {
    nameEn: name,
    confidence: "HIGH",
    cityId: String(city.id),
    description: "<b>bold</b>",
  });
  expect("redirect" in outcome).toBe(true);
  const stored = await db.prisma.startup.findFirstOrThrow({ where: { nameEn: name } });
  expect(stored.description).toBe("<b>bold</b>");
  expect(stored.slug).toBe("script-alert-x-script-img-src-x-onerror-alert-1-and-quotes");
});

test("Chinese, Arabic and Cyrillic names are kept; the slug comes from the English name or the pinyin", async () => {
  const zh = await submit((p, f) => createRecordAction("people", p, f), {
    nameZh: "祝铭明",
    aliases: "Misa\n明明、祝总",
  });
  expect("redirect" in zh).toBe(true);
  expect(await db.prisma.person.findFirstOrThrow({ where: { nameZh: "祝铭明" } })).toMatchObject({
    slug: "zhu-ming-ming",
    pinyin: "zhu ming ming",
    aliases: ["Misa", "明明", "祝总"],
  });
  const ru = await submit((p, f) => createRecordAction("people", p, f), { nameEn: "Иван Петров" });
  expect("redirect" in ru).toBe(true);
  const ivan = await db.prisma.person.findFirstOrThrow({ where: { nameEn: "Иван Петров" } });
  expect(ivan.slug).toMatch(/^person-[a-z0-9]+$/);
  const ar = await submit((p, f) => createRecordAction("people", p, f), { nameEn: "محمد علي" });
  expect("redirect" in ar).toBe(true);
  expect((await db.prisma.person.findFirstOrThrow({ where: { nameEn: "محمد علي" } })).slug).toMatch(
    /^person-[a-z0-9]+$/,
  );
  const duplicate = await submit((p, f) => createRecordAction("people", p, f), {
    nameEn: "Other",
    slug: "zhu-ming-ming",
  });
  expect(expectRefusal(duplicate).fieldErrors?.slug?.[0]).toMatch(/is already used by “祝铭明” \(person #\d+\)/);
});

test("a name sent both as a value and as a group of fields is a field error, in either order", async () => {
  const clashes: Record<string, string>[] = [
    { nameEn: "Clash", confidence: "HIGH", citations: "x", "citations.0.quote": "y" },
    { "citations.0.quote": "y", citations: "x", nameEn: "Clash", confidence: "HIGH" },
    { nameEn: "Clash", confidence: "HIGH", "citations.0": "x", "citations.0.quote": "y" },
  ];
  for (const fields of clashes) {
    const state = await refused("startups", fields);
    const [[field, messages]] = Object.entries(state.fieldErrors ?? {}) as [[string, string[]]];
    expect(field).toMatch(/^citations(\.0)?$/);
    expect(messages).toEqual(["was sent both as a single value and as a group of fields; reload the form"]);
  }
  expect(await db.prisma.startup.count({ where: { nameEn: "Clash" } })).toBe(0);
});

test("a BEL in a person's name is refused by the form, as by the CSV import", async () => {
  const state = await refused("people", { nameEn: "Ann\u0007Lee" });
  expect(state.fieldErrors?.nameEn).toEqual(["contains control characters"]);
});

/** Rows in every table an admin form can write, and the history: refused input must change none. */
async function rowCounts(): Promise<Record<string, number>> {
  const tables = [
    "Startup",
    "Person",
    "City",
    "Organization",
    "Employment",
    "Founding",
    "FundingRound",
    "Investment",
    "Source",
    "Citation",
    "ReportedFigure",
    "SlugRedirect",
    "ChangeLog",
    "User",
    "FormSubmission",
  ];
  const rows = await db.prisma.$queryRawUnsafe<{ name: string; count: number }[]>(
    tables.map((table) => `SELECT '${table}' AS name, count(*)::int AS count FROM "${table}"`).join(" UNION ALL "),
  );
  return Object.fromEntries(rows.map((row) => [row.name, row.count]));
}

/**
 * The reliability suite's generated run over every admin form field: each submission fills a random
 * set of an entity's fields (and a citation row) with hostile values and forged ids or versions. An
 * exception would be a 500 (and console.error fails the test by itself); a refusal must name what
 * is wrong and leave every table as it was. Run with FAST_CHECK_RUNS=… for a longer hunt.
 */
describe("generated hostile input over every admin form field", () => {
  const runs = Number(process.env.FAST_CHECK_RUNS ?? 30);
  const tally = { tried: 0, refused: 0, accepted: 0, unwantedWrites: 0 };

  afterAll(() => {
    console.info(
      `hostile admin input: ${tally.tried} submissions, ${tally.refused} refused, ${tally.accepted} accepted, ${tally.unwantedWrites} refused-but-written`,
    );
  });

  const validBases: Partial<Record<string, Record<string, string>>> = {
    startups: { nameEn: "Hostile Base Co", confidence: "HIGH" },
    people: { nameEn: "Hostile Base Person" },
    cities: { nameEn: "Hostile Base Town", country: "CN" },
    organizations: { nameEn: "Hostile Base Org", kind: "COMPANY" },
    sources: { url: "https://example.com/hostile-base", publisher: "Example", language: "en" },
  };
  const citationFields = [
    "sourceId",
    "newUrl",
    "newPublisher",
    "newTitle",
    "newPublishedOn",
    "newLanguage",
    "newKind",
    "field",
    "claimedValue",
    "quote",
    "note",
  ];

  test.each(entityKeys.map((key) => [key]))("%s: create and update", async (key) => {
    const fieldNames = [
      ...entities[key].form.fields.map((field) => field.name),
      ...citationFields.map((name) => `citations.0.${name}`),
      "removeCitations",
      "role",
      "actorId",
    ];
    // Half the runs put the hostile values into an otherwise valid form, so they reach the write.
    const base: Record<string, string> = validBases[key] ?? {};
    const submission = fc.record({
      fields: fc
        .tuple(fc.boolean(), fc.dictionary(fc.constantFrom(...fieldNames), hostileValue, { maxKeys: 6 }))
        .map(([onBase, hostile]) => (onBase ? { ...base, ...hostile } : hostile)),
      update: fc.boolean(),
      id: fc.oneof(fc.constant("1"), hostileValue),
      version: fc.oneof(fc.constant("1"), hostileValue),
    });
    await fc.assert(
      fc.asyncProperty(submission, async ({ fields, update, id, version }) => {
        const before = await rowCounts();
        const action = update ? updateRecordAction : createRecordAction;
        const values = update ? { ...fields, id, version } : fields;
        const outcome = await submit((p, f) => action(key, p, f), values);
        tally.tried++;
        if ("redirect" in outcome) {
          tally.accepted++;
          return;
        }
        tally.refused++;
        expect(outcome.state.status).toBe("error");
        expect(outcome.state.message).toBeTruthy();
        const after = await rowCounts();
        if (JSON.stringify(after) !== JSON.stringify(before)) tally.unwantedWrites++;
        expect(after).toEqual(before);
      }),
      { numRuns: runs },
    );
  });

  test("a 1 MB value in every kind of field is refused without a write", async () => {
    for (const key of entityKeys) {
      const field = entities[key].form.fields[0]!.name;
      const before = await rowCounts();
      const outcome = await submit((p, f) => createRecordAction(key, p, f), { [field]: megabyte });
      tally.tried++;
      tally.refused++;
      expectRefusal(outcome);
      expect(await rowCounts()).toEqual(before);
    }
  });
});
