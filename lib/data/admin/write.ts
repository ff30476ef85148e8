import "server-only";
import { ActionError, ConflictError, FieldError, NotFoundError, ReferencedError } from "@/lib/forms/errors";
import type { ConflictField } from "@/lib/forms/form-state";
import { diffSnapshots, toSnapshot, type Snapshot } from "@/lib/history/snapshot";
import type { CitationChanges } from "@/lib/validation/citation-rows";
import { nestFormValues, type FormValues } from "@/lib/validation/form-data";
import { formatWhen } from "@/lib/format/dates";
import { delegateOf, type Row, type Tx } from "./delegates";
import { toFormValues, type EntityDefinition, type PreparedRecord } from "./entities";
import { readSnapshot, type RecordChange } from "./history";
import { keepFormerSlug } from "./checks";
import { enforceSourcePolicy } from "./policy";

export type WriteResult = { id: number; row: Row; paths: string[] };

const EMPTY_CITATIONS: CitationChanges = { citations: [], removeCitations: [] };

/** The record as it is now, which must exist: it was just written in this transaction. */
async function reload(tx: Tx, entity: EntityDefinition, id: number): Promise<Row> {
  const row = await entity.findById(tx, id);
  if (!row) throw new NotFoundError(`This ${entity.singular} (#${id})`);
  return row;
}

// Relations loaded for naming are not columns: keep them out of history snapshots.
function columnsOnly(entity: EntityDefinition, row: Row): Snapshot {
  const relationKeys = new Set(Object.keys(entity.include ?? {}));
  return toSnapshot(Object.fromEntries(Object.entries(row).filter(([key]) => !relationKeys.has(key))));
}

export async function createRecord(
  tx: Tx,
  entity: EntityDefinition,
  input: PreparedRecord,
  record: RecordChange,
  options: { citations?: CitationChanges; summary?: string } = {},
): Promise<WriteResult> {
  const columns = await input.columns(tx);
  const created = await delegateOf(tx, entity.model).create({ data: columns });
  const row = await reload(tx, entity, created.id);
  await record({
    recordType: entity.recordType,
    recordId: row.id,
    action: "CREATE",
    version: row.version,
    after: columnsOnly(entity, row),
    summary: options.summary ?? null,
  });
  await applyCitations(tx, entity, row.id, options.citations ?? EMPTY_CITATIONS, record);
  await enforceSourcePolicy(tx, entity, [row]);
  return { id: row.id, row, paths: entity.publicPaths(row) };
}

/** What changed between the record as saved now and what this editor typed, field by field. */
function conflictFields(entity: EntityDefinition, current: Row, typed: FormValues): ConflictField[] {
  const theirs = toFormValues(entity.form.fields, current);
  return entity.form.fields
    .map((field) => {
      const a = theirs[field.name] ?? "";
      const b = typed[field.name] ?? "";
      const show = (v: string | string[]) => (Array.isArray(v) ? v.join(", ") : v);
      return { name: field.name, label: field.label, theirs: show(a), yours: show(b) };
    })
    .filter((f) => f.theirs !== f.yours);
}

async function lastChange(tx: Tx, entity: EntityDefinition, id: number) {
  return tx.changeLog.findFirst({
    where: { recordType: entity.recordType, recordId: String(id) },
    orderBy: { id: "desc" },
    select: { actorName: true, createdAt: true },
  });
}

async function conflict(tx: Tx, entity: EntityDefinition, current: Row, typed: FormValues): Promise<ConflictError> {
  const last = await lastChange(tx, entity, current.id);
  return new ConflictError({
    version: current.version,
    savedBy: last?.actorName ?? null,
    savedAt: last?.createdAt.toISOString() ?? null,
    fields: conflictFields(entity, current, typed),
  });
}

/**
 * Saves an edit only if nobody saved the record since the editor opened it: the update matches on
 * id AND version and increments the version; a mismatch refuses with the other version shown.
 */
export async function updateRecord(
  tx: Tx,
  entity: EntityDefinition,
  id: number,
  expectedVersion: number,
  input: PreparedRecord,
  record: RecordChange,
  options: {
    citations?: CitationChanges;
    typed?: FormValues;
    action?: "UPDATE" | "RESTORE";
    summary?: string;
    undelete?: boolean;
  } = {},
): Promise<WriteResult> {
  const delegate = delegateOf(tx, entity.model);
  const current = await entity.findById(tx, id);
  if (!current) throw new NotFoundError(`This ${entity.singular} (#${id})`);
  if (current.deletedAt && !options.undelete) {
    throw new ActionError(`This ${entity.singular} was deleted. Restore it from its history before editing.`);
  }
  if (current.version !== expectedVersion) throw await conflict(tx, entity, current, options.typed ?? {});
  const columns = await input.columns(tx, id);
  const { count } = await delegate.updateMany({
    where: { id, version: expectedVersion },
    data: { ...columns, ...(options.undelete ? { deletedAt: null } : {}), version: { increment: 1 } },
  });
  if (count === 0) {
    // Saved by someone else between our read and our write.
    const now = await entity.findById(tx, id);
    if (!now) throw new NotFoundError(`This ${entity.singular} (#${id})`);
    throw await conflict(tx, entity, now, options.typed ?? {});
  }
  const after = await reload(tx, entity, id);
  await keepFormerSlug(tx, entity.model, current, after);
  if (options.undelete && current.deletedAt) await restoreCascadedCitations(tx, entity, id, current.deletedAt, record);
  await record({
    recordType: entity.recordType,
    recordId: id,
    action: options.action ?? "UPDATE",
    version: after.version,
    before: columnsOnly(entity, current),
    after: columnsOnly(entity, after),
    summary: options.summary ?? null,
  });
  await applyCitations(tx, entity, id, options.citations ?? EMPTY_CITATIONS, record);
  await enforceSourcePolicy(tx, entity, [current, after]);
  return { id, row: after, paths: [...new Set([...entity.publicPaths(current), ...entity.publicPaths(after)])] };
}

/**
 * "Restore this version": brings back the record as it was after that change (for a deletion, as it
 * was just before it), through the same checks and history as an edit, undeleting it if need be.
 */
export async function restoreRecordVersion(
  tx: Tx,
  entity: EntityDefinition,
  target: { id: number; version: number; changeId: number },
  record: RecordChange,
): Promise<WriteResult> {
  const change = await tx.changeLog.findUnique({ where: { id: target.changeId } });
  if (!change || change.recordType !== entity.recordType || change.recordId !== String(target.id)) {
    throw new NotFoundError(`Version #${target.changeId} of this ${entity.singular}`);
  }
  const snapshot = readSnapshot(change.action === "DELETE" ? change.before : change.after);
  if (!snapshot) throw new ActionError("That entry holds no version of the record to restore.");
  const parsed = entity.parse(nestFormValues(toFormValues(entity.form.fields, snapshot)));
  if (!parsed.success) {
    const problems = Object.entries(parsed.fieldErrors).map(([field, messages]) => `${field} ${messages.join(", ")}`);
    throw new ActionError(
      `That version no longer passes today's checks (${problems.join("; ")}); edit the record instead.`,
    );
  }
  return updateRecord(tx, entity, target.id, target.version, parsed.data, record, {
    action: "RESTORE",
    undelete: true,
    summary: `Restored the version saved ${formatWhen(change.createdAt)} by ${change.actorName}`,
  });
}

/**
 * Soft delete. Refused while live records refer to this one (the answer lists them); the record's
 * own citations go with it, marked with the same time so a restore brings them back.
 */
export async function deleteRecord(
  tx: Tx,
  entity: EntityDefinition,
  id: number,
  expectedVersion: number,
  record: RecordChange,
): Promise<WriteResult> {
  const current = await entity.findById(tx, id);
  if (!current) throw new NotFoundError(`This ${entity.singular} (#${id})`);
  if (current.deletedAt) throw new ActionError(`This ${entity.singular} is already deleted.`);
  if (current.version !== expectedVersion) throw await conflict(tx, entity, current, {});
  const referrers = await entity.referrers(tx, id);
  if (referrers.length > 0) throw new ReferencedError(`“${entity.display(current)}”`, referrers);
  const at = new Date();
  const { count } = await delegateOf(tx, entity.model).updateMany({
    where: { id, version: expectedVersion, deletedAt: null },
    data: { deletedAt: at, version: { increment: 1 } },
  });
  if (count === 0) throw await conflict(tx, entity, (await entity.findById(tx, id)) ?? current, {});
  let cascaded = 0;
  if (entity.citationType) {
    ({ count: cascaded } = await tx.citation.updateMany({
      where: { recordType: entity.citationType, recordId: id, deletedAt: null },
      data: { deletedAt: at, version: { increment: 1 } },
    }));
  }
  await entity.removeDependents(tx, id, at);
  const after = await reload(tx, entity, id);
  await record({
    recordType: entity.recordType,
    recordId: id,
    action: "DELETE",
    version: after.version,
    before: columnsOnly(entity, current),
    after: columnsOnly(entity, after),
    summary: cascaded > 0 ? `Deleted with its ${cascaded} citation${cascaded === 1 ? "" : "s"}` : null,
  });
  // Removing a citation can leave a fact resting on an AI-generated page alone. (For other kinds the
  // check finds nothing: their citations went with them, and a cited source cannot be deleted.)
  await enforceSourcePolicy(tx, entity, [current]);
  return { id, row: after, paths: entity.publicPaths(current) };
}

async function restoreCascadedCitations(
  tx: Tx,
  entity: EntityDefinition,
  id: number,
  deletedAt: Date,
  record: RecordChange,
) {
  if (entity.citationType) {
    const { count } = await tx.citation.updateMany({
      where: { recordType: entity.citationType, recordId: id, deletedAt },
      data: { deletedAt: null, version: { increment: 1 } },
    });
    if (count > 0) {
      await record({
        recordType: entity.recordType,
        recordId: id,
        action: "RESTORE",
        summary: `Restored its ${count} citation${count === 1 ? "" : "s"}`,
      });
    }
  }
  await entity.restoreDependents(tx, id, deletedAt);
}

/** Adds the new citations (creating or reusing sources by URL) and soft-deletes the ones ticked for removal. */
export async function applyCitations(
  tx: Tx,
  entity: EntityDefinition,
  recordId: number,
  changes: CitationChanges,
  record: RecordChange,
): Promise<void> {
  if (changes.citations.length === 0 && changes.removeCitations.length === 0) return;
  if (!entity.citationType) throw new ActionError(`A ${entity.singular} cannot carry citations.`);
  const recordType = entity.citationType;
  for (const row of changes.citations) {
    let sourceId = row.sourceId;
    if (sourceId !== null) {
      const source = await tx.source.findUnique({ where: { id: sourceId }, select: { deletedAt: true } });
      if (!source || source.deletedAt)
        throw new FieldError(`${row.path}.sourceId`, `source #${sourceId} does not exist or was deleted`);
    } else if (row.newUrl !== null) {
      const existing = await tx.source.findUnique({ where: { url: row.newUrl } });
      if (existing?.deletedAt)
        throw new FieldError(`${row.path}.newUrl`, `is source #${existing.id}, which was deleted; restore it first`);
      if (existing) sourceId = existing.id;
      else {
        const source = await tx.source.create({
          data: {
            url: row.newUrl,
            publisher: row.newPublisher ?? "",
            originalPublisher: row.newOriginalPublisher,
            title: row.newTitle,
            publishedOn: row.newPublishedOn ? new Date(`${row.newPublishedOn}T00:00:00.000Z`) : null,
            publishedPrecision: row.newPublishedOn ? "DAY" : null,
            language: row.newLanguage,
            kind: row.newKind,
            note: row.newNote,
          },
        });
        sourceId = source.id;
        await record({
          recordType: "SOURCE",
          recordId: source.id,
          action: "CREATE",
          version: 1,
          after: toSnapshot(source),
          summary: `Added while citing ${entity.singular} #${recordId}`,
        });
      }
    }
    // The citation rows' schema already refuses a row with neither; this keeps the write honest too.
    if (sourceId === null) throw new FieldError(`${row.path}.sourceId`, "choose a source or add a new one");
    const citation = await tx.citation.create({
      data: {
        sourceId,
        recordType,
        recordId,
        field: row.field,
        claimedValue: row.claimedValue,
        quote: row.quote,
        note: row.note,
      },
    });
    await record({
      recordType: "CITATION",
      recordId: citation.id,
      action: "CREATE",
      version: 1,
      after: toSnapshot(citation),
    });
  }
  for (const citationId of changes.removeCitations) {
    const citation = await tx.citation.findUnique({ where: { id: citationId } });
    // A forged id, or one of another record's citations, is refused rather than ignored.
    if (!citation || citation.recordType !== recordType || citation.recordId !== recordId) {
      throw new ActionError(`Citation #${citationId} does not belong to this ${entity.singular}. Nothing was saved.`);
    }
    if (citation.deletedAt) continue;
    const removed = await tx.citation.update({
      where: { id: citationId },
      data: { deletedAt: new Date(), version: { increment: 1 } },
    });
    await record({
      recordType: "CITATION",
      recordId: citationId,
      action: "DELETE",
      version: removed.version,
      before: toSnapshot(citation),
      after: toSnapshot(removed),
    });
  }
}

export { diffSnapshots };
