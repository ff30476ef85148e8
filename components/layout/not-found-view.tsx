import { getTranslations } from "next-intl/server";
import { Link } from "@/components/i18n/link";

/** What a 404 is about, and the list a reader is sent to instead. */
const LISTS = {
  page: "/",
  startup: "/startups",
  person: "/founders",
  investor: "/investors",
  unit: "/units",
  city: "/cities",
} as const;

export type NotFoundKind = keyof typeof LISTS;

/** A 404 body for a segment: says what was not found and where to look instead, in the page's language. */
export async function NotFoundView({ kind }: { kind: NotFoundKind }) {
  const t = await getTranslations("errors.notFound");
  return (
    <div className="grid max-w-xl gap-3 rounded-lg border border-rule bg-paper p-6">
      <p className="text-xs font-medium tracking-wide text-ink-muted uppercase">{t("eyebrow")}</p>
      <h1 className="font-serif text-2xl font-semibold">{t("title", { what: t(`what.${kind}`) })}</h1>
      <p className="text-sm text-ink-muted">
        {t.rich("body", {
          list: t(`list.${kind}`),
          link: (chunks) => (
            <Link href={LISTS[kind]} className="underline underline-offset-2">
              {chunks}
            </Link>
          ),
        })}
      </p>
    </div>
  );
}
