import "server-only";
import { randomInt } from "node:crypto";
import { cache } from "react";
import { getPrisma } from "@/lib/db";
import type { AppPrismaClient } from "@/lib/db/connection";
import type { CitationRecordType, SuggestionKind, SuggestionStatus } from "@/lib/generated/prisma/enums";
import { ActionError } from "@/lib/forms/errors";
import { storedName } from "@/lib/format/names";
import { createTranslator } from "next-intl";
import { entitySingular, localizedForm } from "@/lib/i18n/admin-forms";
import type { Locale } from "@/lib/i18n/locales";
import { messages } from "@/lib/i18n/messages";
import { consumeRateLimit, type RateLimitDecision } from "./rate-limit";
import { paginated, pageOffset, type Paginated } from "@/lib/pagination";
import type { FormValues } from "@/lib/validation/form-data";
import type { EntityKey } from "@/lib/validation/form-spec";
import { recordForms } from "@/lib/validation/record-forms";
import type { FactFlagInput, StartupSuggestionInput } from "@/lib/validation/suggestion";
import { delegateOf, type Tx } from "./admin/delegates";
import { citationTargets, entities, toFormValues } from "./admin/entities";

/*
 * Readers' suggestions: stored apart from the facts and never shown as one. The public forms write
 * here (lib/actions/suggestions.ts); editors decide in /admin/suggestions, where accepting goes
 * through the admin's own write path (records, citations and history in one transaction).
 */

const REFERENCE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/** A fresh reference: 8 random characters of Crockford's base 32 (40 bits), e.g. "S-7K3M9QXA". */
export function newReference(): string {
  let body = "";
  for (let i = 0; i < 8; i++) body += REFERENCE_ALPHABET[randomInt(REFERENCE_ALPHABET.length)];
  return `S-${body}`;
}

const PUBLIC_PATH: Partial<Record<CitationRecordType, (slug: string) => string>> = {
  STARTUP: (slug) => `/startups/${slug}`,
  PERSON: (slug) => `/founders/${slug}`,
  CITY: (slug) => `/cities/${slug}`,
  ORGANIZATION: (slug) => `/investors/${slug}`,
};

/** The form field behind a citation's field name ("city" is the form's "cityId"). */
export function formFieldOf(key: EntityKey, citationField: string): string | null {
  const fields = recordForms[key].fields;
  if (fields.some((f) => f.name === citationField)) return citationField;
  if (fields.some((f) => f.name === `${citationField}Id` && f.kind === "reference")) return `${citationField}Id`;
  return null;
}

/** A suggestion as an editor decides it, read inside the deciding transaction. */
export async function findSuggestionToDecide(tx: Tx, id: number) {
  return tx.suggestion.findUnique({ where: { id } });
}

export type FlagTarget = {
  recordType: CitationRecordType;
  recordId: number;
  key: EntityKey;
  /** What the record is called, e.g. "Rokid" or "Misa Zhu → Rokid". */
  recordLabel: string;
  kindLabel: string;
  /** The citation field flagged; null for the record as a whole. */
  field: string | null;
  fieldLabel: string;
  /** The value as the public pages show it now (as text); null for the record as a whole. */
  currentValue: string | null;
};

/**
 * The fact a "Flag this fact" link points at, as it stands: null when the record does not exist, is
 * deleted, or the field is not one a source can support.
 */
export async function getFlagTarget(
  options: { recordType: CitationRecordType; recordId: number; field: string | null; locale?: Locale },
  prisma?: AppPrismaClient,
): Promise<FlagTarget | null> {
  // English unless asked: the suggestion's stored summary names the fact in English.
  const locale = options.locale ?? "en";
  const db = prisma ?? (await getPrisma());
  const { key } = citationTargets[options.recordType];
  const entity = entities[key];
  const row = await entity.findById(db, options.recordId);
  if (!row || row.deletedAt) return null;
  let fieldLabel = "the record as a whole";
  let currentValue: string | null = null;
  if (options.field !== null) {
    const option = localizedForm(key, locale).citationFields.find((f) => f.value === options.field);
    const formField = formFieldOf(key, options.field);
    if (!option || !formField) return null;
    fieldLabel = option.label;
    const spec = entity.form.fields.find((f) => f.name === formField)!;
    const referencedId = row[formField];
    if (spec.kind === "reference" && spec.reference && typeof referencedId === "number") {
      const target = entities[spec.reference];
      const referenced = await target.findById(db, referencedId);
      currentValue = referenced ? target.display(referenced, locale) : null;
    } else {
      const value = toFormValues([spec], row)[formField];
      currentValue = Array.isArray(value) ? value.join(", ") : value || null;
      if (spec.kind === "list" && currentValue) currentValue = currentValue.split("\n").join(", ");
    }
  }
  return {
    recordType: options.recordType,
    recordId: options.recordId,
    key,
    recordLabel: entity.display(row, locale),
    kindLabel: entitySingular(key, locale),
    field: options.field,
    fieldLabel,
    currentValue,
  };
}

type NewSuggestion =
  { kind: "STARTUP"; input: StartupSuggestionInput } | { kind: "FACT"; input: FactFlagInput; target: FlagTarget };

/** Stores a reader's suggestion, pending review, with a fresh reference; returns the reference. */
export async function createSuggestion(tx: Tx, suggestion: NewSuggestion): Promise<{ id: number; reference: string }> {
  const common = {
    sourceUrl: suggestion.input.sourceUrl,
    sourceQuote: suggestion.input.sourceQuote,
    comment: suggestion.input.comment,
    contactEmail: suggestion.input.contactEmail,
  };
  const data =
    suggestion.kind === "STARTUP"
      ? {
          kind: "STARTUP" as const,
          nameEn: suggestion.input.nameEn,
          nameZh: suggestion.input.nameZh,
          website: suggestion.input.website,
          cityName: suggestion.input.cityName,
          foundedYear: suggestion.input.foundedYear,
          founders: suggestion.input.founders,
          alibabaLink: suggestion.input.alibabaLink,
          ...common,
        }
      : {
          kind: "FACT" as const,
          targetType: suggestion.target.recordType,
          targetId: suggestion.target.recordId,
          targetField: suggestion.target.field,
          currentValue: suggestion.target.currentValue,
          proposedValue: suggestion.input.proposedValue,
          ...common,
        };
  // 40 random bits: a clash is unlikely, and checked rather than left to a unique-key error.
  for (let attempt = 0; attempt < 5; attempt++) {
    const reference = newReference();
    const taken = await tx.suggestion.findUnique({ where: { reference }, select: { id: true } });
    if (taken) continue;
    const created = await tx.suggestion.create({ data: { ...data, reference }, select: { id: true, reference: true } });
    return created;
  }
  throw new Error("Could not find a free suggestion reference");
}

export type SuggestionStatusView = {
  reference: string;
  kind: SuggestionKind;
  status: SuggestionStatus;
  summary: string;
  createdAt: string;
  decidedAt: string | null;
  reason: string | null;
  /** The public page of what was added or corrected, once accepted. */
  resultHref: string | null;
};

/** What the public status page shows for a reference: no names of editors, no contact details. */
export async function getSuggestionStatus(
  reference: string,
  locale: Locale = "en",
): Promise<SuggestionStatusView | null> {
  const prisma = await getPrisma();
  const row = await prisma.suggestion.findUnique({ where: { reference } });
  if (!row) return null;
  let resultHref: string | null = null;
  if (row.status === "ACCEPTED" && row.resultType && row.resultId) {
    const toPath = PUBLIC_PATH[row.resultType];
    const { model } = citationTargets[row.resultType];
    const result = toPath ? await delegateOf(prisma, model).findUnique({ where: { id: row.resultId } }) : null;
    if (result && !result.deletedAt && typeof result.slug === "string") resultHref = toPath!(result.slug);
  }
  return {
    reference: row.reference,
    kind: row.kind,
    status: row.status,
    summary: summaryOf(row, locale),
    createdAt: row.createdAt.toISOString(),
    decidedAt: row.decidedAt?.toISOString() ?? null,
    reason: row.status === "REJECTED" ? row.decisionReason : null,
    resultHref,
  };
}

type SummaryRow = {
  kind: SuggestionKind;
  nameEn: string | null;
  nameZh: string | null;
  targetType: CitationRecordType | null;
  targetId: number | null;
  targetField: string | null;
  proposedValue: string | null;
};

/** One line on what a suggestion proposes, in the reader's (or editor's) language; the proposal itself as sent. */
function summaryOf(row: SummaryRow, locale: Locale): string {
  const t = createTranslator({ locale, messages: messages[locale], namespace: "suggest.summary" });
  if (row.kind === "STARTUP") return t("newStartup", { names: [row.nameEn, row.nameZh].filter(Boolean).join(" / ") });
  const key = row.targetType ? citationTargets[row.targetType].key : null;
  const label = row.targetField
    ? key && localizedForm(key, locale).citationFields.find((f) => f.value === row.targetField)?.label
    : null;
  const field = row.targetField ? (label ?? row.targetField) : null;
  const words = {
    entity: key ? entitySingular(key, locale) : t("record"),
    id: String(row.targetId),
    value: row.proposedValue ?? "",
  };
  return field
    ? t("correctionOfField", { ...words, field: locale === "en" ? field.toLowerCase() : field })
    : t("correction", words);
}

export type SuggestionListItem = {
  id: number;
  reference: string;
  kind: SuggestionKind;
  status: SuggestionStatus;
  summary: string;
  sourceUrl: string;
  createdAt: string;
  decidedAt: string | null;
  decidedByName: string | null;
};

export const SUGGESTION_STATUSES = ["PENDING", "ACCEPTED", "REJECTED"] as const satisfies readonly SuggestionStatus[];

/** The review queue: one status at a time, oldest pending first (first come, first reviewed). */
export const findSuggestions = cache(
  async (options: {
    status: SuggestionStatus;
    page: number;
    locale?: Locale;
  }): Promise<Paginated<SuggestionListItem>> => {
    const prisma = await getPrisma();
    const where = { status: options.status };
    const [total, rows] = await Promise.all([
      prisma.suggestion.count({ where }),
      prisma.suggestion.findMany({
        where,
        orderBy: options.status === "PENDING" ? { createdAt: "asc" } : { decidedAt: "desc" },
        skip: pageOffset(options.page),
        take: 25,
      }),
    ]);
    return paginated(
      rows.map((row) => ({
        id: row.id,
        reference: row.reference,
        kind: row.kind,
        status: row.status,
        summary: summaryOf(row, options.locale ?? "en"),
        sourceUrl: row.sourceUrl,
        createdAt: row.createdAt.toISOString(),
        decidedAt: row.decidedAt?.toISOString() ?? null,
        decidedByName: row.decidedByName,
      })),
      { total, page: options.page },
    );
  },
);

/** How many suggestions wait for review (the admin's navigation shows it). */
export const countPendingSuggestions = cache(async (): Promise<number> => {
  const prisma = await getPrisma();
  return prisma.suggestion.count({ where: { status: "PENDING" } });
});

export type SuggestionForReview = {
  id: number;
  reference: string;
  kind: SuggestionKind;
  status: SuggestionStatus;
  createdAt: string;
  nameEn: string | null;
  nameZh: string | null;
  website: string | null;
  cityName: string | null;
  foundedYear: number | null;
  founders: string | null;
  alibabaLink: string | null;
  target: FlagTarget | null;
  /** For a fact: the record's type and id even when the record has gone since. */
  targetType: CitationRecordType | null;
  targetId: number | null;
  targetField: string | null;
  currentValue: string | null;
  proposedValue: string | null;
  sourceUrl: string;
  sourceQuote: string | null;
  comment: string | null;
  contactEmail: string | null;
  decidedAt: string | null;
  decidedByName: string | null;
  decisionReason: string | null;
  resultHref: string | null;
  /** The prefilled form: a new start-up, or the flagged record's edit form with the proposed value. */
  prefill: FormValues;
};

function hostnameOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, "");
  } catch {
    return "";
  }
}

/** A citation row for the reader's source: the stored source when its address is known, else a new one. */
async function citationPrefill(
  prisma: AppPrismaClient,
  row: { sourceUrl: string; sourceQuote: string | null },
  field: string | null,
  index: number,
): Promise<FormValues> {
  const existing = await prisma.source.findUnique({ where: { url: row.sourceUrl } });
  const name = (part: string) => `citations.${index}.${part}`;
  const values: FormValues = { [name("field")]: field ?? "", [name("quote")]: row.sourceQuote ?? "" };
  if (existing && !existing.deletedAt) {
    values[name("sourceId")] = String(existing.id);
    values[name("sourceId__label")] = `${existing.publisher}: ${existing.title ?? existing.url}`;
  } else {
    values[name("newUrl")] = row.sourceUrl;
    values[name("newPublisher")] = hostnameOf(row.sourceUrl);
  }
  return values;
}

/** A suggestion as the review page needs it, with its prefilled form. */
export async function getSuggestionForReview(id: number): Promise<SuggestionForReview | null> {
  const prisma = await getPrisma();
  const row = await prisma.suggestion.findUnique({ where: { id } });
  if (!row) return null;
  let target: FlagTarget | null = null;
  let prefill: FormValues = {};
  if (row.kind === "STARTUP") {
    const city = row.cityName
      ? await prisma.city.findFirst({
          where: {
            deletedAt: null,
            OR: [
              { nameEn: { equals: row.cityName, mode: "insensitive" } },
              { nameZh: row.cityName },
              { slug: row.cityName.toLowerCase() },
            ],
          },
        })
      : null;
    prefill = {
      // One reader's source until an editor has checked more: the editor raises it when they have.
      confidence: "MEDIUM",
      nameEn: row.nameEn ?? "",
      nameZh: row.nameZh ?? "",
      website: row.website ?? "",
      foundedYear: row.foundedYear ? String(row.foundedYear) : "",
      ...(city ? { cityId: String(city.id), cityId__label: storedName(city) } : {}),
      ...(await citationPrefill(prisma, row, null, 0)),
    };
  } else if (row.targetType && row.targetId) {
    target = await getFlagTarget(
      { recordType: row.targetType, recordId: row.targetId, field: row.targetField },
      prisma,
    );
    if (target) {
      const formField = row.targetField ? formFieldOf(target.key, row.targetField) : null;
      const spec = formField ? entities[target.key].form.fields.find((f) => f.name === formField) : undefined;
      // A reference (a city, a person) cannot be filled from text: the editor picks it.
      const fillable = spec && spec.kind !== "reference" && spec.kind !== "checkboxes" && spec.kind !== "select";
      prefill = {
        ...(fillable && formField ? { [formField]: row.proposedValue ?? "" } : {}),
        ...(await citationPrefill(prisma, row, row.targetField, 0)),
      };
    }
  }
  let resultHref: string | null = null;
  if (row.resultType && row.resultId) resultHref = `/admin/${citationTargets[row.resultType].key}/${row.resultId}/edit`;
  return {
    id: row.id,
    reference: row.reference,
    kind: row.kind,
    status: row.status,
    createdAt: row.createdAt.toISOString(),
    nameEn: row.nameEn,
    nameZh: row.nameZh,
    website: row.website,
    cityName: row.cityName,
    foundedYear: row.foundedYear,
    founders: row.founders,
    alibabaLink: row.alibabaLink,
    target,
    targetType: row.targetType,
    targetId: row.targetId,
    targetField: row.targetField,
    currentValue: row.currentValue,
    proposedValue: row.proposedValue,
    sourceUrl: row.sourceUrl,
    sourceQuote: row.sourceQuote,
    comment: row.comment,
    contactEmail: row.contactEmail,
    decidedAt: row.decidedAt?.toISOString() ?? null,
    decidedByName: row.decidedByName,
    decisionReason: row.decisionReason,
    resultHref,
    prefill,
  };
}

type Decider = { id: string; name: string; email: string };

/**
 * Records the decision on a pending suggestion inside the caller's transaction. Only a pending one
 * can be decided: a second editor deciding the same suggestion meanwhile is refused, and with it
 * anything else the transaction wrote (the records an accept created).
 */
export async function decideSuggestion(
  tx: Tx,
  id: number,
  decider: Decider,
  decision:
    | { status: "ACCEPTED"; resultType: CitationRecordType; resultId: number; note?: string | null }
    | { status: "REJECTED"; reason: string },
): Promise<{ reference: string; kind: SuggestionKind }> {
  const { count } = await tx.suggestion.updateMany({
    where: { id, status: "PENDING" },
    data: {
      status: decision.status,
      decidedAt: new Date(),
      decidedById: decider.id,
      decidedByName: decider.name || decider.email,
      ...(decision.status === "ACCEPTED"
        ? { resultType: decision.resultType, resultId: decision.resultId, decisionReason: decision.note ?? null }
        : { decisionReason: decision.reason }),
    },
  });
  const row = await tx.suggestion.findUnique({ where: { id }, select: { reference: true, kind: true, status: true } });
  if (!row) throw new ActionError(`Suggestion #${id} does not exist. Nothing was saved.`);
  if (count === 0) {
    throw new ActionError(
      `Suggestion ${row.reference} was already ${row.status.toLowerCase()} by another editor. Nothing was saved.`,
    );
  }
  return { reference: row.reference, kind: row.kind };
}

/** Challenges one client address may fetch per window: enough for a reader's retries, not a farm's. */
const CHALLENGE_LIMIT = { limit: 30, windowSeconds: 10 * 60 };

export async function consumeChallengeAllowance(address: string): Promise<RateLimitDecision> {
  return consumeRateLimit(await getPrisma(), { key: `suggestion-challenge:${address}`, ...CHALLENGE_LIMIT });
}
