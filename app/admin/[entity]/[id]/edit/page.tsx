import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { AdminPageHeader } from "@/components/admin/page-header";
import { RecordActionForm } from "@/components/admin/record-action-form";
import { RecordForm } from "@/components/admin/record-form";
import { RelatedRecords } from "@/components/admin/related-records";
import { Link } from "@/components/i18n/link";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { deleteRecordAction, updateRecordAction } from "@/lib/actions/records";
import { entities } from "@/lib/data/admin/entities";
import { getRecordForEdit, getRelatedRecords } from "@/lib/data/admin/read";
import { firstParam, idParam } from "@/lib/validation/search-params";
import { isEntityKey } from "@/lib/validation/form-spec";
import { formatIsoDate } from "@/lib/format/dates";
import { entityMessageKey } from "@/lib/i18n/admin-entities";
import { localizedForm } from "@/lib/i18n/admin-forms";

type Props = {
  params: Promise<{ entity: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { entity, id } = await params;
  const t = await getTranslations("admin");
  return {
    title: isEntityKey(entity)
      ? t("edit.metaTitle", { entity: t(`entities.${entityMessageKey(entity)}.one`), id })
      : t("errors.notFoundMeta"),
  };
}

export default async function EditRecordPage({ params, searchParams }: Props) {
  const { entity, id: rawId } = await params;
  const id = idParam(rawId);
  if (!isEntityKey(entity) || id === null) notFound();
  const locale = await getLocale();
  const record = await getRecordForEdit({ key: entity, id, locale });
  if (!record) notFound();
  // The form's fields as the editor's language names them (the parents' links say which field).
  const definition = { ...entities[entity], form: localizedForm(entity, locale) };
  const t = await getTranslations("admin");
  const one = t(`entities.${entityMessageKey(entity)}.one`);
  const saved = firstParam(await searchParams, "saved");
  const related = await getRelatedRecords({ key: entity, id, locale });
  const live = record.publicLink;
  // The records this one belongs to (an employment's person, a round's start-up): the way back up.
  const parents = definition.form.fields.flatMap((field) => {
    const parentId = record.values[field.name];
    const reference = field.parent ? field.reference : undefined;
    return reference && typeof parentId === "string" && parentId !== ""
      ? [
          {
            href: `/admin/${reference}/${parentId}/edit`,
            label: String(record.values[`${field.name}__label`] ?? `#${parentId}`),
            field: field.label,
          },
        ]
      : [];
  });
  return (
    <>
      <AdminPageHeader
        title={record.label}
        lang={/\p{Script=Han}/u.test(record.label) ? "zh" : undefined}
        description={
          <span>
            {t("edit.meta", { entity: one, id: record.id, version: record.version })}
            {parents.map((parent) => (
              <span key={parent.href}>
                {" · "}
                {t("edit.parentField", { field: parent.field })}
                <Link href={parent.href} className="underline">
                  ← {parent.label}
                </Link>
              </span>
            ))}
            {live && !record.deletedAt ? (
              <>
                {" · "}
                <Link href={live} className="underline">
                  {t("edit.publicPage")}
                </Link>
              </>
            ) : null}
          </span>
        }
        actions={
          <Button asChild variant="outline">
            <Link href={`/admin/${entity}/${id}/history`}>{t("edit.history")}</Link>
          </Button>
        }
      />
      {saved ? (
        <Alert variant="success" className="mb-4">
          {t(saved === "created" ? "edit.created" : "edit.saved", { version: record.version })}
        </Alert>
      ) : null}
      {record.deletedAt ? (
        <Alert variant="warning" className="mb-4">
          {t.rich("edit.deletedNotice", {
            entity: one,
            date: formatIsoDate(record.deletedAt) ?? "",
            link: (chunks) => (
              <Link className="underline" href={`/admin/${entity}/${id}/history`}>
                {chunks}
              </Link>
            ),
          })}
        </Alert>
      ) : null}
      <div className="grid gap-6 xl:grid-cols-[1fr_18rem]">
        <div className="min-w-0">
          <RecordForm
            entity={entity}
            action={updateRecordAction.bind(null, entity)}
            initialValues={record.values}
            recordId={record.id}
            version={record.version}
            existingCitations={record.citations}
            canCite={definition.citationType !== null}
            submitLabel={t("edit.save")}
          />
        </div>
        <aside aria-label={t("edit.related")} className="grid content-start gap-4">
          <RelatedRecords groups={related} />
          {!record.deletedAt ? (
            <Card>
              <CardHeader>
                <CardTitle>{t("edit.deleteTitle")}</CardTitle>
              </CardHeader>
              <CardContent className="grid gap-2 text-sm text-ink-muted">
                <p>{t("edit.deleteHelp", { entity: one })}</p>
                <RecordActionForm
                  action={deleteRecordAction.bind(null, entity)}
                  fields={{ id: record.id, version: record.version }}
                  label={t("edit.delete", { entity: one })}
                  pendingLabel={t("edit.deleting")}
                  variant="danger"
                  confirm={t("edit.deleteConfirm", { label: record.label })}
                />
              </CardContent>
            </Card>
          ) : null}
        </aside>
      </div>
    </>
  );
}
