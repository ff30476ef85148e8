import { getTranslations } from "next-intl/server";
import { Link } from "@/components/i18n/link";

export async function SiteFooter() {
  const t = await getTranslations("common.footer");
  return (
    <footer className="mt-16 border-t border-rule bg-paper">
      <div className="mx-auto grid max-w-6xl gap-2 px-4 py-8 text-sm text-ink-muted sm:px-6">
        <p>{t.rich("about", { strong: (chunks) => <strong className="font-semibold text-ink">{chunks}</strong> })}</p>
        <p>{t("reported")}</p>
        <p>
          {t.rich("suggest", {
            link: (chunks) => (
              <Link href="/suggest" className="underline underline-offset-2 hover:text-ink">
                {chunks}
              </Link>
            ),
          })}
        </p>
      </div>
    </footer>
  );
}
