import { createHash } from "node:crypto";
import { Readable, Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { ZipArchive } from "archiver";
import { csvCell, csvLine, UTF8_BOM } from "../export/csv";
import { changelogBetween, countChanges, type ChangelogEntry } from "./changelog";
import type { ReleaseDb } from "./database";
import { dataDictionary } from "./dictionary";
import { releaseCitation, releaseName, RELEASE_PREFIX } from "./names";
import { publishedTable, publishedTableStatements, RELEASE_TABLES, selectList, type ReleaseTable } from "./tables";

// Writes a dataset release: reads every public table in batches (keyset by id), streams CSVs, a
// JSON file, the data dictionary, the changelog and a README into a zip (archiver), and the zip
// into the database in 1 MiB chunks while hashing it. Memory stays bounded by one batch and one
// chunk whatever the size of the dataset. All of it in the caller's transaction: the release and
// its bytes appear together or not at all.

export const RELEASE_BATCH_SIZE = 2_000;
export const RELEASE_CHUNK_BYTES = 1024 * 1024;

export type CreatedRelease = {
  name: string;
  releasedOn: string;
  cutAt: Date;
  previousName: string | null;
  sha256: string;
  byteSize: number;
  recordCounts: Record<string, number>;
  changeCounts: Record<string, number>;
  citation: string;
};

export type ReleaseActor = { id: string | null; name: string };

type Row = Record<string, string | number | boolean | null>;

/**
 * One statement at a time on the transaction's connection: the zip's reads (pulled by archiver) and
 * its chunk writes (pushed by the sink) would otherwise overlap on one client.
 */
type Serial = <T>(statement: () => Promise<T>) => Promise<T>;

function serial(): Serial {
  let tail: Promise<unknown> = Promise.resolve();
  return (statement) => {
    const run = tail.then(statement, statement);
    tail = run.catch(() => undefined);
    return run;
  };
}

/** Rows of a table, public only, in id order, a batch at a time. */
async function* tableBatches(db: ReleaseDb, table: ReleaseTable, one: Serial): AsyncGenerator<Row[]> {
  let after = 0;
  for (;;) {
    const rows = await one(() =>
      db.$queryRawUnsafe<Row[]>(
        `SELECT ${selectList(table)} FROM "${table.table}" t JOIN ${publishedTable(table.table)} published ON published.id = t.id WHERE t.id > $1 ORDER BY t.id LIMIT $2`,
        after,
        RELEASE_BATCH_SIZE,
      ),
    );
    if (rows.length === 0) return;
    yield rows;
    after = Number(rows[rows.length - 1]!.id);
    if (rows.length < RELEASE_BATCH_SIZE) return;
  }
}

/** Numbers stay numbers (never given the spreadsheet guard, so "-1.5" stays numeric); the rest as the site's CSVs. */
function releaseCell(table: ReleaseTable, row: Row): string {
  return (
    table.columns
      .map((column) => {
        const value = row[column.name] ?? null;
        if (value !== null && (column.type === "decimal" || column.type === "integer")) return String(value);
        return csvCell(value);
      })
      .join(",") + "\r\n"
  );
}

/** A row for the JSON file: lists as arrays, everything else as read. */
function jsonRow(table: ReleaseTable, row: Row): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const column of table.columns) {
    const value = row[column.name] ?? null;
    out[column.name] = column.type === "text list" && typeof value === "string" ? JSON.parse(value) : value;
  }
  return out;
}

/** A zip sink: 1 MiB chunks into DatasetReleaseChunk, hashed and counted on the way. */
function chunkSink(db: ReleaseDb, name: string, one: Serial, chunkBytes: number) {
  const hash = createHash("sha256");
  let buffered: Buffer[] = [];
  let bufferedBytes = 0;
  let seq = 0;
  let byteSize = 0;
  const flush = async () => {
    if (bufferedBytes === 0) return;
    const data = Buffer.concat(buffered, bufferedBytes);
    buffered = [];
    bufferedBytes = 0;
    const at = seq;
    await one(() =>
      db.datasetReleaseChunk.create({ data: { releaseName: name, seq: at, data: new Uint8Array(data) } }),
    );
    seq += 1;
  };
  const stream = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      hash.update(chunk);
      byteSize += chunk.length;
      buffered.push(chunk);
      bufferedBytes += chunk.length;
      if (bufferedBytes < chunkBytes) return callback();
      flush().then(() => callback(), callback);
    },
    final(callback) {
      flush().then(() => callback(), callback);
    },
  });
  return { stream, result: () => ({ sha256: hash.digest("hex"), byteSize }) };
}

export async function createDatasetRelease({
  db,
  actor,
  siteUrl,
  includeSynthetic = false,
  chunkBytes = RELEASE_CHUNK_BYTES,
}: {
  db: ReleaseDb;
  actor: ReleaseActor;
  /** The site's public origin, for the citation's link. */
  siteUrl: string;
  /** Benchmark only (its transaction is rolled back): count synthetic rows as published. */
  includeSynthetic?: boolean;
  /** The size of the stored pieces (tests make them small to cross many boundaries). */
  chunkBytes?: number;
}): Promise<CreatedRelease> {
  for (const statement of publishedTableStatements({ includeSynthetic })) await db.$executeRawUnsafe(statement);
  // The transaction's own start: what it reads is the data as it was then.
  const [clock] = await db.$queryRaw<{ now: Date }[]>`SELECT now() AS now`;
  const cutAt = clock!.now;
  const releasedOn = cutAt.toISOString().slice(0, 10);
  const previous = await db.datasetRelease.findFirst({
    orderBy: [{ cutAt: "desc" }, { id: "desc" }],
    select: { name: true, cutAt: true },
  });
  const sameDay = await db.datasetRelease.findMany({
    where: { name: { startsWith: `${RELEASE_PREFIX}${releasedOn}` } },
    select: { name: true },
  });
  const name = releaseName(
    releasedOn,
    sameDay.map((release) => release.name),
  );
  const url = `${siteUrl.replace(/\/$/, "")}/data#${name}`;
  const citation = releaseCitation({ name, releasedOn, url });
  const changelog = await changelogBetween(db, previous?.cutAt ?? null, cutAt);
  const changeCounts = countChanges(changelog);
  const recordCounts: Record<string, number> = {};

  const archive = new ZipArchive({ zlib: { level: 6 } });
  const one = serial();
  const sink = chunkSink(db, name, one, chunkBytes);
  const written = pipeline(archive, sink.stream);
  const folder = `${name}/`;

  for (const table of RELEASE_TABLES) {
    archive.append(
      Readable.from(
        (async function* () {
          let count = 0;
          yield UTF8_BOM + csvLine(table.columns.map((column) => column.name));
          for await (const rows of tableBatches(db, table, one)) {
            count += rows.length;
            yield rows.map((row) => releaseCell(table, row)).join("");
          }
          recordCounts[table.name] = count;
        })(),
        { objectMode: false },
      ),
      { name: `${folder}data/${table.name}.csv`, date: cutAt },
    );
  }
  archive.append(
    Readable.from(
      (async function* () {
        yield `{"name":${JSON.stringify(name)},"releasedOn":${JSON.stringify(releasedOn)},"cutAt":${JSON.stringify(cutAt.toISOString())},"citation":${JSON.stringify(citation)},"tables":{`;
        for (const [index, table] of RELEASE_TABLES.entries()) {
          yield `${index ? "," : ""}${JSON.stringify(table.name)}:[`;
          let first = true;
          for await (const rows of tableBatches(db, table, one)) {
            yield (first ? "" : ",") + rows.map((row) => JSON.stringify(jsonRow(table, row))).join(",");
            first = false;
          }
          yield "]";
        }
        yield "}}\n";
      })(),
      { objectMode: false },
    ),
    { name: `${folder}${name}.json`, date: cutAt },
  );
  archive.append(dictionaryCsv(), { name: `${folder}data-dictionary.csv`, date: cutAt });
  archive.append(changelogCsv(changelog), { name: `${folder}CHANGELOG.csv`, date: cutAt });
  // The README comes last: it states the counts the CSVs above have just produced.
  archive.append(
    Readable.from(
      (async function* () {
        yield readme({
          name,
          releasedOn,
          cutAt,
          citation,
          previousName: previous?.name ?? null,
          recordCounts,
          changeCounts,
        });
      })(),
      { objectMode: false },
    ),
    { name: `${folder}README.txt`, date: cutAt },
  );
  await archive.finalize();
  await written;
  const { sha256, byteSize } = sink.result();

  await db.datasetRelease.create({
    data: {
      name,
      releasedOn: new Date(`${releasedOn}T00:00:00.000Z`),
      cutAt,
      previousName: previous?.name ?? null,
      sha256,
      byteSize,
      recordCounts,
      changeCounts,
      citation,
      createdById: actor.id,
      createdByName: actor.name,
    },
  });
  return {
    name,
    releasedOn,
    cutAt,
    previousName: previous?.name ?? null,
    sha256,
    byteSize,
    recordCounts,
    changeCounts,
    citation,
  };
}

function dictionaryCsv(): string {
  const header = ["file", "column", "type", "nullable", "allowed_values", "meaning"];
  return (
    UTF8_BOM +
    csvLine(header) +
    dataDictionary(RELEASE_TABLES)
      .map((entry) =>
        csvLine([entry.file, entry.column, entry.type, entry.nullable, entry.allowedValues.join(" | "), entry.meaning]),
      )
      .join("")
  );
}

function changelogCsv(entries: readonly ChangelogEntry[]): string {
  return (
    UTF8_BOM +
    csvLine(["file", "id", "change", "name", "fields_changed", "last_changed_at"]) +
    entries
      .map((entry) =>
        csvLine([entry.file, entry.recordId, entry.change, entry.name, entry.fields.join(" "), entry.lastChangedAt]),
      )
      .join("")
  );
}

function readme({
  name,
  releasedOn,
  cutAt,
  citation,
  previousName,
  recordCounts,
  changeCounts,
}: {
  name: string;
  releasedOn: string;
  cutAt: Date;
  citation: string;
  previousName: string | null;
  recordCounts: Record<string, number>;
  changeCounts: Record<string, number>;
}): string {
  const lines = [
    `Alumni Atlas dataset release ${name}`,
    "",
    `Released ${releasedOn}; the data as it was at ${cutAt.toISOString()}.`,
    "",
    "Suggested citation:",
    `  ${citation}`,
    "",
    "Files:",
    ...RELEASE_TABLES.map(
      (table) => `  data/${table.name}.csv  ${recordCounts[table.name] ?? 0} rows  ${table.description}`,
    ),
    `  ${name}.json  every table above in one JSON file, the exact values`,
    "  data-dictionary.csv  every column: type, whether it may be empty, allowed values, meaning",
    `  CHANGELOG.csv  records added, changed and removed since ${previousName ?? "the start (this is the first release)"}`,
    "",
    previousName
      ? `Changes since ${previousName}: ${changeCounts.added ?? 0} added, ${changeCounts.changed ?? 0} changed, ${changeCounts.removed ?? 0} removed.`
      : "This is the first release: every record in it is new.",
    "",
    "Notes:",
    "  - Only published records: nothing deleted and no synthetic (benchmark) data; a reference to a",
    "    record that is not published is left empty.",
    "  - Ids are this database's ids, stable between releases; *_id columns point at the table named in the dictionary.",
    "  - CSV: UTF-8 with a byte-order mark, comma-separated, CRLF line ends (RFC 4180). An empty field is",
    "    empty or unknown. Lists are JSON arrays. Text starting with = + - @ has an apostrophe put in front",
    "    (so spreadsheets do not run it as a formula); the JSON file has the exact values.",
    "  - Dates are YYYY-MM-DD, times UTC (RFC 3339). Amounts are decimals as written in the sources.",
    "  - Every fact is sourced: citations.csv links records (and fields) to sources.csv.",
    "",
  ];
  return lines.join("\r\n");
}
