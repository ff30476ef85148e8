import { createHash } from "node:crypto";
import Papa from "papaparse";
import yauzl from "yauzl";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createTestDatabase, type TestDatabase } from "../helpers/database";
import {
  expectRefusal,
  mockActionRuntime,
  request,
  signedInAccount,
  stateOf,
  submit,
  testAuth,
  type TestAccount,
} from "../helpers/admin";
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
import type { Auth } from "@/lib/auth/create-auth";
import { RELEASE_TABLES } from "@/lib/releases/tables";

// Dataset releases end to end: published through the admin's action (as an admin; an editor is
// refused), read back from the database as a zip, checksummed, unzipped, and its CSVs loaded into
// an empty copy of the schema; then an edit made here shows in the next release's changelog.

let db: TestDatabase;
let auth: Auth;
let admin: TestAccount;
let editor: TestAccount;
mockActionRuntime({ db: () => db, auth: () => auth });

const { createReleaseAction } = await import("@/lib/actions/releases");
const { updateRecordAction } = await import("@/lib/actions/records");
const { listReleases, openReleaseBytes } = await import("@/lib/data/releases");

const world = {} as {
  startupId: number;
  startupSlug: string;
  hiddenCityId: number;
  roundId: number;
};

beforeAll(async () => {
  db = await createTestDatabase();
  auth = testAuth(db);
  admin = await signedInAccount(db, auth, "admin");
  editor = await signedInAccount(db, auth, "editor");
  const p = db.prisma;
  const source = await createSource(p, { url: "https://example.org/release-source", publisher: "Example News" });
  const city = await createCity(p, {
    nameEn: "Hangzhou",
    nameZh: "杭州",
    latitude: "30.27410",
    longitude: "120.15510",
  });
  const hiddenCity = await createCity(p, { nameEn: "Nowhere", deletedAt: new Date() });
  const group = await createOrganization(p, { nameEn: "Alibaba Group", kind: "ALIBABA_UNIT" });
  const unit = await createOrganization(p, { nameEn: "DAMO Academy", kind: "ALIBABA_UNIT", parentId: group.id });
  const fund = await createOrganization(p, { nameEn: "Example Capital", kind: "INVESTMENT_FIRM" });
  const person = await createPerson(p, { nameEn: "Li Wei", nameZh: "李伟", aliases: ["Wei Li"] });
  const startup = await createStartup(p, {
    nameEn: "Release Co",
    nameZh: "发布科技",
    cityId: city.id,
    foundedYear: 2021,
    sectors: ["LLM_FOUNDATION_MODELS", "AI_AGENTS"],
    description: 'Makes models, "fast", with commas, and a\nnew line.',
  });
  // Not published: moved to a deleted city (the reference is emptied), deleted, synthetic.
  const elsewhere = await createStartup(p, { nameEn: "Elsewhere Co", cityId: hiddenCity.id });
  const deleted = await createStartup(p, { nameEn: "Deleted Co", deletedAt: new Date() });
  await createStartup(p, { nameEn: "Synthetic Co", synthetic: true });
  await createEmployment(p, { personId: person.id, organizationId: unit.id, startYear: 2015, endYear: 2020 });
  await createFounding(p, { personId: person.id, startupId: startup.id });
  await createFounding(p, { personId: person.id, startupId: deleted.id });
  const round = await createFundingRound(p, {
    startupId: startup.id,
    stage: "SERIES_A",
    amountKind: "EXACT",
    amountLow: "10000000.00",
    currency: "USD",
    amountUsdLow: "10000000.00",
    announcedOn: new Date("2023-04-05T00:00:00Z"),
  });
  await createInvestment(p, { roundId: round.id, organizationId: fund.id, isLead: true });
  await createCitation(p, { sourceId: source.id, recordType: "STARTUP", recordId: startup.id, field: "nameEn" });
  await createCitation(p, { sourceId: source.id, recordType: "STARTUP", recordId: deleted.id });
  Object.assign(world, {
    startupId: startup.id,
    startupSlug: startup.slug,
    hiddenCityId: hiddenCity.id,
    roundId: round.id,
    elsewhereId: elsewhere.id,
  });
});

afterAll(async () => {
  await db?.close();
});

async function releaseZip(name: string): Promise<Buffer> {
  const parts: Uint8Array[] = [];
  for await (const part of await openReleaseBytes(name)) parts.push(part);
  return Buffer.concat(parts);
}

/** Every entry of a zip, by name, as text. */
async function unzip(zip: Buffer): Promise<Map<string, string>> {
  const zipfile = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.fromBuffer(zip, { lazyEntries: true }, (error, file) => (error ? reject(error) : resolve(file))),
  );
  const entries = new Map<string, string>();
  await new Promise<void>((resolve, reject) => {
    zipfile.on("entry", (entry: yauzl.Entry) => {
      zipfile.openReadStream(entry, (error, stream) => {
        if (error) return reject(error);
        const chunks: Buffer[] = [];
        stream.on("data", (chunk: Buffer) => chunks.push(chunk));
        stream.on("end", () => {
          entries.set(entry.fileName, Buffer.concat(chunks).toString("utf8"));
          zipfile.readEntry();
        });
        stream.on("error", reject);
      });
    });
    zipfile.on("end", () => resolve());
    zipfile.on("error", reject);
    zipfile.readEntry();
  });
  return entries;
}

/** A PostgreSQL array literal, as psql's \\copy would read it. */
const arrayLiteral = (values: string[]) =>
  `{${values.map((value) => `"${value.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`).join(",")}}`;

const parseCsv = (text: string) =>
  Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ""), { header: true, skipEmptyLines: true });

async function publish(account: TestAccount) {
  request.cookie = account.cookie;
  return submit(createReleaseAction, {});
}

describe("a dataset release", () => {
  let name: string;
  let files: Map<string, string>;

  test("an editor may not publish one; an admin does, and it is listed", async () => {
    expectRefusal(await publish(editor));
    expect(await listReleases()).toEqual([]);

    const state = stateOf(await publish(admin));
    expect(state.status, state.message).toBe("success");
    const releases = await listReleases();
    expect(releases).toHaveLength(1);
    const release = releases[0]!;
    name = release.name;
    expect(name).toBe(`alumni-atlas-${new Date().toISOString().slice(0, 10)}`);
    expect(release.createdByName).toBe("Test admin");
    expect(release.citation).toContain(name);
    expect(release.recordCounts).toMatchObject({ startups: 2, cities: 1, foundings: 1, citations: 1 });
  });

  test("its bytes match its checksum and size, and hold every file", async () => {
    const [release] = await listReleases();
    const zip = await releaseZip(name);
    expect(zip.length).toBe(release!.byteSize);
    expect(createHash("sha256").update(zip).digest("hex")).toBe(release!.sha256);
    files = await unzip(zip);
    expect([...files.keys()].sort()).toEqual(
      [
        ...RELEASE_TABLES.map((table) => `${name}/data/${table.name}.csv`),
        `${name}/${name}.json`,
        `${name}/data-dictionary.csv`,
        `${name}/CHANGELOG.csv`,
        `${name}/README.txt`,
      ].sort(),
    );
    expect(files.get(`${name}/README.txt`)).toContain(release!.citation);
    const dictionary = parseCsv(files.get(`${name}/data-dictionary.csv`)!).data;
    const sectors = dictionary.find((row) => row.file === "startups.csv" && row.column === "sectors");
    expect(sectors?.allowed_values).toContain("LLM_FOUNDATION_MODELS");
    expect(dictionary).toHaveLength(RELEASE_TABLES.reduce((sum, table) => sum + table.columns.length, 0));
  });

  test("never holds deleted or synthetic records, nor references to them", async () => {
    const startups = parseCsv(files.get(`${name}/data/startups.csv`)!).data;
    expect(startups.map((row) => row.nameEn).sort()).toEqual(["Elsewhere Co", "Release Co"]);
    expect(startups.find((row) => row.nameEn === "Elsewhere Co")?.cityId).toBe("");
    const json = JSON.parse(files.get(`${name}/${name}.json`)!) as { tables: Record<string, { nameEn?: string }[]> };
    expect(json.tables.startups!.map((row) => row.nameEn)).not.toContain("Synthetic Co");
    expect(json.tables.foundings).toHaveLength(1);
    expect(json.tables.citations).toHaveLength(1);
  });

  test("its CSVs load into an empty schema with the same counts and facts", async () => {
    const target = await createTestDatabase({ kind: db.kind });
    try {
      // In the release's table order, each table after those it points at; rows in id order, so a
      // parent unit comes before the units below it.
      for (const table of RELEASE_TABLES) {
        const rows = parseCsv(files.get(`${name}/data/${table.name}.csv`)!).data;
        for (const row of rows) {
          const columns = table.columns.map((column) => column.name);
          const values = table.columns.map((column) => {
            const text = row[column.name] ?? "";
            if (text === "") return null;
            return column.type === "text list" ? arrayLiteral(JSON.parse(text) as string[]) : text;
          });
          await target.sql.query(
            `INSERT INTO "${table.table}" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES (${columns.map((_, i) => `$${i + 1}`).join(", ")})`,
            values,
          );
        }
      }
      const [release] = await listReleases();
      for (const table of RELEASE_TABLES) {
        const [row] = await target.sql.query<{ count: string | number }>(
          `SELECT count(*) AS count FROM "${table.table}"`,
        );
        expect(Number(row!.count), table.name).toBe(release!.recordCounts[table.name]);
      }
      const startup = await target.prisma.startup.findUniqueOrThrow({
        where: { id: world.startupId },
        include: {
          city: true,
          foundings: { include: { person: true } },
          fundingRounds: { include: { investments: { include: { organization: true } } } },
        },
      });
      const original = await db.prisma.startup.findUniqueOrThrow({ where: { id: world.startupId } });
      expect(startup).toMatchObject({
        slug: world.startupSlug,
        nameEn: "Release Co",
        nameZh: "发布科技",
        description: original.description,
        sectors: ["LLM_FOUNDATION_MODELS", "AI_AGENTS"],
        foundedYear: 2021,
      });
      expect(startup.city?.nameZh).toBe("杭州");
      expect(startup.city?.latitude?.toString()).toBe("30.2741");
      expect(startup.foundings.map((founding) => founding.person.aliases)).toEqual([["Wei Li"]]);
      const [round] = startup.fundingRounds;
      expect(round?.amountUsdLow?.toString()).toBe("10000000");
      expect(round?.announcedOn?.toISOString().slice(0, 10)).toBe("2023-04-05");
      expect(round?.investments.map((investment) => [investment.organization?.nameEn, investment.isLead])).toEqual([
        ["Example Capital", true],
      ]);
      const damo = await target.prisma.organization.findFirstOrThrow({
        where: { nameEn: "DAMO Academy" },
        include: { parent: true },
      });
      expect(damo.parent?.nameEn).toBe("Alibaba Group");
    } finally {
      await target.close();
    }
    // A fresh database, migrated, and a row at a time: slow on a busy machine.
  }, 180_000);

  test("is immutable: its row and bytes cannot be changed, deleted or written again", async () => {
    await expect(db.prisma.datasetRelease.update({ where: { name }, data: { citation: "rewritten" } })).rejects.toThrow(
      /immutable/,
    );
    await expect(db.prisma.datasetRelease.delete({ where: { name } })).rejects.toThrow(/immutable/);
    await expect(
      db.prisma.datasetReleaseChunk.updateMany({ where: { releaseName: name }, data: { data: new Uint8Array([1]) } }),
    ).rejects.toThrow(/immutable/);
    await expect(db.prisma.datasetReleaseChunk.deleteMany({ where: { releaseName: name } })).rejects.toThrow(
      /immutable/,
    );
    await expect(
      db.prisma.datasetReleaseChunk.create({ data: { releaseName: name, seq: 0, data: new Uint8Array([1]) } }),
    ).rejects.toThrow();
    const [release] = await listReleases();
    expect(
      createHash("sha256")
        .update(await releaseZip(name))
        .digest("hex"),
    ).toBe(release!.sha256);
  });

  test("a release stored in many small chunks reads back whole", async () => {
    const { createDatasetRelease } = await import("@/lib/releases/write");
    const release = await db.prisma.$transaction(
      (tx) =>
        createDatasetRelease({
          db: tx,
          actor: { id: null, name: "test" },
          siteUrl: "http://atlas.test",
          chunkBytes: 1000,
        }),
      { timeout: 120_000 },
    );
    expect(await db.prisma.datasetReleaseChunk.count({ where: { releaseName: release.name } })).toBeGreaterThan(5);
    const zip = await releaseZip(release.name);
    expect(zip.length).toBe(release.byteSize);
    expect(createHash("sha256").update(zip).digest("hex")).toBe(release.sha256);
    expect((await unzip(zip)).get(`${release.name}/README.txt`)).toContain(release.citation);
  });

  test("the next release the same day gets a suffix, and its changelog lists an edit made since", async () => {
    request.cookie = editor.cookie;
    const saved = await submit((p, f) => updateRecordAction("startups", p, f), {
      id: String(world.startupId),
      version: "1",
      nameEn: "Release Co Renamed",
      nameZh: "发布科技",
      cityId: "",
      foundedYear: "2021",
      sectors: ["LLM_FOUNDATION_MODELS", "AI_AGENTS"],
      confidence: "HIGH",
    });
    expect("redirect" in saved, JSON.stringify(saved)).toBe(true);

    expect(stateOf(await publish(admin)).status).toBe("success");
    const [second, first] = await listReleases();
    expect(first!.name).toBe(`${name}-2`);
    expect(second!.name).toBe(`${name}-3`);
    expect(second!.previousName).toBe(first!.name);
    expect(second!.changeCounts).toEqual({ added: 0, changed: 1, removed: 0 });
    const changelog = parseCsv(
      (await unzip(await releaseZip(second!.name))).get(`${second!.name}/CHANGELOG.csv`)!,
    ).data;
    expect(changelog).toEqual([
      expect.objectContaining({
        file: "startups",
        id: String(world.startupId),
        change: "changed",
        name: "Release Co Renamed",
        fields_changed: expect.stringMatching(/\bnameEn\b.*\bcityId\b|\bcityId\b.*\bnameEn\b/),
      }),
    ]);
  });
});
