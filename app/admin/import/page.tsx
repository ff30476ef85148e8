import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { CsvImport } from "@/components/admin/csv-import";
import { AdminPageHeader } from "@/components/admin/page-header";
import { importStartupsAction, previewImportAction } from "@/lib/actions/import";
import { localizedPath } from "@/lib/i18n/locales";
import { importColumns } from "@/lib/import/startups-csv";
import { yearRange } from "@/lib/validation/fields";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.import"))("title") };
}

export default async function ImportPage() {
  const [t, locale] = await Promise.all([getTranslations("admin.import"), getLocale()]);
  return (
    <>
      <AdminPageHeader
        title={t("title")}
        description={
          <>
            {t("description")} {/* A file download from a route handler, not a page: a plain link. */}
            <a className="underline" href={localizedPath("/admin/import/template", locale)} download>
              {t("template")}
            </a>
            .
          </>
        }
      />
      <div className="grid gap-8">
        <CsvImport previewAction={previewImportAction} importAction={importStartupsAction} />
        <details className="rounded-lg border border-rule bg-paper p-4 text-sm">
          <summary className="cursor-pointer font-semibold">{t("columns")}</summary>
          <table className="mt-3 w-full text-left">
            <tbody className="divide-y divide-rule">
              {importColumns.map((column) => (
                <tr key={column.name} className="align-top">
                  <th scope="row" className="py-1.5 pr-4 font-mono text-xs font-medium">
                    {column.name}
                    {column.required ? <span className="text-red-700"> *</span> : null}
                  </th>
                  <td className="py-1.5 text-ink-muted">
                    {t(`columnDescriptions.${column.name}`, { min: yearRange.min, max: yearRange.max })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      </div>
    </>
  );
}
