import "server-only";
import type { z } from "zod";
import type { FieldSpec, EntityKey, FormDefinition } from "@/lib/validation/form-spec";
import type { FormValues } from "@/lib/validation/form-data";
import { parseWith, type ParseResult } from "@/lib/validation/parse";
import { recordForms } from "@/lib/validation/record-forms";
import { citationForm } from "@/lib/validation/citation";
import { cityForm } from "@/lib/validation/city";
import { employmentForm } from "@/lib/validation/employment";
import { foundingForm } from "@/lib/validation/founding";
import { fundingRoundForm } from "@/lib/validation/funding-round";
import { investmentForm } from "@/lib/validation/investment";
import { organizationForm } from "@/lib/validation/organization";
import { personForm } from "@/lib/validation/person";
import { reportedFigureForm } from "@/lib/validation/reported-figure";
import { sourceForm } from "@/lib/validation/source";
import { startupForm } from "@/lib/validation/startup";
import type { ChangeRecordType, CitationRecordType, DatePrecision } from "@/lib/generated/prisma/enums";
import type { Referrer } from "@/lib/forms/form-state";
import { toPinyin } from "@/lib/text/pinyin";
import type { Snapshot } from "@/lib/history/snapshot";
import { ensureLive, ensureNameFree, resolveSlug } from "./checks";
import type { ModelName, Row, Tx } from "./delegates";
import { FieldError } from "@/lib/forms/errors";
import { storedName } from "@/lib/format/names";

type Columns = Record<string, unknown>;

/**
 * A record's input, read and checked by its form's schema, ready to become columns inside the
 * write's transaction (where references and uniqueness are checked against the data as it is then).
 */
export type PreparedRecord = { columns(tx: Tx, id?: number): Promise<Columns> };

type EntityDescription = {
  key: EntityKey;
  model: ModelName;
  recordType: ChangeRecordType;
  /** The kind of record citations point at; null for sources and citations themselves. */
  citationType: CitationRecordType | null;
  singular: string;
  plural: string;
  /** Relations to load for naming a record in lists and messages. */
  include?: Record<string, unknown>;
  display(row: Row): string;
  /** Live records that refer to this one (deleting is refused while any exist). */
  referrers(tx: Tx, id: number): Promise<Referrer[]>;
  /** Public pages that show this record. */
  publicPaths(row: Row): string[];
  /** Columns searched by the admin list and the pickers. */
  searchColumns: string[];
};

export type EntityDefinition = EntityDescription & {
  form: FormDefinition;
  /** A submitted form read with the entity's own schema: the prepared record, or what is wrong. */
  parse(values: unknown): ParseResult<PreparedRecord>;
};

/** An entity whose input type is known, for code that builds records itself (the CSV import). */
export type TypedEntity<Input> = EntityDefinition & { prepare(input: Input): PreparedRecord };

/**
 * An entity from its form and the mapping of that form's parsed output to columns: the output type
 * flows from the schema to `toColumns`, so nothing between the form and the database is asserted.
 */
function defineEntity<Schema extends z.ZodType>(
  form: FormDefinition<Schema>,
  description: EntityDescription & {
    /** Checks references and uniqueness, then maps the form's input to columns. */
    toColumns(tx: Tx, input: z.output<Schema>, id?: number): Promise<Columns>;
  },
): TypedEntity<z.output<Schema>> {
  const { toColumns, ...rest } = description;
  const prepare = (input: z.output<Schema>): PreparedRecord => ({ columns: (tx, id) => toColumns(tx, input, id) });
  return {
    ...rest,
    form,
    prepare,
    parse(values) {
      const parsed = parseWith(form.schema, values);
      return parsed.success ? { success: true, data: prepare(parsed.data) } : parsed;
    },
  };
}

const dateOrNull = (value: unknown) => (typeof value === "string" ? new Date(`${value}T00:00:00.000Z`) : null);

/** A date reported as a month or a year is stored as its first day, so two entries of it compare equal. */
function reportedDateOrNull(value: string | null, precision: DatePrecision | null): Date | null {
  if (value === null) return null;
  const day =
    precision === "YEAR" ? `${value.slice(0, 4)}-01-01` : precision === "MONTH" ? `${value.slice(0, 7)}-01` : value;
  return dateOrNull(day);
}

type Named = { nameEn?: string | null; nameZh?: string | null; label?: string | null } | null | undefined;

/** Records of one kind that refer to this one, named in the singular or plural as their count needs. */
async function referrer(
  count: Promise<number>,
  [one, many]: [string, string],
  examples: () => Promise<{ label: string; href: string }[]>,
): Promise<Referrer | null> {
  const n = await count;
  return n === 0 ? null : { label: n === 1 ? one : many, count: n, examples: await examples() };
}

async function collect(list: Promise<Referrer | null>[]): Promise<Referrer[]> {
  return (await Promise.all(list)).filter((r): r is Referrer => r !== null);
}

const live = { deletedAt: null };

const startups = defineEntity(startupForm, {
  key: "startups",
  model: "startup",
  recordType: "STARTUP",
  citationType: "STARTUP",
  singular: "start-up",
  plural: "Start-ups",
  include: { city: { select: { nameEn: true } } },
  async toColumns(tx, input, id) {
    await ensureLive(tx, "city", input.cityId, "cityId");
    await ensureNameFree(tx, "startup", input, id);
    const slug = await resolveSlug(tx, "startup", input.slug, [input.nameEn, input.nameZh, input.label], id);
    return {
      ...input,
      slug,
      pinyin: toPinyin(input.nameZh),
      foundedDate: dateOrNull(input.foundedDate),
    };
  },
  display: (row) => storedName(row as Named),
  async referrers(tx, id) {
    return collect([
      referrer(tx.founding.count({ where: { startupId: id, ...live } }), ["founding", "foundings"], async () =>
        (await tx.founding.findMany({ where: { startupId: id, ...live }, take: 3, include: { person: true } })).map(
          (f) => ({
            label: storedName(f.person),
            href: `/admin/foundings/${f.id}/edit`,
          }),
        ),
      ),
      referrer(
        tx.fundingRound.count({ where: { startupId: id, ...live } }),
        ["funding round", "funding rounds"],
        async () =>
          (await tx.fundingRound.findMany({ where: { startupId: id, ...live }, take: 3 })).map((r) => ({
            label: r.stage,
            href: `/admin/funding-rounds/${r.id}/edit`,
          })),
      ),
    ]);
  },
  publicPaths: (row) => ["/", "/startups", `/startups/${row.slug}`, "/cities"],
  searchColumns: ["nameEn", "nameZh", "label", "pinyin", "slug"],
});

const people = defineEntity(personForm, {
  key: "people",
  model: "person",
  recordType: "PERSON",
  citationType: "PERSON",
  singular: "person",
  plural: "People",
  async toColumns(tx, input, id) {
    const slug = await resolveSlug(tx, "person", input.slug, [input.nameEn, input.nameZh], id);
    return { ...input, slug, pinyin: toPinyin(input.nameZh) };
  },
  display: (row) => storedName(row as Named),
  async referrers(tx, id) {
    return collect([
      referrer(tx.founding.count({ where: { personId: id, ...live } }), ["founding", "foundings"], async () =>
        (await tx.founding.findMany({ where: { personId: id, ...live }, take: 3, include: { startup: true } })).map(
          (f) => ({
            label: storedName(f.startup),
            href: `/admin/foundings/${f.id}/edit`,
          }),
        ),
      ),
      referrer(tx.employment.count({ where: { personId: id, ...live } }), ["employment", "employments"], async () =>
        (
          await tx.employment.findMany({ where: { personId: id, ...live }, take: 3, include: { organization: true } })
        ).map((e) => ({
          label: e.organization.nameEn,
          href: `/admin/employments/${e.id}/edit`,
        })),
      ),
      referrer(tx.investment.count({ where: { personId: id, ...live } }), ["investment", "investments"], async () =>
        (await tx.investment.findMany({ where: { personId: id, ...live }, take: 3 })).map((i) => ({
          label: `investment #${i.id}`,
          href: `/admin/investments/${i.id}/edit`,
        })),
      ),
    ]);
  },
  publicPaths: (row) => ["/", "/founders", `/founders/${row.slug}`],
  searchColumns: ["nameEn", "nameZh", "pinyin", "slug"],
});

const cities = defineEntity(cityForm, {
  key: "cities",
  model: "city",
  recordType: "CITY",
  citationType: "CITY",
  singular: "city",
  plural: "Cities",
  async toColumns(tx, input, id) {
    await ensureNameFree(tx, "city", input, id);
    const slug = await resolveSlug(tx, "city", input.slug, [input.nameEn, input.nameZh], id);
    return { ...input, slug, pinyin: toPinyin(input.nameZh) };
  },
  display: (row) => storedName(row as Named),
  async referrers(tx, id) {
    return collect([
      referrer(tx.startup.count({ where: { cityId: id, ...live } }), ["start-up", "start-ups"], async () =>
        (await tx.startup.findMany({ where: { cityId: id, ...live }, take: 3, orderBy: { id: "asc" } })).map((s) => ({
          label: storedName(s),
          href: `/admin/startups/${s.id}/edit`,
        })),
      ),
      referrer(
        tx.reportedFigure.count({ where: { scopeCityId: id, ...live } }),
        ["reported figure", "reported figures"],
        async () =>
          (await tx.reportedFigure.findMany({ where: { scopeCityId: id, ...live }, take: 3 })).map((f) => ({
            label: f.metric,
            href: `/admin/reported-figures/${f.id}/edit`,
          })),
      ),
    ]);
  },
  publicPaths: (row) => ["/", "/cities", `/cities/${row.slug}`],
  searchColumns: ["nameEn", "nameZh", "pinyin", "slug"],
});

const organizations = defineEntity(organizationForm, {
  key: "organizations",
  model: "organization",
  recordType: "ORGANIZATION",
  citationType: "ORGANIZATION",
  singular: "organization",
  plural: "Organizations",
  // Three levels up: deep enough for the Alibaba unit tree, so a picker can show where a unit sits.
  include: {
    parent: { select: { nameEn: true, parent: { select: { nameEn: true, parent: { select: { nameEn: true } } } } } },
  },
  async toColumns(tx, input, id) {
    const parentId = input.parentId;
    await ensureLive(tx, "organization", parentId, "parentId");
    if (id !== undefined && parentId !== null) {
      // Walk up from the chosen parent: meeting this organization would make the unit tree a loop.
      let cursor: number | null = parentId;
      for (let depth = 0; cursor !== null && depth < 50; depth++) {
        if (cursor === id) throw new FieldError("parentId", "would put this organization inside itself");
        const parent: { parentId: number | null } | null = await tx.organization.findUnique({
          where: { id: cursor },
          select: { parentId: true },
        });
        cursor = parent?.parentId ?? null;
      }
    }
    await ensureNameFree(tx, "organization", input, id);
    const slug = await resolveSlug(tx, "organization", input.slug, [input.nameEn, input.nameZh], id);
    return { ...input, slug, pinyin: toPinyin(input.nameZh) };
  },
  display: (row) => storedName(row as Named),
  async referrers(tx, id) {
    return collect([
      referrer(
        tx.organization.count({ where: { parentId: id, ...live } }),
        ["unit under it", "units under it"],
        async () =>
          (await tx.organization.findMany({ where: { parentId: id, ...live }, take: 3 })).map((o) => ({
            label: o.nameEn,
            href: `/admin/organizations/${o.id}/edit`,
          })),
      ),
      referrer(
        tx.employment.count({ where: { organizationId: id, ...live } }),
        ["employment", "employments"],
        async () =>
          (
            await tx.employment.findMany({ where: { organizationId: id, ...live }, take: 3, include: { person: true } })
          ).map((e) => ({
            label: storedName(e.person),
            href: `/admin/employments/${e.id}/edit`,
          })),
      ),
      referrer(
        tx.investment.count({ where: { organizationId: id, ...live } }),
        ["investment", "investments"],
        async () =>
          (await tx.investment.findMany({ where: { organizationId: id, ...live }, take: 3 })).map((i) => ({
            label: `investment #${i.id}`,
            href: `/admin/investments/${i.id}/edit`,
          })),
      ),
    ]);
  },
  publicPaths: (row) => ["/", "/investors", `/investors/${row.slug}`],
  searchColumns: ["nameEn", "nameZh", "pinyin", "slug"],
});

const employments = defineEntity(employmentForm, {
  key: "employments",
  model: "employment",
  recordType: "EMPLOYMENT",
  citationType: "EMPLOYMENT",
  singular: "employment",
  plural: "Employments",
  include: { person: { select: { nameEn: true, nameZh: true } }, organization: { select: { nameEn: true } } },
  async toColumns(tx, input) {
    await ensureLive(tx, "person", input.personId, "personId");
    await ensureLive(tx, "organization", input.organizationId, "organizationId");
    return { ...input };
  },
  display: (row) => {
    const r = row as Row & { person?: Named; organization?: { nameEn: string } };
    const years = [r.startYear ?? "?", r.isCurrent ? "now" : (r.endYear ?? "?")].join("–");
    return `${storedName(r.person)} at ${r.organization?.nameEn ?? "?"} (${years})`;
  },
  referrers: async () => [],
  publicPaths: () => ["/", "/founders"],
  searchColumns: ["role", "note"],
});

const foundings = defineEntity(foundingForm, {
  key: "foundings",
  model: "founding",
  recordType: "FOUNDING",
  citationType: "FOUNDING",
  singular: "founding",
  plural: "Foundings",
  include: {
    person: { select: { nameEn: true, nameZh: true } },
    startup: { select: { nameEn: true, nameZh: true, label: true, slug: true } },
  },
  async toColumns(tx, input, id) {
    await ensureLive(tx, "startup", input.startupId, "startupId");
    await ensureLive(tx, "person", input.personId, "personId");
    const existing = await tx.founding.findFirst({
      where: {
        startupId: input.startupId,
        personId: input.personId,
        ...(id ? { NOT: { id } } : {}),
      },
    });
    if (existing) {
      throw new FieldError(
        "personId",
        `is already recorded as a founder of this start-up (founding #${existing.id}${existing.deletedAt ? ", deleted: restore it instead" : ""})`,
      );
    }
    return { ...input };
  },
  display: (row) => {
    const r = row as Row & { person?: Named; startup?: Named };
    return `${storedName(r.person)} → ${storedName(r.startup)}`;
  },
  referrers: async () => [],
  publicPaths: (row) => {
    const r = row as Row & { startup?: { slug: string } };
    return ["/", "/founders", "/startups", ...(r.startup ? [`/startups/${r.startup.slug}`] : [])];
  },
  searchColumns: ["title", "note"],
});

const fundingRounds = defineEntity(fundingRoundForm, {
  key: "funding-rounds",
  model: "fundingRound",
  recordType: "FUNDING_ROUND",
  citationType: "FUNDING_ROUND",
  singular: "funding round",
  plural: "Funding rounds",
  include: { startup: { select: { nameEn: true, nameZh: true, label: true, slug: true } } },
  async toColumns(tx, input) {
    await ensureLive(tx, "startup", input.startupId, "startupId");
    const exact = input.amountKind === "EXACT";
    return {
      ...input,
      announcedOn: reportedDateOrNull(input.announcedOn, input.datePrecision),
      amountHigh: exact ? input.amountLow : input.amountHigh,
    };
  },
  display: (row) => {
    const r = row as Row & { startup?: Named; announcedOn?: Date | null; stage?: string; stageLabel?: string | null };
    const when = r.announcedOn instanceof Date ? r.announcedOn.toISOString().slice(0, 7) : "date not reported";
    const stage = String(r.stage).replaceAll("_", " ").toLowerCase();
    // The stage as the source reported it tells apart two rounds that map to the same stage.
    const reported = r.stageLabel && r.stageLabel.toLowerCase() !== stage ? ` (“${r.stageLabel}”)` : "";
    return `${storedName(r.startup)} · ${stage}${reported} · ${when}`;
  },
  referrers: async () => [],
  publicPaths: (row) => {
    const r = row as Row & { startup?: { slug: string } };
    return ["/", "/investors", ...(r.startup ? [`/startups/${r.startup.slug}`] : [])];
  },
  searchColumns: ["stageLabel", "note"],
});

const investments = defineEntity(investmentForm, {
  key: "investments",
  model: "investment",
  recordType: "INVESTMENT",
  citationType: "INVESTMENT",
  singular: "investment",
  plural: "Investments",
  include: {
    organization: { select: { nameEn: true } },
    person: { select: { nameEn: true, nameZh: true } },
    round: { select: { stage: true, startup: { select: { nameEn: true, nameZh: true, label: true } } } },
  },
  async toColumns(tx, input, id) {
    await ensureLive(tx, "fundingRound", input.roundId, "roundId");
    await ensureLive(tx, "organization", input.organizationId, "organizationId");
    await ensureLive(tx, "person", input.personId, "personId");
    const existing = await tx.investment.findFirst({
      where: {
        roundId: input.roundId,
        ...(input.organizationId ? { organizationId: input.organizationId } : { personId: input.personId }),
        ...(id ? { NOT: { id } } : {}),
      },
    });
    if (existing)
      throw new FieldError(
        input.organizationId ? "organizationId" : "personId",
        `is already an investor in this round (investment #${existing.id})`,
      );
    return { ...input };
  },
  display: (row) => {
    const r = row as Row & {
      organization?: { nameEn: string } | null;
      person?: Named;
      round?: { stage: string; startup: Named };
    };
    const investor = r.organization?.nameEn ?? (r.person ? storedName(r.person) : "?");
    return `${investor} in ${storedName(r.round?.startup)} (${String(r.round?.stage ?? "")
      .replaceAll("_", " ")
      .toLowerCase()})`;
  },
  referrers: async () => [],
  publicPaths: () => ["/", "/investors"],
  searchColumns: ["note"],
});

const sources = defineEntity(sourceForm, {
  key: "sources",
  model: "source",
  recordType: "SOURCE",
  citationType: null,
  singular: "source",
  plural: "Sources",
  async toColumns(tx, input, id) {
    const holder = await tx.source.findFirst({ where: { url: input.url, ...(id ? { NOT: { id } } : {}) } });
    if (holder) {
      throw new FieldError(
        "url",
        `is already recorded as source #${holder.id} (${holder.publisher}${holder.title ? `: ${holder.title}` : ""}${holder.deletedAt ? ", deleted" : ""})`,
      );
    }
    return {
      ...input,
      publishedOn: reportedDateOrNull(input.publishedOn, input.publishedPrecision),
      retrievedOn: dateOrNull(input.retrievedOn),
    };
  },
  display: (row) => `${row.publisher}: ${row.title ?? row.url}`,
  async referrers(tx, id) {
    return collect([
      referrer(tx.citation.count({ where: { sourceId: id, ...live } }), ["citation", "citations"], async () =>
        (await tx.citation.findMany({ where: { sourceId: id, ...live }, take: 3 })).map((c) => ({
          label: `${c.recordType.toLowerCase().replaceAll("_", " ")} #${c.recordId}${c.field ? ` (${c.field})` : ""}`,
          href: `/admin/citations/${c.id}/edit`,
        })),
      ),
      referrer(
        tx.reportedFigure.count({ where: { sourceId: id, ...live } }),
        ["reported figure", "reported figures"],
        async () =>
          (await tx.reportedFigure.findMany({ where: { sourceId: id, ...live }, take: 3 })).map((f) => ({
            label: f.metric,
            href: `/admin/reported-figures/${f.id}/edit`,
          })),
      ),
    ]);
  },
  publicPaths: () => ["/"],
  searchColumns: ["url", "publisher", "originalPublisher", "title"],
});

/** Where a cited record lives, to check that a citation points at something real. */
export const citationTargets: Record<CitationRecordType, { model: ModelName; key: EntityKey }> = {
  CITY: { model: "city", key: "cities" },
  STARTUP: { model: "startup", key: "startups" },
  PERSON: { model: "person", key: "people" },
  ORGANIZATION: { model: "organization", key: "organizations" },
  EMPLOYMENT: { model: "employment", key: "employments" },
  FOUNDING: { model: "founding", key: "foundings" },
  FUNDING_ROUND: { model: "fundingRound", key: "funding-rounds" },
  INVESTMENT: { model: "investment", key: "investments" },
  REPORTED_FIGURE: { model: "reportedFigure", key: "reported-figures" },
};

const citations = defineEntity(citationForm, {
  key: "citations",
  model: "citation",
  recordType: "CITATION",
  citationType: null,
  singular: "citation",
  plural: "Citations",
  include: { source: { select: { publisher: true, title: true, url: true } } },
  async toColumns(tx, input) {
    await ensureLive(tx, "source", input.sourceId, "sourceId");
    const target = citationTargets[input.recordType];
    await ensureLive(tx, target.model, input.recordId, "recordId");
    const field = input.field;
    if (field !== null && !recordForms[target.key].citationFields.some((f) => f.value === field)) {
      throw new FieldError(
        "field",
        `is not a field of a ${target.model} (choose one of ${recordForms[target.key].citationFields.map((f) => f.value).join(", ")})`,
      );
    }
    return { ...input };
  },
  display: (row) => {
    const r = row as Row & { source?: { publisher: string } };
    return `${r.source?.publisher ?? "source"} → ${String(r.recordType).toLowerCase().replaceAll("_", " ")} #${r.recordId}${r.field ? ` · ${r.field}` : ""}`;
  },
  referrers: async () => [],
  publicPaths: () => ["/"],
  searchColumns: ["field", "quote", "claimedValue", "note"],
});

const reportedFigures = defineEntity(reportedFigureForm, {
  key: "reported-figures",
  model: "reportedFigure",
  recordType: "REPORTED_FIGURE",
  citationType: "REPORTED_FIGURE",
  singular: "reported figure",
  plural: "Reported figures",
  include: { source: { select: { publisher: true } } },
  async toColumns(tx, input, id) {
    await ensureLive(tx, "source", input.sourceId, "sourceId");
    await ensureLive(tx, "city", input.scopeCityId, "scopeCityId");
    await ensureLive(tx, "reportedFigure", input.baseFigureId, "baseFigureId");
    if (id !== undefined && input.baseFigureId === id)
      throw new FieldError("baseFigureId", "cannot be the figure itself");
    const slug = await resolveSlug(tx, "reportedFigure", input.slug, [input.metric], id);
    return { ...input, slug, asOfDate: dateOrNull(input.asOfDate) };
  },
  display: (row) => `${row.metric} (${row.asOfLabel})`,
  async referrers(tx, id) {
    return collect([
      referrer(
        tx.reportedFigure.count({ where: { baseFigureId: id, ...live } }),
        ["figure that is a share of it", "figures that are shares of it"],
        async () =>
          (await tx.reportedFigure.findMany({ where: { baseFigureId: id, ...live }, take: 3 })).map((f) => ({
            label: f.metric,
            href: `/admin/reported-figures/${f.id}/edit`,
          })),
      ),
    ]);
  },
  publicPaths: () => ["/"],
  searchColumns: ["metric", "slug", "scope", "originalDataSource"],
});

export const entities = {
  startups,
  people,
  cities,
  organizations,
  employments,
  foundings,
  "funding-rounds": fundingRounds,
  investments,
  sources,
  citations,
  "reported-figures": reportedFigures,
} satisfies Record<EntityKey, EntityDefinition>;

export const entityByRecordType = Object.fromEntries(Object.values(entities).map((e) => [e.recordType, e])) as Partial<
  Record<ChangeRecordType, EntityDefinition>
>;

/** How much of a stored date its form shows: 2024, 2024-07 or 2024-07-14, as precisely as it was reported. */
function datePrecisionLength(field: FieldSpec, row: Snapshot | Row): number {
  const precision = field.precisionField ? (row as Record<string, unknown>)[field.precisionField] : null;
  return precision === "YEAR" ? 4 : precision === "MONTH" ? 7 : 10;
}

/** A row or a history snapshot as the strings a form shows. */
export function toFormValues(fields: readonly FieldSpec[], row: Snapshot | Row): FormValues {
  const values: FormValues = {};
  for (const field of fields) {
    const value = (row as Record<string, unknown>)[field.name];
    if (field.kind === "checkboxes") values[field.name] = Array.isArray(value) ? value.map(String) : [];
    else if (field.kind === "list") values[field.name] = Array.isArray(value) ? value.join("\n") : "";
    else if (field.kind === "checkbox") values[field.name] = value === true ? "on" : "";
    else if (value === null || value === undefined) values[field.name] = "";
    else if (value instanceof Date) values[field.name] = value.toISOString().slice(0, datePrecisionLength(field, row));
    else if ((field.kind === "date" || field.precisionField) && typeof value === "string")
      values[field.name] = value.slice(0, datePrecisionLength(field, row));
    else values[field.name] = String(value);
  }
  return values;
}
