import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/components/i18n/link";
import type { RelatedStartup } from "@/lib/data/startups/related";
import { displayName } from "@/lib/format/names";

/** Up to three short lists of start-ups related to this one, each saying why. */
export async function RelatedStartups({
  groups,
}: {
  groups: { key: "city" | "unit" | "investors"; title: string; items: RelatedStartup[]; moreHref?: string | null }[];
}) {
  const locale = await getLocale();
  const t = await getTranslations("startups.relatedList");
  const shown = groups.filter((group) => group.items.length > 0);
  if (shown.length === 0) return <p className="text-sm text-ink-muted">{t("none")}</p>;
  return (
    <div className="grid grid-cols-1 gap-4 md:grid-cols-3">
      {shown.map((group) => (
        <div key={group.key} className="rounded-lg border border-rule bg-paper p-4" data-related={group.key}>
          <h3 className="text-sm font-semibold">{group.title}</h3>
          <ul className="mt-2 grid gap-1.5 text-sm">
            {group.items.map((startup) => (
              <li key={startup.slug}>
                <Link
                  href={`/startups/${startup.slug}`}
                  className="font-medium underline decoration-rule underline-offset-2 hover:decoration-ink"
                >
                  {displayName(startup, "other", locale)}
                </Link>
                {startup.foundedYear ? <span className="text-ink-faint"> · {startup.foundedYear}</span> : null}
                <span className="block text-xs text-ink-muted">
                  {t(`reason.${group.key}`, {
                    name: (locale === "zh" ? startup.reasonNameZh : null) ?? startup.reasonName,
                  })}
                </span>
              </li>
            ))}
          </ul>
          {group.moreHref ? (
            <Link href={group.moreHref} className="mt-2 inline-block text-xs underline underline-offset-2">
              {t("seeAll")}
            </Link>
          ) : null}
        </div>
      ))}
    </div>
  );
}
