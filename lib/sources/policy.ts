import type { CitationRecordType, Confidence, SourceKind } from "../generated/prisma/enums";

/*
 * The source policy, in one place:
 *  1. An AI-generated page never supports a fact alone: every field (and every record as a whole)
 *     that an AI-generated source supports has another source, of another kind, supporting it too.
 *     What an AI page says can still be kept as a claim (a citation with claimedValue).
 *  2. A record whose only support is aggregators and copies (mirrors, reprints, syndicated copies)
 *     is not high confidence. It applies to the records that carry a confidence: start-ups and
 *     foundings. The data-quality page lists the other kinds of record resting on such support.
 * Checked over the whole database by tests/integration/source-policy.test.ts and on every admin
 * save that touches citations, sources or confidence (lib/data/admin/policy.ts).
 */

/** Kinds that only relay or copy what someone else published. */
export const SECOND_HAND_KINDS: readonly SourceKind[] = ["AGGREGATOR", "MIRROR", "AI_GENERATED"];

/** Record types with a confidence column, to which rule 2 applies. */
export const CONFIDENCE_RECORD_TYPES: readonly CitationRecordType[] = ["STARTUP", "FOUNDING"];

export type SupportRow = {
  recordType: CitationRecordType;
  recordId: number;
  field: string | null;
  claimedValue: string | null;
  /** Null while the source is not classified; it then counts as neither AI-generated nor second-hand. */
  kind: SourceKind | null;
  sourceId: number;
};

export type PolicyViolation =
  | { rule: "ai-only"; recordType: CitationRecordType; recordId: number; field: string | null; sourceIds: number[] }
  | { rule: "second-hand-only"; recordType: CitationRecordType; recordId: number; kinds: SourceKind[] };

const recordKey = (row: { recordType: string; recordId: number }) => `${row.recordType}:${row.recordId}`;

/** Citations that support a value as stored: conflicting claims and the confidence judgement excluded. */
function supporting(rows: readonly SupportRow[]): SupportRow[] {
  return rows.filter((row) => row.claimedValue === null && row.field !== "confidence");
}

/** Rule 1: facts (fields, or records as a whole) whose every supporting source is AI-generated. */
export function aiOnlyFacts(rows: readonly SupportRow[]): PolicyViolation[] {
  const groups = new Map<string, SupportRow[]>();
  for (const row of supporting(rows)) {
    const key = `${recordKey(row)}:${row.field ?? ""}`;
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  const violations: PolicyViolation[] = [];
  for (const group of groups.values()) {
    if (!group.every((row) => row.kind === "AI_GENERATED")) continue;
    const [first] = group;
    violations.push({
      rule: "ai-only",
      recordType: first!.recordType,
      recordId: first!.recordId,
      field: first!.field,
      sourceIds: [...new Set(group.map((row) => row.sourceId))],
    });
  }
  return violations;
}

/**
 * Rule 2: records with a confidence whose supporting sources are all second-hand, yet marked HIGH.
 * `confidences` maps "STARTUP:12" to the record's stored confidence.
 */
export function secondHandOnlyRecords(
  rows: readonly SupportRow[],
  confidences: ReadonlyMap<string, Confidence>,
): PolicyViolation[] {
  const groups = new Map<string, SupportRow[]>();
  for (const row of supporting(rows)) {
    if (!CONFIDENCE_RECORD_TYPES.includes(row.recordType)) continue;
    groups.set(recordKey(row), [...(groups.get(recordKey(row)) ?? []), row]);
  }
  const violations: PolicyViolation[] = [];
  for (const [key, group] of groups) {
    if (confidences.get(key) !== "HIGH") continue;
    if (!group.every((row) => row.kind !== null && SECOND_HAND_KINDS.includes(row.kind))) continue;
    violations.push({
      rule: "second-hand-only",
      recordType: group[0]!.recordType,
      recordId: group[0]!.recordId,
      kinds: [...new Set(group.map((row) => row.kind!))].sort(),
    });
  }
  return violations;
}

export function policyViolations(
  rows: readonly SupportRow[],
  confidences: ReadonlyMap<string, Confidence>,
): PolicyViolation[] {
  return [...aiOnlyFacts(rows), ...secondHandOnlyRecords(rows, confidences)];
}

const recordWords: Record<CitationRecordType, string> = {
  CITY: "city",
  STARTUP: "start-up",
  PERSON: "person",
  ORGANIZATION: "organization",
  EMPLOYMENT: "employment",
  FOUNDING: "founding",
  FUNDING_ROUND: "funding round",
  INVESTMENT: "investment",
  REPORTED_FIGURE: "reported figure",
};

/** The kinds of source as a refusal names them (lib/i18n/admin-forms.ts says them in 中文). */
export const SOURCE_KIND_WORDS: Record<SourceKind, string> = {
  ORIGINAL_REPORTING: "original reporting",
  COMPANY_STATEMENT: "company statement",
  FILING: "filing",
  REFERENCE_WORK: "reference work",
  AGGREGATOR: "aggregator",
  MIRROR: "mirror or copy",
  AI_GENERATED: "AI-generated",
};

/** A violation in words an editor can act on. */
export function describeViolation(violation: PolicyViolation): string {
  const record = `${recordWords[violation.recordType]} #${violation.recordId}`;
  if (violation.rule === "ai-only") {
    const what = violation.field ? `“${violation.field}” of ${record}` : `${record} as a whole`;
    return `${what} would rest only on an AI-generated page. Add a source of another kind for it, or keep the AI page's value as a claim (“value the source states”).`;
  }
  return `${record} would rest only on ${violation.kinds.map((kind) => SOURCE_KIND_WORDS[kind]).join(" and ")} sources yet be high confidence. Set its confidence to medium, or cite an original source.`;
}
