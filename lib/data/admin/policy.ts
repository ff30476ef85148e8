import "server-only";
import { ActionError } from "@/lib/forms/errors";
import type { CitationRecordType, Confidence } from "@/lib/generated/prisma/enums";
import { describeViolation, policyViolations, type PolicyViolation } from "@/lib/sources/policy";
import type { Row, Tx } from "./delegates";
import type { EntityDefinition, RecordRef } from "./entities/define";

type Reader = Pick<Tx, "citation" | "startup" | "founding">;

/**
 * The source policy's violations among the given records (all records when `records` is omitted),
 * read from live citations of live sources.
 */
export async function findPolicyViolations(db: Reader, records?: RecordRef[]): Promise<PolicyViolation[]> {
  if (records && records.length === 0) return [];
  const scope = records
    ? {
        OR: [...groupIds(records)].map(([recordType, ids]) => ({ recordType, recordId: { in: ids } })),
      }
    : {};
  const citations = await db.citation.findMany({
    where: { deletedAt: null, source: { deletedAt: null }, ...scope },
    select: {
      recordType: true,
      recordId: true,
      field: true,
      claimedValue: true,
      sourceId: true,
      source: { select: { kind: true } },
    },
  });
  const rows = citations.map(({ source, ...row }) => ({ ...row, kind: source.kind }));
  const ids = (type: CitationRecordType) =>
    records ? records.filter((r) => r.recordType === type).map((r) => r.recordId) : undefined;
  const confidences = new Map<string, Confidence>();
  const startupIds = ids("STARTUP");
  const foundingIds = ids("FOUNDING");
  const [startups, foundings] = await Promise.all([
    startupIds?.length === 0
      ? []
      : db.startup.findMany({
          where: { deletedAt: null, ...(startupIds ? { id: { in: startupIds } } : {}) },
          select: { id: true, confidence: true },
        }),
    foundingIds?.length === 0
      ? []
      : db.founding.findMany({
          where: { deletedAt: null, ...(foundingIds ? { id: { in: foundingIds } } : {}) },
          select: { id: true, confidence: true },
        }),
  ]);
  for (const s of startups) confidences.set(`STARTUP:${s.id}`, s.confidence);
  for (const f of foundings) confidences.set(`FOUNDING:${f.id}`, f.confidence);
  return policyViolations(rows, confidences);
}

function groupIds(records: RecordRef[]): Map<CitationRecordType, number[]> {
  const byType = new Map<CitationRecordType, number[]>();
  for (const { recordType, recordId } of records) byType.set(recordType, [...(byType.get(recordType) ?? []), recordId]);
  return byType;
}

/**
 * Refuses a save that would break the source policy (lib/sources/policy.ts), inside the saving
 * transaction, so nothing of it is kept. The message names each record and what to do.
 */
export async function enforceSourcePolicy(tx: Tx, entity: EntityDefinition, rows: (Row | null)[]): Promise<void> {
  const ids = rows.filter((row): row is Row => row !== null).map((row) => row.id);
  const records = await entity.supportedRecords(tx, ids);
  const violations = await findPolicyViolations(tx, records);
  if (violations.length === 0) return;
  throw new ActionError(
    `Nothing was saved: the source policy refuses this. ${violations.slice(0, 5).map(describeViolation).join(" ")}`,
  );
}
