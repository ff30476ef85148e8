import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { AdminPageHeader } from "@/components/admin/page-header";
import { RecordActionForm } from "@/components/admin/record-action-form";
import { Link } from "@/components/i18n/link";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { restoreVersionAction } from "@/lib/actions/records";
import { getRecordForEdit, getRecordHistory } from "@/lib/data/admin/read";
import { formatWhen } from "@/lib/format/dates";
import { firstParam, idParam } from "@/lib/validation/search-params";
import { isEntityKey } from "@/lib/validation/form-spec";
import { entityMessageKey } from "@/lib/i18n/admin-entities";
import { localizeActorName, localizeChangeSummary, localizedForm } from "@/lib/i18n/admin-forms";

type Props = {
  params: Promise<{ entity: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { entity, id } = await params;
  const t = await getTranslations("admin");
  return {
    title: isEntityKey(entity)
      ? t("history.metaTitle", { entity: t(`entities.${entityMessageKey(entity)}.one`), id })
      : t("errors.notFoundMeta"),
  };
}

export default async function RecordHistoryPage({ params, searchParams }: Props) {
  const { entity, id: rawId } = await params;
  const id = idParam(rawId);
  if (!isEntityKey(entity) || id === null) notFound();
  const locale = await getLocale();
  const record = await getRecordForEdit({ key: entity, id, locale });
  if (!record) notFound();
  const history = await getRecordHistory({ key: entity, id, locale });
  const restored = firstParam(await searchParams, "restored");
  const t = await getTranslations("admin");
  const one = t(`entities.${entityMessageKey(entity)}.one`);
  // Fields named as the form in the editor's language names them; two the form does not show.
  const fieldLabels = new Map<string, string>([
    ...localizedForm(entity, locale).fields.map((field) => [field.name, field.label] as const),
    ["deletedAt", t("history.fields.deletedAt")],
    ["pinyin", t("history.fields.pinyin")],
    ["synthetic", t("history.fields.synthetic")],
    ["amountUsdLow", t("history.fields.amountUsdLow")],
    ["amountUsdHigh", t("history.fields.amountUsdHigh")],
  ]);
  return (
    <>
      <AdminPageHeader
        title={t("history.title", { label: record.label })}
        description={t(record.deletedAt ? "history.metaDeleted" : "history.meta", {
          entity: one,
          id,
          version: record.version,
        })}
        actions={
          <Button asChild variant="outline">
            <Link href={`/admin/${entity}/${id}/edit`}>{t("history.edit")}</Link>
          </Button>
        }
      />
      {restored ? (
        <Alert variant="success" className="mb-4">
          {t("history.restored")}
        </Alert>
      ) : null}
      {history.length === 0 ? (
        <p className="text-sm text-ink-muted">{t("history.empty")}</p>
      ) : (
        <ol className="grid gap-4" aria-label={t("history.listLabel")}>
          {history.map((entry, index) => (
            <li key={entry.id} className="rounded-lg border border-rule bg-paper p-4" data-testid="history-entry">
              <div className="flex flex-wrap items-start justify-between gap-3">
                <div className="grid gap-1">
                  <p className="flex flex-wrap items-center gap-2 text-sm">
                    <Badge
                      variant={entry.action === "DELETE" ? "warn" : entry.action === "CREATE" ? "tracked" : "neutral"}
                    >
                      {t(`changeActions.past.${entry.action}`)}
                    </Badge>
                    <span className="font-medium text-ink">{localizeActorName(entry.actorName, locale)}</span>
                    <span className="text-ink-muted">{formatWhen(entry.createdAt)}</span>
                    {entry.version ? (
                      <span className="text-ink-muted">{t("history.toVersion", { version: entry.version })}</span>
                    ) : null}
                    {index === 0 ? <Badge>{t("history.current")}</Badge> : null}
                  </p>
                  {entry.summary ? (
                    <p className="text-sm text-ink-muted">{localizeChangeSummary(entry.summary, locale)}</p>
                  ) : null}
                </div>
                {entry.restorable && (index > 0 || record.deletedAt) ? (
                  <RecordActionForm
                    action={restoreVersionAction.bind(null, entity)}
                    fields={{ id, version: record.version, changeId: entry.id }}
                    label={t(entry.action === "DELETE" ? "history.restoreBeforeDelete" : "history.restoreVersion")}
                    pendingLabel={t("history.restoring")}
                  />
                ) : null}
              </div>
              {entry.changes.length > 0 ? (
                <table className="mt-3 w-full table-fixed border-collapse text-left text-sm">
                  <thead>
                    <tr className="border-b border-rule text-xs tracking-wide text-ink-muted uppercase">
                      <th className="w-1/4 py-1 pr-3 font-semibold">{t("history.field")}</th>
                      <th className="py-1 pr-3 font-semibold">{t("history.before")}</th>
                      <th className="py-1 font-semibold">{t("history.after")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {entry.changes.map((change) => (
                      <tr key={change.field} className="border-b border-rule/60 align-top last:border-0">
                        <th scope="row" className="py-1 pr-3 font-medium">
                          {fieldLabels.get(change.field) ?? change.label}
                        </th>
                        <td className="py-1 pr-3 break-words whitespace-pre-wrap text-red-800">
                          {change.before === "—" ? (
                            <span className="text-ink-faint">—</span>
                          ) : (
                            <del className="decoration-red-300">{change.before}</del>
                          )}
                        </td>
                        <td className="py-1 break-words whitespace-pre-wrap text-emerald-800">
                          {change.after === "—" ? (
                            <span className="text-ink-faint">—</span>
                          ) : (
                            <ins className="no-underline">{change.after}</ins>
                          )}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
