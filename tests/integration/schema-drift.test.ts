import { afterEach, describe, expect, test } from "vitest";
import { expectedSchema, findSchemaDrift, readDatamodel } from "../helpers/schema-drift";
import { createTestDatabase, defaultTestDatabaseKind, type TestDatabase } from "../helpers/database";

const kinds = [...new Set([defaultTestDatabaseKind, "embedded" as const])];

let db: TestDatabase | undefined;
afterEach(async () => {
  await db?.close();
  db = undefined;
});

function report(differences: string[]): string {
  return differences.length === 0
    ? "no differences"
    : `prisma/schema.prisma and the migrated database differ:\n  - ${differences.join("\n  - ")}`;
}

describe.each(kinds)("schema drift on %s", (kind) => {
  test("the migrated database matches prisma/schema.prisma", async () => {
    db = await createTestDatabase({ kind });

    const differences = await findSchemaDrift(db.sql);

    expect(differences, report(differences)).toEqual([]);
  });

  test("the checker reports a dropped column and an extra index, and nothing else", async () => {
    db = await createTestDatabase({ kind });
    await db.sql.exec(`ALTER TABLE "City" DROP COLUMN "pinyin"; CREATE INDEX extra ON "City"("nameEn");`);

    const differences = await findSchemaDrift(db.sql);

    expect(differences).toEqual([
      "table City, column pinyin: missing (expected text NULL)",
      "table City: unexpected index extra (nameEn) using btree",
    ]);
  });

  test("hand-written indexes are required by name, and only those names are excused", async () => {
    db = await createTestDatabase({ kind });
    await db.sql.exec(`
      DROP INDEX "Person_search_trgm_idx";
      CREATE INDEX "Organization_display_name_idx" ON "Organization" (lower("nameEn"));
    `);

    const differences = await findSchemaDrift(db.sql);

    expect(differences).toEqual([
      "table Person: missing hand-written index Person_search_trgm_idx (from migration 20261123160000_search_indexes)",
      "table Organization: unexpected index Organization_display_name_idx (lower(nameEn)) using btree",
    ]);
  });

  test("the checker reports changed types, nullability, defaults, enums, keys and actions", async () => {
    db = await createTestDatabase({ kind });
    await db.sql.exec(`
      ALTER TABLE "Startup" ALTER COLUMN "website" SET NOT NULL;
      ALTER TABLE "Startup" ALTER COLUMN "foundedYear" TYPE bigint;
      ALTER TABLE "Startup" ALTER COLUMN "confidence" SET DEFAULT 'LOW';
      ALTER TABLE "Person" ADD COLUMN "nickname" TEXT;
      ALTER TYPE "StartupStatus" ADD VALUE 'DORMANT';
      DROP INDEX "Startup_slug_key";
      CREATE UNIQUE INDEX "Startup_slug_key" ON "Startup" USING btree ("slug", "id");
      ALTER TABLE "Investment" DROP CONSTRAINT "Investment_roundId_fkey";
      ALTER TABLE "Investment" ADD CONSTRAINT "Investment_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "FundingRound"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
      CREATE TABLE "Leftover" ("id" INTEGER);
      ALTER TABLE "City" ADD CONSTRAINT "City_country_check" CHECK ("country" = upper("country"));
    `);

    const differences = await findSchemaDrift(db.sql);

    expect(differences).toEqual([
      "enum StartupStatus: expected values [ACTIVE, ACQUIRED, LISTED, CLOSED], found [ACTIVE, ACQUIRED, LISTED, CLOSED, DORMANT]",
      "table Startup, column foundedYear: expected type integer, found bigint",
      "table Startup, column website: expected NULL, found NOT NULL",
      `table Startup, column confidence: expected DEFAULT 'HIGH', found DEFAULT 'LOW'::"Confidence"`,
      "table Startup: unique index Startup_slug_key differs: expected unique index Startup_slug_key (slug) using btree, " +
        "found unique index Startup_slug_key (slug, id) using btree",
      "table Person, column nickname: in the database but not in the schema (text NULL)",
      "table Investment: foreign key Investment_roundId_fkey differs: expected foreign key Investment_roundId_fkey " +
        "(roundId) → FundingRound(id) ON DELETE Cascade ON UPDATE Cascade, found foreign key Investment_roundId_fkey " +
        "(roundId) → FundingRound(id) ON DELETE Restrict ON UPDATE Cascade",
      "table Leftover: in the database but not in the schema",
    ]);
  });
});

test("the expected model covers every model, enum and relation in the schema", () => {
  const datamodel = readDatamodel();
  const expected = expectedSchema(datamodel);

  expect([...expected.tables.keys()].sort()).toEqual(datamodel.models.map((m) => m.name).sort());
  expect([...expected.enums.keys()].sort()).toEqual(datamodel.enums.map((e) => e.name).sort());
  const startup = expected.tables.get("Startup")!;
  expect(startup.columns.get("sectors")).toMatchObject({ type: "Sector[]", nullable: true });
  expect(startup.columns.get("foundedDate")).toMatchObject({ type: "date", nullable: true });
  expect(startup.columns.get("createdAt")).toMatchObject({ type: "timestamp(3) with time zone", nullable: false });
  expect(startup.indexes).toContainEqual({
    name: "Startup_sectors_idx",
    columns: ["sectors"],
    unique: false,
    method: "gin",
    partial: false,
  });
  expect(startup.foreignKeys).toEqual([
    {
      name: "Startup_cityId_fkey",
      columns: ["cityId"],
      referencedTable: "City",
      referencedColumns: ["id"],
      onDelete: "Restrict",
      onUpdate: "Cascade",
    },
  ]);
});

test("Prisma's default referential actions apply when the schema names none", () => {
  const datamodel = readDatamodel();
  // A copy of the schema's Startup→City relation without onDelete: optional, so SetNull.
  const startup = datamodel.models.find((m) => m.name === "Startup")!;
  const city = startup.fields.find((f) => f.name === "city")!;
  delete city.relationOnDelete;
  expect(expectedSchema(datamodel).tables.get("Startup")!.foreignKeys[0]).toMatchObject({ onDelete: "SetNull" });
  // Founding→Person is required, so Restrict.
  const founding = datamodel.models.find((m) => m.name === "Founding")!;
  delete founding.fields.find((f) => f.name === "person")!.relationOnDelete;
  expect(expectedSchema(datamodel).tables.get("Founding")!.foreignKeys[0]).toMatchObject({ onDelete: "Restrict" });
});
