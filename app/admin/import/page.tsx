import type { Metadata } from "next";
import { CsvImport } from "@/components/admin/csv-import";
import { AdminPageHeader } from "@/components/admin/page-header";
import { importStartupsAction, previewImportAction } from "@/lib/actions/import";
import { importColumns } from "@/lib/import/startups-csv";

export const metadata: Metadata = { title: "Import start-ups from CSV" };

export default function ImportPage() {
  return (
    <>
      <AdminPageHeader
        title="Import start-ups from CSV"
        description={
          <>
            One row per start-up, with its city, founders and the source that reports it. Rows matching a recorded
            start-up (by name, Chinese name or other name) are refused as duplicates.{" "}
            {/* A file download from a route handler, not a page: a plain link. */}
            <a className="underline" href="/admin/import/template" download>
              Download the column header
            </a>
            .
          </>
        }
      />
      <div className="grid gap-8">
        <CsvImport previewAction={previewImportAction} importAction={importStartupsAction} />
        <details className="rounded-lg border border-rule bg-paper p-4 text-sm">
          <summary className="cursor-pointer font-semibold">Columns</summary>
          <table className="mt-3 w-full text-left">
            <tbody className="divide-y divide-rule">
              {importColumns.map((column) => (
                <tr key={column.name} className="align-top">
                  <th scope="row" className="py-1.5 pr-4 font-mono text-xs font-medium">
                    {column.name}
                    {column.required ? <span className="text-red-700"> *</span> : null}
                  </th>
                  <td className="py-1.5 text-ink-muted">{column.description}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      </div>
    </>
  );
}
