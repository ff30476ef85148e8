import { getTranslations } from "next-intl/server";
import { Link } from "@/components/i18n/link";

export default async function AdminNotFound() {
  const t = await getTranslations("admin.errors");
  return (
    <div className="grid gap-2">
      <h1 className="font-serif text-2xl font-semibold">{t("notFoundTitle")}</h1>
      <p className="text-sm text-ink-muted">
        {t.rich("notFound", {
          link: (chunks) => (
            <Link href="/admin" className="underline">
              {chunks}
            </Link>
          ),
        })}
      </p>
    </div>
  );
}
