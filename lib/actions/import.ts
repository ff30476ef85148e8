"use server";
import { z } from "zod";
import { checkImportRows, writeImportRows, type RowCheck } from "@/lib/data/admin/import";
import { MAX_IMPORT_BYTES, parseStartupCsv } from "@/lib/import/startups-csv";
import { ActionError } from "@/lib/forms/errors";
import { newSubmissionKey } from "@/lib/forms/submission-key";
import type { FormState } from "@/lib/forms/form-state";
import { tagsForRecordWrite } from "@/lib/data/cache-tags";
import { defineFormAction, parseWith } from "./safe-action";

const fileSchema = z.object({
  csv: z.preprocess(
    (v) => (Array.isArray(v) ? v[0] : v),
    z
      .string({ error: "choose a CSV file" })
      .min(1, "choose a CSV file")
      .max(MAX_IMPORT_BYTES, "is larger than 1 MB; split the file"),
  ),
  fileName: z.preprocess(
    (v) => (typeof v === "string" && v.trim() !== "" ? v.trim().slice(0, 200) : "an uploaded file"),
    z.string(),
  ),
});

const importSchema = fileSchema.extend({
  mode: z.enum(["all", "valid"], { error: "choose what to import" }),
});

/** A checked file, and the submission key of the form that imports it (one import per preview). */
export type ImportPreview = {
  fileName: string;
  rows: RowCheck[];
  ready: number;
  problems: number;
  submissionKey: string;
};

const preview = defineFormAction({
  role: "editor",
  parse: (values) => parseWith(fileSchema, values),
  async write({ input, tx }): Promise<ImportPreview> {
    const file = parseStartupCsv(input.csv);
    if (!file.ok) throw new ActionError(file.error, { csv: [file.error] });
    const checks = await checkImportRows(tx, file.rows);
    const rows = checks.map(({ line, label, status, errors, plan }) => ({ line, label, status, errors, plan }));
    const ready = rows.filter((r) => r.status === "ready").length;
    return { fileName: input.fileName, rows, ready, problems: rows.length - ready, submissionKey: newSubmissionKey() };
  },
  message: (p) =>
    `Checked ${p.rows.length} row${p.rows.length === 1 ? "" : "s"}: ${p.ready} ready, ${p.problems} with problems. Nothing has been written yet.`,
  data: (p) => p,
});

const run = defineFormAction({
  role: "editor",
  parse: (values) => parseWith(importSchema, values),
  async write({ input, tx, record }) {
    const file = parseStartupCsv(input.csv);
    if (!file.ok) throw new ActionError(file.error);
    // Checked again at write time: the database may have changed since the preview.
    const checks = await checkImportRows(tx, file.rows);
    const problems = checks.filter((c) => c.status === "error");
    if (input.mode === "all" && problems.length > 0) {
      throw new ActionError(
        `Nothing was imported: ${problems.length} row${problems.length === 1 ? " has" : "s have"} problems (line${problems.length === 1 ? "" : "s"} ${problems
          .map((p) => p.line)
          .slice(0, 20)
          .join(", ")}). Fix the file, or import only the valid rows.`,
      );
    }
    if (checks.length === problems.length) throw new ActionError("Nothing was imported: no row is valid.");
    return writeImportRows(tx, checks, record, input.fileName);
  },
  revalidate: () => ["/", "/startups", "/cities", "/founders", "/admin/startups"],
  // New start-ups, cities and founders: the start-up kind's pages and every chart.
  tags: () => tagsForRecordWrite("startups", ["/", "/startups", "/cities", "/founders"]),
  once: "import:startups",
  message: (s) =>
    `Imported ${s.imported.length} start-up${s.imported.length === 1 ? "" : "s"}${s.skipped.length > 0 ? `; skipped ${s.skipped.length} row${s.skipped.length === 1 ? "" : "s"} with problems` : ""}.`,
  data: (s) => s,
});

export async function previewImportAction(previous: FormState, formData: FormData) {
  return preview(previous, formData);
}

export async function importStartupsAction(previous: FormState, formData: FormData) {
  return run(previous, formData);
}
