"use server";
import { getLocale } from "next-intl/server";
import { z } from "zod";
import { entities } from "@/lib/data/admin/entities";
import type { RecordInput, SourceChoice } from "@/lib/data/admin/entities/define";
import { sourcesCitedOn } from "@/lib/data/admin/entities/related";
import {
  createRecord,
  deleteRecord,
  restoreRecordVersion,
  updateRecord,
  type WriteResult,
} from "@/lib/data/admin/write";
import { requiredId, versionField } from "@/lib/validation/fields";
import { isEntityKey, type EntityKey } from "@/lib/validation/form-spec";
import type { CreatedRecord, FormState } from "@/lib/forms/form-state";
import { tagsForRecordWrite } from "@/lib/data/cache-tags";
import { mergeParsed } from "@/lib/validation/parse";
import { defineFormAction, parseWith } from "./safe-action";

type EditInput = RecordInput & { id: number; version: number };
type TargetInput = { id: number; version: number };

const targetSchema = z.object({ id: requiredId("a record"), version: versionField() });
const restoreSchema = targetSchema.extend({ changeId: requiredId("a version") });

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
      parse: (values) => entity.parseWithCitations(values),
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
    createInPlace: defineFormAction<RecordInput, WriteResult & { sources: SourceChoice[]; label: string }>({
      role: "editor",
      parse: (values) => entity.parseWithCitations(values),
      write: async ({ input, tx, record }) => {
        const result = await createRecord(tx, entity, input.record, record, { citations: input.citations });
        // The sources just cited (new ones included), for the form behind to cite again with one click.
        const sources = entity.citationType
          ? ((await sourcesCitedOn(tx, entity.citationType, [result.id])).get(result.id) ?? [])
          : [];
        // Named in the editor's language: the name goes into the picker that opened the dialog.
        return { ...result, sources, label: entity.display(result.row, await getLocale()) };
      },
      revalidate: (result) => adminPaths(key, result),
      message: (result) => `Created ${entity.singular} “${result.label}”.`,
      data: (result): CreatedRecord => ({ id: result.id, label: result.label, sources: result.sources }),
      once: `create:${key}`,
      recordId: (result) => String(result.id),
      recheck: ({ input, tx }) => input.record.columns(tx),
    }),
    update: defineFormAction<EditInput, WriteResult>({
      role: "editor",
      parse: (values) => mergeParsed(parseWith(targetSchema, values), entity.parseWithCitations(values)),
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
