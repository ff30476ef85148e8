import type { FieldSpec, EntityKey, FormDefinition } from "@/lib/validation/form-spec";
import type { FormValues } from "@/lib/validation/form-data";
import { recordForms } from "@/lib/validation/record-forms";
import type { ChangeRecordType, CitationRecordType } from "@/lib/generated/prisma/enums";
import type { Referrer } from "@/lib/actions/form-state";
import { toPinyin } from "@/lib/text/pinyin";
import type { Snapshot } from "@/lib/history/snapshot";
import { ensureLive, ensureNameFree, resolveSlug } from "./checks";
import type { ModelName, Row, Tx } from "./delegates";
import { FieldError } from "@/lib/actions/errors";

type Input = Record<string, unknown>;
type Columns = Record<string, unknown>;

export type EntityDefinition = {
  key: EntityKey;
  model: ModelName;
  recordType: ChangeRecordType;
  /** The kind of record citations point at; null for sources and citations themselves. */
  citationType: CitationRecordType | null;
  singular: string;
  plural: string;
  form: FormDefinition;
  /** Relations to load for naming a record in lists and messages. */
  include?: Record<string, unknown>;
  /** Checks references and uniqueness, then maps form input to columns. */
  toColumns(tx: Tx, input: Input, id?: number): Promise<Columns>;
  display(row: Row): string;
  /** Live records that refer to this one (deleting is refused while any exist). */
  referrers(tx: Tx, id: number): Promise<Referrer[]>;
  /** Public pages that show this record. */
  publicPaths(row: Row): string[];
  /** Columns searched by the admin list and the pickers. */
  searchColumns: string[];
};

const dateOrNull = (value: unknown) => (typeof value === "string" ? new Date(`${value}T00:00:00.000Z`) : null);

/** A date reported as a month or a year is stored as its first day, so two entries of it compare equal. */
function reportedDateOrNull(value: unknown, precision: unknown): Date | null {
  if (typeof value !== "string") return null;
  const day =
    precision === "YEAR" ? `${value.slice(0, 4)}-01-01` : precision === "MONTH" ? `${value.slice(0, 7)}-01` : value;
  return dateOrNull(day);
}

type Named = { nameEn?: string | null; nameZh?: string | null; label?: string | null } | null | undefined;
const nameOf = (row: Named) => row?.nameEn ?? row?.nameZh ?? row?.label ?? "(unnamed)";

async function referrer(
  count: Promise<number>,
  label: string,
  examples: () => Promise<{ label: string; href: string }[]>,
): Promise<Referrer | null> {
  const n = await count;
  return n === 0 ? null : { label, count: n, examples: await examples() };
}

async function collect(list: Promise<Referrer | null>[]): Promise<Referrer[]> {
  return (await Promise.all(list)).filter((r): r is Referrer => r !== null);
}

const live = { deletedAt: null };

const startups: EntityDefinition = {
  key: "startups",
  model: "startup",
  recordType: "STARTUP",
  citationType: "STARTUP",
  singular: "start-up",
  plural: "Start-ups",
  form: recordForms.startups,
  include: { city: { select: { nameEn: true } } },
  async toColumns(tx, input, id) {
    await ensureLive(tx, "city", input.cityId as number | null, "cityId");
    await ensureNameFree(tx, "startup", input as { nameEn: string | null; nameZh: string | null }, id);
    const slug = await resolveSlug(
      tx,
      "startup",
      input.slug as string | null,
      [input.nameEn as string, input.nameZh as string, input.label as string],
      id,
    );
    return {
      ...input,
      slug,
      pinyin: toPinyin(input.nameZh as string | null),
      foundedDate: dateOrNull(input.foundedDate),
    };
  },
  display: (row) => nameOf(row as Named),
  async referrers(tx, id) {
    return collect([
      referrer(tx.founding.count({ where: { startupId: id, ...live } }), "foundings", async () =>
        (await tx.founding.findMany({ where: { startupId: id, ...live }, take: 3, include: { person: true } })).map(
          (f) => ({
            label: nameOf(f.person),
            href: `/admin/foundings/${f.id}/edit`,
          }),
        ),
      ),
      referrer(tx.fundingRound.count({ where: { startupId: id, ...live } }), "funding rounds", async () =>
        (await tx.fundingRound.findMany({ where: { startupId: id, ...live }, take: 3 })).map((r) => ({
          label: r.stage,
          href: `/admin/funding-rounds/${r.id}/edit`,
        })),
      ),
    ]);
  },
  publicPaths: (row) => ["/", "/startups", `/startups/${row.slug}`, "/cities"],
  searchColumns: ["nameEn", "nameZh", "label", "pinyin", "slug"],
};

const people: EntityDefinition = {
  key: "people",
  model: "person",
  recordType: "PERSON",
  citationType: "PERSON",
  singular: "person",
  plural: "People",
  form: recordForms.people,
  async toColumns(tx, input, id) {
    const slug = await resolveSlug(
      tx,
      "person",
      input.slug as string | null,
      [input.nameEn as string, input.nameZh as string],
      id,
    );
    return { ...input, slug, pinyin: toPinyin(input.nameZh as string | null) };
  },
  display: (row) => nameOf(row as Named),
  async referrers(tx, id) {
    return collect([
      referrer(tx.founding.count({ where: { personId: id, ...live } }), "foundings", async () =>
        (await tx.founding.findMany({ where: { personId: id, ...live }, take: 3, include: { startup: true } })).map(
          (f) => ({
            label: nameOf(f.startup),
            href: `/admin/foundings/${f.id}/edit`,
          }),
        ),
      ),
      referrer(tx.employment.count({ where: { personId: id, ...live } }), "employments", async () =>
        (
          await tx.employment.findMany({ where: { personId: id, ...live }, take: 3, include: { organization: true } })
        ).map((e) => ({
          label: e.organization.nameEn,
          href: `/admin/employments/${e.id}/edit`,
        })),
      ),
      referrer(tx.investment.count({ where: { personId: id, ...live } }), "investments", async () =>
        (await tx.investment.findMany({ where: { personId: id, ...live }, take: 3 })).map((i) => ({
          label: `investment #${i.id}`,
          href: `/admin/investments/${i.id}/edit`,
        })),
      ),
    ]);
  },
  publicPaths: (row) => ["/", "/founders", `/founders/${row.slug}`],
  searchColumns: ["nameEn", "nameZh", "pinyin", "slug"],
};

const cities: EntityDefinition = {
  key: "cities",
  model: "city",
  recordType: "CITY",
  citationType: "CITY",
  singular: "city",
  plural: "Cities",
  form: recordForms.cities,
  async toColumns(tx, input, id) {
    await ensureNameFree(tx, "city", input as { nameEn: string; nameZh: string | null }, id);
    const slug = await resolveSlug(
      tx,
      "city",
      input.slug as string | null,
      [input.nameEn as string, input.nameZh as string],
      id,
    );
    return { ...input, slug, pinyin: toPinyin(input.nameZh as string | null) };
  },
  display: (row) => nameOf(row as Named),
  async referrers(tx, id) {
    return collect([
      referrer(tx.startup.count({ where: { cityId: id, ...live } }), "start-ups", async () =>
        (await tx.startup.findMany({ where: { cityId: id, ...live }, take: 3, orderBy: { id: "asc" } })).map((s) => ({
          label: nameOf(s),
          href: `/admin/startups/${s.id}/edit`,
        })),
      ),
      referrer(tx.reportedFigure.count({ where: { scopeCityId: id, ...live } }), "reported figures", async () =>
        (await tx.reportedFigure.findMany({ where: { scopeCityId: id, ...live }, take: 3 })).map((f) => ({
          label: f.metric,
          href: `/admin/reported-figures/${f.id}/edit`,
        })),
      ),
    ]);
  },
  publicPaths: (row) => ["/", "/cities", `/cities/${row.slug}`],
  searchColumns: ["nameEn", "nameZh", "pinyin", "slug"],
};

const organizations: EntityDefinition = {
  key: "organizations",
  model: "organization",
  recordType: "ORGANIZATION",
  citationType: "ORGANIZATION",
  singular: "organization",
  plural: "Organizations",
  form: recordForms.organizations,
  include: { parent: { select: { nameEn: true } } },
  async toColumns(tx, input, id) {
    const parentId = input.parentId as number | null;
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
    await ensureNameFree(tx, "organization", input as { nameEn: string; nameZh: string | null }, id);
    const slug = await resolveSlug(
      tx,
      "organization",
      input.slug as string | null,
      [input.nameEn as string, input.nameZh as string],
      id,
    );
    return { ...input, slug, pinyin: toPinyin(input.nameZh as string | null) };
  },
  display: (row) => nameOf(row as Named),
  async referrers(tx, id) {
    return collect([
      referrer(tx.organization.count({ where: { parentId: id, ...live } }), "units under it", async () =>
        (await tx.organization.findMany({ where: { parentId: id, ...live }, take: 3 })).map((o) => ({
          label: o.nameEn,
          href: `/admin/organizations/${o.id}/edit`,
        })),
      ),
      referrer(tx.employment.count({ where: { organizationId: id, ...live } }), "employments", async () =>
        (
          await tx.employment.findMany({ where: { organizationId: id, ...live }, take: 3, include: { person: true } })
        ).map((e) => ({
          label: nameOf(e.person),
          href: `/admin/employments/${e.id}/edit`,
        })),
      ),
      referrer(tx.investment.count({ where: { organizationId: id, ...live } }), "investments", async () =>
        (await tx.investment.findMany({ where: { organizationId: id, ...live }, take: 3 })).map((i) => ({
          label: `investment #${i.id}`,
          href: `/admin/investments/${i.id}/edit`,
        })),
      ),
    ]);
  },
  publicPaths: (row) => ["/", "/investors", `/investors/${row.slug}`],
  searchColumns: ["nameEn", "nameZh", "pinyin", "slug"],
};

const employments: EntityDefinition = {
  key: "employments",
  model: "employment",
  recordType: "EMPLOYMENT",
  citationType: "EMPLOYMENT",
  singular: "employment",
  plural: "Employments",
  form: recordForms.employments,
  include: { person: { select: { nameEn: true, nameZh: true } }, organization: { select: { nameEn: true } } },
  async toColumns(tx, input) {
    await ensureLive(tx, "person", input.personId as number, "personId");
    await ensureLive(tx, "organization", input.organizationId as number, "organizationId");
    return { ...input };
  },
  display: (row) => {
    const r = row as Row & { person?: Named; organization?: { nameEn: string } };
    const years = [r.startYear ?? "?", r.isCurrent ? "now" : (r.endYear ?? "?")].join("–");
    return `${nameOf(r.person)} at ${r.organization?.nameEn ?? "?"} (${years})`;
  },
  referrers: async () => [],
  publicPaths: () => ["/", "/founders"],
  searchColumns: ["role", "note"],
};

const foundings: EntityDefinition = {
  key: "foundings",
  model: "founding",
  recordType: "FOUNDING",
  citationType: "FOUNDING",
  singular: "founding",
  plural: "Foundings",
  form: recordForms.foundings,
  include: {
    person: { select: { nameEn: true, nameZh: true } },
    startup: { select: { nameEn: true, nameZh: true, label: true, slug: true } },
  },
  async toColumns(tx, input, id) {
    await ensureLive(tx, "startup", input.startupId as number, "startupId");
    await ensureLive(tx, "person", input.personId as number, "personId");
    const existing = await tx.founding.findFirst({
      where: {
        startupId: input.startupId as number,
        personId: input.personId as number,
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
    return `${nameOf(r.person)} → ${nameOf(r.startup)}`;
  },
  referrers: async () => [],
  publicPaths: (row) => {
    const r = row as Row & { startup?: { slug: string } };
    return ["/", "/founders", "/startups", ...(r.startup ? [`/startups/${r.startup.slug}`] : [])];
  },
  searchColumns: ["title", "note"],
};

const fundingRounds: EntityDefinition = {
  key: "funding-rounds",
  model: "fundingRound",
  recordType: "FUNDING_ROUND",
  citationType: "FUNDING_ROUND",
  singular: "funding round",
  plural: "Funding rounds",
  form: recordForms["funding-rounds"],
  include: { startup: { select: { nameEn: true, nameZh: true, label: true, slug: true } } },
  async toColumns(tx, input) {
    await ensureLive(tx, "startup", input.startupId as number, "startupId");
    const exact = input.amountKind === "EXACT";
    return {
      ...input,
      announcedOn: dateOrNull(input.announcedOn),
      amountHigh: exact ? input.amountLow : input.amountHigh,
    };
  },
  display: (row) => {
    const r = row as Row & { startup?: Named; announcedOn?: Date | null; stage?: string };
    const when = r.announcedOn instanceof Date ? r.announcedOn.toISOString().slice(0, 7) : "date not reported";
    return `${nameOf(r.startup)} · ${String(r.stage).replaceAll("_", " ").toLowerCase()} · ${when}`;
  },
  referrers: async () => [],
  publicPaths: (row) => {
    const r = row as Row & { startup?: { slug: string } };
    return ["/", "/investors", ...(r.startup ? [`/startups/${r.startup.slug}`] : [])];
  },
  searchColumns: ["stageLabel", "note"],
};

const investments: EntityDefinition = {
  key: "investments",
  model: "investment",
  recordType: "INVESTMENT",
  citationType: "INVESTMENT",
  singular: "investment",
  plural: "Investments",
  form: recordForms.investments,
  include: {
    organization: { select: { nameEn: true } },
    person: { select: { nameEn: true, nameZh: true } },
    round: { select: { stage: true, startup: { select: { nameEn: true, nameZh: true, label: true } } } },
  },
  async toColumns(tx, input, id) {
    await ensureLive(tx, "fundingRound", input.roundId as number, "roundId");
    await ensureLive(tx, "organization", input.organizationId as number | null, "organizationId");
    await ensureLive(tx, "person", input.personId as number | null, "personId");
    const existing = await tx.investment.findFirst({
      where: {
        roundId: input.roundId as number,
        ...(input.organizationId
          ? { organizationId: input.organizationId as number }
          : { personId: input.personId as number }),
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
    const investor = r.organization?.nameEn ?? (r.person ? nameOf(r.person) : "?");
    return `${investor} in ${nameOf(r.round?.startup)} (${String(r.round?.stage ?? "")
      .replaceAll("_", " ")
      .toLowerCase()})`;
  },
  referrers: async () => [],
  publicPaths: () => ["/", "/investors"],
  searchColumns: ["note"],
};

const sources: EntityDefinition = {
  key: "sources",
  model: "source",
  recordType: "SOURCE",
  citationType: null,
  singular: "source",
  plural: "Sources",
  form: recordForms.sources,
  async toColumns(tx, input, id) {
    const holder = await tx.source.findFirst({ where: { url: input.url as string, ...(id ? { NOT: { id } } : {}) } });
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
      referrer(tx.citation.count({ where: { sourceId: id, ...live } }), "citations", async () =>
        (await tx.citation.findMany({ where: { sourceId: id, ...live }, take: 3 })).map((c) => ({
          label: `${c.recordType.toLowerCase().replaceAll("_", " ")} #${c.recordId}${c.field ? ` (${c.field})` : ""}`,
          href: `/admin/citations/${c.id}/edit`,
        })),
      ),
      referrer(tx.reportedFigure.count({ where: { sourceId: id, ...live } }), "reported figures", async () =>
        (await tx.reportedFigure.findMany({ where: { sourceId: id, ...live }, take: 3 })).map((f) => ({
          label: f.metric,
          href: `/admin/reported-figures/${f.id}/edit`,
        })),
      ),
    ]);
  },
  publicPaths: () => ["/"],
  searchColumns: ["url", "publisher", "originalPublisher", "title"],
};

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

const citations: EntityDefinition = {
  key: "citations",
  model: "citation",
  recordType: "CITATION",
  citationType: null,
  singular: "citation",
  plural: "Citations",
  form: recordForms.citations,
  include: { source: { select: { publisher: true, title: true, url: true } } },
  async toColumns(tx, input) {
    await ensureLive(tx, "source", input.sourceId as number, "sourceId");
    const target = citationTargets[input.recordType as CitationRecordType];
    await ensureLive(tx, target.model, input.recordId as number, "recordId");
    const field = input.field as string | null;
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
};

const reportedFigures: EntityDefinition = {
  key: "reported-figures",
  model: "reportedFigure",
  recordType: "REPORTED_FIGURE",
  citationType: "REPORTED_FIGURE",
  singular: "reported figure",
  plural: "Reported figures",
  form: recordForms["reported-figures"],
  include: { source: { select: { publisher: true } } },
  async toColumns(tx, input, id) {
    await ensureLive(tx, "source", input.sourceId as number, "sourceId");
    await ensureLive(tx, "city", input.scopeCityId as number | null, "scopeCityId");
    await ensureLive(tx, "reportedFigure", input.baseFigureId as number | null, "baseFigureId");
    if (id !== undefined && input.baseFigureId === id)
      throw new FieldError("baseFigureId", "cannot be the figure itself");
    const slug = await resolveSlug(tx, "reportedFigure", input.slug as string | null, [input.metric as string], id);
    return { ...input, slug, asOfDate: dateOrNull(input.asOfDate) };
  },
  display: (row) => `${row.metric} (${row.asOfLabel})`,
  async referrers(tx, id) {
    return collect([
      referrer(
        tx.reportedFigure.count({ where: { baseFigureId: id, ...live } }),
        "figures that are shares of it",
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
};

export const entities: Record<EntityKey, EntityDefinition> = {
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
};

export const entityByRecordType = Object.fromEntries(Object.values(entities).map((e) => [e.recordType, e])) as Partial<
  Record<ChangeRecordType, EntityDefinition>
>;

/** A row or a history snapshot as the strings a form shows. */
export function toFormValues(fields: readonly FieldSpec[], row: Snapshot | Row): FormValues {
  const values: FormValues = {};
  for (const field of fields) {
    const value = (row as Record<string, unknown>)[field.name];
    if (field.kind === "checkboxes") values[field.name] = Array.isArray(value) ? value.map(String) : [];
    else if (field.kind === "list") values[field.name] = Array.isArray(value) ? value.join("\n") : "";
    else if (field.kind === "checkbox") values[field.name] = value === true ? "on" : "";
    else if (value === null || value === undefined) values[field.name] = "";
    else if (value instanceof Date) values[field.name] = value.toISOString().slice(0, 10);
    else if (field.kind === "date" && typeof value === "string") values[field.name] = value.slice(0, 10);
    else values[field.name] = String(value);
  }
  return values;
}
