import { getLocale, getTranslations } from "next-intl/server";
import { NotFoundView } from "@/components/layout/not-found-view";
import { localizedPath } from "@/lib/i18n/locales";

export default async function NotFound() {
  const t = await getTranslations("startups.notFound");
  return (
    <NotFoundView what={t("what")} listHref={localizedPath("/startups", await getLocale())} listLabel={t("list")} />
  );
}
