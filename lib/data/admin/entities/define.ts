import "server-only";
import { z } from "zod";
import type { ChangeRecordType, CitationRecordType, DatePrecision } from "@/lib/generated/prisma/enums";
import type { Referrer } from "@/lib/forms/form-state";
import type { Locale } from "@/lib/i18n/locales";
import type { FormValues } from "@/lib/validation/form-data";
import type { EntityKey, FormDefinition } from "@/lib/validation/form-spec";
import { citationRowsSchema, type CitationChanges } from "@/lib/validation/citation-rows";
import { mergeParsed, parseWith, type ParseResult } from "@/lib/validation/parse";
import { delegateOf, type ModelName, type Row, type Tx } from "../delegates";

type Where = Record<string, unknown>;
type Columns = Record<string, unknown>;
/** Reads need only the record models: the app's client and a transaction both have them. */
export type Db = Pick<Tx, ModelName | "citation">;

/**
 * A record's input, read and checked by its form's schema, ready to become columns inside the
 * write's transaction (where references and uniqueness are checked against the data as it is then).
 */
export type PreparedRecord = { columns(tx: Tx, id?: number): Promise<Columns> };

/** A record form's input: the record, and the citations added and removed with it. */
export type RecordInput = { record: PreparedRecord; citations: CitationChanges };

const NO_CITATIONS: ParseResult<{ citations: CitationChanges }> = {
  success: true,
  data: { citations: { citations: [], removeCitations: [] } },
};

/** A record a citation can point at, whose support a save can change. */
export type RecordRef = { recordType: CitationRecordType; recordId: number };

/** A source offered to cite again with one click (one already cited on the record or its parent). */
export type SourceChoice = { id: number; label: string };

export type RelatedItem = { label: string; href: string; groups?: RelatedGroup[] };

/** A related group's heading, named by its key in the admin's messages (admin.related.titles). */
export type RelatedTitle =
  "founders" | "fundingRounds" | "investors" | "units" | "career" | "startupsFounded" | "investments";

/** What a related group's button adds, named by its key in the admin's messages (admin.related.adds). */
export type RelatedAddition =
  "founder" | "fundingRound" | "investor" | "unit" | "employment" | "founding" | "investment";

/** Records hanging off this one, and how to add another in place: its form, prefilled with this record. */
export type RelatedGroup = {
  title: RelatedTitle;
  add: {
    entity: EntityKey;
    label: RelatedAddition;
    values: FormValues;
    sources: SourceChoice[];
    /** Added through an entry form that saves this record with the ones it needs (a founder's person and jobs). */
    entry?: "founder" | "round";
  };
  items: RelatedItem[];
};

/** What an entity's related records are built from: the record, its name, and how to offer an addition. */
export type RelatedContext<View> = {
  db: Db;
  id: number;
  view: View;
  label: string;
  /** The editor's language, for the few words the items' names carry (a stage, "lead", "now"). */
  locale: Locale;
  /** The sources cited on the record itself. */
  sources: SourceChoice[];
  /** A form of another kind to add in place, starting from its defaults and these values. */
  add(key: EntityKey, label: RelatedAddition, values: FormValues, sources?: SourceChoice[]): RelatedGroup["add"];
  /** A reference field set to this record, with its label. */
  prefill(field: string): FormValues;
};

/** The part of an entity's definition that does not depend on its types: what generic code reads. */
type EntityIdentity = {
  key: EntityKey;
  model: ModelName;
  recordType: ChangeRecordType;
  /** The kind of record citations point at; null for sources and citations themselves. */
  citationType: CitationRecordType | null;
  singular: string;
  plural: string;
  /** Relations to load for naming a record in lists and messages. */
  include?: Where;
  /** Columns searched by the admin list and the pickers. */
  searchColumns: string[];
  /** Whether the list page shows the records' tree above the list (the Alibaba unit tree). */
  listsTree?: boolean;
};

/** How one entity is defined: its form and what its parsed output and loaded rows become. */
export type EntitySpec<Schema extends z.ZodType, View extends z.ZodType> = EntityIdentity & {
  /** The columns and loaded relations that naming, linking and related records read, checked when read. */
  view: View;
  /** Checks references and uniqueness, then maps the form's input to columns. */
  toColumns(tx: Tx, input: z.output<Schema>, id?: number): Promise<Columns>;
  /** A record's name in lists, pickers and messages, its words in the editor's language. */
  display(view: z.output<View>, locale: Locale): string;
  /** A picker option's second line; `#id` when there is nothing better. */
  detail?(view: z.output<View>, locale: Locale): string | null;
  /** Public pages that show this record (purged after a write). */
  publicPaths(view: z.output<View>): string[];
  /** The record's own public page, linked from its edit page. */
  publicLink?(view: z.output<View>): string | null;
  /** Live records that refer to this one (deleting is refused while any exist). */
  referrers(tx: Tx, id: number): Promise<Referrer[]>;
  /** Records named by what they link (a founding by its person and start-up) are found that way too. */
  relationSearch?(q: string): Where[];
  /** The records hanging off this one, to see and add in place on its edit page. */
  related?(context: RelatedContext<z.output<View>>): Promise<RelatedGroup[]>;
  /** Records that belong to this one and are deleted and restored with it (a round's investments). */
  dependents?: {
    remove(tx: Tx, id: number, at: Date): Promise<unknown>;
    restore(tx: Tx, id: number, deletedAt: Date): Promise<unknown>;
  };
  /** The records whose source support a save of these rows can change; by default the rows themselves. */
  supportedRecords?(tx: Tx, ids: number[]): Promise<RecordRef[]>;
};

/** An entity as the rest of the admin uses it: every method takes a stored row and checks what it reads. */
export type EntityDefinition = EntityIdentity & {
  form: FormDefinition;
  /** A submitted form read with the entity's own schema: the prepared record, or what is wrong. */
  parse(values: unknown): ParseResult<PreparedRecord>;
  /** A submitted form with its citation rows (none for a kind that cannot be cited). */
  parseWithCitations(values: unknown): ParseResult<RecordInput>;
  /** The record with the relations its name needs, deleted or not. */
  findById(db: Db, id: number): Promise<Row | null>;
  /** The record's name; English unless a language is given (messages and the change log stay English). */
  display(row: Row, locale?: Locale): string;
  detail(row: Row, locale?: Locale): string | null;
  publicPaths(row: Row): string[];
  publicLink(row: Row): string | null;
  referrers(tx: Tx, id: number): Promise<Referrer[]>;
  relationSearch(q: string): Where[];
  related(
    db: Db,
    row: Row,
    context: Pick<RelatedContext<unknown>, "sources" | "add" | "locale">,
  ): Promise<RelatedGroup[]>;
  removeDependents(tx: Tx, id: number, at: Date): Promise<void>;
  restoreDependents(tx: Tx, id: number, deletedAt: Date): Promise<void>;
  supportedRecords(tx: Tx, ids: number[]): Promise<RecordRef[]>;
};

/** An entity whose input type is known, for code that builds records itself (the CSV import). */
export type TypedEntity<Input> = EntityDefinition & { prepare(input: Input): PreparedRecord };

/**
 * An entity from its form and the mapping of that form's parsed output to columns. The output type
 * flows from the schema to `toColumns`, and a loaded row is read through the entity's `view` schema,
 * so nothing between the form, the database and the page is asserted.
 */
export function defineEntity<Schema extends z.ZodType, View extends z.ZodType>(
  form: FormDefinition<Schema>,
  spec: EntitySpec<Schema, View>,
): TypedEntity<z.output<Schema>> {
  const { key, model, recordType, citationType, singular, plural, include, searchColumns, listsTree } = spec;
  const prepare = (input: z.output<Schema>): PreparedRecord => ({ columns: (tx, id) => spec.toColumns(tx, input, id) });
  const parse = (values: unknown): ParseResult<PreparedRecord> => {
    const parsed = parseWith(form.schema, values);
    return parsed.success ? { success: true, data: prepare(parsed.data) } : parsed;
  };
  const view = (row: Row): z.output<View> => spec.view.parse(row);
  const recordsOf = (ids: number[]): RecordRef[] =>
    citationType ? ids.map((recordId) => ({ recordType: citationType, recordId })) : [];
  return {
    key,
    model,
    recordType,
    citationType,
    singular,
    plural,
    include,
    searchColumns,
    listsTree: listsTree ?? false,
    form,
    prepare,
    parse,
    parseWithCitations(values) {
      const record = parse(values);
      const citations = citationType ? parseWith(citationRowsSchema(form.citationFields), values) : null;
      return mergeParsed(
        record.success ? { success: true, data: { record: record.data } } : record,
        citations === null
          ? NO_CITATIONS
          : citations.success
            ? { success: true, data: { citations: citations.data } }
            : citations,
      );
    },
    findById: (db, id) => delegateOf(db, model).findUnique({ where: { id }, ...(include ? { include } : {}) }),
    display: (row, locale = "en") => spec.display(view(row), locale),
    detail: (row, locale = "en") => (spec.detail ? spec.detail(view(row), locale) : `#${row.id}`),
    publicPaths: (row) => spec.publicPaths(view(row)),
    publicLink: (row) => spec.publicLink?.(view(row)) ?? null,
    referrers: spec.referrers,
    relationSearch: (q) => spec.relationSearch?.(q) ?? [],
    async related(db, row, context) {
      if (!spec.related) return [];
      const label = spec.display(view(row), context.locale);
      const prefill = (field: string): FormValues => ({ [field]: String(row.id), [`${field}__label`]: label });
      return spec.related({ ...context, db, id: row.id, view: view(row), label, prefill });
    },
    async removeDependents(tx, id, at) {
      await spec.dependents?.remove(tx, id, at);
    },
    async restoreDependents(tx, id, deletedAt) {
      await spec.dependents?.restore(tx, id, deletedAt);
    },
    supportedRecords: (tx, ids) =>
      spec.supportedRecords ? spec.supportedRecords(tx, ids) : Promise.resolve(recordsOf(ids)),
  };
}

export const live = { deletedAt: null };

/** A name as records store it: English, Chinese, or a descriptive label when no name is reported. */
export const namedView = z.object({
  nameEn: z.string().nullish(),
  nameZh: z.string().nullish(),
  label: z.string().nullish(),
});

/** A relation loaded for naming: absent when the row was read without it. */
export const relation = <Shape extends z.ZodType>(shape: Shape) => shape.nullish();

export const slugView = z.object({ slug: z.string() });

export const dateOrNull = (value: unknown) => (typeof value === "string" ? new Date(`${value}T00:00:00.000Z`) : null);

/** A date reported as a month or a year is stored as its first day, so two entries of it compare equal. */
export function reportedDateOrNull(value: string | null, precision: DatePrecision | null): Date | null {
  if (value === null) return null;
  const day =
    precision === "YEAR" ? `${value.slice(0, 4)}-01-01` : precision === "MONTH" ? `${value.slice(0, 7)}-01` : value;
  return dateOrNull(day);
}

/** Records of one kind that refer to this one, named in the singular or plural as their count needs. */
export async function referrer(
  count: Promise<number>,
  [one, many]: [string, string],
  examples: () => Promise<{ label: string; href: string }[]>,
): Promise<Referrer | null> {
  const n = await count;
  return n === 0 ? null : { label: n === 1 ? one : many, count: n, examples: await examples() };
}

export async function collect(list: Promise<Referrer | null>[]): Promise<Referrer[]> {
  return (await Promise.all(list)).filter((r): r is Referrer => r !== null);
}

export const noReferrers = async (): Promise<Referrer[]> => [];

export const lowerStage = (stage: string) => stage.replaceAll("_", " ").toLowerCase();

/** A search by any of a record's names: English (any case), Chinese, or pinyin. */
export const nameSearch = (q: string): Where[] => [
  { nameEn: { contains: q, mode: "insensitive" } },
  { nameZh: { contains: q } },
  { pinyin: { contains: q.toLowerCase() } },
];

/** A start-up is also found by its descriptive label. */
export const startupNameSearch = (q: string): Where[] => [
  ...nameSearch(q),
  { label: { contains: q, mode: "insensitive" } },
];
