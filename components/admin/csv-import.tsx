"use client";
import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { ClientLink } from "@/components/i18n/client-link";
import { SubmitButton } from "@/components/forms/submit-button";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Label } from "@/components/ui/label";
import { initialFormState, type FormState } from "@/lib/forms/form-state";
import { SUBMISSION_KEY_FIELD } from "@/lib/forms/submission-key";
import type { ImportSummary, RowCheck } from "@/lib/data/admin/import";

type Action = (previous: FormState, formData: FormData) => Promise<FormState>;
type Preview = { fileName: string; rows: RowCheck[]; ready: number; problems: number; submissionKey: string };

/**
 * Upload → preview (every row checked, nothing written) → import all (only when every row is valid)
 * or only the valid rows → summary. The file's text is read in the browser and sent with each step,
 * and the server checks it again before writing.
 */
export function CsvImport({ previewAction, importAction }: { previewAction: Action; importAction: Action }) {
  const t = useTranslations("admin.import");
  const [file, setFile] = useState<{ name: string; text: string } | null>(null);
  const [readError, setReadError] = useState<string | null>(null);
  const [previewState, preview] = useActionState(previewAction, initialFormState);
  const [importState, runImport] = useActionState(importAction, initialFormState);
  const checked = previewState.status === "success" ? (previewState.data as Preview) : null;
  const summary = importState.status === "success" ? (importState.data as ImportSummary) : null;

  if (summary) return <Summary summary={summary} message={importState.message} />;

  return (
    <div className="grid gap-6">
      <form action={preview} className="grid gap-3 rounded-lg border border-rule bg-paper p-4" id="csv-upload">
        <ErrorSummary
          status={readError ? "error" : previewState.status === "error" ? "error" : "idle"}
          message={readError ?? previewState.message}
          errors={[]}
          formId="csv-upload"
        />
        <div className="grid gap-1.5">
          <Label htmlFor="csv-file">{t("file")}</Label>
          <input
            id="csv-file"
            type="file"
            accept=".csv,text/csv"
            className="text-sm file:mr-3 file:rounded-md file:border file:border-rule file:bg-canvas file:px-3 file:py-1.5 file:text-sm"
            onChange={async (event) => {
              const chosen = event.target.files?.[0];
              setReadError(null);
              if (!chosen) return setFile(null);
              if (chosen.size > 1_000_000) {
                setFile(null);
                return setReadError(t("tooLarge"));
              }
              setFile({ name: chosen.name, text: await chosen.text() });
            }}
          />
        </div>
        {/* The browser clears a file input after each submission; the file read stays here. */}
        {file ? <p className="text-xs text-ink-muted">{t("fileRead", { name: file.name })}</p> : null}
        <input type="hidden" name="csv" value={file?.text ?? ""} />
        <input type="hidden" name="fileName" value={file?.name ?? ""} />
        <div>
          <SubmitButton variant="accent" pendingLabel={t("checking")} disabled={!file}>
            {t("check")}
          </SubmitButton>
        </div>
      </form>

      {checked ? (
        <section aria-labelledby="preview-heading" className="grid gap-3">
          <h2 id="preview-heading" className="text-lg font-semibold tracking-tight">
            {t("preview", { name: checked.fileName })}
          </h2>
          <p className="text-sm text-ink-muted" aria-live="polite">
            {previewState.message}
          </p>
          <div className="overflow-x-auto rounded-lg border border-rule bg-paper">
            <table className="w-full text-sm">
              <thead className="border-b border-rule text-left text-xs tracking-wide text-ink-muted uppercase">
                <tr>
                  <th className="px-3 py-2">{t("line")}</th>
                  <th className="px-3 py-2">{t("startup")}</th>
                  <th className="px-3 py-2">{t("checkColumn")}</th>
                  <th className="px-3 py-2">{t("details")}</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-rule">
                {checked.rows.map((row) => (
                  <tr key={row.line} className="align-top" data-testid="preview-row">
                    <td className="px-3 py-2 text-ink-muted tabular-nums">{row.line}</td>
                    <td className="px-3 py-2 font-medium">{row.label}</td>
                    <td className="px-3 py-2">
                      {row.status === "ready" ? (
                        <Badge variant="tracked">{t("ready")}</Badge>
                      ) : (
                        <Badge variant="warn">{t("problem")}</Badge>
                      )}
                    </td>
                    <td className="px-3 py-2">
                      {row.errors.length > 0 ? (
                        <ul className="list-disc pl-4 text-red-800">
                          {row.errors.map((error) => (
                            <li key={error}>{error}</li>
                          ))}
                        </ul>
                      ) : (
                        <ul className="text-ink-muted">
                          {row.plan.map((line) => (
                            <li key={line}>{line}</li>
                          ))}
                        </ul>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <form action={runImport} className="flex flex-wrap items-center gap-3">
            {/* From the preview: importing what was checked twice (a double click) imports it once. */}
            <input type="hidden" name={SUBMISSION_KEY_FIELD} value={checked.submissionKey} />
            <input type="hidden" name="csv" value={file?.text ?? ""} />
            <input type="hidden" name="fileName" value={checked.fileName} />
            {checked.problems === 0 ? (
              <SubmitButton name="mode" value="all" variant="accent" pendingLabel={t("importing")}>
                {t("importAll", { count: checked.ready })}
              </SubmitButton>
            ) : (
              <>
                <SubmitButton
                  name="mode"
                  value="valid"
                  variant="accent"
                  pendingLabel={t("importing")}
                  disabled={checked.ready === 0}
                >
                  {t("importValid", { count: checked.ready })}
                </SubmitButton>
                <span className="text-sm text-ink-muted">{t("orFix")}</span>
              </>
            )}
          </form>
          {importState.status === "error" ? <Alert variant="error">{importState.message}</Alert> : null}
        </section>
      ) : null}
    </div>
  );
}

function Summary({ summary, message }: { summary: ImportSummary; message?: string }) {
  const t = useTranslations("admin.import");
  return (
    <section aria-labelledby="summary-heading" className="grid gap-4" aria-live="polite">
      <Alert variant="success">
        <h2 id="summary-heading" className="font-semibold">
          {message}
        </h2>
        <p className="mt-1">
          {t("summary", {
            cities: summary.citiesCreated,
            peopleCreated: summary.peopleCreated,
            peopleMatched: summary.peopleMatched,
            sourcesCreated: summary.sourcesCreated,
            sourcesReused: summary.sourcesReused,
          })}
        </p>
      </Alert>
      {summary.imported.length > 0 ? (
        <div>
          <h3 className="mb-1 text-sm font-semibold">{t("imported")}</h3>
          <ul className="grid gap-1 text-sm">
            {summary.imported.map((item) => (
              <li key={item.id}>
                {t("importedLine", { line: item.line })}{" "}
                <ClientLink className="underline" href={`/admin/startups/${item.id}/edit`}>
                  {item.label}
                </ClientLink>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {summary.skipped.length > 0 ? (
        <div>
          <h3 className="mb-1 text-sm font-semibold">{t("skipped")}</h3>
          <ul className="grid gap-1 text-sm text-ink-muted">
            {summary.skipped.map((item) => (
              <li key={item.line}>
                {t("skippedLine", { line: item.line, label: item.label, errors: item.errors.join("; ") })}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <div>
        {/* A fresh load starts the steps afresh. */}
        <button type="button" className="text-sm underline" onClick={() => window.location.reload()}>
          {t("another")}
        </button>
      </div>
    </section>
  );
}
