import { ConfigError, type DatabaseTarget } from "../../lib/env";
import type { SqlExecutor } from "../../lib/db/sql";
import {
  CITIES,
  ALIBABA_ROOT,
  ALIBABA_UNITS,
  BRAND_SYLLABLES,
  COMPANY_SUFFIXES,
  WESTERN_BRAND_HEADS,
  WESTERN_BRAND_TAILS,
  SURNAMES,
  GIVEN_NAME_SYLLABLES,
  WESTERN_FIRST_NAMES,
  NICKNAMES,
  EMPLOYMENT_ROLES,
  FOUNDER_TITLES,
  SECTORS,
  SECTOR_PHRASES,
  CUSTOMERS,
  STATUSES,
  CONFIDENCES,
  STAGE_LADDER,
  FIRM_SYLLABLES,
  FIRM_SUFFIXES,
  WESTERN_FIRM_HEADS,
  WESTERN_FIRM_TAILS,
  PUBLISHERS,
} from "./vocabulary";

/**
 * Synthetic data for benchmarks and scale tests, never for the real dashboard: every row has
 * `synthetic = true` and every slug starts with `synthetic-`, so it can be told apart and deleted.
 *
 * Rows are written with multi-row INSERT … SELECT FROM unnest($1::int[], …) statements inside one
 * transaction; one Prisma call per row would take hours at 100,000 start-ups. Output depends only
 * on the seed (ids aside, which come from the sequences).
 */

export class UsageError extends Error {
  override name = "UsageError";
}

export type SyntheticOptions = {
  startups: number;
  seed?: number;
  log?: (line: string) => void;
};

export type SyntheticCounts = {
  cities: number;
  organizations: number;
  sources: number;
  people: number;
  startups: number;
  foundings: number;
  employments: number;
  fundingRounds: number;
  investments: number;
  citations: number;
};

export const DEFAULT_SYNTHETIC_SEED = 42;
export const MAX_SYNTHETIC_STARTUPS = 5_000_000;
const INVESTMENT_FIRM_COUNT = 2_000;
const SOURCE_COUNT = 60;
// Start-ups generated (and written) per round trip; bounds memory at any total size.
const STARTUPS_PER_CHUNK = 2_000;
// Rows per INSERT statement.
const ROWS_PER_STATEMENT = 5_000;

/** Tables holding a `synthetic` column, children before parents: the order rows can be deleted in. */
const SYNTHETIC_TABLES_DELETE_ORDER = [
  "Citation",
  "Investment",
  "FundingRound",
  "Founding",
  "Employment",
  "Startup",
  "Person",
  "ReportedFigure",
  "Organization",
  "Source",
  "City",
] as const;

/**
 * Synthetic rows belong in a scratch PostgreSQL database; the default embedded database is the one
 * a developer browses, so writing 100,000 fake start-ups into it needs an explicit flag.
 */
export function assertSyntheticTargetAllowed(target: DatabaseTarget, options: { allowEmbedded: boolean }): void {
  if (target.kind === "embedded" && !options.allowEmbedded) {
    throw new ConfigError(
      `Refusing to write synthetic data into the ${target.description}; set DATABASE_URL to a scratch PostgreSQL database, or pass --allow-embedded.`,
    );
  }
}

export async function hasSyntheticData(sql: SqlExecutor): Promise<boolean> {
  const checks = SYNTHETIC_TABLES_DELETE_ORDER.map((table) => `EXISTS (SELECT 1 FROM "${table}" WHERE synthetic)`);
  const rows = await sql.query<{ found: boolean }>(`SELECT ${checks.join(" OR ")} AS found`);
  return rows[0]?.found === true;
}

/** Deletes every synthetic row, in an order the foreign keys allow. Returns the rows deleted per table. */
export async function deleteSyntheticData(sql: SqlExecutor): Promise<Record<string, number>> {
  return sql.transaction(async (tx) => {
    const deleted: Record<string, number> = {};
    for (const table of SYNTHETIC_TABLES_DELETE_ORDER) {
      if (table === "Organization") {
        // A tree: delete leaves until nothing synthetic is left.
        let total = 0;
        for (;;) {
          const rows = await tx.query<{ id: number }>(
            `DELETE FROM "Organization" o WHERE o.synthetic
               AND NOT EXISTS (SELECT 1 FROM "Organization" c WHERE c."parentId" = o.id)
             RETURNING o.id`,
          );
          total += rows.length;
          if (rows.length === 0) break;
        }
        deleted[table] = total;
      } else if (table === "ReportedFigure") {
        let total = 0;
        for (;;) {
          const rows = await tx.query<{ id: number }>(
            `DELETE FROM "ReportedFigure" f WHERE f.synthetic
               AND NOT EXISTS (SELECT 1 FROM "ReportedFigure" s WHERE s."baseFigureId" = f.id)
             RETURNING f.id`,
          );
          total += rows.length;
          if (rows.length === 0) break;
        }
        deleted[table] = total;
      } else {
        const rows = await tx.query<{ count: number }>(
          `WITH gone AS (DELETE FROM "${table}" WHERE synthetic RETURNING 1) SELECT count(*)::int AS count FROM gone`,
        );
        deleted[table] = rows[0]?.count ?? 0;
      }
    }
    return deleted;
  });
}

// ---------------------------------------------------------------------------------------------
// Randomness: a small seeded PRNG, so a seed always yields the same data.

class Random {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  /** mulberry32: [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(probability: number): boolean {
    return this.next() < probability;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }
  weighted<T>(entries: readonly (readonly [T, number])[]): T {
    const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
    let roll = this.next() * total;
    for (const [value, weight] of entries) {
      roll -= weight;
      if (roll < 0) return value;
    }
    return entries[entries.length - 1]![0];
  }
  /** Distinct indexes in [0, size), skewed towards the low end by `skew` (1 = uniform). */
  distinctIndexes(count: number, size: number, skew = 1): number[] {
    const chosen = new Set<number>();
    while (chosen.size < Math.min(count, size)) chosen.add(Math.floor(this.next() ** skew * size));
    return [...chosen];
  }
}

// ---------------------------------------------------------------------------------------------
// Bulk writing.

// Enum and array values travel as text and are cast in the SELECT: PGlite cannot serialise a
// parameter typed as an array of a user-defined enum, or an array of arrays.
type Column = { name: string; type: string; cast?: string };

/** Buffers rows column by column and writes them as INSERT … SELECT FROM unnest(…), many rows per statement. */
class BulkInsert {
  private readonly values: unknown[][];
  private readonly statement: string;
  written = 0;

  constructor(
    private readonly table: string,
    private readonly columns: Column[],
  ) {
    this.values = columns.map(() => []);
    const names = columns.map((c) => `"${c.name}"`).join(", ");
    const params = columns.map((c, i) => `$${i + 1}::${c.type}[]`).join(", ");
    const aliases = columns.map((_, i) => `c${i}`).join(", ");
    const selected = columns.map((c, i) => (c.cast ? `u.c${i}::${c.cast}` : `u.c${i}`)).join(", ");
    // updatedAt has no database default (Prisma Client fills it), so it is set here.
    this.statement =
      `INSERT INTO "${table}" (${names}, "synthetic", "updatedAt") ` +
      `SELECT ${selected}, true, now() FROM unnest(${params}) AS u(${aliases})`;
  }

  get pending(): number {
    return this.values[0]!.length;
  }

  push(...row: unknown[]): void {
    if (row.length !== this.columns.length) throw new Error(`${this.table}: expected ${this.columns.length} values`);
    for (let i = 0; i < row.length; i++) this.values[i]!.push(row[i]);
  }

  async flush(tx: SqlExecutor): Promise<void> {
    for (let start = 0; start < this.pending; start += ROWS_PER_STATEMENT) {
      await tx.query(
        this.statement,
        this.values.map((column) => column.slice(start, start + ROWS_PER_STATEMENT)),
      );
    }
    this.written += this.pending;
    for (const column of this.values) column.length = 0;
  }
}

/** A Postgres array literal, for array-valued columns passed through unnest as text. */
function arrayLiteral(items: readonly string[]): string {
  return `{${items.map((item) => `"${item.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`).join(",")}}`;
}

async function reserveIds(tx: SqlExecutor, table: string, count: number): Promise<number[]> {
  if (count === 0) return [];
  const rows = await tx.query<{ id: number }>(
    `SELECT nextval(pg_get_serial_sequence('"${table}"', 'id'))::int AS id FROM generate_series(1, $1::int)`,
    [count],
  );
  return rows.map((row) => row.id);
}

const pad = (n: number, width: number) => String(n).padStart(width, "0");
const capitalize = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
const isoDate = (year: number, month: number, day: number) => `${year}-${pad(month, 2)}-${pad(day, 2)}`;

// ---------------------------------------------------------------------------------------------
// The generator.

/** Cities, the synthetic Alibaba tree, investment firms and sources: what start-ups point at. */
async function writeReferenceRows(tx: SqlExecutor, random: Random) {
  const cityIds = await reserveIds(tx, "City", CITIES.length);
  const cities = new BulkInsert("City", [
    { name: "id", type: "int" },
    { name: "slug", type: "text" },
    { name: "nameEn", type: "text" },
    { name: "nameZh", type: "text" },
    { name: "pinyin", type: "text" },
    { name: "region", type: "text" },
    { name: "country", type: "text" },
    { name: "latitude", type: "numeric" },
    { name: "longitude", type: "numeric" },
  ]);
  CITIES.forEach(([nameEn, nameZh, pinyin, region, country, latitude, longitude], i) => {
    const slug = `synthetic-${nameEn.toLowerCase().replace(/[^a-z]+/g, "-")}`;
    cities.push(cityIds[i], slug, nameEn, nameZh, pinyin, region, country, String(latitude), String(longitude));
  });
  await cities.flush(tx);
  const cityWeights = CITIES.map((city, i) => [i, city[7]] as const);

  const organizations = new BulkInsert("Organization", [
    { name: "id", type: "int" },
    { name: "slug", type: "text" },
    { name: "nameEn", type: "text" },
    { name: "nameZh", type: "text" },
    { name: "pinyin", type: "text" },
    { name: "aliases", type: "text", cast: "text[]" },
    { name: "kind", type: "text", cast: '"OrganizationKind"' },
    { name: "parentId", type: "int" },
    { name: "description", type: "text" },
    { name: "website", type: "text" },
  ]);
  const [rootId] = await reserveIds(tx, "Organization", 1);
  organizations.push(
    rootId,
    "synthetic-alibaba-group",
    ALIBABA_ROOT[0],
    ALIBABA_ROOT[1],
    ALIBABA_ROOT[2],
    "{}",
    "ALIBABA_UNIT",
    null,
    "Synthetic parent of the synthetic Alibaba business units.",
    null,
  );
  // The root goes first: its children reference it.
  await organizations.flush(tx);
  const unitIds = await reserveIds(tx, "Organization", ALIBABA_UNITS.length);
  ALIBABA_UNITS.forEach(([nameEn, nameZh, pinyin], i) => {
    const slug = `synthetic-${nameEn.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`;
    organizations.push(unitIds[i], slug, nameEn, nameZh, pinyin, "{}", "ALIBABA_UNIT", rootId, null, null);
  });
  const firmIds = await reserveIds(tx, "Organization", INVESTMENT_FIRM_COUNT);
  for (let i = 0; i < INVESTMENT_FIRM_COUNT; i++) {
    if (random.chance(0.25)) {
      const nameEn = `${random.pick(WESTERN_FIRM_HEADS)} ${random.pick(WESTERN_FIRM_TAILS)}`;
      const slug = `synthetic-${nameEn.toLowerCase().replace(/[^a-z]+/g, "-")}-${pad(i + 1, 4)}`;
      organizations.push(firmIds[i], slug, nameEn, null, null, "{}", "INVESTMENT_FIRM", null, null, null);
    } else {
      const first = random.pick(FIRM_SYLLABLES);
      const second = random.pick(FIRM_SYLLABLES);
      const [suffixZh, suffixPinyin, suffixEn] = random.pick(FIRM_SUFFIXES);
      const brand = capitalize(first[1] + second[1]);
      const slug = `synthetic-${brand.toLowerCase()}-${suffixEn.split(" ")[0]!.toLowerCase()}-${pad(i + 1, 4)}`;
      organizations.push(
        firmIds[i],
        slug,
        `${brand} ${suffixEn}`,
        `${first[0]}${second[0]}${suffixZh}`,
        `${first[1]} ${second[1]} ${suffixPinyin}`,
        "{}",
        "INVESTMENT_FIRM",
        null,
        null,
        random.chance(0.5) ? `https://${brand.toLowerCase()}-${pad(i + 1, 4)}.example` : null,
      );
    }
  }
  await organizations.flush(tx);

  const sourceIds = await reserveIds(tx, "Source", SOURCE_COUNT);
  const sources = new BulkInsert("Source", [
    { name: "id", type: "int" },
    { name: "url", type: "text" },
    { name: "publisher", type: "text" },
    { name: "title", type: "text" },
    { name: "publishedOn", type: "date" },
    { name: "publishedPrecision", type: "text", cast: '"DatePrecision"' },
    { name: "language", type: "text" },
  ]);
  for (let i = 0; i < SOURCE_COUNT; i++) {
    const [publisher, language] = random.pick(PUBLISHERS);
    const title =
      language === "zh"
        ? `阿里系AI创业公司盘点（${i + 1}）`
        : `The Alibaba alumni behind China's AI start-ups, part ${i + 1}`;
    const url = `https://synthetic.example/${publisher.toLowerCase().replace(/[^a-z0-9]+/g, "-")}/${pad(i + 1, 3)}`;
    sources.push(
      sourceIds[i],
      url,
      publisher,
      title,
      isoDate(random.int(2015, 2025), random.int(1, 12), random.int(1, 28)),
      "DAY",
      language,
    );
  }
  await sources.flush(tx);
  return {
    cityIds,
    cityWeights,
    unitIds,
    firmIds,
    sourceIds,
    written: { cities: cities.written, organizations: organizations.written, sources: sources.written },
  };
}

function createStartupWriters() {
  const people = new BulkInsert("Person", [
    { name: "id", type: "int" },
    { name: "slug", type: "text" },
    { name: "nameEn", type: "text" },
    { name: "nameZh", type: "text" },
    { name: "pinyin", type: "text" },
    { name: "aliases", type: "text", cast: "text[]" },
    { name: "bio", type: "text" },
  ]);
  const startupRows = new BulkInsert("Startup", [
    { name: "id", type: "int" },
    { name: "slug", type: "text" },
    { name: "nameEn", type: "text" },
    { name: "nameZh", type: "text" },
    { name: "pinyin", type: "text" },
    { name: "aliases", type: "text", cast: "text[]" },
    { name: "description", type: "text" },
    { name: "foundedYear", type: "int" },
    { name: "foundedDate", type: "date" },
    { name: "foundedPrecision", type: "text", cast: '"DatePrecision"' },
    { name: "cityId", type: "int" },
    { name: "sectors", type: "text", cast: '"Sector"[]' },
    { name: "status", type: "text", cast: '"StartupStatus"' },
    { name: "statusNote", type: "text" },
    { name: "website", type: "text" },
    { name: "confidence", type: "text", cast: '"Confidence"' },
  ]);
  const employments = new BulkInsert("Employment", [
    { name: "personId", type: "int" },
    { name: "organizationId", type: "int" },
    { name: "role", type: "text" },
    { name: "startYear", type: "int" },
    { name: "startMonth", type: "int" },
    { name: "endYear", type: "int" },
    { name: "endMonth", type: "int" },
  ]);
  const foundings = new BulkInsert("Founding", [
    { name: "personId", type: "int" },
    { name: "startupId", type: "int" },
    { name: "role", type: "text", cast: '"FoundingRole"' },
    { name: "title", type: "text" },
    { name: "confidence", type: "text", cast: '"Confidence"' },
  ]);
  const rounds = new BulkInsert("FundingRound", [
    { name: "id", type: "int" },
    { name: "startupId", type: "int" },
    { name: "announcedOn", type: "date" },
    { name: "datePrecision", type: "text", cast: '"DatePrecision"' },
    { name: "stage", type: "text", cast: '"FundingStage"' },
    { name: "stageLabel", type: "text" },
    { name: "amountKind", type: "text", cast: '"AmountKind"' },
    { name: "amountLow", type: "numeric" },
    { name: "amountHigh", type: "numeric" },
    { name: "currency", type: "text" },
    { name: "amountUsdLow", type: "numeric" },
    { name: "amountUsdHigh", type: "numeric" },
  ]);
  const investments = new BulkInsert("Investment", [
    { name: "roundId", type: "int" },
    { name: "organizationId", type: "int" },
    { name: "isLead", type: "boolean" },
  ]);
  const citations = new BulkInsert("Citation", [
    { name: "sourceId", type: "int" },
    { name: "recordType", type: "text", cast: '"CitationRecordType"' },
    { name: "recordId", type: "int" },
    { name: "field", type: "text" },
    { name: "claimedValue", type: "text" },
  ]);

  return { people, startupRows, employments, foundings, rounds, investments, citations };
}

type PersonPlan = { index: number; nameEn: string | null; nameZh: string; pinyin: string; slugName: string };

export async function generateSyntheticData(sql: SqlExecutor, options: SyntheticOptions): Promise<SyntheticCounts> {
  const { startups } = options;
  if (!Number.isInteger(startups) || startups < 1 || startups > MAX_SYNTHETIC_STARTUPS) {
    throw new UsageError(
      `The number of start-ups must be a whole number from 1 to ${MAX_SYNTHETIC_STARTUPS}; got ${startups}.`,
    );
  }
  const seed = options.seed ?? DEFAULT_SYNTHETIC_SEED;
  const log = options.log ?? (() => undefined);
  const random = new Random(seed);
  const startedAt = performance.now();

  if (await hasSyntheticData(sql)) {
    throw new UsageError(
      "The database already holds synthetic rows; delete them first (npm run db:synthetic -- --reset).",
    );
  }

  const counts = await sql.transaction(async (tx) => {
    const { cityIds, cityWeights, unitIds, firmIds, sourceIds, written } = await writeReferenceRows(tx, random);
    log(
      `reference rows: ${CITIES.length} cities, ${1 + ALIBABA_UNITS.length} Alibaba units, ${INVESTMENT_FIRM_COUNT} investment firms, ${SOURCE_COUNT} sources`,
    );

    // ---- Start-ups and everything hanging off them, a chunk at a time.
    const { people, startupRows, employments, foundings, rounds, investments, citations } = createStartupWriters();

    // Every person's id by generation index, so a serial founder can found a second start-up.
    const personIds: number[] = [];

    for (let chunkStart = 0; chunkStart < startups; chunkStart += STARTUPS_PER_CHUNK) {
      const chunkSize = Math.min(STARTUPS_PER_CHUNK, startups - chunkStart);
      const startupIds = await reserveIds(tx, "Startup", chunkSize);

      // Plan the chunk first (all randomness), then reserve ids for the people and rounds it needs.
      type RoundPlan = {
        startupId: number;
        announcedOn: string | null;
        datePrecision: string | null;
        stage: string;
        stageLabel: string | null;
        amountKind: string;
        amountLow: string | null;
        amountHigh: string | null;
        currency: string | null;
        firmIndexes: number[];
        leadFirst: boolean;
        citedBy: number | null;
      };
      const newPeople: (PersonPlan & { bio: string; aliases: string; citedBy: number | null })[] = [];
      const pendingFoundings: {
        personIndex: number;
        startupId: number;
        role: string;
        title: string | null;
        confidence: string;
      }[] = [];
      const pendingEmployments: {
        personIndex: number;
        organizationId: number;
        role: string;
        startYear: number;
        startMonth: number | null;
        endYear: number;
        endMonth: number | null;
      }[] = [];
      const roundPlans: RoundPlan[] = [];

      for (let offset = 0; offset < chunkSize; offset++) {
        const n = chunkStart + offset + 1;
        const startupId = startupIds[offset]!;

        const first = random.pick(BRAND_SYLLABLES);
        const second = random.pick(BRAND_SYLLABLES);
        const [suffixZh, suffixPinyin, suffixEn] = random.pick(COMPANY_SUFFIXES);
        const brandPinyin = first[1] + second[1];
        const westernBrand = random.chance(0.3)
          ? `${random.pick(WESTERN_BRAND_HEADS)}${random.pick(WESTERN_BRAND_TAILS)}`
          : null;
        const nameZh = random.chance(0.92) ? `${first[0]}${second[0]}${suffixZh}` : null;
        const nameEn =
          nameZh === null || random.chance(0.95) ? (westernBrand ?? `${capitalize(brandPinyin)} ${suffixEn}`) : null;
        const pinyin = nameZh ? `${first[1]} ${second[1]} ${suffixPinyin}` : null;
        const cityIndex = random.weighted(cityWeights);
        const city = CITIES[cityIndex]!;
        const aliases = nameZh && random.chance(0.2) ? arrayLiteral([`${city[1]}${nameZh}有限公司`]) : "{}";
        const foundedYear = Math.min(2025, 1999 + Math.floor(random.next() ** 0.5 * 27));
        const foundedDate = random.chance(0.3) ? isoDate(foundedYear, random.int(1, 12), random.int(1, 28)) : null;
        const sectorCount = random.weighted([
          [1, 55],
          [2, 35],
          [3, 10],
        ] as const);
        const sectors = random.distinctIndexes(sectorCount, SECTORS.length).map((i) => SECTORS[i]!);
        const status = random.weighted(STATUSES);
        const statusNote = status === "ACQUIRED" ? `Acquired in ${random.int(foundedYear, 2025)}.` : null;
        const slugName = (westernBrand ?? brandPinyin).toLowerCase();
        startupRows.push(
          startupId,
          `synthetic-${slugName}-${pad(n, 6)}`,
          nameEn,
          nameZh,
          pinyin,
          aliases,
          `${nameEn ?? nameZh} builds ${SECTOR_PHRASES[sectors[0]!]} for ${random.pick(CUSTOMERS)}.`,
          foundedYear,
          foundedDate,
          foundedDate ? "DAY" : null,
          cityIds[cityIndex],
          arrayLiteral(sectors),
          status,
          statusNote,
          random.chance(0.7) ? `https://${slugName}-${pad(n, 6)}.example` : null,
          random.weighted(CONFIDENCES),
        );
        citations.push(random.pick(sourceIds), "STARTUP", startupId, null, null);
        if (random.chance(0.4)) {
          // Now and then a source disagrees on the year; the conflict is kept, as in the real data.
          const claimed = random.chance(0.1) ? String(Math.max(1999, foundedYear - 1)) : null;
          citations.push(random.pick(sourceIds), "STARTUP", startupId, "foundedYear", claimed);
        }

        // Founders: mostly new people, now and then someone who founded an earlier start-up.
        const founderCount = random.weighted([
          [1, 45],
          [2, 35],
          [3, 20],
        ] as const);
        const founderIndexes: number[] = [];
        for (let f = 0; f < founderCount; f++) {
          let personIndex: number;
          const totalSoFar = personIds.length + newPeople.length;
          const reuse = totalSoFar > 0 && random.chance(0.04) ? random.int(0, totalSoFar - 1) : -1;
          if (reuse >= 0 && !founderIndexes.includes(reuse)) {
            personIndex = reuse;
          } else {
            personIndex = totalSoFar;
            const surname = random.pick(SURNAMES);
            const given = Array.from({ length: random.chance(0.7) ? 2 : 1 }, () => random.pick(GIVEN_NAME_SYLLABLES));
            const givenPinyin = given.map((s) => s[1]).join("");
            const nameZhPerson = surname[0] + given.map((s) => s[0]).join("");
            const romanised = `${capitalize(surname[1])} ${capitalize(givenPinyin)}`;
            const personNameEn = random.chance(0.15)
              ? `${random.pick(WESTERN_FIRST_NAMES)} ${romanised}`
              : random.chance(0.97)
                ? romanised
                : null;
            const unitCount = random.chance(0.35) ? 2 : 1;
            const units = random.distinctIndexes(unitCount, ALIBABA_UNITS.length, 1.5);
            // Years at Alibaba end by the founding year and start no earlier than 1999.
            const endYear = Math.max(1999, foundedYear - random.int(0, 3));
            const startYear = Math.max(1999, endYear - random.int(1, 9));
            const splitYear = startYear + Math.floor((endYear - startYear) / 2);
            const unitRoles: string[] = [];
            units.forEach((unit, u) => {
              const role = random.pick(EMPLOYMENT_ROLES);
              unitRoles.push(`${role} at ${ALIBABA_UNITS[unit]![0]}`);
              const withMonths = random.chance(0.6);
              pendingEmployments.push({
                personIndex,
                organizationId: unitIds[unit]!,
                role,
                startYear: u === 0 ? startYear : splitYear,
                startMonth: withMonths ? random.int(1, 6) : null,
                endYear: u === units.length - 1 ? endYear : splitYear,
                endMonth: withMonths ? random.int(7, 12) : null,
              });
            });
            newPeople.push({
              index: personIndex,
              nameEn: personNameEn,
              nameZh: nameZhPerson,
              pinyin: `${surname[1]} ${given.map((s) => s[1]).join(" ")}`,
              slugName: `${surname[1]}-${givenPinyin}`,
              aliases: random.chance(0.3) ? arrayLiteral([random.pick(NICKNAMES)]) : "{}",
              bio: `Former ${unitRoles.join(", then ")}.`,
              citedBy: random.chance(0.3) ? random.int(0, SOURCE_COUNT - 1) : null,
            });
          }
          founderIndexes.push(personIndex);
          const role = f === 0 ? "FOUNDER" : random.chance(0.85) ? "CO_FOUNDER" : "FOUNDING_TEAM";
          pendingFoundings.push({
            personIndex,
            startupId,
            role,
            title:
              f === 0
                ? random.pick(["CEO", "Founder & CEO", "Chairman & CEO"])
                : random.chance(0.8)
                  ? random.pick(FOUNDER_TITLES)
                  : null,
            confidence: random.weighted(CONFIDENCES),
          });
        }

        // Funding: 0–5 rounds climbing the stage ladder, dated from the founding year on.
        const roundCount = random.weighted([
          [0, 20],
          [1, 25],
          [2, 20],
          [3, 15],
          [4, 12],
          [5, 8],
        ] as const);
        let rung = random.int(0, 3);
        let year = foundedYear;
        for (let r = 0; r < roundCount; r++) {
          const special = random.weighted([
            [null, 87],
            ["STRATEGIC", 8],
            ["UNDISCLOSED", 5],
          ] as const);
          const stage = special ?? STAGE_LADDER[Math.min(rung, STAGE_LADDER.length - 1)]!;
          const precision = random.weighted([
            ["DAY", 50],
            ["MONTH", 35],
            ["YEAR", 10],
            [null, 5],
          ] as const);
          const month = random.int(1, 12);
          const announcedOn =
            precision === null
              ? null
              : isoDate(year, precision === "YEAR" ? 1 : month, precision === "DAY" ? random.int(1, 28) : 1);
          const amountKind = random.weighted([
            ["EXACT", 45],
            ["RANGE", 30],
            ["UNDISCLOSED", 25],
          ] as const);
          const currency = amountKind === "UNDISCLOSED" ? null : random.chance(0.45) ? "USD" : "CNY";
          // Round sizes grow roughly threefold per rung; CNY figures are about seven times larger.
          const usdBase = 500_000 * 3 ** (Math.min(rung, 12) / 1.5) * (0.5 + random.next());
          const base = currency === "CNY" ? usdBase * 7 : usdBase;
          const magnitude = 10 ** Math.max(5, Math.floor(Math.log10(base)) - 1);
          const low = Math.max(1, Math.round(base / magnitude)) * magnitude;
          const high = amountKind === "RANGE" ? low * random.pick([2, 3, 5, 10]) : low;
          roundPlans.push({
            startupId,
            announcedOn,
            datePrecision: precision,
            stage,
            stageLabel: stage === "STRATEGIC" ? "Strategic investment" : null,
            amountKind,
            amountLow: amountKind === "UNDISCLOSED" ? null : `${low}.00`,
            amountHigh: amountKind === "UNDISCLOSED" ? null : `${high}.00`,
            currency,
            firmIndexes: random.distinctIndexes(
              random.weighted([
                [1, 35],
                [2, 30],
                [3, 20],
                [4, 15],
              ] as const),
              INVESTMENT_FIRM_COUNT,
              2.5,
            ),
            leadFirst: random.chance(0.7),
            citedBy: random.chance(0.7) ? random.int(0, SOURCE_COUNT - 1) : null,
          });
          if (special === null) rung += random.int(1, 2);
          year = Math.min(2025, year + random.int(0, 2));
        }
      }

      // Ids for the new people and rounds, then the rows in foreign-key order.
      const newPersonIds = await reserveIds(tx, "Person", newPeople.length);
      newPeople.forEach((person, i) => {
        const id = newPersonIds[i]!;
        personIds[person.index] = id;
        people.push(
          id,
          `synthetic-${person.slugName}-${pad(person.index + 1, 6)}`,
          person.nameEn,
          person.nameZh,
          person.pinyin,
          person.aliases,
          person.bio,
        );
        if (person.citedBy !== null) citations.push(sourceIds[person.citedBy], "PERSON", id, null, null);
      });
      for (const e of pendingEmployments) {
        employments.push(
          personIds[e.personIndex],
          e.organizationId,
          e.role,
          e.startYear,
          e.startMonth,
          e.endYear,
          e.endMonth,
        );
      }
      for (const f of pendingFoundings)
        foundings.push(personIds[f.personIndex], f.startupId, f.role, f.title, f.confidence);
      const roundIds = await reserveIds(tx, "FundingRound", roundPlans.length);
      roundPlans.forEach((round, i) => {
        const id = roundIds[i]!;
        const usd = round.currency === "USD";
        rounds.push(
          id,
          round.startupId,
          round.announcedOn,
          round.datePrecision,
          round.stage,
          round.stageLabel,
          round.amountKind,
          round.amountLow,
          round.amountHigh,
          round.currency,
          usd ? round.amountLow : null,
          usd ? round.amountHigh : null,
        );
        round.firmIndexes.forEach((firm, position) =>
          investments.push(id, firmIds[firm], position === 0 && round.leadFirst),
        );
        if (round.citedBy !== null) citations.push(sourceIds[round.citedBy], "FUNDING_ROUND", id, null, null);
      });

      await people.flush(tx);
      await startupRows.flush(tx);
      await employments.flush(tx);
      await foundings.flush(tx);
      await rounds.flush(tx);
      await investments.flush(tx);
      await citations.flush(tx);

      const done = chunkStart + chunkSize;
      if (done === startups || (done / STARTUPS_PER_CHUNK) % 10 === 0) {
        log(
          `start-ups: ${done.toLocaleString("en")} of ${startups.toLocaleString("en")} (${((performance.now() - startedAt) / 1000).toFixed(1)} s)`,
        );
      }
    }

    return {
      ...written,
      people: people.written,
      startups: startupRows.written,
      foundings: foundings.written,
      employments: employments.written,
      fundingRounds: rounds.written,
      investments: investments.written,
      citations: citations.written,
    };
  });

  // Fresh statistics, or the planner benchmarks against guesses for tables that just grew a hundredfold;
  // and a vacuum, which sets the visibility map so index-only scans need no heap visits — as
  // autovacuum would soon after a bulk insert. One statement at a time: VACUUM cannot run in a
  // multi-statement script (an implicit transaction).
  for (const table of SYNTHETIC_TABLES_DELETE_ORDER) await sql.exec(`VACUUM (ANALYZE) "${table}"`);
  return counts;
}
