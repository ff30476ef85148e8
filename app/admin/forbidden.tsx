import { getTranslations } from "next-intl/server";
import { Link } from "@/components/i18n/link";

/** Answered with status 403 (forbidden() from requireUser): a signed-in editor on an admin-only page. */
export default async function AdminForbidden() {
  const t = await getTranslations("admin.errors");
  return (
    <div className="grid gap-2">
      <h1 className="font-serif text-2xl font-semibold">{t("forbiddenTitle")}</h1>
      <p className="text-sm text-ink-muted">
        {t.rich("forbidden", {
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
