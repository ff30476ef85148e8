import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/components/i18n/link";
import { Badge } from "@/components/ui/badge";
import type { StartupListItem } from "@/lib/data/startups/list";
import { formatUsdTotal } from "@/lib/format/money";
import { displayName, secondaryName } from "@/lib/format/names";
import { sectorLabel, statusLabel } from "@/lib/labels";

/** The start-up list as a table on wide screens that folds into stacked rows on a phone. */
export async function StartupResults({ items }: { items: StartupListItem[] }) {
  const locale = await getLocale();
  const t = await getTranslations("startups.results");
  return (
    <div className="overflow-hidden rounded-lg border border-rule bg-paper">
      <table className="w-full border-collapse text-sm" data-testid="startup-results">
        <thead className="hidden border-b border-rule text-left md:table-header-group">
          <tr>
            <th className="px-4 py-2 text-xs font-semibold tracking-wide text-ink-muted uppercase">{t("startup")}</th>
            <th className="px-3 py-2 text-xs font-semibold tracking-wide text-ink-muted uppercase">{t("founded")}</th>
            <th className="px-3 py-2 text-xs font-semibold tracking-wide text-ink-muted uppercase">{t("city")}</th>
            <th className="px-3 py-2 text-xs font-semibold tracking-wide text-ink-muted uppercase">{t("founders")}</th>
            <th className="px-4 py-2 text-right text-xs font-semibold tracking-wide text-ink-muted uppercase">
              {t("funding")}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-rule">
          {items.map((startup) => (
            <tr
              key={startup.slug}
              className="grid grid-cols-[1fr_auto] gap-x-3 px-4 py-3 align-top md:table-row md:p-0"
              data-slug={startup.slug}
            >
              <td className="col-span-2 md:px-4 md:py-3">
                <Link
                  href={`/startups/${startup.slug}`}
                  className="font-semibold text-ink underline-offset-2 hover:underline"
                >
                  {displayName(startup, "other", locale)}
                </Link>
                {secondaryName(startup, locale) ? (
                  <span lang={locale === "zh" ? "en" : "zh"} className="ml-2 text-ink-muted">
                    {secondaryName(startup, locale)}
                  </span>
                ) : null}
                <div className="mt-1 flex flex-wrap gap-1">
                  {startup.sectors.map((sector) => (
                    <Badge key={sector}>{sectorLabel(sector, locale)}</Badge>
                  ))}
                  {startup.status && startup.status !== "ACTIVE" ? (
                    <Badge variant="accent">{statusLabel(startup.status, locale)}</Badge>
                  ) : null}
                  {startup.confidence !== "HIGH" ? (
                    <Badge variant="warn">{t("confidence", { level: startup.confidence })}</Badge>
                  ) : null}
                </div>
              </td>
              <td className="text-ink-muted tabular-nums md:px-3 md:py-3 md:whitespace-nowrap md:text-ink">
                <span className="md:hidden">{t("foundedInline")}</span>
                {startup.foundedYear ?? <span className="text-ink-faint">{t("notReported")}</span>}
              </td>
              <td className="text-right text-ink-muted md:px-3 md:py-3 md:text-left md:text-ink">
                {startup.city ? (
                  <Link
                    href={`/cities/${startup.city.slug}`}
                    className="underline decoration-rule underline-offset-2 hover:decoration-ink"
                  >
                    {displayName(startup.city, "other", locale)}
                  </Link>
                ) : (
                  <span className="text-ink-faint">{t("cityNotReported")}</span>
                )}
              </td>
              <td className="col-span-2 text-ink-muted md:px-3 md:py-3 md:text-ink">
                {startup.founders.length === 0 ? (
                  <span className="text-ink-faint">{t("foundersNotRecorded")}</span>
                ) : (
                  startup.founders.map((founder, index) => (
                    <span key={founder.slug}>
                      {index > 0 ? ", " : null}
                      <Link
                        href={`/founders/${founder.slug}`}
                        className="underline decoration-rule underline-offset-2 hover:decoration-ink"
                      >
                        {displayName(founder, "person", locale)}
                      </Link>
                    </span>
                  ))
                )}
              </td>
              <td className="col-span-2 text-ink-muted tabular-nums md:px-4 md:py-3 md:text-right md:text-ink">
                <span className="md:hidden">{t("fundingInline")}</span>
                {formatUsdTotal(startup.totalFundingUsd, locale) ?? (
                  <span className="text-ink-faint">{t("noneUsd")}</span>
                )}
                {startup.undisclosedRounds > 0 ? (
                  <span className="block text-xs text-ink-faint">
                    {t("undisclosedRounds", { count: startup.undisclosedRounds })}
                  </span>
                ) : null}
                {startup.otherCurrencyRounds > 0 ? (
                  <span className="block text-xs text-ink-faint">
                    {t("otherCurrencyRounds", { count: startup.otherCurrencyRounds })}
                  </span>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
