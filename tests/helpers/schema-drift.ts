import { readFileSync } from "node:fs";
import path from "node:path";
import { get_dmmf } from "@prisma/prisma-schema-wasm";
import type { SqlExecutor } from "@/lib/db/sql";

/**
 * Compares prisma/schema.prisma with a migrated database, so hand-written migrations cannot drift
 * from the data model unnoticed. Both sides are reduced to the same plain snapshot (tables,
 * columns, keys, indexes, foreign keys, enums); `compareSchemas` lists every difference as a line.
 * CHECK constraints are ignored on purpose: they hold rules Prisma's schema language cannot express.
 */

export type ColumnSnapshot = {
  type: string;
  nullable: boolean;
  /** The default as Postgres prints it (pg_get_expr), or a pattern the expected side accepts. */
  default: DefaultSnapshot | null;
};

export type DefaultSnapshot = { expression: string } | { matches: RegExp; description: string };

export type IndexSnapshot = { name: string; columns: string[]; unique: boolean; method: string; partial: boolean };

export type ForeignKeySnapshot = {
  name: string;
  columns: string[];
  referencedTable: string;
  referencedColumns: string[];
  onDelete: ReferentialAction;
  onUpdate: ReferentialAction;
};

export type TableSnapshot = {
  columns: Map<string, ColumnSnapshot>;
  primaryKey: { name: string; columns: string[] } | null;
  indexes: IndexSnapshot[];
  foreignKeys: ForeignKeySnapshot[];
};

export type SchemaSnapshot = { tables: Map<string, TableSnapshot>; enums: Map<string, string[]> };

type ReferentialAction = "Cascade" | "Restrict" | "NoAction" | "SetNull" | "SetDefault";

/** Tables that exist in a migrated database without being models. */
const BOOKKEEPING_TABLES = new Set(["_prisma_migrations"]);

/**
 * Indexes written by hand in a migration because schema.prisma cannot express them (expression,
 * trigram, partial and covering indexes). Each is named here with the migration that creates it; the check requires them
 * to exist, and ignores nothing else. Add a line here in the same commit as the migration.
 */
export const HAND_WRITTEN_INDEXES: Readonly<Record<string, { table: string; migration: string }>> = {
  Startup_search_trgm_idx: { table: "Startup", migration: "20261123160000_search_indexes" },
  Person_search_trgm_idx: { table: "Person", migration: "20261123160000_search_indexes" },
  Organization_search_trgm_idx: { table: "Organization", migration: "20261123160000_search_indexes" },
  Startup_display_name_idx: { table: "Startup", migration: "20261123160000_search_indexes" },
  Startup_search_bigram_idx: { table: "Startup", migration: "20261123160000_search_indexes" },
  Person_search_bigram_idx: { table: "Person", migration: "20261123160000_search_indexes" },
  Organization_search_bigram_idx: { table: "Organization", migration: "20261123160000_search_indexes" },
  Person_display_name_idx: { table: "Person", migration: "20261123160000_search_indexes" },
  FundingRound_live_totals_idx: { table: "FundingRound", migration: "20261123160000_search_indexes" },
  Organization_name_order_idx: { table: "Organization", migration: "20261130150012_api_list_indexes" },
  Startup_synthetic_idx: { table: "Startup", migration: "20261130150012_api_list_indexes" },
  Employment_live_person_idx: { table: "Employment", migration: "20261123160000_search_indexes" },
  Founding_live_startup_idx: { table: "Founding", migration: "20261123160000_search_indexes" },
  Investment_live_organization_idx: { table: "Investment", migration: "20261124100000_browse_live_indexes" },
  City_live_nameEn_key: { table: "City", migration: "20261130134117_form_submissions_and_unique_names" },
  City_live_nameZh_key: { table: "City", migration: "20261130134117_form_submissions_and_unique_names" },
  Startup_live_nameEn_key: { table: "Startup", migration: "20261130134117_form_submissions_and_unique_names" },
  Startup_live_nameZh_key: { table: "Startup", migration: "20261130134117_form_submissions_and_unique_names" },
  ExchangeRate_live_currency_rateOn_key: { table: "ExchangeRate", migration: "20261201000300_exchange_rate_admin" },
  Organization_live_nameEn_key: {
    table: "Organization",
    migration: "20261130134117_form_submissions_and_unique_names",
  },
  Organization_live_nameZh_key: {
    table: "Organization",
    migration: "20261130134117_form_submissions_and_unique_names",
  },
};

export const defaultSchemaPath = path.join(process.cwd(), "prisma", "schema.prisma");

// ---------------------------------------------------------------------------------------------
// Expected: what `prisma migrate` would create from the schema.

type DmmfField = {
  name: string;
  dbName?: string | null;
  kind: "scalar" | "object" | "enum" | "unsupported";
  isList: boolean;
  isRequired: boolean;
  isId: boolean;
  hasDefaultValue: boolean;
  type: string;
  nativeType?: [string, string[]] | null;
  default?: unknown;
  relationFromFields?: string[];
  relationToFields?: string[];
  relationOnDelete?: ReferentialAction;
  relationOnUpdate?: ReferentialAction;
};

type DmmfModel = {
  name: string;
  dbName: string | null;
  fields: DmmfField[];
  primaryKey: { name: string | null; fields: string[] } | null;
};

type DmmfIndex = {
  model: string;
  type: "id" | "unique" | "normal" | "fulltext";
  dbName?: string | null;
  algorithm?: string;
  fields: { name: string; sortOrder?: "asc" | "desc" }[];
};

type DmmfEnum = { name: string; dbName?: string | null; values: { name: string; dbName: string | null }[] };

type Datamodel = { models: DmmfModel[]; enums: DmmfEnum[]; indexes: DmmfIndex[] };

export function readDatamodel(schemaPath: string = defaultSchemaPath): Datamodel {
  const source = readFileSync(schemaPath, "utf8");
  const dmmf = JSON.parse(get_dmmf(JSON.stringify({ prismaSchema: [["schema.prisma", source]] }))) as {
    datamodel: Datamodel;
  };
  return dmmf.datamodel;
}

// Postgres identifiers are at most 63 bytes; Prisma shortens the prefix of a default name, keeping the suffix.
function prismaConstraintName(table: string, columns: string[], suffix: string): string {
  const prefix = [table, ...columns].join("_");
  const maxPrefix = 63 - suffix.length - 1;
  return `${prefix.length > maxPrefix ? prefix.slice(0, maxPrefix) : prefix}_${suffix}`;
}

function columnType(field: DmmfField, enumNames: Map<string, string>): string {
  const base = field.kind === "enum" ? enumNames.get(field.type)! : scalarType(field);
  return field.isList ? `${base}[]` : base;
}

function scalarType(field: DmmfField): string {
  const [native, args = []] = field.nativeType ?? [];
  const precision = args.length > 0 ? `(${args.join(",")})` : "";
  if (native) {
    switch (native) {
      case "Text":
        return "text";
      case "Char":
        return `character${precision}`;
      case "VarChar":
        return `character varying${precision}`;
      case "Uuid":
        return "uuid";
      case "Integer":
        return "integer";
      case "SmallInt":
        return "smallint";
      case "BigInt":
        return "bigint";
      case "Real":
        return "real";
      case "DoublePrecision":
        return "double precision";
      case "Decimal":
        return `numeric${precision}`;
      case "Money":
        return "money";
      case "Boolean":
        return "boolean";
      case "Date":
        return "date";
      case "Timestamp":
        return `timestamp${precision || "(3)"} without time zone`;
      case "Timestamptz":
        return `timestamp${precision || "(3)"} with time zone`;
      case "Time":
        return `time${precision || "(3)"} without time zone`;
      case "Timetz":
        return `time${precision || "(3)"} with time zone`;
      case "Json":
        return "json";
      case "JsonB":
        return "jsonb";
      case "ByteA":
        return "bytea";
      case "Inet":
        return "inet";
      case "Xml":
        return "xml";
      default:
        throw new Error(`schema-drift: no Postgres mapping for @db.${native} on field ${field.name}; add one`);
    }
  }
  switch (field.type) {
    case "String":
      return "text";
    case "Int":
      return "integer";
    case "BigInt":
      return "bigint";
    case "Float":
      return "double precision";
    case "Decimal":
      return "numeric(65,30)";
    case "Boolean":
      return "boolean";
    case "DateTime":
      return "timestamp(3) without time zone";
    case "Json":
      return "jsonb";
    case "Bytes":
      return "bytea";
    default:
      throw new Error(`schema-drift: no Postgres mapping for type ${field.type} on field ${field.name}; add one`);
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The database default Prisma Migrate writes for a field's @default, or null when it writes none. */
function expectedDefault(field: DmmfField, type: string): DefaultSnapshot | null {
  if (!field.hasDefaultValue || field.default === undefined) return null;
  const value = field.default;
  if (Array.isArray(value)) {
    if (value.length > 0) return { matches: /^ARRAY\[.+\]/, description: `ARRAY[${value.join(", ")}]` };
    // Postgres prints the element type quoted when its name needs quotes: ARRAY[]::"Sector"[].
    const element = escapeRegExp(type.replace(/\[\]$/, ""));
    return { matches: new RegExp(`^ARRAY\\[\\]::("${element}"|${element})\\[\\]$`), description: `ARRAY[]::${type}` };
  }
  if (typeof value === "object" && value !== null && "name" in value) {
    const fn = value as { name: string; args: unknown[] };
    switch (fn.name) {
      case "autoincrement":
        return { matches: /^nextval\('.+'::regclass\)$/, description: "nextval(<sequence>) (autoincrement)" };
      case "now":
        return { matches: /^(CURRENT_TIMESTAMP|now\(\))$/, description: "CURRENT_TIMESTAMP (now())" };
      case "dbgenerated":
        return fn.args[0] === undefined ? null : { expression: String(fn.args[0]) };
      // uuid(), cuid(), nanoid() … are filled in by Prisma Client, not by the database.
      default:
        return null;
    }
  }
  if (typeof value === "boolean" || typeof value === "number") return { expression: String(value) };
  // BigInt and Decimal defaults come through DMMF as strings, but Prisma Migrate writes them as
  // bare numbers (DEFAULT 0), which is how Postgres prints them back.
  if (typeof value === "string" && (field.type === "BigInt" || field.type === "Decimal")) return { expression: value };
  if (typeof value === "string") {
    return {
      matches: new RegExp(`^'${escapeRegExp(value.replace(/'/g, "''"))}'(::.+)?$`),
      description: `'${value}'`,
    };
  }
  throw new Error(`schema-drift: cannot interpret @default on field ${field.name}: ${JSON.stringify(value)}`);
}

function defaultReferentialAction(fromFields: DmmfField[]): ReferentialAction {
  return fromFields.every((field) => !field.isRequired) ? "SetNull" : "Restrict";
}

export function expectedSchema(datamodel: Datamodel = readDatamodel()): SchemaSnapshot {
  const enumNames = new Map(datamodel.enums.map((e) => [e.name, e.dbName ?? e.name]));
  const tableNames = new Map(datamodel.models.map((m) => [m.name, m.dbName ?? m.name]));
  const modelsByName = new Map(datamodel.models.map((m) => [m.name, m]));
  const columnName = (model: DmmfModel, fieldName: string): string => {
    const field = model.fields.find((f) => f.name === fieldName);
    if (!field) throw new Error(`schema-drift: model ${model.name} has no field ${fieldName}`);
    return field.dbName ?? field.name;
  };

  const tables = new Map<string, TableSnapshot>();
  for (const model of datamodel.models) {
    const table = tableNames.get(model.name)!;
    const columns = new Map<string, ColumnSnapshot>();
    for (const field of model.fields) {
      if (field.kind === "object") continue;
      if (field.kind === "unsupported") throw new Error(`schema-drift: Unsupported field ${model.name}.${field.name}`);
      const type = columnType(field, enumNames);
      columns.set(field.dbName ?? field.name, {
        type,
        // Prisma Migrate creates list columns without NOT NULL.
        nullable: field.isList || !field.isRequired,
        default: expectedDefault(field, type),
      });
    }

    const indexes: IndexSnapshot[] = [];
    let primaryKey: TableSnapshot["primaryKey"] = null;
    for (const index of datamodel.indexes.filter((i) => i.model === model.name)) {
      const indexColumns = index.fields.map((f) => columnName(model, f.name));
      if (index.type === "id") {
        primaryKey = { name: index.dbName ?? `${table}_pkey`, columns: indexColumns };
        continue;
      }
      if (index.type === "fulltext") throw new Error(`schema-drift: fulltext index on ${model.name} is MySQL-only`);
      const unique = index.type === "unique";
      indexes.push({
        name: index.dbName ?? prismaConstraintName(table, indexColumns, unique ? "key" : "idx"),
        columns: index.fields.map((f, i) => (f.sortOrder === "desc" ? `${indexColumns[i]} DESC` : indexColumns[i]!)),
        unique,
        method: (index.algorithm ?? "BTree").toLowerCase(),
        partial: false,
      });
    }

    const foreignKeys: ForeignKeySnapshot[] = [];
    for (const field of model.fields) {
      if (field.kind !== "object" || !field.relationFromFields?.length) continue;
      const target = modelsByName.get(field.type)!;
      const fromFields = field.relationFromFields.map((name) => model.fields.find((f) => f.name === name)!);
      const fkColumns = field.relationFromFields.map((name) => columnName(model, name));
      foreignKeys.push({
        name: prismaConstraintName(table, fkColumns, "fkey"),
        columns: fkColumns,
        referencedTable: tableNames.get(target.name)!,
        referencedColumns: (field.relationToFields ?? []).map((name) => columnName(target, name)),
        onDelete: field.relationOnDelete ?? defaultReferentialAction(fromFields),
        onUpdate: field.relationOnUpdate ?? "Cascade",
      });
    }

    tables.set(table, { columns, primaryKey, indexes, foreignKeys });
  }

  const enums = new Map(
    datamodel.enums.map((e) => [e.dbName ?? e.name, e.values.map((value) => value.dbName ?? value.name)]),
  );
  return { tables, enums };
}

// ---------------------------------------------------------------------------------------------
// Actual: what the database holds, read from pg_catalog.

const REFERENTIAL_ACTIONS: Record<string, ReferentialAction> = {
  a: "NoAction",
  r: "Restrict",
  c: "Cascade",
  n: "SetNull",
  d: "SetDefault",
};

// format_type quotes names that need it ("Sector"); the snapshot compares bare names.
function unquote(type: string): string {
  return type.replace(/"/g, "");
}

export async function actualSchema(sql: SqlExecutor, schema = "public"): Promise<SchemaSnapshot> {
  const tableRows = await sql.query<{ table: string }>(
    `SELECT c.relname AS table FROM pg_class c
     WHERE c.relnamespace = $1::regnamespace AND c.relkind IN ('r', 'p') ORDER BY c.relname`,
    [schema],
  );
  const columnRows = await sql.query<{
    table: string;
    column: string;
    type: string;
    notnull: boolean;
    default: string | null;
  }>(
    `SELECT c.relname AS table, a.attname AS column, format_type(a.atttypid, a.atttypmod) AS type,
            a.attnotnull AS notnull, pg_get_expr(d.adbin, d.adrelid) AS default
     FROM pg_attribute a
     JOIN pg_class c ON c.oid = a.attrelid
     LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
     WHERE c.relnamespace = $1::regnamespace AND c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped
     ORDER BY c.relname, a.attnum`,
    [schema],
  );
  // Every index, unique constraints included (Postgres backs each with a unique index).
  const indexRows = await sql.query<{
    table: string;
    name: string;
    columns: string[];
    unique: boolean;
    primary: boolean;
    method: string;
    partial: boolean;
  }>(
    `SELECT t.relname AS table, i.relname AS name, x.indisunique AS unique, x.indisprimary AS primary,
            am.amname AS method, x.indpred IS NOT NULL AS partial,
            ARRAY(
              SELECT pg_get_indexdef(x.indexrelid, k.n, true)
                     || CASE WHEN x.indoption[k.n - 1] & 1 = 1 THEN ' DESC' ELSE '' END
              FROM generate_series(1, x.indnkeyatts) AS k(n) ORDER BY k.n
            ) AS columns
     FROM pg_index x
     JOIN pg_class i ON i.oid = x.indexrelid
     JOIN pg_class t ON t.oid = x.indrelid
     JOIN pg_am am ON am.oid = i.relam
     WHERE t.relnamespace = $1::regnamespace AND t.relkind IN ('r', 'p')
     ORDER BY t.relname, i.relname`,
    [schema],
  );
  const foreignKeyRows = await sql.query<{
    table: string;
    name: string;
    columns: string[];
    referencedTable: string;
    referencedColumns: string[];
    onDelete: string;
    onUpdate: string;
  }>(
    `SELECT t.relname AS table, con.conname AS name, r.relname AS "referencedTable",
            con.confdeltype AS "onDelete", con.confupdtype AS "onUpdate",
            ARRAY(SELECT a.attname FROM unnest(con.conkey) WITH ORDINALITY AS k(attnum, n)
                  JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum ORDER BY k.n)::text[] AS columns,
            ARRAY(SELECT a.attname FROM unnest(con.confkey) WITH ORDINALITY AS k(attnum, n)
                  JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.attnum ORDER BY k.n)::text[]
              AS "referencedColumns"
     FROM pg_constraint con
     JOIN pg_class t ON t.oid = con.conrelid
     JOIN pg_class r ON r.oid = con.confrelid
     WHERE con.contype = 'f' AND t.relnamespace = $1::regnamespace
     ORDER BY t.relname, con.conname`,
    [schema],
  );
  const enumRows = await sql.query<{ name: string; values: string[] }>(
    `SELECT t.typname AS name, ARRAY(SELECT e.enumlabel FROM pg_enum e WHERE e.enumtypid = t.oid ORDER BY e.enumsortorder)::text[] AS values
     FROM pg_type t WHERE t.typnamespace = $1::regnamespace AND t.typtype = 'e' ORDER BY t.typname`,
    [schema],
  );

  const tables = new Map<string, TableSnapshot>();
  for (const { table } of tableRows) {
    if (BOOKKEEPING_TABLES.has(table)) continue;
    tables.set(table, { columns: new Map(), primaryKey: null, indexes: [], foreignKeys: [] });
  }
  for (const row of columnRows) {
    tables.get(row.table)?.columns.set(row.column, {
      type: unquote(row.type),
      nullable: !row.notnull,
      default: row.default === null ? null : { expression: row.default },
    });
  }
  for (const row of indexRows) {
    const table = tables.get(row.table);
    if (!table) continue;
    const columns = row.columns.map(unquote);
    if (row.primary) table.primaryKey = { name: row.name, columns };
    else table.indexes.push({ name: row.name, columns, unique: row.unique, method: row.method, partial: row.partial });
  }
  for (const row of foreignKeyRows) {
    tables.get(row.table)?.foreignKeys.push({
      name: row.name,
      columns: row.columns,
      referencedTable: row.referencedTable,
      referencedColumns: row.referencedColumns,
      onDelete: REFERENTIAL_ACTIONS[row.onDelete] ?? "NoAction",
      onUpdate: REFERENTIAL_ACTIONS[row.onUpdate] ?? "NoAction",
    });
  }
  const enums = new Map(enumRows.map((row) => [row.name, row.values]));
  return { tables, enums };
}

// ---------------------------------------------------------------------------------------------
// Comparison.

function describeColumn(column: ColumnSnapshot): string {
  const parts = [column.type, column.nullable ? "NULL" : "NOT NULL"];
  if (column.default) parts.push(`DEFAULT ${describeDefault(column.default)}`);
  return parts.join(" ");
}

function describeDefault(value: DefaultSnapshot): string {
  return "expression" in value ? value.expression : value.description;
}

function defaultMatches(expected: DefaultSnapshot | null, actual: DefaultSnapshot | null): boolean {
  if (expected === null || actual === null) return expected === actual;
  if (!("expression" in actual)) throw new Error("schema-drift: the actual side must hold plain expressions");
  return "expression" in expected
    ? expected.expression === actual.expression
    : expected.matches.test(actual.expression);
}

function describeIndex(index: IndexSnapshot): string {
  const kind = index.unique ? "unique index" : "index";
  return `${kind} ${index.name} (${index.columns.join(", ")}) using ${index.method}${index.partial ? " WHERE …" : ""}`;
}

function describeForeignKey(fk: ForeignKeySnapshot): string {
  return (
    `foreign key ${fk.name} (${fk.columns.join(", ")}) → ${fk.referencedTable}(${fk.referencedColumns.join(", ")}) ` +
    `ON DELETE ${fk.onDelete} ON UPDATE ${fk.onUpdate}`
  );
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((value, i) => value === b[i]);
}

function compareByName<T extends { name: string }>(
  where: string,
  expected: T[],
  actual: T[],
  describe: (item: T) => string,
  differences: string[],
): void {
  const actualByName = new Map(actual.map((item) => [item.name, item]));
  const expectedNames = new Set(expected.map((item) => item.name));
  for (const item of expected) {
    const found = actualByName.get(item.name);
    if (!found) differences.push(`${where}: missing ${describe(item)}`);
    else if (describe(found) !== describe(item)) {
      differences.push(
        `${where}: ${describe(item).split(" (")[0]} differs: expected ${describe(item)}, found ${describe(found)}`,
      );
    }
  }
  for (const item of actual) {
    if (!expectedNames.has(item.name)) differences.push(`${where}: unexpected ${describe(item)}`);
  }
}

/** Every way the database differs from the schema, one readable line each; empty when they agree. */
export function compareSchemas(expected: SchemaSnapshot, actual: SchemaSnapshot): string[] {
  const differences: string[] = [];

  for (const [name, values] of expected.enums) {
    const found = actual.enums.get(name);
    if (!found) differences.push(`enum ${name}: missing`);
    else if (!sameList(values, found)) {
      differences.push(`enum ${name}: expected values [${values.join(", ")}], found [${found.join(", ")}]`);
    }
  }
  for (const name of actual.enums.keys()) {
    if (!expected.enums.has(name)) differences.push(`enum ${name}: in the database but not in the schema`);
  }

  for (const [tableName, table] of expected.tables) {
    const found = actual.tables.get(tableName);
    if (!found) {
      differences.push(`table ${tableName}: missing`);
      continue;
    }
    for (const [columnName, column] of table.columns) {
      const where = `table ${tableName}, column ${columnName}`;
      const actualColumn = found.columns.get(columnName);
      if (!actualColumn) {
        differences.push(`${where}: missing (expected ${describeColumn(column)})`);
        continue;
      }
      if (column.type !== actualColumn.type) {
        differences.push(`${where}: expected type ${column.type}, found ${actualColumn.type}`);
      }
      if (column.nullable !== actualColumn.nullable) {
        differences.push(
          `${where}: expected ${column.nullable ? "NULL" : "NOT NULL"}, found ${actualColumn.nullable ? "NULL" : "NOT NULL"}`,
        );
      }
      if (!defaultMatches(column.default, actualColumn.default)) {
        differences.push(
          `${where}: expected ${column.default ? `DEFAULT ${describeDefault(column.default)}` : "no default"}, ` +
            `found ${actualColumn.default ? `DEFAULT ${describeDefault(actualColumn.default)}` : "no default"}`,
        );
      }
    }
    for (const [columnName, column] of found.columns) {
      if (!table.columns.has(columnName)) {
        differences.push(
          `table ${tableName}, column ${columnName}: in the database but not in the schema (${describeColumn(column)})`,
        );
      }
    }

    const describeKey = (key: { name: string; columns: string[] } | null) =>
      key ? `${key.name} (${key.columns.join(", ")})` : "none";
    if (describeKey(table.primaryKey) !== describeKey(found.primaryKey)) {
      differences.push(
        `table ${tableName}: expected primary key ${describeKey(table.primaryKey)}, found ${describeKey(found.primaryKey)}`,
      );
    }
    const handWritten = (index: IndexSnapshot) => HAND_WRITTEN_INDEXES[index.name]?.table === tableName;
    compareByName(
      `table ${tableName}`,
      table.indexes,
      found.indexes.filter((index) => !handWritten(index)),
      describeIndex,
      differences,
    );
    for (const [name, { table: owner, migration }] of Object.entries(HAND_WRITTEN_INDEXES)) {
      if (owner === tableName && !found.indexes.some((index) => index.name === name)) {
        differences.push(`table ${tableName}: missing hand-written index ${name} (from migration ${migration})`);
      }
    }
    compareByName(`table ${tableName}`, table.foreignKeys, found.foreignKeys, describeForeignKey, differences);
  }
  for (const tableName of actual.tables.keys()) {
    if (!expected.tables.has(tableName)) differences.push(`table ${tableName}: in the database but not in the schema`);
  }

  return differences;
}

/** The whole check: the schema file against the database behind `sql`. */
export async function findSchemaDrift(sql: SqlExecutor, schemaPath: string = defaultSchemaPath): Promise<string[]> {
  return compareSchemas(expectedSchema(readDatamodel(schemaPath)), await actualSchema(sql));
}
