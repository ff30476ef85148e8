import "server-only";
import { FieldError } from "@/lib/forms/errors";
import { slugFromValues } from "@/lib/text/slug";
import type { SlugRecordType } from "@/lib/generated/prisma/enums";
import { Prisma } from "@/lib/generated/prisma/client";
import { delegateOf, type ModelName, type Row, type Tx } from "./delegates";

/** The models with public addresses, and the kind of record their former slugs are filed under. */
export const slugRecordTypes: Partial<Record<ModelName, SlugRecordType>> = {
  startup: "STARTUP",
  person: "PERSON",
  city: "CITY",
  organization: "ORGANIZATION",
  reportedFigure: "REPORTED_FIGURE",
};

/** The record a former slug still redirects to, when it is not this one. */
async function redirectHolder(tx: Tx, model: ModelName, slug: string, id?: number) {
  const recordType = slugRecordTypes[model];
  if (!recordType) return null;
  const redirect = await tx.slugRedirect.findUnique({ where: { recordType_slug: { recordType, slug } } });
  return redirect && redirect.recordId !== id ? redirect : null;
}

/**
 * After a save that changed a slug: the old address keeps working (a permanent redirect to the
 * record), and the new one, being live, no longer redirects anywhere.
 */
export async function keepFormerSlug(
  tx: Tx,
  model: ModelName,
  before: Record<string, unknown>,
  after: Record<string, unknown> & { id: number },
): Promise<void> {
  const recordType = slugRecordTypes[model];
  if (!recordType || typeof before.slug !== "string" || typeof after.slug !== "string") return;
  if (before.slug === after.slug) return;
  await tx.slugRedirect.deleteMany({ where: { recordType, slug: after.slug } });
  await tx.slugRedirect.upsert({
    where: { recordType_slug: { recordType, slug: before.slug } },
    create: { recordType, slug: before.slug, recordId: after.id },
    update: { recordId: after.id },
  });
}

const modelWords: Record<ModelName, string> = {
  city: "city",
  startup: "start-up",
  person: "person",
  organization: "organization",
  employment: "employment",
  founding: "founding",
  fundingRound: "funding round",
  investment: "investment",
  source: "source",
  citation: "citation",
  reportedFigure: "reported figure",
  exchangeRate: "exchange rate",
};

/** A chosen reference must exist and not be deleted: forged or stale ids end here with a clear word. */
export async function ensureLive(tx: Tx, model: ModelName, id: number | null, field: string): Promise<void> {
  if (id === null) return;
  const row = await delegateOf(tx, model).findFirst({ where: { id }, select: { id: true, deletedAt: true } });
  if (!row) throw new FieldError(field, `no ${modelWords[model]} #${id} exists; choose one from the list`);
  if (row.deletedAt)
    throw new FieldError(field, `${modelWords[model]} #${id} was deleted; restore it or choose another`);
}

const text = (value: unknown) => (typeof value === "string" ? value : null);

export function describeNamed(row: Row, model: ModelName): string {
  const name = text(row.nameEn) ?? text(row.nameZh) ?? text(row.label) ?? text(row.metric) ?? text(row.slug) ?? "";
  return `“${name}” (${modelWords[model]} #${row.id}${row.deletedAt ? ", deleted" : ""})`;
}

/**
 * The slug to store. A typed slug must be free (the refusal names the record that holds it); an
 * empty one is generated from the names and, if taken, numbered (rokid-2).
 */
export async function resolveSlug(
  tx: Tx,
  model: ModelName,
  typed: string | null,
  sources: (string | null | undefined)[],
  id?: number,
): Promise<string> {
  const delegate = delegateOf(tx, model);
  if (typed) {
    const holder = await delegate.findFirst({ where: { slug: typed, ...(id ? { NOT: { id } } : {}) } });
    if (holder) throw new FieldError("slug", `is already used by ${describeNamed(holder, model)}`);
    const redirect = await redirectHolder(tx, model, typed, id);
    if (redirect) {
      throw new FieldError(
        "slug",
        `is a former address of ${modelWords[model]} #${redirect.recordId} and still redirects there; choose another`,
      );
    }
    return typed;
  }
  if (id) {
    // Editing without a typed slug keeps the current one: published links stay valid.
    const current = await delegate.findFirst({ where: { id }, select: { slug: true } });
    if (typeof current?.slug === "string" && current.slug !== "") return current.slug;
  }
  const base = slugFromValues(sources) ?? `${model.toLowerCase()}-${Date.now().toString(36)}`;
  for (let n = 1; n < 1000; n++) {
    const candidate = n === 1 ? base : `${base.slice(0, 95)}-${n}`;
    const holder = await delegate.findFirst({ where: { slug: candidate }, select: { id: true } });
    if (!holder && !(await redirectHolder(tx, model, candidate, id))) return candidate;
  }
  throw new FieldError("slug", "could not be generated; type one");
}

const namedTables = {
  startup: Prisma.raw(`"Startup"`),
  city: Prisma.raw(`"City"`),
  organization: Prisma.raw(`"Organization"`),
} as const;

/**
 * Refuses a second live record with the same English or Chinese name, naming the first. Names are
 * compared in lower case, as the database's unique indexes on live names compare them
 * (migration 20261130134117): a race between two saves that both pass this check ends at the index,
 * and the action runs this check again to explain the refusal.
 */
export async function ensureNameFree(
  tx: Tx,
  model: "startup" | "city" | "organization",
  names: { nameEn?: string | null; nameZh?: string | null },
  id?: number,
): Promise<void> {
  for (const field of ["nameEn", "nameZh"] as const) {
    const value = names[field];
    if (!value) continue;
    const [holder] = await tx.$queryRaw<{ id: number }[]>`
      SELECT "id" FROM ${namedTables[model]}
      WHERE lower(${Prisma.raw(`"${field}"`)}) = lower(${value}) AND "deletedAt" IS NULL AND "id" <> ${id ?? 0}
      LIMIT 1`;
    if (!holder) continue;
    const row = await delegateOf(tx, model).findUnique({ where: { id: holder.id } });
    if (row) throw new FieldError(field, `is already the name of ${describeNamed(row, model)}`);
  }
}
