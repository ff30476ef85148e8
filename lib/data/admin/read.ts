import "server-only";
import { cache } from "react";
import { getPrisma } from "@/lib/db";
import type { ChangeRecordType, CitationRecordType } from "@/lib/generated/prisma/enums";
import { formatSnapshotValue } from "@/lib/format/dates";
import { storedName } from "@/lib/format/names";
import { diffSnapshots, type Snapshot } from "@/lib/history/snapshot";
import { MAX_PAGE, PAGE_SIZE, pageOffset, paginated, pageCountOf, type Paginated } from "@/lib/pagination";
import type { FormValues } from "@/lib/validation/form-data";
import { referenceOf, type EntityKey } from "@/lib/validation/form-spec";
import { rankByMatch } from "@/lib/text/match-rank";
import { delegateOf, type Row } from "./delegates";
import { entities, toFormValues, type EntityDefinition } from "./entities";

type Where = Record<string, unknown>;

const nameSearch = (q: string) => [
  { nameEn: { contains: q, mode: "insensitive" } },
  { nameZh: { contains: q } },
  { pinyin: { contains: q.toLowerCase() } },
];

// Records that are named by what they link (a founding by its person and start-up) are found that way too.
const relationSearch: Partial<Record<EntityKey, (q: string) => Where[]>> = {
  employments: (q) => [{ person: { OR: nameSearch(q) } }, { organization: { OR: nameSearch(q) } }],
  foundings: (q) => [
    { person: { OR: nameSearch(q) } },
    { startup: { OR: [...nameSearch(q), { label: { contains: q, mode: "insensitive" } }] } },
  ],
  "funding-rounds": (q) => [{ startup: { OR: [...nameSearch(q), { label: { contains: q, mode: "insensitive" } }] } }],
  investments: (q) => [
    { organization: { OR: nameSearch(q) } },
    { person: { OR: nameSearch(q) } },
    { round: { startup: { OR: nameSearch(q) } } },
  ],
  citations: (q) => [
    {
      source: {
        OR: [{ publisher: { contains: q, mode: "insensitive" } }, { url: { contains: q, mode: "insensitive" } }],
      },
    },
  ],
};

function searchWhere(entity: EntityDefinition, q: string): Where {
  const trimmed = q.trim().slice(0, 100);
  if (trimmed === "") return {};
  const or: Where[] = entity.searchColumns.map((column) =>
    column === "nameZh"
      ? { [column]: { contains: trimmed } }
      : { [column]: { contains: trimmed, mode: "insensitive" } },
  );
  if (/^\d{1,9}$/.test(trimmed)) or.push({ id: Number(trimmed) });
  or.push(...(relationSearch[entity.key]?.(trimmed) ?? []));
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

/** One page of records for the admin list; deleted ones only when asked for. */
export const listRecords = cache(
  async (options: { key: EntityKey; q?: string; page?: number; deleted?: boolean }): Promise<AdminList> => {
    const prisma = await getPrisma();
    const entity = entities[options.key];
    const delegate = delegateOf(prisma as never, entity.model);
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
        label: entity.display(row),
        updatedAt: (row.updatedAt as Date).toISOString(),
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
}): Promise<{ id: number; label: string; detail: string | null }[]> {
  const prisma = await getPrisma();
  const entity = entities[options.key];
  const delegate = delegateOf(prisma as never, entity.model);
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
  return ranked.slice(0, 20).map((row) => ({ id: row.id, label: entity.display(row), detail: detailOf(entity, row) }));
}

/** A unit's place in the tree, from the top: "Alibaba Group › Alibaba Cloud". */
function treePath(row: Row): string | null {
  const names: string[] = [];
  let parent = row.parent as { nameEn: string; parent?: unknown } | null | undefined;
  while (parent && names.length < 5) {
    names.unshift(parent.nameEn);
    parent = parent.parent as typeof parent;
  }
  return names.length > 0 ? `in ${names.join(" › ")}` : null;
}

function detailOf(entity: EntityDefinition, row: Row): string | null {
  if (entity.key === "startups")
    return (
      [row.nameZh && row.nameEn ? row.nameZh : null, (row.city as { nameEn: string } | null)?.nameEn]
        .filter(Boolean)
        .join(" · ") || null
    );
  if (entity.key === "people" || entity.key === "cities") return row.nameEn && row.nameZh ? String(row.nameZh) : null;
  if (entity.key === "organizations")
    return [String(row.kind).replaceAll("_", " ").toLowerCase(), treePath(row)].filter(Boolean).join(" · ");
  if (entity.key === "sources") return String(row.url);
  return `#${row.id}`;
}

export type RecordForEdit = {
  id: number;
  version: number;
  deletedAt: string | null;
  label: string;
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

/** A record as its edit form needs it: form values (with labels for the chosen references) and its citations. */
export const getRecordForEdit = cache(
  async (options: { key: EntityKey; id: number }): Promise<RecordForEdit | null> => {
    const prisma = await getPrisma();
    const entity = entities[options.key];
    const row = await delegateOf(prisma as never, entity.model).findUnique({
      where: { id: options.id },
      ...(entity.include ? { include: entity.include } : {}),
    });
    if (!row) return null;
    const values = toFormValues(entity.form.fields, row);
    for (const field of entity.form.fields) {
      const reference = field.kind === "reference" ? referenceOf(field, row) : null;
      if (!reference || row[field.name] == null) continue;
      const target = entities[reference];
      const referenced = await delegateOf(prisma as never, target.model).findUnique({
        where: { id: row[field.name] as number },
        ...(target.include ? { include: target.include } : {}),
      });
      values[`${field.name}__label`] = referenced ? target.display(referenced) : `#${row[field.name]}`;
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
      label: entity.display(row),
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
  action: string;
  version: number | null;
  actorName: string;
  createdAt: string;
  summary: string | null;
  changes: { field: string; label: string; before: string; after: string }[];
  /** Whether "restore this version" makes sense for this entry. */
  restorable: boolean;
};

/** A record's history, newest first, each entry with a readable per-field diff. */
export const getRecordHistory = cache(async (options: { key: EntityKey; id: number }): Promise<HistoryEntry[]> => {
  const prisma = await getPrisma();
  const entity = entities[options.key];
  const rows = await prisma.changeLog.findMany({
    where: { recordType: entity.recordType as ChangeRecordType, recordId: String(options.id) },
    orderBy: { id: "desc" },
    take: 200,
  });
  const labels = new Map(entity.form.fields.map((f) => [f.name, f.label]));
  labels.set("deletedAt", "Deleted");
  labels.set("pinyin", "Pinyin (generated)");
  return rows.map((row) => ({
    id: row.id,
    action: row.action,
    version: row.version,
    actorName: row.actorName,
    createdAt: row.createdAt.toISOString(),
    summary: row.summary,
    changes: diffSnapshots(row.before as Snapshot | null, row.after as Snapshot | null).map((change) => ({
      field: change.field,
      label: labels.get(change.field) ?? change.field,
      before: formatSnapshotValue(change.before),
      after: formatSnapshotValue(change.after),
    })),
    restorable: (row.action === "DELETE" ? row.before : row.after) !== null,
  }));
});

export type AdminOverview = {
  counts: { key: EntityKey; label: string; live: number; deleted: number }[];
  recent: {
    id: number;
    recordType: string;
    recordId: string;
    action: string;
    actorName: string;
    createdAt: string;
    summary: string | null;
    href: string | null;
  }[];
};

const keyByRecordType = Object.fromEntries(Object.values(entities).map((e) => [e.recordType, e.key])) as Partial<
  Record<ChangeRecordType, EntityKey>
>;

export const getAdminOverview = cache(async (): Promise<AdminOverview> => {
  const prisma = await getPrisma();
  const counts = await Promise.all(
    Object.values(entities).map(async (entity) => {
      const delegate = delegateOf(prisma as never, entity.model);
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
      const key = keyByRecordType[r.recordType];
      return {
        id: r.id,
        recordType: r.recordType,
        recordId: r.recordId,
        action: r.action,
        actorName: r.actorName,
        createdAt: r.createdAt.toISOString(),
        summary: r.summary,
        href: key ? `/admin/${key}/${r.recordId}/history` : r.recordType === "USER" ? "/admin/users" : null,
      };
    }),
  };
});

export type RelatedItem = { label: string; href: string; groups?: RelatedGroup[] };

/** Records hanging off this one, and how to add another in place: its form, prefilled with this record. */
export type RelatedGroup = {
  title: string;
  add: { entity: EntityKey; label: string; values: FormValues; sources: SourceChoice[] };
  items: RelatedItem[];
};

/** A source offered to cite again with one click (one already cited on the record or its parent). */
export type SourceChoice = { id: number; label: string };

/** The live sources cited on each of these records, by record id. */
async function sourcesCitedOn(
  recordType: CitationRecordType,
  recordIds: number[],
): Promise<Map<number, SourceChoice[]>> {
  const prisma = await getPrisma();
  const citations =
    recordIds.length === 0
      ? []
      : await prisma.citation.findMany({
          where: { recordType, recordId: { in: recordIds }, deletedAt: null, source: { deletedAt: null } },
          include: { source: { select: { id: true, publisher: true, title: true, url: true } } },
          orderBy: { id: "asc" },
        });
  const bySource = new Map<number, SourceChoice[]>();
  for (const citation of citations) {
    const list = bySource.get(citation.recordId) ?? [];
    if (!list.some((source) => source.id === citation.source.id))
      list.push({
        id: citation.source.id,
        label: `${citation.source.publisher}: ${citation.source.title ?? citation.source.url}`,
      });
    bySource.set(citation.recordId, list);
  }
  return bySource;
}

const distinctSources = (...lists: SourceChoice[][]): SourceChoice[] => {
  const seen = new Set<number>();
  return lists.flat().filter((source) => !seen.has(source.id) && seen.add(source.id));
};

const lowerStage = (stage: string) => stage.replaceAll("_", " ").toLowerCase();

/** The records hanging off this one (a start-up's founders, rounds and their investors…), to see and add in place. */
export const getRelatedRecords = cache(async (options: { key: EntityKey; id: number }): Promise<RelatedGroup[]> => {
  const prisma = await getPrisma();
  const live = { deletedAt: null };
  const id = options.id;
  const entity = entities[options.key];
  const self = await delegateOf(prisma as never, entity.model).findUnique({
    where: { id },
    ...(entity.include ? { include: entity.include } : {}),
  });
  if (!self) return [];
  const selfLabel = entity.display(self);
  const prefill = (field: string, label = selfLabel): FormValues => ({
    [field]: String(id),
    [`${field}__label`]: label,
  });
  const own = entity.citationType ? ((await sourcesCitedOn(entity.citationType, [id])).get(id) ?? []) : [];
  const add = (key: EntityKey, label: string, values: FormValues, sources: SourceChoice[] = own) => ({
    entity: key,
    label,
    values: { ...entities[key].form.defaults, ...values },
    sources,
  });
  const investorsOf = (
    roundId: number,
    roundLabel: string,
    investments: {
      id: number;
      isLead: boolean;
      organization: { nameEn: string } | null;
      person: Parameters<typeof storedName>[0] | null;
    }[],
    sources: SourceChoice[] = own,
  ): RelatedGroup => ({
    title: "Investors",
    add: add("investments", "investor", { roundId: String(roundId), roundId__label: roundLabel }, sources),
    items: investments.map((i) => ({
      label: `${i.organization?.nameEn ?? (i.person ? storedName(i.person) : "?")}${i.isLead ? " (lead)" : ""}`,
      href: `/admin/investments/${i.id}/edit`,
    })),
  });
  switch (options.key) {
    case "startups": {
      const [foundings, rounds] = await Promise.all([
        prisma.founding.findMany({
          where: { startupId: id, ...live },
          include: { person: true },
          orderBy: { id: "asc" },
        }),
        prisma.fundingRound.findMany({
          where: { startupId: id, ...live },
          include: {
            startup: { select: { nameEn: true, nameZh: true, label: true, slug: true } },
            investments: { where: live, include: { organization: true, person: true }, orderBy: { id: "asc" } },
          },
          // Undated rounds after the dated ones.
          orderBy: [{ announcedOn: { sort: "asc", nulls: "last" } }, { id: "asc" }],
        }),
      ]);
      const roundSources = await sourcesCitedOn(
        "FUNDING_ROUND",
        rounds.map((r) => r.id),
      );
      return [
        {
          title: "Founders",
          add: add("foundings", "founder", prefill("startupId")),
          items: foundings.map((f) => ({
            label: `${storedName(f.person)} · ${f.role.toLowerCase().replace("_", "-")}`,
            href: `/admin/foundings/${f.id}/edit`,
          })),
        },
        {
          title: "Funding rounds",
          add: add("funding-rounds", "funding round", prefill("startupId")),
          items: rounds.map((r) => {
            const label = entities["funding-rounds"].display(r);
            return {
              label: `${lowerStage(r.stage)}${r.stageLabel ? ` (“${r.stageLabel}”)` : ""} · ${r.announcedOn?.toISOString().slice(0, 7) ?? "date not reported"}`,
              href: `/admin/funding-rounds/${r.id}/edit`,
              groups: [investorsOf(r.id, label, r.investments, distinctSources(roundSources.get(r.id) ?? [], own))],
            };
          }),
        },
      ];
    }
    case "people": {
      const [employments, foundings, investments] = await Promise.all([
        prisma.employment.findMany({
          where: { personId: id, ...live },
          include: { organization: true },
          orderBy: [{ startYear: "asc" }, { id: "asc" }],
        }),
        prisma.founding.findMany({ where: { personId: id, ...live }, include: { startup: true } }),
        prisma.investment.findMany({
          where: { personId: id, ...live },
          include: { round: { include: { startup: true } } },
          orderBy: { id: "asc" },
        }),
      ]);
      return [
        {
          title: "Career (employments)",
          add: add("employments", "employment", prefill("personId")),
          items: employments.map((e) => ({
            label: `${e.organization.nameEn}${e.role ? ` · ${e.role}` : ""} · ${e.startYear ?? "?"}–${e.isCurrent ? "now" : (e.endYear ?? "?")}`,
            href: `/admin/employments/${e.id}/edit`,
          })),
        },
        {
          title: "Start-ups founded",
          add: add("foundings", "founding", prefill("personId")),
          items: foundings.map((f) => ({ label: storedName(f.startup), href: `/admin/foundings/${f.id}/edit` })),
        },
        {
          title: "Investments",
          add: add("investments", "investment", prefill("personId")),
          items: investments.map((i) => ({
            label: `${storedName(i.round.startup)} · ${lowerStage(i.round.stage)}${i.isLead ? " (lead)" : ""}`,
            href: `/admin/investments/${i.id}/edit`,
          })),
        },
      ];
    }
    case "funding-rounds": {
      const investments = await prisma.investment.findMany({
        where: { roundId: id, ...live },
        include: { organization: true, person: true },
        orderBy: { id: "asc" },
      });
      return [investorsOf(id, selfLabel, investments)];
    }
    case "organizations": {
      const children = await prisma.organization.findMany({
        where: { parentId: id, ...live },
        orderBy: { nameEn: "asc" },
      });
      return [
        {
          title: "Units under it",
          add: add("organizations", "unit", { ...prefill("parentId"), kind: String(self.kind) }),
          items: children.map((o) => ({ label: o.nameEn, href: `/admin/organizations/${o.id}/edit` })),
        },
      ];
    }
    default:
      return [];
  }
});

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
  const nodes = new Map(
    rows.map((r) => [
      r.id,
      {
        id: r.id,
        name: r.nameEn,
        nameZh: r.nameZh,
        kind: r.kind,
        deleted: r.deletedAt !== null,
        children: [] as OrganizationTreeNode[],
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
): Promise<FormValues> {
  const prisma = await getPrisma();
  const values: FormValues = {};
  for (const field of entities[key].form.fields) {
    const raw = params[field.name];
    const reference = field.kind === "reference" ? referenceOf(field, params) : null;
    if (!reference || !raw || !/^\d{1,9}$/.test(raw)) continue;
    const target = entities[reference];
    const row = await delegateOf(prisma as never, target.model).findUnique({
      where: { id: Number(raw) },
      ...(target.include ? { include: target.include } : {}),
    });
    if (!row || row.deletedAt) continue;
    values[field.name] = raw;
    values[`${field.name}__label`] = target.display(row);
  }
  return values;
}
