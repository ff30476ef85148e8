"use server";
import { addFounderEntry, addRoundEntry, type EntryResult } from "@/lib/data/admin/entries";
import { tagsForRecordWrite } from "@/lib/data/cache-tags";
import type { CreatedRecord, FormState } from "@/lib/forms/form-state";
import { parseFounderEntry, parseRoundEntry } from "@/lib/validation/entries";
import { getLocale } from "next-intl/server";
import { defineFormAction } from "./safe-action";

// An entry writes records of several kinds: each kind's public reads go stale, as each form's would.
const tags = (result: EntryResult) => [
  ...new Set(result.kinds.flatMap((kind) => tagsForRecordWrite(kind, result.paths))),
];
const revalidate = (result: EntryResult) => [
  ...result.paths,
  "/charts",
  ...result.kinds.map((kind) => `/admin/${kind}`),
  "/admin/startups",
];
const created = (result: EntryResult): CreatedRecord => ({ id: result.id, label: result.label });

const founder = defineFormAction({
  role: "editor",
  parse: (values) => parseFounderEntry(values),
  // Named in the editor's language: the name goes back to the page that opened the entry.
  write: async ({ input, tx, record }) => addFounderEntry(tx, input, record, await getLocale()),
  revalidate,
  tags,
  message: (result) => `Added founder “${result.label}”.`,
  data: created,
  once: "entry:founder",
  recordId: (result) => String(result.id),
});

const round = defineFormAction({
  role: "editor",
  parse: (values) => parseRoundEntry(values),
  write: async ({ input, tx, record }) => addRoundEntry(tx, input, record, await getLocale()),
  revalidate,
  tags,
  message: (result) => `Added funding round “${result.label}”.`,
  data: created,
  once: "entry:round",
  recordId: (result) => String(result.id),
});

/** A founder with the founding and their jobs, from a start-up's page: one form, one transaction. */
export async function addFounderAction(previous: FormState, formData: FormData): Promise<FormState> {
  return founder(previous, formData);
}

/** A funding round with all its investors, from a start-up's page: one form, one transaction. */
export async function addRoundAction(previous: FormState, formData: FormData): Promise<FormState> {
  return round(previous, formData);
}
