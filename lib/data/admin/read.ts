import "server-only";
import { cache } from "react";
import { getPrisma } from "@/lib/db";
import { formatSnapshotValue } from "@/lib/format/dates";
import type { ChangeAction } from "@/lib/generated/prisma/enums";
import { diffSnapshots } from "@/lib/history/snapshot";
import { MAX_PAGE, PAGE_SIZE, pageOffset, paginated, pageCountOf, type Paginated } from "@/lib/pagination";
import { localizedForm } from "@/lib/i18n/admin-forms";
import type { Locale } from "@/lib/i18n/locales";
import type { FormValues } from "@/lib/validation/form-data";
import { referenceOf, type EntityKey } from "@/lib/validation/form-spec";
import { rankByMatch } from "@/lib/text/match-rank";
import { delegateOf } from "./delegates";
import { allEntities, entities, entityByRecordType, toFormValues, type EntityDefinition } from "./entities";
import type { RelatedGroup } from "./entities/define";
import { sourcesCitedOn } from "./entities/related";
import { readSnapshot } from "./history";

export type { RelatedGroup, RelatedItem, SourceChoice } from "./entities/define";

type Where = Record<string, unknown>;

function searchWhere(entity: EntityDefinition, q: string): Where {
  const trimmed = q.trim().slice(0, 100);
  if (trimmed === "") return {};
  const or: Where[] = entity.searchColumns.map((column) =>
    column === "nameZh"
      ? { [column]: { contains: trimmed } }
      : { [column]: { contains: trimmed, mode: "insensitive" } },
  );
  if (/^\d{1,9}$/.test(trimmed)) or.push({ id: Number(trimmed) });
  or.push(...entity.relationSearch(trimmed));
  return { OR: or };
}

export type AdminListItem = {
  id: number;
  label: string;
  updatedAt: string;
  version: number;
  deleted: boolean;
  synthetic: boolean;
};

export type AdminList = Paginated<AdminListItem>;

/** One page of records for the admin list, named in the editor's language; deleted ones only when asked for. */
export const listRecords = cache(
  async (options: {
    key: EntityKey;
    q?: string;
    page?: number;
    deleted?: boolean;
    locale?: Locale;
  }): Promise<AdminList> => {
    const prisma = await getPrisma();
    const entity = entities[options.key];
    const delegate = delegateOf(prisma, entity.model);
    const where = { ...searchWhere(entity, options.q ?? ""), deletedAt: options.deleted ? { not: null } : null };
    const total = await delegate.count({ where });
    const page = Math.min(Math.max(1, Math.floor(options.page ?? 1)), pageCountOf(total), MAX_PAGE);
    const rows = await delegate.findMany({
      where,
      ...(entity.include ? { include: entity.include } : {}),
      orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
      take: PAGE_SIZE,
      skip: pageOffset(page),
    });
    return paginated(
      rows.map((row) => ({
        id: row.id,
        label: entity.display(row, options.locale),
        updatedAt: row.updatedAt.toISOString(),
        version: row.version,
        deleted: row.deletedAt !== null,
        synthetic: row.synthetic === true,
      })),
      { total, page },
    );
  },
);

/**
 * Records matching a picker's query: live ones only, best match first (the whole name, then its
 * start, then a word's start, then anywhere), so typing "Alibaba Cloud" offers Alibaba Cloud itself
 * before the units whose names contain it. Names that start with the query are fetched on their own
 * as well, so a close match is never crowded out by many recent records that merely contain it.
 */
export async function lookupRecords(options: {
  key: EntityKey;
  q: string;
  locale?: Locale;
}): Promise<{ id: number; label: string; detail: string | null }[]> {
  const prisma = await getPrisma();
  const entity = entities[options.key];
  const delegate = delegateOf(prisma, entity.model);
  const q = options.q.trim().slice(0, 100);
  const include = entity.include ? { include: entity.include } : {};
  const [starting, containing] = await Promise.all([
    q === ""
      ? Promise.resolve([])
      : delegate.findMany({
          where: {
            OR: entity.searchColumns.map((column) => ({ [column]: { startsWith: q, mode: "insensitive" } })),
            deletedAt: null,
          },
          ...include,
          orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
          take: 20,
        }),
    delegate.findMany({
      where: { ...searchWhere(entity, q), deletedAt: null },
      ...include,
      orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
      take: 50,
    }),
  ]);
  const seen = new Set<number>();
  const rows = [...starting, ...containing].filter((row) => !seen.has(row.id) && seen.add(row.id));
  const ranked = rankByMatch(
    rows,
    q,
    (row) => [
      ...entity.searchColumns.map((column) => row[column]).filter((v) => typeof v === "string"),
      entity.display(row),
    ],
    (row) => entity.display(row),
  );
  return ranked.slice(0, 20).map((row) => ({
    id: row.id,
    label: entity.display(row, options.locale),
    detail: entity.detail(row, options.locale),
  }));
}

export type RecordForEdit = {
  id: number;
  version: number;
  deletedAt: string | null;
  label: string;
  /** The record's own public page, when it has one. */
  publicLink: string | null;
  values: FormValues;
  citations: {
    id: number;
    sourceLabel: string;
    url: string;
    field: string | null;
    claimedValue: string | null;
    quote: string | null;
  }[];
};

/**
 * A record as its edit form needs it: form values (with labels for the chosen references) and its
 * citations, the record and its references named in the editor's language.
 */
export const getRecordForEdit = cache(
  async (options: { key: EntityKey; id: number; locale?: Locale }): Promise<RecordForEdit | null> => {
    const prisma = await getPrisma();
    const entity = entities[options.key];
    const row = await entity.findById(prisma, options.id);
    if (!row) return null;
    const values = toFormValues(entity.form.fields, row);
    for (const field of entity.form.fields) {
      const reference = field.kind === "reference" ? referenceOf(field, row) : null;
      const referencedId = row[field.name];
      if (!reference || typeof referencedId !== "number") continue;
      const target = entities[reference];
      const referenced = await target.findById(prisma, referencedId);
      values[`${field.name}__label`] = referenced ? target.display(referenced, options.locale) : `#${referencedId}`;
    }
    const citations = entity.citationType
      ? await prisma.citation.findMany({
          where: { recordType: entity.citationType, recordId: row.id, deletedAt: null },
          include: { source: true },
          orderBy: { id: "asc" },
        })
      : [];
    return {
      id: row.id,
      version: row.version,
      deletedAt: row.deletedAt ? row.deletedAt.toISOString() : null,
      label: entity.display(row, options.locale),
      publicLink: entity.publicLink(row),
      values,
      citations: citations.map((c) => ({
        id: c.id,
        sourceLabel: `${c.source.publisher}${c.source.title ? `: ${c.source.title}` : ""}`,
        url: c.source.url,
        field: c.field,
        claimedValue: c.claimedValue,
        quote: c.quote,
      })),
    };
  },
);

export type HistoryEntry = {
  id: number;
  action: ChangeAction;
  version: number | null;
  actorName: string;
  createdAt: string;
  summary: string | null;
  changes: { field: string; label: string; before: string; after: string }[];
  /** Whether "restore this version" makes sense for this entry. */
  restorable: boolean;
};

/** A record's history, newest first, each entry with a readable per-field diff (yes/no in the editor's language). */
export const getRecordHistory = cache(
  async (options: { key: EntityKey; id: number; locale?: Locale }): Promise<HistoryEntry[]> => {
    const prisma = await getPrisma();
    const entity = entities[options.key];
    const rows = await prisma.changeLog.findMany({
      where: { recordType: entity.recordType, recordId: String(options.id) },
      orderBy: { id: "desc" },
      take: 200,
    });
    const labels = new Map(entity.form.fields.map((f) => [f.name, f.label]));
    // A choice (a round's stage, a citation's confidence) reads as the form words it, not as its
    // stored code: "Series A" / "A轮" rather than SERIES_A.
    const choices = new Map(
      localizedForm(options.key, options.locale ?? "en").fields.flatMap((f) =>
        f.options ? [[f.name, new Map(f.options.map((o) => [o.value, o.label]))] as const] : [],
      ),
    );
    const optionLabel = (field: string, value: unknown) =>
      typeof value === "string" && value !== "" ? choices.get(field)?.get(value) : undefined;
    labels.set("deletedAt", "Deleted");
    labels.set("pinyin", "Pinyin (generated)");
    return rows.map((row) => ({
      id: row.id,
      action: row.action,
      version: row.version,
      actorName: row.actorName,
      createdAt: row.createdAt.toISOString(),
      summary: row.summary,
      changes: diffSnapshots(readSnapshot(row.before), readSnapshot(row.after)).map((change) => ({
        field: change.field,
        label: labels.get(change.field) ?? change.field,
        before: optionLabel(change.field, change.before) ?? formatSnapshotValue(change.before, options.locale),
        after: optionLabel(change.field, change.after) ?? formatSnapshotValue(change.after, options.locale),
      })),
      restorable: (row.action === "DELETE" ? row.before : row.after) !== null,
    }));
  },
);

export type AdminOverview = {
  counts: { key: EntityKey; label: string; live: number; deleted: number }[];
  recent: {
    id: number;
    recordType: string;
    recordId: string;
    /** The kind of record's admin key, which names it; null for an account. */
    entity: EntityKey | null;
    action: ChangeAction;
    actorName: string;
    createdAt: string;
    summary: string | null;
    href: string | null;
  }[];
};

export const getAdminOverview = cache(async (): Promise<AdminOverview> => {
  const prisma = await getPrisma();
  const counts = await Promise.all(
    allEntities().map(async (entity) => {
      const delegate = delegateOf(prisma, entity.model);
      const [live, deleted] = await Promise.all([
        delegate.count({ where: { deletedAt: null } }),
        delegate.count({ where: { deletedAt: { not: null } } }),
      ]);
      return { key: entity.key, label: entity.plural, live, deleted };
    }),
  );
  const recent = await prisma.changeLog.findMany({ orderBy: { id: "desc" }, take: 15 });
  return {
    counts,
    recent: recent.map((r) => {
      const key = entityByRecordType(r.recordType)?.key;
      return {
        id: r.id,
        recordType: r.recordType,
        recordId: r.recordId,
        entity: key ?? null,
        action: r.action,
        actorName: r.actorName,
        createdAt: r.createdAt.toISOString(),
        summary: r.summary,
        href: key ? `/admin/${key}/${r.recordId}/history` : r.recordType === "USER" ? "/admin/users" : null,
      };
    }),
  };
});

/** The records hanging off this one (a start-up's founders, rounds and their investors…), to see and add in place. */
export const getRelatedRecords = cache(
  async (options: { key: EntityKey; id: number; locale?: Locale }): Promise<RelatedGroup[]> => {
    const prisma = await getPrisma();
    const entity = entities[options.key];
    const self = await entity.findById(prisma, options.id);
    if (!self) return [];
    const sources = entity.citationType
      ? ((await sourcesCitedOn(prisma, entity.citationType, [self.id])).get(self.id) ?? [])
      : [];
    return entity.related(prisma, self, {
      locale: options.locale ?? "en",
      sources,
      add: (key, label, values, offered = sources) => ({
        entity: key,
        label,
        values: { ...entities[key].form.defaults, ...values },
        sources: offered,
      }),
    });
  },
);

export type OrganizationTreeNode = {
  id: number;
  name: string;
  nameZh: string | null;
  kind: string;
  deleted: boolean;
  children: OrganizationTreeNode[];
};

/** The Alibaba unit tree (and other organizations' trees), built from parent links. */
export const getOrganizationTree = cache(async (): Promise<OrganizationTreeNode[]> => {
  const prisma = await getPrisma();
  const rows = await prisma.organization.findMany({
    where: { kind: "ALIBABA_UNIT", deletedAt: null },
    select: { id: true, nameEn: true, nameZh: true, kind: true, parentId: true, deletedAt: true },
    orderBy: { nameEn: "asc" },
  });
  const nodes = new Map<number, OrganizationTreeNode>(
    rows.map((r) => [
      r.id,
      {
        id: r.id,
        name: r.nameEn,
        nameZh: r.nameZh,
        kind: r.kind,
        deleted: r.deletedAt !== null,
        children: [],
      },
    ]),
  );
  const roots: OrganizationTreeNode[] = [];
  for (const row of rows) {
    const node = nodes.get(row.id)!;
    const parent = row.parentId ? nodes.get(row.parentId) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
});

/** Labels for reference ids passed in a URL (e.g. "new founding for start-up 12"); unknown ids are dropped. */
export async function prefillReferences(
  key: EntityKey,
  params: Record<string, string | undefined>,
  locale: Locale = "en",
): Promise<FormValues> {
  const prisma = await getPrisma();
  const values: FormValues = {};
  for (const field of entities[key].form.fields) {
    const raw = params[field.name];
    const reference = field.kind === "reference" ? referenceOf(field, params) : null;
    if (!reference || !raw || !/^\d{1,9}$/.test(raw)) continue;
    const target = entities[reference];
    const row = await target.findById(prisma, Number(raw));
    if (!row || row.deletedAt) continue;
    values[field.name] = raw;
    values[`${field.name}__label`] = target.display(row, locale);
  }
  return values;
}
