import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { AdminPageHeader } from "@/components/admin/page-header";
import { RecordForm } from "@/components/admin/record-form";
import { createRecordAction } from "@/lib/actions/records";
import { recordForms } from "@/lib/validation/record-forms";
import { entities } from "@/lib/data/admin/entities";
import { prefillReferences } from "@/lib/data/admin/read";
import { firstParam } from "@/lib/validation/search-params";
import { isEntityKey } from "@/lib/validation/form-spec";
import { newSubmissionKey } from "@/lib/forms/submission-key";
import { entityMessageKey } from "@/lib/i18n/admin-entities";

type Props = {
  params: Promise<{ entity: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { entity } = await params;
  const t = await getTranslations("admin");
  return {
    title: isEntityKey(entity)
      ? t("newRecord.title", { entity: t(`entities.${entityMessageKey(entity)}.one`) })
      : t("errors.notFoundMeta"),
  };
}

export default async function NewRecordPage({ params, searchParams }: Props) {
  const { entity } = await params;
  if (!isEntityKey(entity)) notFound();
  const query = await searchParams;
  const definition = entities[entity];
  const t = await getTranslations("admin");
  const one = t(`entities.${entityMessageKey(entity)}.one`);
  const prefill = await prefillReferences(
    entity,
    Object.fromEntries(definition.form.fields.map((f) => [f.name, firstParam(query, f.name)])),
    await getLocale(),
  );
  return (
    <>
      <AdminPageHeader title={t("newRecord.title", { entity: one })} description={t("newRecord.description")} />
      <RecordForm
        entity={entity}
        action={createRecordAction.bind(null, entity)}
        initialValues={{ ...recordForms[entity].defaults, ...prefill }}
        existingCitations={[]}
        canCite={definition.citationType !== null}
        submitLabel={t("newRecord.submit", { entity: one })}
        submissionKey={newSubmissionKey()}
      />
    </>
  );
}
