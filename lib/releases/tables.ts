import type { z } from "zod";
import {
  citationSchema,
  citySchema,
  employmentSchema,
  foundingSchema,
  fundingRoundSchema,
  investmentSchema,
  organizationSchema,
  personSchema,
  reportedFigureSchema,
  sourceSchema,
  startupSchema,
} from "../api/schemas";

// The tables of a dataset release: one CSV (and one key of the JSON file) per table, with the
// database's own column names and ids so the files load back into the schema as they are. Each
// table says which rows are public (live and real, and everything they point at live and real
// too: a founding of a deleted start-up is not published) and how each column is read.

export type ColumnType = "integer" | "text" | "boolean" | "date" | "timestamp" | "decimal" | "enum" | "text list";

export type ReleaseColumn = {
  name: string;
  type: ColumnType;
  meaning: string;
  /** The SQL read of the column on the table's alias `t` (default: the column itself). */
  read?: string;
  /** May be empty; by default what the API's field of the same name allows (else not). */
  nullable?: boolean;
};

export type ReleaseTable = {
  /** File name (without .csv) and JSON key. */
  name: string;
  /** The database table. */
  table: string;
  description: string;
  columns: ReleaseColumn[];
  /** The API resource schema whose fields describe the columns of the same name, where it has them. */
  apiSchema: z.ZodObject;
};

/**
 * Published rows are live and real. Only the benchmark (tests/bench/release.ts, which rolls its
 * release back) counts synthetic rows as real, to measure a release of 100,000 start-ups.
 */
export type VisibilityOptions = { includeSynthetic?: boolean };

const live = (alias: string, options: VisibilityOptions) =>
  options.includeSynthetic
    ? `"${alias}"."deletedAt" IS NULL`
    : `"${alias}"."deletedAt" IS NULL AND NOT "${alias}".synthetic`;

/**
 * The ids of each table's published rows are worked out once per release, into temporary tables
 * dropped at commit, each from the tables it depends on (so a founding needs a published person and
 * start-up, a citation a published source and record): every later read is then an index lookup.
 */
export const publishedTable = (table: string) => `"release_published_${table}"`;

/** A row of `table` with this id is published (its id set must already exist). */
const published = (table: string, idExpression: string) =>
  `EXISTS (SELECT 1 FROM ${publishedTable(table)} p WHERE p.id = ${idExpression})`;

/** The order the published-id tables are built in: each after those its rule reads. */
export const PUBLISHED_ORDER = [
  "City",
  "Organization",
  "Person",
  "Startup",
  "Source",
  "Employment",
  "Founding",
  "FundingRound",
  "Investment",
  "ReportedFigure",
  "Citation",
] as const;

/** The WHERE condition on `t` that makes a row of `tableName` public. */
export function visibility(tableName: string, options: VisibilityOptions): string {
  const own = live("t", options);
  switch (tableName) {
    case "Employment":
      return `${own} AND ${published("Person", `t."personId"`)} AND ${published("Organization", `t."organizationId"`)}`;
    case "Founding":
      return `${own} AND ${published("Person", `t."personId"`)} AND ${published("Startup", `t."startupId"`)}`;
    case "FundingRound":
      return `${own} AND ${published("Startup", `t."startupId"`)}`;
    case "Investment":
      return (
        `${own} AND ${published("FundingRound", `t."roundId"`)}` +
        ` AND (t."organizationId" IS NULL OR ${published("Organization", `t."organizationId"`)})` +
        ` AND (t."personId" IS NULL OR ${published("Person", `t."personId"`)})`
      );
    case "ReportedFigure":
      return `${own} AND ${published("Source", `t."sourceId"`)}`;
    case "Citation":
      return (
        `${own} AND ${published("Source", `t."sourceId"`)} AND CASE t."recordType"` +
        CITED_TABLES.map(([type, table]) => ` WHEN '${type}' THEN ${published(table, `t."recordId"`)}`).join("") +
        " ELSE false END"
      );
    default:
      return own;
  }
}

/** The statements that build the published-id tables, in order, inside the release's transaction. */
export function publishedTableStatements(options: VisibilityOptions): string[] {
  return PUBLISHED_ORDER.flatMap((table) => [
    `CREATE TEMPORARY TABLE ${publishedTable(table)} (id integer PRIMARY KEY) ON COMMIT DROP`,
    `INSERT INTO ${publishedTable(table)} SELECT t.id FROM "${table}" t WHERE ${visibility(table, options)}`,
    `ANALYZE ${publishedTable(table)}`,
  ]);
}

const CITED_TABLES = [
  ["CITY", "City"],
  ["STARTUP", "Startup"],
  ["PERSON", "Person"],
  ["ORGANIZATION", "Organization"],
  ["EMPLOYMENT", "Employment"],
  ["FOUNDING", "Founding"],
  ["FUNDING_ROUND", "FundingRound"],
  ["INVESTMENT", "Investment"],
  ["REPORTED_FIGURE", "ReportedFigure"],
] as const;

/** A reference column, emptied when the row it points at is not published. */
const reference = (column: string, table: string): string =>
  `CASE WHEN t."${column}" IS NOT NULL AND ${published(table, `t."${column}"`)} THEN t."${column}" END`;

const id = (what: string): ReleaseColumn => ({
  name: "id",
  type: "integer",
  meaning: `The ${what}'s id in this dataset.`,
});
const slug = (what: string): ReleaseColumn => ({
  name: "slug",
  type: "text",
  meaning: `The ${what}'s URL name on the site (unique).`,
});
const aliases: ReleaseColumn = {
  name: "aliases",
  type: "text list",
  meaning: "Other names it is known by.",
};
const pinyin: ReleaseColumn = { name: "pinyin", type: "text", meaning: "The Chinese name in pinyin." };
const nameEn = (what: string): ReleaseColumn => ({
  name: "nameEn",
  type: "text",
  meaning: `The ${what}'s English name.`,
});
const nameZh = (what: string): ReleaseColumn => ({
  name: "nameZh",
  type: "text",
  meaning: `The ${what}'s Chinese name.`,
});
const note: ReleaseColumn = { name: "note", type: "text", meaning: "An editor's note." };
const confidence: ReleaseColumn = {
  name: "confidence",
  type: "enum",
  meaning: "How well the sources support the record.",
};
const updatedAt: ReleaseColumn = {
  name: "updatedAt",
  type: "timestamp",
  meaning: "When the record last changed (UTC).",
};

export const RELEASE_TABLES: ReleaseTable[] = [
  {
    name: "cities",
    table: "City",
    description: "Cities where start-ups are based, and where reported figures are scoped.",
    apiSchema: citySchema,
    columns: [
      id("city"),
      slug("city"),
      nameEn("city"),
      nameZh("city"),
      pinyin,
      { name: "region", type: "text", meaning: "Province or region." },
      { name: "country", type: "text", meaning: "ISO 3166-1 alpha-2 country code." },
      { name: "latitude", type: "decimal", meaning: "Latitude in degrees." },
      { name: "longitude", type: "decimal", meaning: "Longitude in degrees." },
      updatedAt,
    ],
  },
  {
    name: "organizations",
    table: "Organization",
    description: "Alibaba Group units (with their tree), investors and other companies.",
    apiSchema: organizationSchema,
    columns: [
      id("organization"),
      slug("organization"),
      nameEn("organization"),
      nameZh("organization"),
      pinyin,
      aliases,
      { name: "kind", type: "enum", meaning: "What kind of organization it is." },
      {
        name: "parentId",
        type: "integer",
        meaning: "The unit above it in the Alibaba tree (organizations.id).",
        nullable: true,
        read: reference("parentId", "Organization"),
      },
      { name: "description", type: "text", meaning: "A short description." },
      { name: "website", type: "text", meaning: "Its website." },
      updatedAt,
    ],
  },
  {
    name: "people",
    table: "Person",
    description: "Founders, former Alibaba staff and individual investors.",
    apiSchema: personSchema,
    columns: [
      id("person"),
      slug("person"),
      nameEn("person"),
      nameZh("person"),
      {
        name: "label",
        type: "text",
        meaning: "Who the person is when no source names them (“co-founder, name not reported”).",
      },
      pinyin,
      aliases,
      { name: "bio", type: "text", meaning: "A short biography." },
      updatedAt,
    ],
  },
  {
    name: "startups",
    table: "Startup",
    description: "AI start-ups founded by former Alibaba Group employees.",
    apiSchema: startupSchema,
    columns: [
      id("start-up"),
      slug("start-up"),
      nameEn("start-up"),
      nameZh("start-up"),
      { name: "label", type: "text", meaning: "A descriptive label when the name is not reported." },
      pinyin,
      aliases,
      { name: "description", type: "text", meaning: "What the start-up does." },
      { name: "foundedYear", type: "integer", meaning: "The year it was founded." },
      {
        name: "foundedDate",
        type: "date",
        meaning: "The day it was founded, or the first day of the month (see foundedPrecision), when reported.",
      },
      { name: "foundedPrecision", type: "enum", meaning: "How much of foundedDate is known: MONTH or DAY." },
      {
        name: "cityId",
        type: "integer",
        meaning: "Where it is based (cities.id).",
        nullable: true,
        read: reference("cityId", "City"),
      },
      { name: "locationNote", type: "text", meaning: "More about its location." },
      { name: "sectors", type: "text list", meaning: "Its AI sectors." },
      { name: "status", type: "enum", meaning: "Operating, acquired, closed …" },
      { name: "statusNote", type: "text", meaning: "More about its status." },
      { name: "website", type: "text", meaning: "Its website." },
      confidence,
      updatedAt,
    ],
  },
  {
    name: "employments",
    table: "Employment",
    description: "People's jobs at organizations, the Alibaba careers above all.",
    apiSchema: employmentSchema,
    columns: [
      id("employment"),
      { name: "personId", type: "integer", meaning: "Who (people.id)." },
      { name: "organizationId", type: "integer", meaning: "Where (organizations.id)." },
      { name: "role", type: "text", meaning: "The job title or role." },
      { name: "startYear", type: "integer", meaning: "The year the job began." },
      { name: "startMonth", type: "integer", meaning: "The month it began (1–12)." },
      { name: "endYear", type: "integer", meaning: "The year it ended." },
      { name: "endMonth", type: "integer", meaning: "The month it ended (1–12)." },
      { name: "isCurrent", type: "boolean", meaning: "Whether the person still holds it." },
      {
        name: "endNotStated",
        type: "boolean",
        meaning: "The source does not say whether or when it ended (unlike an empty endYear: left, year not reported).",
      },
      note,
      updatedAt,
    ],
  },
  {
    name: "foundings",
    table: "Founding",
    description: "Who founded which start-up.",
    apiSchema: foundingSchema,
    columns: [
      id("founding"),
      { name: "personId", type: "integer", meaning: "The founder (people.id)." },
      { name: "startupId", type: "integer", meaning: "The start-up (startups.id)." },
      { name: "role", type: "enum", meaning: "Founder or co-founder." },
      { name: "title", type: "text", meaning: "Their title at the start-up." },
      note,
      confidence,
      updatedAt,
    ],
  },
  {
    name: "funding_rounds",
    table: "FundingRound",
    description: "Funding rounds of the start-ups.",
    apiSchema: fundingRoundSchema,
    columns: [
      id("round"),
      { name: "startupId", type: "integer", meaning: "The start-up that raised it (startups.id)." },
      { name: "announcedOn", type: "date", meaning: "When it was announced (see datePrecision)." },
      { name: "datePrecision", type: "enum", meaning: "How much of announcedOn is known." },
      {
        name: "announcedUntil",
        type: "date",
        meaning: "The end of a round dated only by a span (“2024–2025”); announcedOn is its start.",
      },
      { name: "untilPrecision", type: "enum", meaning: "How much of announcedUntil is known." },
      { name: "stage", type: "enum", meaning: "The round's stage." },
      { name: "stageLabel", type: "text", meaning: "The stage as reported, when it is not a standard one." },
      { name: "amountText", type: "text", meaning: "The amount in the source's own words (超2亿元), when typed so." },
      {
        name: "amountKind",
        type: "enum",
        meaning: "Whether the amount is exact, a range, a lower bound (“more than”) or undisclosed.",
      },
      { name: "amountLow", type: "decimal", meaning: "The amount (the low end of a range), in currency." },
      { name: "amountHigh", type: "decimal", meaning: "The high end of a range, in currency." },
      { name: "currency", type: "text", meaning: "ISO 4217 currency code of the amounts." },
      { name: "amountUsdLow", type: "decimal", meaning: "amountLow in US dollars." },
      { name: "amountUsdHigh", type: "decimal", meaning: "amountHigh in US dollars." },
      note,
      updatedAt,
    ],
  },
  {
    name: "investments",
    table: "Investment",
    description: "Who invested in which round: an organization or a person.",
    apiSchema: investmentSchema,
    columns: [
      id("investment"),
      { name: "roundId", type: "integer", meaning: "The round (funding_rounds.id)." },
      {
        name: "organizationId",
        type: "integer",
        meaning: "The investing organization (organizations.id).",
        nullable: true,
      },
      { name: "personId", type: "integer", meaning: "The investing person (people.id).", nullable: true },
      { name: "isLead", type: "boolean", meaning: "Whether it led the round." },
      note,
      updatedAt,
    ],
  },
  {
    name: "sources",
    table: "Source",
    description: "The articles, filings and pages the facts come from.",
    apiSchema: sourceSchema,
    columns: [
      id("source"),
      { name: "url", type: "text", meaning: "Where the source is." },
      { name: "publisher", type: "text", meaning: "Who published it." },
      { name: "originalPublisher", type: "text", meaning: "Who first published it, for a republication." },
      { name: "canonicalUrl", type: "text", meaning: "The original's address, for a republication." },
      { name: "title", type: "text", meaning: "Its title." },
      { name: "publishedOn", type: "date", meaning: "When it was published (see publishedPrecision)." },
      { name: "publishedPrecision", type: "enum", meaning: "How much of publishedOn is known." },
      { name: "retrievedOn", type: "date", meaning: "When it was read." },
      { name: "language", type: "text", meaning: "Its language (BCP 47)." },
      { name: "kind", type: "enum", meaning: "What kind of source it is." },
      note,
      updatedAt,
    ],
  },
  {
    name: "citations",
    table: "Citation",
    description: "Which source supports which record (and field).",
    apiSchema: citationSchema,
    columns: [
      id("citation"),
      { name: "sourceId", type: "integer", meaning: "The source (sources.id)." },
      { name: "recordType", type: "enum", meaning: "The kind of record cited: the table recordId points into." },
      { name: "recordId", type: "integer", meaning: "The record's id in the table recordType names." },
      { name: "field", type: "text", meaning: "The field the source supports; empty for the whole record." },
      { name: "claimedValue", type: "text", meaning: "What the source states when it differs from the record." },
      { name: "quote", type: "text", meaning: "The words of the source." },
      note,
      updatedAt,
    ],
  },
  {
    name: "reported_figures",
    table: "ReportedFigure",
    description: "Figures reported by others (not counted from the records), kept apart and labelled.",
    apiSchema: reportedFigureSchema,
    columns: [
      id("figure"),
      slug("figure"),
      { name: "metric", type: "text", meaning: "What is counted or measured." },
      { name: "value", type: "decimal", meaning: "The value, when numeric." },
      { name: "valueText", type: "text", meaning: "The value as reported, when not a plain number." },
      { name: "unit", type: "text", meaning: "The unit of value." },
      { name: "asOfDate", type: "date", meaning: "The date the figure refers to." },
      { name: "asOfLabel", type: "text", meaning: "The date as reported (e.g. end-2024)." },
      { name: "scope", type: "text", meaning: "What the figure covers." },
      {
        name: "scopeCityId",
        type: "integer",
        meaning: "The city it is limited to (cities.id).",
        nullable: true,
        read: reference("scopeCityId", "City"),
      },
      {
        name: "baseFigureId",
        type: "integer",
        meaning: "For a share: the figure it is a share of (reported_figures.id).",
        nullable: true,
        read: reference("baseFigureId", "ReportedFigure"),
      },
      { name: "originalDataSource", type: "text", meaning: "Where the reporter's data came from." },
      { name: "alibabaSpecific", type: "boolean", meaning: "Whether it is about Alibaba alumni specifically." },
      note,
      { name: "sourceId", type: "integer", meaning: "Who reported it (sources.id)." },
      updatedAt,
    ],
  },
];

/** The SQL select list: each column read as text, number, boolean or JSON list. */
export function selectList(table: ReleaseTable): string {
  return table.columns
    .map((column) => {
      const value = column.read ?? `t."${column.name}"`;
      switch (column.type) {
        case "date":
          return `to_char(${value}, 'YYYY-MM-DD') AS "${column.name}"`;
        case "timestamp":
          return `to_char(${value} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "${column.name}"`;
        case "decimal":
        case "enum":
          return `(${value})::text AS "${column.name}"`;
        case "text list":
          return `to_jsonb(${value})::text AS "${column.name}"`;
        default:
          return `${value} AS "${column.name}"`;
      }
    })
    .join(", ");
}
