"use server";
import { z } from "zod";
import { entities, type EntityDefinition, type PreparedRecord } from "@/lib/data/admin/entities";
import {
  createRecord,
  deleteRecord,
  restoreRecordVersion,
  updateRecord,
  type WriteResult,
} from "@/lib/data/admin/write";
import { citationRowsSchema, type CitationChanges } from "@/lib/validation/citation-rows";
import { requiredId, versionField } from "@/lib/validation/fields";
import { isEntityKey, type EntityKey } from "@/lib/validation/form-spec";
import type { CreatedRecord, FormState } from "@/lib/forms/form-state";
import { tagsForRecordWrite } from "@/lib/data/cache-tags";
import { defineFormAction, parseWith, type ParseResult } from "./safe-action";

type RecordInput = { record: PreparedRecord; citations: CitationChanges };
type EditInput = RecordInput & { id: number; version: number };
type TargetInput = { id: number; version: number };

const targetSchema = z.object({ id: requiredId("a record"), version: versionField() });
const restoreSchema = targetSchema.extend({ changeId: requiredId("a version") });

function merge<A, B>(a: ParseResult<A>, b: ParseResult<B>): ParseResult<A & B> {
  if (a.success && b.success) return { success: true, data: { ...a.data, ...b.data } };
  return { success: false, fieldErrors: { ...(a.success ? {} : a.fieldErrors), ...(b.success ? {} : b.fieldErrors) } };
}

function parseRecord(entity: EntityDefinition, values: Record<string, unknown>): ParseResult<RecordInput> {
  const record = entity.parse(values);
  const none: ParseResult<CitationChanges> = { success: true, data: { citations: [], removeCitations: [] } };
  const citations = entity.citationType ? parseWith(citationRowsSchema(entity.form.citationFields), values) : none;
  const wrappedRecord: ParseResult<{ record: PreparedRecord }> = record.success
    ? { success: true, data: { record: record.data } }
    : record;
  const wrappedCitations: ParseResult<{ citations: CitationChanges }> = citations.success
    ? { success: true, data: { citations: citations.data } }
    : citations;
  return merge(wrappedRecord, wrappedCitations);
}

const publicTags = (key: EntityKey) => (result: WriteResult) => tagsForRecordWrite(key, result.paths);
const editPath = (key: EntityKey, id: number) => `/admin/${key}/${id}/edit`;
// Charts read the same tables; pinned chart snapshots are stored copies and stay as they were.
const adminPaths = (key: EntityKey, result: WriteResult) => [
  ...result.paths,
  "/charts",
  `/admin/${key}`,
  editPath(key, result.id),
];

function buildActions(key: EntityKey) {
  const entity = entities[key];
  return {
    create: defineFormAction<RecordInput, WriteResult>({
      role: "editor",
      parse: (values) => parseRecord(entity, values),
      write: ({ input, tx, record }) => createRecord(tx, entity, input.record, record, { citations: input.citations }),
      revalidate: (result) => adminPaths(key, result),
      tags: publicTags(key),
      redirectTo: (result) => `${editPath(key, result.id)}?saved=created`,
      once: `create:${key}`,
      recordId: (result) => String(result.id),
      recheck: ({ input, tx }) => input.record.columns(tx),
    }),
    // From a picker's dialog: the same form and checks, answered with the new record instead of a
    // redirect, so the form that opened the dialog keeps everything typed in it and gets it chosen.
    createInPlace: defineFormAction<RecordInput, WriteResult>({
      role: "editor",
      parse: (values) => parseRecord(entity, values),
      write: ({ input, tx, record }) => createRecord(tx, entity, input.record, record, { citations: input.citations }),
      revalidate: (result) => adminPaths(key, result),
      message: (result) => `Created ${entity.singular} “${entity.display(result.row)}”.`,
      data: (result): CreatedRecord => ({ id: result.id, label: entity.display(result.row) }),
      once: `create:${key}`,
      recordId: (result) => String(result.id),
      recheck: ({ input, tx }) => input.record.columns(tx),
    }),
    update: defineFormAction<EditInput, WriteResult>({
      role: "editor",
      parse: (values) => merge(parseWith(targetSchema, values), parseRecord(entity, values)),
      write: ({ input, tx, record, values }) =>
        updateRecord(tx, entity, input.id, input.version, input.record, record, {
          citations: input.citations,
          typed: values,
        }),
      revalidate: (result) => adminPaths(key, result),
      tags: publicTags(key),
      redirectTo: (result) => `${editPath(key, result.id)}?saved=updated`,
      recheck: ({ input, tx }) => input.record.columns(tx, input.id),
    }),
    remove: defineFormAction<TargetInput, WriteResult>({
      role: "editor",
      parse: (values) => parseWith(targetSchema, values),
      write: ({ input, tx, record }) => deleteRecord(tx, entity, input.id, input.version, record),
      revalidate: (result) => adminPaths(key, result),
      tags: publicTags(key),
      redirectTo: (result) => `/admin/${key}?deleted=${result.id}`,
    }),
    restoreVersion: defineFormAction<TargetInput & { changeId: number }, WriteResult>({
      role: "editor",
      parse: (values) => parseWith(restoreSchema, values),
      write: ({ input, tx, record }) => restoreRecordVersion(tx, entity, input, record),
      revalidate: (result) => [...adminPaths(key, result), `/admin/${key}/${result.id}/history`],
      tags: publicTags(key),
      redirectTo: (result) => `/admin/${key}/${result.id}/history?restored=1`,
    }),
  };
}

const built = new Map<EntityKey, ReturnType<typeof buildActions>>();

/** An entity's actions, built on first use. */
function actionsFor(key: EntityKey): ReturnType<typeof buildActions> {
  const existing = built.get(key);
  if (existing) return existing;
  const actions = buildActions(key);
  built.set(key, actions);
  return actions;
}

const unknownEntity: FormState = { status: "error", message: "Unknown kind of record. Nothing was saved." };

export async function createRecordAction(key: string, previous: FormState, formData: FormData): Promise<FormState> {
  return isEntityKey(key) ? actionsFor(key).create(previous, formData) : unknownEntity;
}

export async function createInPlaceAction(key: string, previous: FormState, formData: FormData): Promise<FormState> {
  return isEntityKey(key) ? actionsFor(key).createInPlace(previous, formData) : unknownEntity;
}

export async function updateRecordAction(key: string, previous: FormState, formData: FormData): Promise<FormState> {
  return isEntityKey(key) ? actionsFor(key).update(previous, formData) : unknownEntity;
}

export async function deleteRecordAction(key: string, previous: FormState, formData: FormData): Promise<FormState> {
  return isEntityKey(key) ? actionsFor(key).remove(previous, formData) : unknownEntity;
}

export async function restoreVersionAction(key: string, previous: FormState, formData: FormData): Promise<FormState> {
  return isEntityKey(key) ? actionsFor(key).restoreVersion(previous, formData) : unknownEntity;
}
